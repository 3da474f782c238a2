"""Differences within one article: the size of a stated change ("an increase of nearly 300,000") against its two counts.

:func:`difference_check` takes the pair of the percentage change stated beside
it, else the dated counts of its measure, else the one pair of counts of its
sentence (:mod:`pipeline.check.difference_pairs`).
"""
from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Optional

from pipeline.check.change_pairs import in_its_sentence
from pipeline.check.difference_pairs import another_noun, found_pair, year_on_year
from pipeline.check.evidence import SAME, Evidence, period_match, place
from pipeline.check.intervals import fmt, frac
from pipeline.check.tolerances import Tolerances
from pipeline.check.verdicts import Verdict, check_difference
from pipeline.check.check_builders import _check
from pipeline.records import Check, Count


def _pair_of_change(diff: Count, ev: Evidence) -> tuple[Optional[Count], Optional[Count]]:
    """The two counts of the percentage change stated beside a difference, the same change told twice
    ("an increase of 1,672 calls or 121% over the 1,378 calls"): the first such change after it in its
    sentence, of its direction, that links both its counts; ``(None, None)`` when there is none."""
    for pct in ev.record.percentages:
        if tuple(pct.sentence) != tuple(diff.sentence) or pct.start < diff.end or pct.kind != "change":
            continue
        old, new = ev.get(pct.base_count_ref, Count), ev.get(pct.count_ref, Count)
        if old is None or new is None or new.difference or pct.direction != diff.difference:
            return None, None
        return old, new
    return None, None


def difference_check(diff: Count, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """The size of a stated change ("an increase of nearly 300,000") against its two counts.

    The counts are of the measure its sentence counts (the nearest count before it there),
    the later of the difference's period and place, the earlier of a period before; none
    when the text does not state both (a difference alone claims nothing to check).
    """
    old, new = _pair_of_change(diff, ev)
    if new is None:
        measure = ev.restated_measure(diff)
        if measure is None or not (diff.period_start or diff.period_end):
            return _undated_difference_check(diff, ev, tol)
        claim = dataclasses.replace(diff, measure=measure)
        new = ev.later_count(claim, exact_first=True)
        old = ev.earlier_count(new, None) if new is not None else None
    if new is None or old is None or period_match(old.period_start, old.period_end,
                                                  new.period_start, new.period_end) == SAME:
        return _undated_difference_check(diff, ev, tol)
    v = check_difference(Decimal(repr(diff.value)), diff.qualifier, Decimal(repr(old.value)), Decimal(repr(new.value)),
                         tolerances=tol, direction=diff.difference, inputs=(old.qualifier, new.qualifier))
    if v.verdict != "consistent" and another_noun(diff, old, new):
        return None  # "300 calls ..., with 40 fewer volunteers than in 2022": a difference of another thing
    if v.verdict == "inconsistent" and v.gross and not in_its_sentence(diff, old, new) and not year_on_year(old, new):
        v = dataclasses.replace(v, verdict="unverifiable", explanation=v.explanation + GROSS_ACROSS)
    return difference_of(diff, old, new, v, prefix=f"{place(old)} to {place(new)}")


def difference_of(diff: Count, old: Count, new: Count, v: Verdict, prefix: str) -> Check:
    """The check of a stated difference, in the form the annotators write it: a ``sum`` (RECORDS.md's kind) whose
    ``stated`` is the later count and whose ``inputs`` are the earlier count and the difference (the later count is
    the earlier plus the difference, less it for a fall), with ``relation`` ``"difference"`` so that no rule takes it
    for a total's.  ``computed`` is that sum; the verdict is still judged on ``new - old`` against the difference
    and its own qualifier (:func:`~pipeline.check.total_verdicts.check_difference`), and ``claim_ref`` stays the
    difference, the figure the verdict is about.  The explanation gives the arithmetic both ways."""
    o, d, n = frac(old.value), frac(diff.value), frac(new.value)
    total = o - d if diff.difference == "decrease" else o + d
    sign = "-" if diff.difference == "decrease" else "+"
    if total == n:
        added = f"{fmt(o)} {sign} {fmt(d)} = {fmt(total)}, the stated {fmt(n)}"
    elif v.verdict == "inconsistent":
        added = f"{fmt(o)} {sign} {fmt(d)} = {fmt(total)}, not {fmt(n)}"
    else:
        added = f"{fmt(o)} {sign} {fmt(d)} = {fmt(total)} against the stated {fmt(n)} (judged on the difference)"
    judged = dataclasses.replace(v, computed=total, explanation=f"{added}; {v.explanation}")
    return _check("sum", diff, [old, diff], float(new.value), judged, prefix=prefix, relation="difference")


#: Why a gross miss on a pair found by its periods is no verdict (as for a percentage change: ``percentage_checks``).
GROSS_ACROSS = ("; a gross miss on counts not both in the difference's sentence and not a year apart is more likely "
                "another pair (another year's, another place's) than a misprint, so no verdict")


def _undated_difference_check(diff: Count, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """A difference whose dated counts were not found, against the one pair of counts of its sentence (or of
    its sentence and the one before) (:mod:`pipeline.check.difference_pairs`): a disagreement is a verdict
    only when the words tie the pair to it; ``None`` when there is no pair or an untied pair disagrees."""
    found = found_pair(diff, ev)
    if found is None:
        return None
    old, new, tied = found
    v = check_difference(Decimal(repr(diff.value)), diff.qualifier, Decimal(repr(old.value)), Decimal(repr(new.value)),
                         tolerances=tol, direction=diff.difference, inputs=(old.qualifier, new.qualifier))
    if v.verdict != "consistent" and not tied:
        return None
    if v.verdict == "inconsistent" and v.gross and tuple(old.sentence) != tuple(diff.sentence):
        return None  # a pair tied across sentences whose earlier count is not the difference's own base: a guess
    return difference_of(diff, old, new, v, prefix=f"the one pair of counts beside it, {place(old)} to {place(new)}")
