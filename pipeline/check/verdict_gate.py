"""The one gate every "inconsistent" passes: a mismatch is a verdict only when the figures are surely the claim's.

Issue 10 asks for no "inconsistent" where the paper is right.  A mismatch is the paper's misstatement only when the
figures it was judged on are certain to be the claim's own; when they may be another thing's, the mismatch says
more about our pairing than about the paper, and the check is ``unverifiable`` with the doubt in its explanation.
Every kind of check obeys the same three doubts, whichever rule found its figures (:func:`gated` runs once over all
of a record's checks, after every finder):

- **A total below one of its parts** counts something else ("four of Wales's largest towns" over 340 calls from
  Cardiff): no sum of positive parts is smaller than one of them, so the figure is no total of theirs.
- **A total that restates a figure stated before** (the same value, measure and period, of other places: "811 of
  the 1,904 contacts" after "1,904 people from the West Midlands") is that figure, whose place is its own, not the
  places of the parts its sentence lists: the parts may not be all of it.
- **A pair of another place than the claim's**: a change or a multiplier whose figures name a place the claim does
  not (a region's pair under a national "nearly doubled"; a town's under a county's claim), when the article states a
  figure of the claim's own place of the same measure and of one of the pair's periods, or, for a claim of no place
  (the whole the article is about), a figure of no place that may hold the pair's (as large or larger: 2,115
  unanswered calls are no whole of 5,830 contacts): the claim's own figures are there, so the pair is likely another
  comparison.

The doubts read only the facts of one record, indexed once, so the gate is linear in the record's checks.
"""
from __future__ import annotations

import dataclasses
from typing import Optional

from pipeline.check.evidence import Evidence, is_number
from pipeline.check.period_pairs import measure_family, resolved_check
from pipeline.check.tolerances import Tolerances
from pipeline.records import Check, Count, Multiplier, Percentage

__all__ = ["gated", "doubt", "own_place_check"]


def _counts(check: Check, ev: Evidence) -> list[Count]:
    return [c for c in (ev.get(i, Count) for i in check.inputs) if c is not None and is_number(c.value)]


def _by_value(ev: Evidence) -> dict[float, list[Count]]:
    """The record's counts by value (built once per record)."""
    key = ("verdict_gate", "by_value")
    if key not in ev.memo:
        found: dict[float, list[Count]] = {}
        for c in ev.record.counts:
            if is_number(c.value) and not c.difference:
                found.setdefault(c.value, []).append(c)
        ev.memo[key] = found
    return ev.memo[key]


def _by_family(ev: Evidence) -> dict[str, list[Count]]:
    """The record's plain counts of a known measure, no rate, by measure family (built once per record)."""
    key = ("verdict_gate", "by_family")
    if key not in ev.memo:
        found: dict[str, list[Count]] = {}
        for c in ev.record.counts:
            family = measure_family(c.measure)
            if family and is_number(c.value) and not c.difference and not c.rate and c.qualifier != "vague":
                found.setdefault(family, []).append(c)
        ev.memo[key] = found
    return ev.memo[key]


def _below_a_part(check: Check, total: Count, ev: Evidence) -> Optional[str]:
    parts = _counts(check, ev)
    largest = max((c.value for c in parts), default=None)
    if largest is not None and total.value < largest:
        return f"the total ({total.text}) is smaller than one of its parts, so it counts something else"
    return None


def _restated(check: Check, total: Count, ev: Evidence) -> Optional[str]:
    family = measure_family(total.measure)
    for other in _by_value(ev).get(total.value, []):
        if other is total or other.start >= total.start or other.id in check.inputs:
            continue
        if measure_family(other.measure) != family or (other.period_start, other.period_end) \
                != (total.period_start, total.period_end):
            continue
        if sorted(other.regions) != sorted(total.regions):
            where = " and ".join(other.regions) or "no place"
            return (f"{total.text} restates the figure stated before for {where}, whose place is its own; "
                    "the parts may not be all of it")
    return None


def _periods(c: Count) -> tuple[Optional[str], Optional[str]]:
    return c.period_start, c.period_end


def _other_place(check: Check, claim: Percentage | Multiplier, ev: Evidence) -> Optional[str]:
    pair = _counts(check, ev)
    if len(pair) != 2:
        return None
    own = set(claim.regions or [])
    foreign = sorted({r for c in pair for r in c.regions} - own)
    if not foreign:
        return None
    family = measure_family(pair[0].measure) or measure_family(pair[1].measure)
    periods = {_periods(c) for c in pair if c.period_start}
    ids = {c.id for c in pair}
    of_period = {_periods(c): c.value for c in pair}
    for c in _by_family(ev).get(family, []) if family else []:
        if c.id in ids or _periods(c) not in periods:
            continue
        if (own and set(c.regions) == own) or (not own and not c.regions and c.value >= of_period[_periods(c)]):
            where = " and ".join(sorted(own)) or "no place"
            return (f"the counts are of {' and '.join(foreign)}, the claim of {where}, whose own figure "
                    f"({c.text}) the article states")
    return None


def doubt(check: Check, ev: Evidence) -> Optional[str]:
    """Why the figures of an "inconsistent" ``check`` may not be the claim's own; ``None`` when they surely are."""
    if check.kind == "sum":
        total = ev.get(check.claim_ref, Count)
        if total is None or not is_number(total.value):
            return None
        return _below_a_part(check, total, ev) or _restated(check, total, ev)
    if check.kind in ("percentage", "multiplier"):
        claim = ev.get(check.claim_ref, Multiplier) or ev.get(check.claim_ref, Percentage)
        return _other_place(check, claim, ev) if claim is not None else None
    return None


def own_place_check(check: Check, claim: Percentage | Multiplier, ev: Evidence, tol: Tolerances) -> Check:
    """``check`` judged again on the claim's own pair when its figures are of another place than the claim's and the
    article states the claim's own (:func:`doubt`): the one pair of the claim's measure, place and periods
    (:func:`~pipeline.check.period_pairs.resolved_check`), when there is one; else ``check`` (an "inconsistent" on it is
    then softened by :func:`gated`).  "Calls from Wales more than doubled ... 2,140 calls from Wales in 2025, up from
    1,090 ... 318 from Swansea, up from 110": the claim is Wales's, 1.96 times, not Swansea's 2.9."""
    if check.kind not in ("percentage", "multiplier") or _other_place(check, claim, ev) is None:
        return check
    again = resolved_check(dataclasses.replace(check, verdict="unverifiable"), claim, ev, tol)
    if again.verdict == "unverifiable" or set(again.inputs) == set(check.inputs):
        return check
    shown = " and ".join(c.text for c in _counts(check, ev))
    return dataclasses.replace(again, explanation=f"{again.explanation} (not on {shown}, figures of another place "
                                                  "than the claim's)")


def gated(made: list[Check], ev: Evidence) -> list[Check]:
    """``made`` with every "inconsistent" whose figures are in :func:`doubt` made ``unverifiable``, the doubt in its
    explanation."""
    out = []
    for check in made:
        why = doubt(check, ev) if check.verdict == "inconsistent" else None
        out.append(check if why is None else dataclasses.replace(
            check, verdict="unverifiable", explanation=f"{check.explanation}; {why}, so no verdict"))
    return out
