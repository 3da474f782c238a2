"""A claim linked to a later figure that another change of the article counts from, judged on the current figure.

"The figure is up 76% on 2021/22, when 1,205 people made contact, and represents a fourfold rise since 2018/19,
when 530 did so": the sentence compares the article's current figure (2,118 in 2022/23, a sentence before) with two
earlier ones.  The extractor pairs the sentence's two dated figures (530 → 1,205), but 1,205 is the figure another
stated change counts from ("up 76% on 2021/22, when 1,205"): an earlier figure, not one the claim reached.  Both
changes run to the figure the other change reached.  So a claim whose later figure is another change's base, and
whose earlier figure is earlier still, is judged on its earlier figure and that other change's later figure
(:func:`current_figure_check`), whatever the wording of either ("since 2018/19", "compared with 2019", "four times
as many as in 2019", "up 300% since 2019"), in whatever order the sentence states them.

Agreement on that pair stands; a disagreement is a verdict only when both changes stand in one sentence (its words
tie them to one subject) and the miss is no gross one, else no verdict.  The record's changes are read once per
claim (linear).
"""
from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Optional, Union

from pipeline.check.check_builders import _check
from pipeline.check.claim_measures import measure_family
from pipeline.check.evidence import Evidence, before, place
from pipeline.check.multiplier_bases import gross_factor
from pipeline.check.period_pairs import pair_verdict
from pipeline.check.tolerances import Tolerances
from pipeline.records import Check, Count, Multiplier, Percentage

Claim = Union[Percentage, Multiplier]


def _sibling(claim: Claim, base: Count, ev: Evidence) -> Optional[tuple[Claim, Count]]:
    """``(change, reached)``: the one other stated change (a percentage change or a multiplier) that counts from
    ``base`` and reached a later figure of ``base``'s measure family, and that figure; ``None`` when none or two
    reached different figures."""
    found: dict[str, tuple[Claim, Count]] = {}
    for other in [*ev.record.percentages, *ev.record.multipliers]:
        if other is claim or other.base_count_ref != base.id or not other.count_ref:
            continue
        if isinstance(other, Percentage) and other.kind != "change":
            continue
        reached = ev.get(other.count_ref, Count)
        if reached is None or reached is base or not before(base, reached):
            continue
        if measure_family(reached.measure) != measure_family(base.measure):
            continue
        found.setdefault(reached.id, (other, reached))
    return next(iter(found.values())) if len(found) == 1 else None


def current_figure_check(check: Check, claim: Claim, ev: Evidence, tol: Tolerances) -> Check:
    """``check``, or, when it is not ``consistent`` and was made on two dated counts the later of which another
    stated change counts from (:func:`_sibling`), the claim judged on its earlier count and the figure that change
    reached: agreement stands; a disagreement is a verdict when both changes share the claim's sentence and the miss
    is no gross one, else the check is ``unverifiable``."""
    if check.verdict == "consistent" or (isinstance(claim, Percentage) and claim.kind != "change"):
        return check
    counts = [ev.get(ref, Count) for ref in check.inputs]
    if len(counts) != 2 or any(c is None for c in counts):
        return check
    old, new = counts
    if before(new, old):
        old, new = new, old
    if not before(old, new):
        return check  # undated, or of one period: no earlier and later figure to tell apart
    found = _sibling(claim, new, ev)
    if found is None:
        return check
    other, reached = found
    if not before(old, reached):
        return check
    v = pair_verdict(claim, old, reached, tol)
    if v.verdict == "unverifiable":
        return check
    kind = "multiplier" if isinstance(claim, Multiplier) else "percentage"
    stated = float(claim.factor if isinstance(claim, Multiplier) else claim.value)
    judged = _check(kind, claim, [old, reached], stated, v,
                    prefix=f"from the figure it counts from to the one {other.text!r} reached ({place(new)} is that "
                           f"change's base, not a figure it reached), {place(old)} to {place(reached)}")
    judged = dataclasses.replace(judged, id=check.id)
    if v.verdict == "consistent":
        return judged
    gross = gross_factor(v.computed, Decimal(repr(claim.factor)), tol.gross_rel) if isinstance(claim, Multiplier) \
        else v.gross
    if tuple(other.sentence) == tuple(claim.sentence) and not gross:
        return judged
    return dataclasses.replace(judged, verdict="unverifiable", explanation=judged.explanation
                               + "; the figure another change reached is not surely this claim's, so only agreement "
                                 "is a verdict")
