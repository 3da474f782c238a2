"""The one comparison a change points back at: "from 38 to 61 ... That is a rise of 60%" judged both ways.

A change or a multiplier whose sentence holds no count and names no time, and whose words point back ("That is an
increase of 110%", "The charity says that's a rise of 60%", "This means calls more than doubled"), states the
comparison of the sentences right before it.  When those sentences (the one before, and the one before that when the
first holds a single figure) hold exactly two figures of one known measure, and they are the only figures of that
measure the article has stated so far, the pair is the claim's beyond doubt: the paper has compared nothing else.
Then a mismatch is the paper's misstatement and the check is ``inconsistent``; a gross miss (the wrong direction, or
off by more than ``gross_rel``) says the pointer may mean something else and keeps no verdict.  Only a check left
``unverifiable`` by every other rule is judged here.
"""
from __future__ import annotations

import bisect
import re
from decimal import Decimal
from typing import Optional, Union

from pipeline.check.check_builders import _check, stated_decimal
from pipeline.check.evidence import Evidence, is_number, place
from pipeline.check.multiplier_bases import gross_factor
from pipeline.check.tolerances import Tolerances
from pipeline.check.verdicts import Verdict, check_multiplier, check_percentage, fraction_word
from pipeline.extract.inheritance import HELPLINE_FAMILY
from pipeline.records import Check, Count, Multiplier, Percentage

__all__ = ["pointed_pair_check"]

Claim = Union[Percentage, Multiplier]

#: Words before the claim, in its own sentence, that point back at what was just said.
_POINTER = re.compile(r"\b(?:that|this|that's|this's|which|meaning|means)\b|\bthat[\u2019']s\b", re.I)
#: A time the claim's own sentence names: then it states a comparison of its own, not the one before.
_NAMES_TIME = re.compile(r"\b(?:19|20)\d\d\b|\b(?:year|month|week|period|annual|annually|quarter)s?\b", re.I)


def _family(measure: Optional[str]) -> Optional[str]:
    if not measure or measure == "other":
        return None
    return HELPLINE_FAMILY.get(measure, measure)


def _points_back(claim: Claim, ev: Evidence) -> bool:
    """The claim's sentence holds no count, names no time and points back before the claim."""
    own = tuple(claim.sentence)
    if not ev.text or ev.counts_in(own):
        return False
    if _NAMES_TIME.search(ev.text, own[0], own[1]):
        return False
    return bool(_POINTER.search(ev.text, own[0], claim.start))


def _index(ev: Evidence) -> tuple[dict[str, list[int]], set[tuple[int, int]]]:
    """The starts of the record's counts by measure family, sorted, and the sentences holding a percentage or a
    multiplier (built once per record, so each claim's look is a bisection)."""
    key = ("pointed_pairs",)
    if key not in ev.memo:
        starts: dict[str, list[int]] = {}
        for c in ev.record.counts:
            family = _family(c.measure)
            if family:
                starts.setdefault(family, []).append(c.start)
        for found in starts.values():
            found.sort()
        claimed = {tuple(f.sentence) for f in [*ev.record.percentages, *ev.record.multipliers]}
        ev.memo[key] = (starts, claimed)
    return ev.memo[key]


def _pair(claim: Claim, ev: Evidence) -> Optional[tuple[Count, Count]]:
    """The two figures of the sentences right before the claim, when they are the only figures of their measure the
    article has stated before the claim; ``None`` otherwise."""
    own = tuple(claim.sentence)
    previous = ev.neighbour(own, -1)
    if previous is None:
        return None
    window = [previous]
    found = list(ev.counts_in(previous))
    if len(found) == 1:
        earlier = ev.neighbour(previous, -1)
        if earlier is not None:
            window.append(earlier)
            found = list(ev.counts_in(earlier)) + found
    if len(found) != 2:
        return None
    a, b = found
    family = _family(a.measure)
    if family is None or family != _family(b.measure) or a.value == b.value:
        return None
    if any(c.difference or c.rate or c.qualifier == "vague" or not is_number(c.value) or c.value <= 0 for c in found):
        return None
    starts, claimed = _index(ev)
    if any(span in claimed for span in window):
        return None  # the sentences before state a comparison of their own
    if bisect.bisect_left(starts.get(family, []), own[0]) > 2:
        return None  # an earlier figure of the measure: the paper may compare it instead
    return (a, b) if a.value < b.value else (b, a)


def _verdict(claim: Claim, old: Count, new: Count, tol: Tolerances) -> Verdict:
    inputs = (old.qualifier, new.qualifier)
    if isinstance(claim, Multiplier):
        return check_multiplier(Decimal(repr(claim.factor)), claim.qualifier, Decimal(repr(old.value)),
                                Decimal(repr(new.value)), tolerances=tol, word=claim.word or claim.text,
                                inputs=inputs)
    qualifier = "about" if claim.qualifier == "exact" and fraction_word(claim.text) else claim.qualifier
    return check_percentage(stated_decimal(claim.text, claim.value), qualifier, Decimal(repr(old.value)),
                            Decimal(repr(new.value)), tolerances=tol, direction=claim.direction, inputs=inputs)


def pointed_pair_check(check: Check, claim: Claim, ev: Evidence, tol: Tolerances) -> Check:
    """``check`` unless it is ``unverifiable`` and ``claim`` points back at the one comparison before it: then the
    claim judged on that pair, both ways (a gross miss keeps ``check``)."""
    if check.verdict != "unverifiable" or not _points_back(claim, ev):
        return check
    if isinstance(claim, Percentage) and (claim.kind != "change" or claim.direction not in ("increase", "decrease")):
        return check
    found = _pair(claim, ev)
    if found is None:
        return check
    small, large = found
    falling = claim.direction == "decrease" if isinstance(claim, Percentage) else claim.factor < 1
    old, new = (large, small) if falling else (small, large)
    v = _verdict(claim, old, new, tol)
    if v.verdict == "unverifiable":
        return check
    if v.verdict == "inconsistent":
        gross = gross_factor(v.computed, Decimal(repr(claim.factor)), tol.gross_rel) \
            if isinstance(claim, Multiplier) else v.gross
        if gross:
            return check
    kind = "multiplier" if isinstance(claim, Multiplier) else "percentage"
    stated = float(claim.factor if isinstance(claim, Multiplier) else claim.value)
    made = _check(kind, claim, [old, new], stated, v,
                  prefix=f"the one pair of figures it points back at, {place(old)} to {place(new)}")
    return made
