"""A total against the counts of the periods that tile its own: "2,760 calls in 2024/25" and "April to September
2024: 1,200" / "October 2024 to March 2025: 1,560"; a year and its two halves, four quarters or twelve months.

Parts that exhaust their total are checked as a sum (issue 10).  For places the gazetteer says which places exhaust
a total's (``contained_sums``, ``gazetteer.exhausts``); for time the calendar does: periods that follow one another
day by day from the total's first day to its last, none of them the total's own, are all of it, however the words
list them (lines labelled by a period, "between January and June ... and between July and December ...", a
paragraph each).  The parts are of the total's measure and rate, and of its place or of none the record gives
(a half-year line names no place: it is the total's); of each period the count nearest the total in the text.

Since the calendar says the parts are all of the total, a miss is a verdict too, when the parts are certain:
each period has one count that fits (no rival: "1,190 calls came from men" dated the second half is one), no
part's sentence names a year outside the total's period (the part may be that year's), the total and the parts
are exact, and the sum misses by at most :data:`~pipeline.check.tolerances.MISPRINT_SHARE` (a misprint; a sum far off is
likely of other figures, so no check).  Else agreement only.  Linear: the counts are indexed once per record by
measure, rate and period; a total reads the periods inside its own (bisected), and the search for a tiling is
bounded by :data:`MAX_STEPS`.
"""
from __future__ import annotations

import bisect
import datetime
import re
from decimal import Decimal
from fractions import Fraction
from typing import Optional

from pipeline.check.check_builders import _check
from pipeline.check.evidence import Evidence, is_number, place, plain
from pipeline.check.tolerances import Tolerances, within_misprint
from pipeline.check.total_verdicts import check_sum
from pipeline.records import Check, Count, adds_parts

#: The most parts a tiling may have (twelve months) and the most steps its search may take.
MAX_PARTS = 12
MAX_STEPS = 200

Period = tuple[str, str]


def _day_after(day: str) -> Optional[str]:
    try:
        return (datetime.date.fromisoformat(day) + datetime.timedelta(days=1)).isoformat()
    except ValueError:
        return None


def _index(ev: Evidence) -> dict[tuple[str, Optional[str]], tuple[list[Period], dict[Period, list[Count]]]]:
    """The plain counts of a known period, by measure and rate: their distinct periods sorted, and the counts of
    each period in text order; built once per record."""
    key = ("period_sums",)
    if key not in ev.memo:
        index: dict = {}
        for c in sorted(ev.record.counts, key=lambda c: c.start):
            if c.period_start and c.period_end and plain(c) and c.qualifier in ("exact", "about"):
                periods, by_period = index.setdefault((c.measure, c.rate), ([], {}))
                by_period.setdefault((c.period_start, c.period_end), []).append(c)
        for periods, by_period in index.values():
            periods.extend(sorted(by_period))
        ev.memo[key] = index
    return ev.memo[key]


def _tiling(total: Count, periods: list[Period], by_period: dict[Period, list[Count]]) -> Optional[list[Period]]:
    """Periods among ``periods`` (sorted) that follow one another day by day from the total's first day to its last,
    two or more, none the total's own, each with a count that fits the total; the longest parts first (halves
    before months).  ``None`` when there are none.  Only the periods that start inside the total's are read."""
    whole = (total.period_start, total.period_end)
    lo = bisect.bisect_left(periods, (whole[0], ""))
    hi = bisect.bisect_right(periods, (whole[1], "9999-12-31"))
    starting: dict[str, list[Period]] = {}
    for p in periods[lo:hi]:
        if p != whole and p[1] <= whole[1] and any(_fits(c, total) for c in by_period[p]):
            starting.setdefault(p[0], []).append(p)
    for options in starting.values():
        options.sort(key=lambda p: p[1], reverse=True)  # the longest first
    steps = 0
    stack: list[tuple[str, list[Period]]] = [(whole[0], [])]
    while stack and steps < MAX_STEPS:
        steps += 1
        day, chain = stack.pop()
        for p in reversed(starting.get(day, [])):  # pushed shortest first, so the longest is tried first
            if p[1] == whole[1]:
                if len(chain) + 1 >= 2:
                    return [*chain, p]
                continue
            nxt = _day_after(p[1])
            if nxt is not None and len(chain) + 1 < MAX_PARTS:
                stack.append((nxt, [*chain, p]))
    return None


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _other_year_named(c: Count, total: Count, text: str) -> bool:
    """Whether the part's sentence names a year outside the total's period ("In 2023 it took 990 calls between
    January and June and 1,150 between July and December" beside 2024's total): the part may be that year's, so it
    is not certain."""
    years = range(int(total.period_start[:4]), int(total.period_end[:4]) + 1)
    return any(int(m.group()) not in years for m in _YEAR.finditer(text, *c.sentence))


def _fits(c: Count, total: Count) -> bool:
    """A count of the total's place, or of none the record gives; not the total."""
    return c is not total and (not c.regions or sorted(c.regions) == sorted(total.regions))


def period_parts(total: Count, ev: Evidence) -> Optional[tuple[list[Count], bool]]:
    """``(parts, certain)``: the counts of the periods that tile the total's, the nearest of each period to the
    total, and whether each was the one count of its period that fits; ``None`` when no periods tile it."""
    if not (total.period_start and total.period_end) or not plain(total) or not is_number(total.value):
        return None
    entry = _index(ev).get((total.measure, total.rate))
    if entry is None:
        return None
    periods, by_period = entry
    tiles = _tiling(total, periods, by_period)
    if tiles is None:
        return None
    parts, certain = [], True
    for p in tiles:
        fitting = [c for c in by_period[p] if _fits(c, total)]
        parts.append(min(fitting, key=lambda c: abs(c.start - total.start)))
        certain = certain and len(fitting) == 1 and not (ev.text and _other_year_named(parts[-1], total, ev.text))
    if any(p.value >= total.value for p in parts):
        return None
    return parts, certain


def period_sum_check(total: Count, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A total against the counts of the periods that tile its own: agreement; a near miss of certain exact parts."""
    found = period_parts(total, ev)
    if found is None:
        return None
    parts, certain = found
    v = check_sum(Decimal(repr(total.value)), total.qualifier,
                  [(Decimal(repr(p.value)), p.qualifier) for p in parts], tolerances=tol)
    if v.verdict == "inconsistent":
        misprint = within_misprint(sum(Fraction(repr(p.value)) for p in parts), total.value)
        if not (certain and misprint and total.qualifier == "exact"
                and all(p.qualifier == "exact" for p in parts)):
            return None
    elif v.verdict != "consistent":
        return None
    check = _check("sum", total, parts, float(total.value), v, prefix=place(total))
    check.explanation += "; the parts are the counts of the periods that make up the total's, one after another"
    return check


def with_period_sums(made: list[Check], totals: list[Count], ev: Evidence, tol: Tolerances) -> list[Check]:
    """``made`` with the period sum of each total that no other rule decided: it replaces that total's undecided
    sum checks."""
    decided = {c.claim_ref for c in made if adds_parts(c) and c.verdict != "unverifiable"}
    for total in totals:
        if total.id in decided:
            continue
        check = period_sum_check(total, ev, tol)
        if check is not None:
            made = [c for c in made if not (adds_parts(c) and c.claim_ref == total.id)] + [check]
    return made
