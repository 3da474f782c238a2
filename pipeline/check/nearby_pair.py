"""A change's two counts found around it when nothing linked them: any pair of one measure nearby.

Papers state a change and its two counts in many orders: the counts in the sentences after it
("a 54% increase ... Last year the line took 326 calls. This year it handled 503."), the later
count in the sentence before it ("... took 39,492 calls last year. This was up from 33,387 in
2019 - an increase of 18 per cent"), both in one sentence with periods the extractor got wrong.
Whatever their periods say, a pair of counts of one thing in the change's sentence, the sentence
just before it or the two just after it, read in the change's direction (a rise from the smaller
to the larger), that gives the stated change is taken as its pair.  Only agreement is a verdict:
a nearby pair that disagrees may be another comparison, so it leaves the change unverifiable.
"""
from __future__ import annotations

import itertools
from typing import Callable, Optional

from pipeline.check.evidence import HELPLINE_USE, Evidence
from pipeline.records import Count, Percentage

#: How far apart two sentences may be (in characters of white space) and still follow one another.
_ADJACENT = 3


def _window(ev: Evidence, pct: Percentage) -> list[tuple[int, int]]:
    """The change's sentence, the one right before it and the two right after it, among the sentences
    that hold a fact; a sentence without a figure in between ends the window on that side."""
    spans = sorted({tuple(f.sentence) for f in [*ev.record.counts, *ev.record.percentages, *ev.record.multipliers]})
    own = tuple(pct.sentence)
    if own not in spans:
        return [own]
    i = spans.index(own)
    window = [own]
    if i > 0 and 0 <= own[0] - spans[i - 1][1] <= _ADJACENT:
        window.append(spans[i - 1])
    for j in range(i + 1, min(i + 3, len(spans))):
        if not 0 <= spans[j][0] - spans[j - 1][1] <= _ADJACENT:
            break
        window.append(spans[j])
    return window


def _one_thing(a: Count, b: Count) -> bool:
    """Two counts that may count one thing: one known measure, one of no known measure, or a helpline's
    calls and its contacts; one rate."""
    if a.rate != b.rate or a.value == b.value:
        return False
    return a.measure == b.measure or "other" in (a.measure, b.measure) or {a.measure, b.measure} <= HELPLINE_USE


def nearby_pair(pct: Percentage, ev: Evidence,
                agrees: Callable[[Count, Count], bool]) -> Optional[tuple[Count, Count]]:
    """The nearest pair ``(earlier, later)`` of exact counts of one thing around a change that ``agrees``
    (the stated change recomputed from it holds), nearest first; ``None`` when no nearby pair agrees."""
    if pct.kind != "change" or pct.direction not in ("increase", "decrease"):
        return None
    window = _window(ev, pct)
    rank = {span: n for n, span in enumerate(window)}
    counts = [c for c in ev.exact_counts() if tuple(c.sentence) in rank and not c.difference]
    pairs = []
    for a, b in itertools.combinations(counts, 2):
        if not _one_thing(a, b):
            continue
        small, large = sorted((a, b), key=lambda c: c.value)
        old, new = (small, large) if pct.direction == "increase" else (large, small)
        distance = sum(min(rank[tuple(c.sentence)], 2) for c in (a, b))
        pairs.append((distance, a.measure == b.measure, old, new))
    pairs.sort(key=lambda p: (p[0], not p[1]))
    for _, _, old, new in pairs:
        if agrees(old, new):
            return old, new
    return None
