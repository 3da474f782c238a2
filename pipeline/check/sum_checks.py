"""Sums within one article whose parts the words give: a total against them, and shares of one whole against 100%.

A total against the channels or parts the sentences beside it give (:func:`channel_sum_check`,
:func:`adjacent_sum_check`, :func:`worded_sum_check`), against the parts a later sentence points back at it
(:func:`pointed_sum_check`); shares listed as the parts of one whole against 100% (:func:`partition_check`).  The
sums of a total over places (its regions, its breakdown, the parts listed after it) are in
:mod:`pipeline.check.place_sums`.
"""
from __future__ import annotations

import dataclasses
from decimal import Decimal
from fractions import Fraction
from typing import Optional

from pipeline.check.adjacent_parts import adjacent_sum
from pipeline.check.channel_sums import channel_sum
from pipeline.check.pointed_sums import pointed_sum
from pipeline.check.evidence import Evidence, place
from pipeline.check.running_totals import shortfall_proves
from pipeline.check.worded_sums import APPOSED, LISTED, SOME, closed_list, shorter_periods, told_apart, worded_parts
from pipeline.check.tolerances import Tolerances, within_misprint
from pipeline.check.verdicts import Verdict, check_partition, check_sum, fmt
from pipeline.check.check_builders import _check, stated_decimal
from pipeline.records import Check, Count, Percentage


def _found_sum_check(total: Count, found: Optional[tuple[list[Count], Verdict]], how: str) -> Optional[Check]:
    """The sum check of the parts a rule found for ``total`` (none when it found none), its
    explanation saying ``how`` the parts were found."""
    if found is None:
        return None
    parts, v = found
    check = _check("sum", total, parts, float(total.value), v, prefix=place(total))
    check.explanation += f"; the parts its words give it ({how}), added up"
    return check


def channel_sum_check(total: Count, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A total of a helpline's use against its channels in the sentences after it (:mod:`pipeline.check.channel_sums`):
    agreement only; none otherwise."""
    return _found_sum_check(total, channel_sum(total, ev, tol), "the channels stated after it")


def adjacent_sum_check(total: Count, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A total against the parts the sentence beside it lists (:mod:`pipeline.check.adjacent_parts`):
    agreement only; else the parts its words give it (:func:`worded_sum_check`); none otherwise."""
    return _found_sum_check(total, adjacent_sum(total, ev, tol), "every part one sentence lists") \
        or worded_sum_check(total, ev, tol)


def pointed_sum_check(total: Count, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A total against the parts a later sentence or list points back at it (:mod:`pipeline.check.pointed_sums`):
    agreement, or a near miss where the words split the total in two; none otherwise."""
    found = pointed_sum(total, ev, tol)
    if found is None:
        return None
    parts, v, how = found
    check = _check("sum", total, parts, float(total.value), v, prefix=place(total))
    check.explanation += f"; the parts {how} gives it, added up"
    return check


def worded_sum_check(total: Count, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A total against the parts its words give it (:mod:`pipeline.check.worded_sums`): any verdict when a
    total word says the parts make it; after "including", a shortfall is consistent and an excess gives no
    check; parts "of these" or listed, agreement only.  None where a channel sum or a breakdown judges it."""
    if ev.breakdown(total) or channel_sum(total, ev, tol) is not None:
        return None
    found = worded_parts(total, ev)
    if found is None:
        return None
    parts, how = found
    v = check_sum(Decimal(repr(total.value)), total.qualifier,
                  [(Decimal(repr(p.value)), p.qualifier) for p in parts], tolerances=tol)
    if how == LISTED and v.verdict != "consistent":
        return None  # parts "of these" may be a funnel or overlap: only their agreement is a verdict
    if how == APPOSED and v.verdict != "consistent" and not _misprint(v, total):
        return None  # a list set off after its total: a near miss is a misprint, a far one some other list
    if how == APPOSED and v.verdict == "inconsistent" and v.computed is not None \
            and v.computed < Fraction(repr(total.value)) and not closed_list(total, parts, ev):
        return None  # "- 1,400 of them by web and 800 by phone, among others": an open list's shortfall proves nothing
    if v.verdict == "inconsistent" and (not told_apart(parts) or (
            v.computed is not None and v.computed < Fraction(repr(total.value)) and shorter_periods(parts, total))):
        return None  # "400 from men and 700 from under-25s" may overlap; "600 in March and 700 in April, 3,000 in total"
    if v.verdict == "inconsistent" and v.computed is not None and parts[0].start < total.sentence[0] and not (
            within_misprint(v.computed, total.value)
            and (v.computed > Fraction(repr(total.value)) or shortfall_proves(total, parts, ev))):
        return None  # a running total's earlier figure is a guess: a far miss or a shortfall that may have skipped
        # an earlier addition proves nothing (pipeline.check.running_totals)
    if how == SOME and v.verdict != "consistent":
        if v.verdict != "inconsistent" or v.computed is None or v.computed > Fraction(repr(total.value)):
            return None  # parts "including" that exceed the total may overlap ("800 from men and 900 about images")
        v = dataclasses.replace(v, verdict="consistent", explanation=v.explanation.split(", which")[0]
                                + f", no more than {fmt(Fraction(repr(total.value)))}: the parts may be some of "
                                  "the total, so they need not add up to it")
    check = _check("sum", total, parts, float(total.value), v, prefix=place(total))
    check.explanation += f"; the parts its words give it ({how}), added up"
    return check


def _misprint(v: Verdict, total: Count) -> bool:
    """Whether a sum misses its total by no more than :data:`~pipeline.check.tolerances.MISPRINT_SHARE` of it."""
    return v.verdict == "inconsistent" and v.computed is not None and within_misprint(v.computed, total.value)


def partition_check(closing: Percentage, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """Shares listed as the parts of one whole ("... and the remaining 8%") against 100%.

    The extractor marks each share of such a list with the id of its last share
    (``partition_ref``); the check is about that last share, its inputs every share
    of the list in text order.
    """
    shares = [p for p in ev.record.percentages if p.partition_ref == closing.id and p.kind == "share"]
    if len(shares) < 2:
        return None
    shares.sort(key=lambda p: p.start)
    v = check_partition([(stated_decimal(p.text, p.value), p.qualifier) for p in shares], tolerances=tol)
    return _check("sum", closing, shares, 100.0, v, prefix=f"shares of one whole, {place(closing)}")
