"""The two counts a stated difference ("1,000 more than the 4,000 in 2020") compares, when nothing dated it.

A difference is written between its two counts ("took 5,000 calls in 2021, 1,000 more than the 4,000 in
2020") or after the later one ("The helpline took 5,000 calls. That was 1,000 more than in 2020, when it
took 4,000."): the pair is the only two counts of the measure in the difference's sentence, else its
sentence's one count with the one count of the sentence right before it.  The earlier count is the one
of the earlier period when both name one, else the smaller (for a rise) or the larger (for a fall).
Only agreement is a verdict unless both counts are in the difference's own sentence and name two periods
in order: then the words tie them to it, and a wrong difference is inconsistent.
"""
from __future__ import annotations

import bisect
from typing import Optional

from pipeline.check.evidence import ADJACENT, APART, Evidence, before, is_number, region_match
from pipeline.extract.inheritance import akin
from pipeline.records import Count


def _counts(span: tuple[int, int], diff: Count, ev: Evidence) -> list[Count]:
    return [c for c in ev.record.counts if tuple(c.sentence) == span and c is not diff and not c.difference
            and c.qualifier != "vague" and is_number(c.value) and c.value > 0 and c.rate == diff.rate]


def _mix(a: Count, b: Count) -> bool:
    return "other" in (a.measure, b.measure) or akin(a.measure, b.measure)


def _previous(diff: Count, ev: Evidence) -> Optional[tuple[int, int]]:
    spans = ev.fact_sentences
    own = tuple(diff.sentence)
    i = bisect.bisect_left(spans, own)
    if 0 < i < len(spans) and spans[i] == own and 0 <= own[0] - spans[i - 1][1] <= ADJACENT:
        return spans[i - 1]
    return None


def found_pair(diff: Count, ev: Evidence) -> Optional[tuple[Count, Count, bool]]:
    """``(earlier, later, tied)``: the two counts the difference compares, and whether the words tie them to
    it (both in its sentence, two periods in order); ``None`` when there is no one pair."""
    if diff.difference not in ("increase", "decrease"):
        return None
    own = _counts(tuple(diff.sentence), diff, ev)
    if len(own) == 2:
        a, b = own
    elif len(own) == 1 and _previous(diff, ev) is not None:
        before_it = _counts(_previous(diff, ev), diff, ev)
        if len(before_it) != 1:
            return None
        a, b = before_it[0], own[0]
    else:
        return None
    if a.value == b.value or not _mix(a, b) or region_match(a.regions, b.regions) == APART:
        return None
    if before(a, b) or before(b, a):
        old, new = (a, b) if before(a, b) else (b, a)
        tied = len(own) == 2
    else:
        small, large = sorted((a, b), key=lambda c: c.value)
        old, new = (small, large) if diff.difference == "increase" else (large, small)
        tied = False
    return old, new, tied
