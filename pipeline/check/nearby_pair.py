"""A change's two counts found around it when nothing linked them: any pair of one measure nearby.

Papers state a change and its two counts in many orders: the counts in the sentences after it
("a 50% increase ... Last year the line took 320 calls. This year it handled 480."), the later
count in the sentence before it ("... took 36,000 calls last year. This was up from 30,000 in
2019 - an increase of 20 per cent"), both in one sentence with periods the extractor got wrong.
Whatever their periods say, a pair of counts of one thing in the change's sentence, the sentence
just before it (the two before it when its sentence holds no count and names no time: "... 1,200 calls in
2019. In 2022 it took 1,800. That is a 50 per cent increase.") or the two just after it, read in the
change's direction (a rise from the smaller to the larger), that gives the stated change is taken as its
pair.  Only agreement is a verdict:
a nearby pair that disagrees may be another comparison, so it leaves the change unverifiable.
"""
from __future__ import annotations

import itertools
import re
from typing import Callable, Optional

from pipeline.check.evidence import APART, Evidence, before, is_number, mix, period_match, region_match
from pipeline.records import Count, Percentage

#: The qualifiers of a share that bound it on both sides; "more than 15%" or "over three-quarters" would agree
#: with most pairs around them.
BOUNDED = ("exact", "about")


def _window(ev: Evidence, pct: Percentage) -> list[tuple[int, int]]:
    """The change's sentence, the one right before it and the two right after it, among the sentences
    that hold a fact; a sentence without a figure in between ends the window on that side."""
    own = tuple(pct.sentence)
    window = [own]
    previous = ev.neighbour(own, -1)
    if previous is not None:
        window.append(previous)
        earlier = ev.neighbour(previous, -1) if _refers_back(ev, own) else None
        if earlier is not None:
            window.append(earlier)
    span: Optional[tuple[int, int]] = own
    for _ in range(2):
        span = ev.neighbour(span, 1)
        if span is None:
            break
        window.append(span)
    return window


#: A time the words of a change's sentence name: a year, or a word of a period ("the year before", "last month").
_NAMES_TIME = re.compile(r"\b(?:19|20)\d\d\b|\b(?:year|month|week|period|annual|annually)s?\b", re.I)


def _refers_back(ev: Evidence, own: tuple[int, int]) -> bool:
    """A change whose sentence holds no count and names no time ("That is a 50 per cent increase.", "This
    represents a rise of 40%") refers to the figures before it: its pair may stand one in each of the two
    sentences before it ("... 1,200 calls in 2019. In 2022 it took 1,800.")."""
    if not ev.text or ev.counts_in(own):
        return False  # without the text, its words are unknown
    return not _NAMES_TIME.search(ev.text, own[0], own[1])


def _one_thing(a: Count, b: Count, pct: Percentage) -> bool:
    """Two counts that may count one thing, the thing the change is of; one rate, two values."""
    if a.rate != b.rate or a.value == b.value:
        return False
    return mix(a.measure, b.measure) and mix(pct.measure, a.measure) and mix(pct.measure, b.measure)


def _in_order(old: Count, new: Count, pct: Percentage, ev: Optional[Evidence] = None) -> bool:
    """The pair can be the change's: of places that do not exclude each other; the earlier count not of a
    later period than the later one; in one sentence, the earlier first unless their periods say which is
    earlier; from another sentence than the change's, the earlier count not of a period that ended before
    the base period the change names began ("a 30% annual rise" to 2020/21 is not on a count of 2018/19 in
    the next sentence; "In 2021, 1,282 calls ..., which increased by 47% in 2023" is on its own sentence's)."""
    if region_match(old.regions, new.regions) == APART or before(new, old):
        return False
    if tuple(old.sentence) == tuple(new.sentence) and old.start > new.start and not before(old, new):
        return False  # "to 1,360 (Kent: 1,000)" is a part, not a base; "1,946 in 2020, compared with 1,012 in 2019" is
    if tuple(old.sentence) == tuple(pct.sentence):
        return True
    if ev is not None and _refers_back(ev, tuple(pct.sentence)):
        return True  # a base period the change's words never name is a guess: "2019 ... 2022 ... That is a 50% rise"
    return not (old.period_end and pct.base_period_start and old.period_end < pct.base_period_start)


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
        if not _one_thing(a, b, pct):
            continue
        small, large = sorted((a, b), key=lambda c: c.value)
        old, new = (small, large) if pct.direction == "increase" else (large, small)
        if not _in_order(old, new, pct, ev):
            continue
        distance = sum(min(rank[tuple(c.sentence)], 2) for c in (a, b))
        pairs.append((distance, a.measure == b.measure, old, new))
    pairs.sort(key=lambda p: (p[0], not p[1]))
    for _, _, old, new in pairs:
        if agrees(old, new):
            return old, new
    return None


def nearby_share(share: Percentage, ev: Evidence,
                 agrees: Callable[[Count, Count], bool]) -> Optional[tuple[Count, Count]]:
    """The nearest ``(part, whole)`` of counts of one thing around a share nothing linked to its figures that
    ``agrees`` (the stated share recomputed from them holds): "Of the more than 8,000 calls, 30 percent, or
    2,500 calls, ..." after "the helpline took 8,350 calls"; ``None`` when no nearby pair agrees."""
    if share.kind != "share" or not share.value or share.qualifier not in BOUNDED:
        return None  # "more than 15%" agrees with most pairs: no evidence that it is theirs
    window = _window(ev, share)
    rank = {span: n for n, span in enumerate(window)}
    counts = [c for c in ev.record.counts if tuple(c.sentence) in rank and not c.difference and c.qualifier != "vague"
              and is_number(c.value) and c.value > 0]
    pairs = []
    for a, b in itertools.combinations(counts, 2):
        if not _one_thing(a, b, share) or region_match(a.regions, b.regions) == APART \
                or tuple(a.sentence) == tuple(b.sentence) == tuple(share.sentence):
            continue  # the share's own sentence is the extractor's to read ("800 of the 4,000 callers; one in five were women")
        part, whole = sorted((a, b), key=lambda c: c.value)
        if part.regions and not whole.regions:
            continue  # "173 in Edinburgh and Dundee" is no part of an unplaced whole the text may not mean
        if whole.qualifier != "exact" or period_match(part.period_start, part.period_end, whole.period_start,
                                                      whole.period_end) == APART:
            continue  # an open whole agrees with too much to tell; two years' figures are a change, not a share
        distance = sum(min(rank[tuple(c.sentence)], 2) for c in (a, b))
        pairs.append((distance, a.measure != b.measure, abs(a.start - share.start) + abs(b.start - share.start),
                      part, whole))
    pairs.sort(key=lambda p: p[:3])
    for *_, part, whole in pairs:
        if agrees(part, whole):
            return part, whole
    return None
