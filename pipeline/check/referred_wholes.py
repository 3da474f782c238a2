"""A share set off right after its part that points back at its whole: "1,260 of them - nearly a third of the
county's total", "540 were women, or 22 per cent of the total".

The whole is not in the share's sentence: the words "of the total" ("of the region's total", "of them") point back
at the figure the article gave before.  It is the nearest count before the part that may hold it (larger, exact
or about, of a measure the part's may mix, its rate, a place and period that do not exclude the part's) in the
part's sentence or the :data:`WHOLE_SENTENCES` fact sentences before it; the earlier of two dated counts of one
measure there is a comparison's base, not "the total" ("3,900 contacts in 2024, up from 3,250 in 2023. Leeds
accounted for 1,260 of them").  The words tie the share to its part and point at one whole, so a disagreement is a
verdict when the nearest sentence holding a whole holds one; else only agreement is.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from pipeline.check.evidence import APART, MAX_LISTED, Evidence, before, is_number, mix, period_match, region_match
from pipeline.extract.inheritance import akin
from pipeline.records import Count, Percentage

#: How many fact sentences before the part's may hold the whole.
WHOLE_SENTENCES = 3
#: Between a part and its share: the part's own words (no figure, no stop), then a dash, a comma, a bracket or
#: "or", then "or"/"which is" and a hedge ("2,115 of them - nearly a quarter", "540 were women, or 22 per cent").
_SET_OFF = re.compile(r"[^\d.;!?,(\u2013\u2014-]{0,40}(?:[-\u2013\u2014,(]|\bor\b)\s{0,3}"
                      r"(?:(?:or|which\s{1,3}is|that\s{1,3}is)\s{1,3})?"
                      r"(?:(?:about|around|some|nearly|almost|just\s{1,3}under|just\s{1,3}over|more\s{1,3}than|over"
                      r"|roughly)\s{1,3})?", re.I)
#: After the share (whose text may hold the "of"): "of the total", "of the region's total", "of the county's total", "of them", "of those".
_POINTS_BACK = re.compile(r"\s{0,3}(?:of\s{1,3})?(?:(?:them|those|these)\b|(?:the|their|its|this|that)\s{1,3}"
                          r"(?:[A-Za-z]+(?:'s|\u2019s)?\s{1,3}){0,2}total\b)", re.I)


def _whole_like(c: Count, part: Count) -> bool:
    return (not c.difference and c.qualifier in ("exact", "about") and is_number(c.value) and c.value > part.value
            and c.rate == part.rate and mix(c.measure, part.measure)
            and period_match(c.period_start, c.period_end, part.period_start, part.period_end) != APART
            and region_match(c.regions, part.regions) != APART)


def referred_share(share: Percentage, ev: Evidence) -> Optional[tuple[Count, Count, bool]]:
    """``(part, whole, sole)`` for a share set off after its part whose words point back at its whole; ``sole``
    when the whole is the one the words can mean (a disagreement is then a verdict).  ``None`` otherwise."""
    if share.kind != "share" or not share.value or not ev.text:
        return None
    if not _POINTS_BACK.match(ev.text, share.end, min(share.end + 60, share.sentence[1])):
        return None
    if len(ev.counts_in(share.sentence)) > MAX_LISTED:
        return None  # a table run together into one sentence
    own = [c for c in ev.counts_in(share.sentence) if c.end <= share.start]
    if not own:
        return None
    part = own[-1]
    if not (is_number(part.value) and part.value > 0 and mix(part.measure, share.measure) and not part.difference):
        return None
    if not _SET_OFF.fullmatch(ev.text, part.end, share.start):
        return None  # "540 ... women. Men were 78 per cent of the total": no share of that part
    groups = []
    spans = ev.fact_sentences
    i = bisect.bisect_left(spans, tuple(share.sentence))
    here = [c for c in own[:-1] if _whole_like(c, part)]
    if here:
        groups.append(here)
    for span in spans[max(i - WHOLE_SENTENCES, 0):i][::-1]:
        found = [c for c in ev.counts_in(span)[:MAX_LISTED] if _whole_like(c, part)]
        if found:
            groups.append(found)
    flat = [c for g in groups for c in g]
    bases = {id(c) for c in flat if any(before(c, d) and akin(c.measure, d.measure) for d in flat)}
    groups = [[c for c in g if id(c) not in bases] for g in groups]
    groups = [g for g in groups if g]
    if not groups:
        return None
    nearest = max(groups[0], key=lambda c: c.start)
    return part, nearest, len(groups[0]) == 1
