"""A share beside its part, judged against the nearest whole stated before the part: "X (Z%) of the N".

Papers give a share with its part in one sentence ("30,000 of the calls (some 75%) were ...",
"30 percent, or 1,500 calls, came from ...") and the whole it is a share of earlier, often paragraphs
before ("The helpline took 40,000 calls last year.").  The part is the count of the share's sentence
nearest to it; the whole is the nearest count before the part that may hold it: exact (an open
"more than 8,000" agrees with too much), larger, of a measure the part's comparison may mix, of a
period and a place that do not exclude the part's.  The whole is chosen by the text's order, not by
the arithmetic; whether the paper means that whole is not certain, so only agreement is a verdict.
"""
from __future__ import annotations

from typing import Callable, Optional

from pipeline.check.evidence import APART, Evidence, is_number, mix, period_match, region_match
from pipeline.records import Count, Percentage

#: The qualifiers of a share that bound it on both sides.
BOUNDED = ("exact", "about")
#: "nearly" alone, read last, when no rule that reads the share's words found its figures: "nearly a third" is
#: [29.97, 33.3) as decision 10 reads it, as narrow a band as "about a third" (twenty-fourth round); "more than",
#: "over" and "under" are open, agreeing with too much.  (Its one caller reads a "nearly" share only, so "exact" and
#: "about" were never read through it: fix24.)
NEARLY = ("nearly",)


def _plain(count: Count) -> bool:
    return not count.difference and count.qualifier == "exact" and is_number(count.value) and count.value > 0


def part_of(share: Percentage, ev: Evidence) -> Optional[Count]:
    """The count of the share's sentence nearest to the share, of a measure its share may be of."""
    own = [c for c in ev.counts_in(share.sentence) if _plain(c) and mix(c.measure, share.measure)]
    return min(own, key=lambda c: abs(c.start - share.start)) if own else None


def whole_of(part: Count, ev: Evidence) -> Optional[Count]:
    """The nearest count before the part that may be its whole."""
    found = [c for c in ev.record.counts if c.end <= part.start and _plain(c) and c.value > part.value
             and c.rate == part.rate and mix(c.measure, part.measure)
             and period_match(c.period_start, c.period_end, part.period_start, part.period_end) != APART
             and region_match(c.regions, part.regions) != APART]
    return max(found, key=lambda c: c.start) if found else None


def share_whole(share: Percentage, ev: Evidence, agrees: Callable[[Count, Count], bool],
                bounded: tuple[str, ...] = BOUNDED) -> Optional[tuple[Count, Count]]:
    """``(part, whole)`` when the share's part and the nearest whole before it give the share; else ``None``.
    ``bounded``: the qualifiers read (:data:`BOUNDED`, or :data:`NEARLY`)."""
    if share.kind != "share" or not share.value or share.qualifier not in bounded:
        return None
    part = part_of(share, ev)
    whole = whole_of(part, ev) if part is not None else None
    if part is None or whole is None or not agrees(part, whole):
        return None
    return part, whole
