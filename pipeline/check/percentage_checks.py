"""Percentage changes within one article: a stated change against its two counts.

:func:`percentage_check` judges a change on the counts the extractor linked, once they pass the tests of
:mod:`pipeline.check.change_pairs` (one thing, one rate, in time order), else on the pairs the searches of
:mod:`pipeline.check.found_changes` find (the base its sentence gives, the nearest pair around it, a comparison
of the article, the two levels its sentence runs between); with only its later count it gives the earlier count
it implies (``implied``).
"""
from __future__ import annotations

import dataclasses
from decimal import Decimal
from fractions import Fraction

from pipeline.check.base_pairs import base_over_link
from pipeline.check.change_pairs import alike, dated_as_base, in_its_sentence, linked_pair, one_rate, own_thing
from pipeline.check.check_builders import _check, _claimed, _unverifiable, stated_decimal
from pipeline.check.clause_pairs import no_verdict_across_clauses
from pipeline.check.difference_changes import difference_change_check
from pipeline.check.dated_pairs import against_direction, dated_claim_undated_pair, undated_search, why_undated
from pipeline.check.evidence import APART, SAME, Evidence, as_level, before, period_match, place, region_match
from pipeline.check.found_changes import (
    base_check,
    change_words,
    in_time_order,
    levels_check,
    nearby_check,
    own_base_check,
    pair_verdict,
    told_check,
)
from pipeline.check.group_pairs import groups_apart, why_groups
from pipeline.check.phrase_bases import leading_base
from pipeline.check.referring_change import told_pair
from pipeline.check.tolerances import Tolerances
from pipeline.check.verdicts import fmt, implied_count
from pipeline.records import Check, Count, Percentage


def percentage_check(pct: Percentage, ev: Evidence, tol: Tolerances) -> Check:
    """A stated change against its two counts, or the count it implies when one is missing."""
    stated = stated_decimal(pct.text, pct.value)
    new, old = ev.get(pct.count_ref, Count), ev.get(pct.base_count_ref, Count)
    if new is not None and old is None:
        told = difference_change_check(pct, ev, tol, stated)
        if told is not None:  # "1,870 contacts, up by 410 on 2023. That is a 28% rise.": the base is 1,870 - 410
            return told
    new, old = as_level(new), as_level(old)  # a difference linked as a level ("up by 530 on 1,610 - a 33% rise")
    lead = leading_base(pct, ev) if new is not None and old is None else None
    own = own_base_check(pct, ev, tol, stated, base=lead) if lead is not None and lead.id == new.id else None
    if own is not None:  # "up from 3,015 in 2021/22, a rise of 28 per cent": the linked count is the base
        return own
    if new is None and old is None:
        own = own_base_check(pct, ev, tol, stated)
        if own is not None:  # "have risen by 60 per cent since 2022, when 450 were taken": the latest is the later
            return own
    relinked = base_over_link(pct, new, ev) if old is None else None
    own = own_base_check(relinked, ev, tol, stated) if relinked is not None else None
    if own is not None:  # "The total is up 35% on 2022, when 3,550 people got in touch": the base's measure
        return own
    if new is not None and old is None and dated_as_base(new, pct):
        new, old = None, new  # the linked count is of the base period: "up from 640 in 2021"
    if new is None:
        new = ev.later_count(pct)
        new = None if new is not None and own_thing(new) else new
    old = old or (ev.earlier_count(new, pct) if new else None)
    if old is not None and new is not None and period_match(old.period_start, old.period_end,
                                                            new.period_start, new.period_end) == SAME \
            and not linked_pair(pct, old, new):
        old = None  # two counts of one period are no change over time: never a verdict on them
    if old is not None and new is not None and not alike(old, new, pct):
        old = None  # "45,562 children trained ... patients treated rose 0.4% to 9,009": not one thing counted twice
    if old is not None and new is not None and not one_rate(old, new, ev):
        old = None  # "rose by 22% to six a day, when there were 2,297 calls compared with 1,885": a rate and a total
    if new is not None and old is not None and groups_apart(old, new):
        return _unverifiable("percentage", pct, float(pct.value), why_groups(old, new), [old, new])
    if new is not None and old is not None and before(new, old):
        in_order = in_time_order(pct, new, old, tol, stated, ev)
        if in_order is not None:
            return in_order
        return _unverifiable("percentage", pct, float(pct.value),
                             f"the counts found for {change_words(pct)} run backwards in time ({place(old)} to "
                             f"{place(new)}): they are not the pair it compares, so no verdict", [old, new])
    if old is not None and (new is None or not in_its_sentence(pct, old, new)):
        referred = base_check(pct, old, new, ev, tol, stated)
        if referred is not None:
            return referred
    if new is not None and old is not None and not in_its_sentence(pct, old, new):
        told = told_pair(pct, ev)  # "... 2,400 calls in 2020, up from 2,000 in 2019. It is a rise of 30 per cent."
        if told is not None and {told[0].id, told[1].id} == {old.id, new.id}:
            return told_check(pct, ev, tol, stated)  # the pair its words point back at: both verdicts
    if new is not None and old is not None:
        # "rose by a third": a fraction word is no figure to one decimal, but about its value
        if against_direction(pct.direction, old, new):
            old, new = new, old  # the later figure written first: read in the change's direction
        v = pair_verdict(pct, stated, old, new, tol)
        if v.verdict == "inconsistent" and (undated_search(pct, old, new, ev.record.counts)
                                            or dated_claim_undated_pair(pct, old, new)):
            v = dataclasses.replace(v, verdict="unverifiable", explanation=v.explanation + why_undated(old, new))
        if v.verdict == "inconsistent" and v.gross and not in_its_sentence(pct, old, new):
            v = dataclasses.replace(v, verdict="unverifiable", explanation=v.explanation
                                    + "; a gross miss on counts not both in the change's sentence is more likely "
                                      "another pair than a misprint, so no verdict")
        if v.verdict == "inconsistent" and not in_its_sentence(pct, old, new):
            v = _claimed(v, pct.id, old, new, ev, tol)
        if v.verdict == "inconsistent" and region_match(old.regions, new.regions) == APART:
            v = dataclasses.replace(v, verdict="unverifiable", explanation=v.explanation
                                    + "; the two counts are of places that exclude each other, not one place over "
                                      "time, so no verdict")
        return no_verdict_across_clauses(_check("percentage", pct, [old, new], float(pct.value), v,
                                                prefix=f"{place(old)} to {place(new)}"), pct, old, new, ev.text)
    told = told_check(pct, ev, tol, stated) if new is None or old is None else None
    if told is not None:
        return told
    nearby = nearby_check(pct, ev, tol, stated) or (levels_check(pct, ev, tol, stated) if new is None else None)
    if nearby is not None:
        return nearby
    base = _base_words(pct)
    if new is None:
        return _unverifiable("percentage", pct, float(pct.value),
                             f"neither count behind {change_words(pct)} in {place(pct)} is in the text")
    why = f"{base} is not in the text, so {change_words(pct)} cannot be recomputed"
    implied = None
    if pct.qualifier == "exact" and pct.kind == "change":
        got = implied_count(Decimal(repr(new.value)), stated, pct.direction, known_is="new")
        if got is not None:
            value, span = got
            implied = float(round(value))
            why += (f"; {fmt(Fraction(repr(new.value)))} after {change_words(pct)} implies an earlier count of "
                    f"about {fmt(value, 0)} (between {fmt(span.lo, 0)} and {fmt(span.hi, 0)} allowing for "
                    f"rounding of {stated}%)")
    return _unverifiable("percentage", pct, float(pct.value), why, [new], implied=implied)


def _base_words(pct: Percentage) -> str:
    years = sorted({d[:4] for d in (pct.base_period_start, pct.base_period_end) if d})
    when = f"the {'-'.join(years)} count" if years else "the earlier count"
    where = f" for {' and '.join(pct.regions)}" if pct.regions else ""
    return when + where
