"""A headline's or standfirst's bound that restates a body total with a breakdown ("more than 6,000 calls and chats"
above "6,420 calls and webchats ... made up of 4,105 phone calls and 2,351 webchats"): the bound's sum check over the
same parts.

The bound is a count qualified one way or roughly (``more_than``, ``at_least``, ``nearly``, ``about``, ``fewer_than``,
``up_to``) with no sum check of its own, stated before the total, in an earlier sentence.  The total is the claim of
a decided sum check (not a difference's): exact, of a measure the bound's may mix, of no place apart from the
bound's and of the bound's period when the bound names one, and within the bound itself (6,420 is more than 6,000).
When exactly one such total is found and its parts meet the bound, the bound's check is consistent; parts that miss
the bound give no check (the bound may restate the total, not its parts: agreement only).
"""
from __future__ import annotations

from decimal import Decimal
from typing import Optional

from pipeline.check.check_builders import _check
from pipeline.check.evidence import APART, SAME, Evidence, mix, period_match, place, region_match
from pipeline.check.tolerances import Tolerances
from pipeline.check.total_verdicts import check_sum
from pipeline.records import Check, Count

#: The qualifiers of a figure that states a bound or a round restatement rather than a count.
BOUNDS = ("more_than", "at_least", "nearly", "about", "fewer_than", "up_to")


def _restates(bound: Count, total: Count, tol: Tolerances) -> bool:
    """Whether the total may be what the bound restates: before it in the text, an earlier sentence, of a measure
    and place the bound's may mix, its period when it names one, and the total's figure within the bound."""
    if bound.start >= total.start or tuple(bound.sentence) == tuple(total.sentence) or total.qualifier != "exact":
        return False
    if not mix(bound.measure, total.measure) or bound.rate != total.rate:
        return False
    if bound.regions and region_match(bound.regions, total.regions) == APART:
        return False
    if (bound.period_start or bound.period_end) and period_match(
            bound.period_start, bound.period_end, total.period_start, total.period_end) != SAME:
        return False
    return check_sum(Decimal(repr(bound.value)), bound.qualifier, [(Decimal(repr(total.value)), "exact")],
                     tolerances=tol).verdict == "consistent"


def _bound_check(bound: Count, sums: list[Check], ev: Evidence, tol: Tolerances) -> Optional[Check]:
    found = [(s, t) for s in sums if (t := ev.get(s.claim_ref, Count)) is not None and _restates(bound, t, tol)]
    if len({id(t) for _, t in found}) != 1:
        return None  # no total, or two it may restate
    check, total = found[0]
    parts = [p for p in (ev.get(i, Count) for i in check.inputs) if p is not None]
    if len(parts) != len(check.inputs) or len(parts) < 2:
        return None
    v = check_sum(Decimal(repr(bound.value)), bound.qualifier, [(Decimal(repr(p.value)), p.qualifier) for p in parts],
                  tolerances=tol)
    if v.verdict != "consistent":
        return None
    made = _check("sum", bound, parts, float(bound.value), v, prefix=place(total))
    made.explanation += f"; the bound restates the total of {total.value:,}, whose parts these are"
    return made


def with_restated_bounds(made: list[Check], ev: Evidence, tol: Tolerances) -> list[Check]:
    """``made`` with a consistent sum check for each bound that restates a decided total with parts."""
    sums = [c for c in made if c.kind == "sum" and c.relation is None and c.verdict != "unverifiable"]
    if not sums:
        return made
    claimed = {c.claim_ref for c in made if c.kind == "sum"}
    added = []
    for bound in ev.record.counts:
        if bound.qualifier in BOUNDS and not bound.difference and bound.value and bound.id not in claimed:
            check = _bound_check(bound, sums, ev, tol)
            if check is not None:
                added.append(check)
    return [*made, *added]
