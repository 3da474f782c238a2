"""Sums of a total over places: a total against the counts of its places, or of the places within it.

A total over several regions against their counts (:func:`sum_check`), a one-place total against its breakdown by
the places within it (:func:`breakdown_check`), a total against the parts the text lists after it
(:func:`listed_sum_check`, ``Count.parts``).  The sums whose parts the words beside a total give (channels, a
sentence's list, a total word, a later sentence pointing back) are in :mod:`pipeline.check.sum_checks`.
"""
from __future__ import annotations

import dataclasses
from decimal import Decimal
from fractions import Fraction
from typing import Optional

from pipeline.check.counted_parts import parts_counted
from pipeline.check.rest_of_place import rest_of_place, with_inner_places
from pipeline.check.restated_wholes import counts_of_value, restated_counts
from pipeline.check import evidence
from pipeline.check.evidence import APART, Evidence, mix, period_match, place, plain, region_match
from pipeline.check.tolerances import Tolerances, within_misprint
from pipeline.check.unplaced_items import closing_items
from pipeline.check.verdicts import check_sum, fmt
from pipeline.check.check_builders import _check, _unverifiable
from pipeline.check.worded_sums import apposed, closed_list, told_apart
from pipeline.records import Check, Count


def sum_check(total: Count, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A total over several regions against the counts of those regions (none when no part is stated)."""
    inner = evidence.inner_places(total.regions)
    if len(inner) == 1:  # "Bristol and the South West": one place inside the other is one place, not a list of parts
        return breakdown_check(dataclasses.replace(total, regions=inner), ev, tol)
    if _restates_earlier(total, ev):
        return None  # "Birmingham accounted for 811 of the 1,904 contacts, followed by Coventry with 264 and ...": the
        # West Midlands' 1,904 again, its places the listed parts', not a total of them
    found, notes = ev.parts(total)
    if all(part is None for _, part in found):
        return None
    missing = [region for region, part in found if part is None]
    if missing:
        return _unverifiable("sum", total, float(total.value),
                             f"no count for {' and '.join(missing)} is in the text, so the total of "
                             f"{total.text or fmt(Fraction(repr(total.value)))} cannot be added up",
                             [p for _, p in found if p is not None])
    parts = [p for _, p in found if p is not None]
    if any(rest_of_place(p, ev) for p in parts):
        # "Plymouth accounted for 290, the rest of Devon for 1,880": the rest and the places inside it are its part
        whole = [with_inner_places(total, p, ev) if rest_of_place(p, ev) else [p] for p in parts]
        if any(w is None for w in whole):
            return None  # the rest of a place whose other parts the text does not state: no sum to make
        parts = [c for w in whole for c in w]
    v = check_sum(Decimal(repr(total.value)), total.qualifier,
                  [(Decimal(repr(p.value)), p.qualifier) for p in parts], tolerances=tol)
    if notes and v.verdict == "inconsistent":
        # a part of a wider place than the total's is no part of it: its figure may hold anything
        v = dataclasses.replace(v, verdict="unverifiable", explanation=v.explanation
                                + "; a part covers more than its place in the total, so the sum proves nothing")
    check = _check("sum", total, parts, float(total.value), v, prefix=place(total))
    if notes:
        check.explanation += "; note: " + "; ".join(notes)
    return check


def _restates_earlier(total: Count, ev: Evidence) -> bool:
    """Whether a total over several places repeats the value of an exact count stated before it of its measure, rate
    and period whose places are others: the same figure again ("811 of the 1,904 contacts" after "1,904 people from
    the West Midlands"), which takes the places of the parts listed beside it, so that only its first statement
    is checked."""
    return any(c.start < total.start and c.qualifier == "exact"
               and c.measure == total.measure and c.rate == total.rate and c.regions != total.regions
               and period_match(total.period_start, total.period_end, c.period_start, c.period_end) == evidence.SAME
               for c in counts_of_value(total.value, ev))  # the counts of its value only: no pass over the page


def _read_from_a_part(total: Count, parts: list[Count], ev: Evidence) -> bool:
    """Whether a listed "total" is the first of places side by side under a larger count before it in its
    sentence whose place holds them all ("980 people across Greater Manchester: 400 in Manchester, 330 in
    Salford and 250 in Bolton" read from its 400; or in the sentence before it): each part names a place outside the "total"'s, so a sum of
    them that misses it proves nothing."""
    if not total.regions or not all(p.regions and region_match(p.regions, total.regions) == APART for p in parts):
        return False
    before = ev.neighbour(total.sentence, -1)
    counts = [*(ev.counts_in(before) if before else []), *ev.counts_in(total.sentence)]
    return any(c.start < total.start and c.value > total.value and c.regions and mix(c.measure, total.measure)
               and all(any(evidence.covers(w, r) for w in c.regions) for f in (total, *parts) for r in f.regions)
               for c in counts if plain(c))


def breakdown_check(total: Count, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A one-place total against its breakdown by the places within it.

    Parts that add up to the total are consistent, parts that exceed it are not;
    parts that fall short may be a list that leaves places out ("the top five
    counties"), so that is unverifiable.
    """
    parts = ev.breakdown(total)
    if not parts or any(p.value >= total.value for p in parts):
        return None  # "Of the 2,000 calls, 410 ...": a "part" no smaller than its total is the whole stated again
    parts = [*parts, *_restated_items(total, parts, ev)]
    v = check_sum(Decimal(repr(total.value)), total.qualifier,
                  [(Decimal(repr(p.value)), p.qualifier) for p in parts], tolerances=tol)
    if v.verdict == "inconsistent" and _another_total(total, parts, ev, tol):
        return None  # the parts of another period's total, their own period only inherited from the words before
    if v.verdict == "inconsistent" and v.gross and v.computed is not None and v.computed > Fraction(repr(total.value)):
        return None  # parts a quarter or more above their "total" are not its breakdown ("four of Wales's largest
        # urban areas" read as a count of 4 calls, the areas' 340, 215, ... under it): as for a listed total
    if v.verdict == "inconsistent" and _earlier_rival(total, ev):
        return None  # "4,450 calls from Grampian in 2023-24 ... Figures for the previous year show 3,980": the
        # breakdown is of the place's first total; a later one of another value is another period's or a restatement
    if v.verdict == "inconsistent" and v.computed is not None and v.computed < Fraction(repr(total.value)):
        if parts_counted(total, ev.text) == len(parts) and all(p.regions for p in parts):
            v = dataclasses.replace(v, explanation=v.explanation + f"; the total's words count {len(parts)} parts, "
                                    "every one listed")
        elif (closed := closing_items(total, parts, ev, tol)) is not None:
            parts, v = closed  # "..., the Coast 356 and ...": an item read with no place
        elif not all(p.regions for p in parts) or not evidence.exhausts(total.regions[0], [p.regions[0] for p in parts]):
            v = dataclasses.replace(v, verdict="unverifiable", explanation=v.explanation
                                    + "; the parts may not be every place within the total, so a shortfall proves nothing")
        else:
            v = dataclasses.replace(v, explanation=v.explanation + "; the parts name every place within the total")
    return _check("sum", total, parts, float(total.value), v, prefix=place(total))


def _restated_items(total: Count, parts: list[Count], ev: Evidence) -> list[Count]:
    """The earlier counts a sentence of the breakdown restates by their figure ("Swansea's 412 were followed by
    Cardiff with 268, Newport with 190 ..." after "412 calls from Swansea"): items of the list, which the extractor
    keeps only where first stated (:func:`pipeline.check.restated_wholes.restated_counts`, each cited by the earlier
    count's id). Of the total's measure, rate and period, smaller than it, of no place or one inside its place."""
    taken = {p.id for p in parts} | {total.id}
    found: list[Count] = []
    for span in dict.fromkeys(tuple(p.sentence) for p in parts):
        for c in restated_counts(span, ev):
            if c.id in taken or not plain(c) or c.value >= total.value or c.measure != total.measure \
                    or c.rate != total.rate or period_match(total.period_start, total.period_end, c.period_start,
                                                            c.period_end) != evidence.SAME \
                    or (c.regions and not all(evidence.covers(total.regions[0], r) for r in c.regions)):
                continue
            taken.add(c.id)
            found.append(c)
    return found


def _another_total(total: Count, parts: list[Count], ev: Evidence, tol: Tolerances) -> bool:
    """Whether the parts add up to another count of the total's place and measure (another period's: "6,840
    people in 2023 ... In 2022 the total was 5,700. ... South Wales accounted for 2,910, ..."): they break that
    one down, whatever period the sentences before lent them."""
    values = [(Decimal(repr(p.value)), p.qualifier) for p in parts]
    return any(c is not total and c.regions == total.regions and c.measure == total.measure and c.rate == total.rate
               and plain(c) and period_match(total.period_start, total.period_end, c.period_start, c.period_end) == APART
               and check_sum(Decimal(repr(c.value)), c.qualifier, values,
                                                                      tolerances=tol).verdict == "consistent"
               for c in ev.record.counts)


def _earlier_rival(total: Count, ev: Evidence) -> bool:
    """Whether an exact count of the total's place, measure, rate and period, of another value, is stated before it:
    a breakdown that misses the later one proves nothing of it (its period may only be inherited)."""
    return any(c.start < total.start and c.value != total.value and c.qualifier == "exact" and plain(c)
               and c.measure == total.measure and c.rate == total.rate
               and period_match(total.period_start, total.period_end, c.period_start, c.period_end) == evidence.SAME
               and evidence.inner_places(c.regions) == evidence.inner_places(total.regions)
               for c in ev.record.counts)


def listed_sum_check(total: Count, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A total against the parts the text lists after it (``Count.parts``).

    Parts that exceed the total are inconsistent; parts that add up to it are
    consistent; parts that fall short are consistent when the text lists them as
    some of it ("including ..."), else unverifiable (the list may leave some out).
    """
    parts = [ev.get(ref, Count) for ref in total.parts]
    if len(parts) < 2 or any(p is None for p in parts):
        return None
    if total.regions and any(p.regions and region_match(p.regions, total.regions) == APART
                             and p.value > total.value for p in parts):
        return None  # "3,500 in British Columbia, with 3,000 in Alberta and 12,000 in Ontario": places side by side
    v = check_sum(Decimal(repr(total.value)), total.qualifier,
                  [(Decimal(repr(p.value)), p.qualifier) for p in parts], tolerances=tol)
    if v.verdict == "inconsistent" and v.computed is not None and v.computed < Fraction(repr(total.value)):
        if total.parts_complete is False:
            v = dataclasses.replace(v, verdict="consistent", explanation=v.explanation.split(", which")[0]
                                    + f", no more than {fmt(Fraction(repr(total.value)))}: the parts are listed as "
                                    "some of the total ('including'), so they need not add up to it")
        elif _every_place_within(total, parts) and v.computed >= LEAST_LISTED_SHARE * Fraction(repr(total.value)):
            v = dataclasses.replace(v, explanation=v.explanation + "; the parts name every place within the total")
        elif apposed(total, parts, ev) and closed_list(total, parts, ev) and told_apart(parts) \
                and within_misprint(v.computed, total.value):
            v = dataclasses.replace(v, explanation=v.explanation + "; the list set off after the total tells it "
                                    "again as its parts, so a near miss is a misprint")
        else:
            v = dataclasses.replace(v, verdict="unverifiable", explanation=v.explanation
                                    + "; the parts may not be all of the total, so a shortfall proves nothing")
    if v.verdict == "inconsistent" and v.gross and v.computed is not None and v.computed > Fraction(repr(total.value)):
        return None  # "Chester accounted for 1,510 calls, Warrington for 1,380 and Crewe for 960" (Chester unread):
        # parts a quarter or more above their total are items beside it, not its breakdown (gross_rel)
    if v.verdict == "inconsistent" and _read_from_a_part(total, parts, ev):
        return None  # "1,050 in all: 420 in Leeds, 380 in Bradford and 250 in Wakefield" read from its 420
    if v.verdict != "consistent" and total.regions and total.parts_complete is not False and any(
            p.regions and region_match(p.regions, total.regions) == APART for p in parts):
        return None  # "Brighton accounted for 2,140 of the calls, with 1,980 from West Sussex": parts lie in their
        # total's place, unless the words say they are its parts ("including")
    return _check("sum", total, parts, float(total.value), v, prefix=place(total))


#: A listed breakdown naming every place within its total is judged short only when its sum is at least this share
#: of the total (a misprint); a larger shortfall more likely means a place the gazetteer does not hold was left out
#: of the list ("Dundee" is no council area of Tayside in the gazetteer, so Angus and Perth and Kinross look whole).
LEAST_LISTED_SHARE = Fraction(9, 10)


def _every_place_within(total: Count, parts: list[Count]) -> bool:
    """Whether a one-place total's listed parts each name one place inside it and together every place of their
    kind there ("300 from Tayside: 130 from Dundee, 90 from Perth and Kinross and 60 from Angus"), as a breakdown's
    must for its shortfall to be an error."""
    if len(total.regions) != 1 or not all(len(p.regions) == 1 and p.regions[0] != total.regions[0]
                                          and evidence.covers(total.regions[0], p.regions[0]) for p in parts):
        return False
    return evidence.exhausts(total.regions[0], [p.regions[0] for p in parts])
