"""What every check within an article is built from: the stated figure as written and a Check.

:func:`stated_decimal` gives a stated figure with the precision its decimals
give; ``_check`` and ``_unverifiable`` make a :class:`~pipeline.records.Check`
of a verdict or of a reason there is none.  Two rules shared by the change and
multiplier checks soften a disagreement into "unverifiable": counts that give
another stated change exactly (``_claimed``) and a stated change the words do
not tie to the claim (``_unlinked``).
"""
from __future__ import annotations

import dataclasses
import re
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Optional

from pipeline.check.evidence import Evidence
from pipeline.check.claimed_pairs import claimed_by
from pipeline.check.tolerances import Tolerances
from pipeline.check.verdicts import Verdict
from pipeline.records import Check, Count


NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def stated_decimal(text: Optional[str], value: float) -> Decimal:
    """The stated figure as written, so that its decimals give its precision.

    ``"98.90%"`` gives ``Decimal("98.90")``; without a matching number in the
    text the value's shortest form is used (``106.0`` -> ``Decimal("106")``).
    """
    for match in NUMBER.finditer(text or ""):
        try:
            d = Decimal(match.group().replace(",", ""))
        except InvalidOperation:
            continue
        if d == Decimal(repr(float(value))):
            return d
    d = Decimal(repr(float(value)))
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()


def _num(value: float) -> Decimal:
    return stated_decimal(None, value)


def _float(x: Optional[Fraction]) -> Optional[float]:
    return None if x is None else round(float(x), 4)


def _check(kind: str, claim, inputs: list, stated: float, v: Verdict, prefix: str = "", **extra) -> Check:
    explanation = f"{prefix}: {v.explanation}" if prefix else v.explanation
    return Check(id="", kind=kind, claim_ref=claim.id, inputs=[f.id for f in inputs], stated=stated,
                 computed=_float(v.computed), verdict=v.verdict, tolerance=v.tolerance,
                 explanation=explanation, **extra)


def _unverifiable(kind: str, claim, stated: float, why: str, inputs: list = (), **extra) -> Check:
    return Check(id="", kind=kind, claim_ref=claim.id, inputs=[f.id for f in inputs], stated=stated,
                 computed=None, verdict="unverifiable", tolerance="", explanation=why, **extra)


def _claimed(v: Verdict, claim_id: str, old: Count, new: Count, ev: Evidence, tol: Tolerances,
             factor: Optional[Decimal] = None) -> Verdict:
    """An "inconsistent" on counts from another sentence than the claim's that give another stated change exactly
    (:mod:`pipeline.check.claimed_pairs`) becomes "unverifiable": they are that change's figures.  A multiplier's
    ``factor`` must be far (``gross_rel``) from that change's, else both may state one comparison ("rose 119%"
    and a loose "doubled" of the same two counts)."""
    other = claimed_by(claim_id, old, new, ev, tol)
    if other is None:
        return v
    if factor is not None:
        implied = 1 + Fraction(repr(other.value)) / 100 * (1 if other.direction == "increase" else -1)
        if abs(Fraction(factor) - implied) <= Fraction(tol.gross_rel) * Fraction(factor):
            return v
    return dataclasses.replace(v, verdict="unverifiable", explanation=v.explanation
                               + f"; these counts give the article's '{other.text}' exactly, so they are that "
                                 "change's figures, not this claim's: no verdict")


def _unlinked(check: Check, *, linked: bool) -> Check:
    """A "doubled" the words do not tie to a stated change ("calls rose 100%, doubling"), found beside it or
    by its place and period, is no proof against it: two figures the paper states itself that disagree are
    more likely of two things ("images rose by almost two thirds while webpages doubled") than a misprint.
    Its "inconsistent" becomes "unverifiable"; agreement stands."""
    if linked or check.verdict != "inconsistent":
        return check
    return dataclasses.replace(check, verdict="unverifiable", explanation=check.explanation
                               + "; the stated change may be of another figure than the claim, so no verdict")
