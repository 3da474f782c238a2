"""A total of several places against the counts of the places inside them: "186 people from Tayside and Fife" and
"Dundee: 74 / Perth and Kinross: 39 / Angus: 22 / Fife: 51".

The shape finders (``sum_checks``, ``worded_sums``, ``pointed_sums``, ...) add up the parts the words tie to a total.
Where they find none, or cannot decide because no count names one of the total's places, the gazetteer can: a total
of places P1..Pk is the sum of counts of its measure, rate and period whose places are distinct parts of the Pi
(each Pi itself, or places strictly inside it that do not overlap, :meth:`Evidence.breakdown`), every Pi covered.
One mechanism for however the parts are written (lines under a heading, a list in one sentence, a paragraph each).

The text never says such parts are all of the total, so only agreement is a verdict: a miss gives no check (the
gazetteer's list of a place's parts may be short of the paper's: Dundee is a city, Angus a council area, both in
Tayside, so "every council area of Tayside" is no proof the list is whole).  Bounded: per total, the places inside its own (the record's place index, built once), not
every count of the page.
"""
from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Optional

from pipeline.check import evidence
from pipeline.check.check_builders import _check
from pipeline.check.evidence import Evidence, place, plain
from pipeline.check.tolerances import Tolerances
from pipeline.check.total_verdicts import check_sum
from pipeline.records import Check, Count, adds_parts


def _own_place_count(total: Count, region: str, ev: Evidence) -> Optional[Count]:
    """The first count after ``total`` naming ``region`` alone, of its measure, rate and period (or overlapping it)."""
    first = ev.first_of_place(total, region)
    return None if first is None else first[1]


def _parts(total: Count, ev: Evidence) -> Optional[list[Count]]:
    """The parts of a several-place total by the places inside its own (``None`` when a place of the total has
    no part)."""
    parts: list[Count] = []
    for region in evidence.inner_places(total.regions):
        own = _own_place_count(total, region, ev)
        if own is not None:
            parts.append(own)
            continue
        inside = ev.breakdown(dataclasses.replace(total, regions=[region]))
        if not inside:
            return None
        parts += inside
    ids = {p.id for p in parts}
    if len(ids) != len(parts) or total.id in ids or not all(plain(p) for p in parts):
        return None
    return parts


def contained_sum_check(total: Count, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A total of two places or more against the counts of the places inside them: agreement only."""
    if len(evidence.inner_places(total.regions)) < 2:
        return None
    parts = _parts(total, ev)
    if parts is None:
        return None
    v = check_sum(Decimal(repr(total.value)), total.qualifier,
                  [(Decimal(repr(p.value)), p.qualifier) for p in parts], tolerances=tol)
    if v.verdict != "consistent":
        return None
    check = _check("sum", total, parts, float(total.value), v, prefix=place(total))
    check.explanation += "; the parts are the counts of the places within the total's"
    return check


def with_contained_sums(made: list[Check], totals: list[Count], ev: Evidence, tol: Tolerances) -> list[Check]:
    """``made`` with the contained sum of each several-place total that no other rule decided: it replaces that
    total's undecided sum checks ("no count for Tayside is in the text")."""
    decided = {c.claim_ref for c in made if adds_parts(c) and c.verdict != "unverifiable"}
    for total in totals:
        if total.id in decided or len(total.regions) < 2:
            continue
        check = contained_sum_check(total, ev, tol)
        if check is not None:
            made = [c for c in made if not (adds_parts(c) and c.claim_ref == total.id)] + [check]
    return made


def without_partial_lists(made: list[Check]) -> list[Check]:
    """``made`` less a sum check whose parts are some of the parts of a consistent sum of the same total (a list
    read short: "612 from Plymouth, 735 from the rest of Devon" of "..., and 527 from Cornwall")."""
    agreeing: dict[Optional[str], list[set[str]]] = {}
    for c in made:
        if adds_parts(c) and c.verdict == "consistent":
            agreeing.setdefault(c.claim_ref, []).append(set(c.inputs))
    if not agreeing:
        return made
    return [c for c in made if not (adds_parts(c) and c.verdict != "consistent" and any(
        set(c.inputs) < whole for whole in agreeing.get(c.claim_ref, ())))]
