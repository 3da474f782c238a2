"""A share set off right after its part that points back at its whole: "1,260 of them - nearly a third of the
county's total", "540 were women, or 22 per cent of the total".

The whole is not in the share's sentence: the words "of the total" ("of the region's total", "of them") point back
at the figure the article gave before.  It is the nearest count before the part that may hold it (larger, exact
or about, of a measure the part's may mix, its rate, a place and period that do not exclude the part's) in the
part's sentence or the :data:`WHOLE_SENTENCES` fact sentences before it; the earlier of two dated counts of one
measure there is a comparison's base, not "the total" ("3,900 contacts in 2024, up from 3,250 in 2023. Leeds
accounted for 1,260 of them").  The words tie the share to its part and point at one whole, so a disagreement is a
verdict when the nearest sentence holding a whole holds one; else only agreement is.

Two more wordings tie a share to its part and a whole before (fifteenth round):

- the sentence opens with words that point back, or the part's own words do ("650 of them - nearly a fifth"), the
  share set off after its part: "Of those, 600 - 24 per cent -
  came from women", "Of them, 2,900 - about a quarter - were women", "Of the calls taken, 1,350 were from people
  who had thought about suicide - just over a third" (:data:`_OPENS_BACK`);
- the share comes first and its part is set off right after it: "Nearly two-thirds of those callers - 5,290
  people - were ...", "Around one in five calls - 6,420 in all - came from ..." (:data:`_PART_AFTER`), the whole in
  a sentence before (not a sibling part before it in its own: "60% (300 callers) ... the remaining 40% (200
  callers)"); only words that point back ("of those callers", "of them") make a disagreement a verdict.

A share whose own words name another whole ("which is 40 per cent of all calls in the UK") is none of these.

Of two wholes in the nearest sentence, the one of the thing the share's words name ("of those callers": the calls,
not the website's visitors beside them; ``share_whole_nouns`` in ``data/check_words.json``) is the one.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from pipeline.check.evidence import APART, MAX_LISTED, Evidence, before, is_number, mix, period_match, region_match
from pipeline.check.list_lines import LIST_LINES, list_line
from pipeline.check.multiplier_pairs import check_words
from pipeline.extract.inheritance import akin
from pipeline.records import Count, Percentage

#: How many fact sentences before the part's may hold the whole.
WHOLE_SENTENCES = 3
#: Between a part and its share: the part's own words (no figure but a year, no stop), then a dash, a comma, a bracket or
#: "or", then "or"/"which is" and a hedge ("2,115 of them - nearly a quarter", "540 were women, or 22 per cent").
_SET_OFF = re.compile(r"(?:[^\d.;!?,(\u2013\u2014-]|(?<!\d)(?:19|20)\d\d(?!\d)){0,80}(?:[-\u2013\u2014,(]|\bor\b)\s{0,3}"
                      r"(?:(?:or|which\s{1,3}is|that\s{1,3}is|being|meaning(?:\s{1,3}that)?(?:\s{1,3}(?:they|it|this|these|those))?"
                      r"(?:\s{1,3}(?:accounted\s{1,3}for|made\s{1,3}up|represented|were|was|are|is))?)\s{1,3})?"
                      r"(?:(?:about|around|some|nearly|almost|just\s{1,3}under|just\s{1,3}over|more\s{1,3}than|over"
                      r"|roughly)\s{1,3})?", re.I)
@lru_cache(maxsize=1)
def _points_back() -> re.Pattern[str]:
    """After the share (whose text may hold the "of"): "of the total", "of the region's total", "of the national
    figure", "of the overall number", "of them", "of those", and "of all <a whole's noun>" closing its clause ("of all
    contacts.", not "of all calls in the UK": ``share_whole_nouns``)."""
    nouns = "|".join(sorted(map(re.escape, check_words()["share_whole_nouns"]), key=len, reverse=True))
    return re.compile(r"\s{0,3}(?:of\s{1,3})?(?:(?:them|those|these)\b|(?:the|their|its|this|that)\s{1,3}"
                      r"(?:[A-Za-z]+(?:'s|\u2019s)?\s{1,3}){0,2}(?:total|figure|number|tally)\b"
                      rf"|all\s{{1,3}}(?:the\s{{1,3}})?(?:{nouns})(?=\s{{0,3}}(?:[.,;:)]|$)))", re.I)


#: A sentence opening that points back at a whole before it: "Of those,", "Of them,", "Of the calls taken last year,".
_OPENS_BACK = re.compile(r"[\W_]{0,3}(?:of|among)\s{1,3}(?:them|those|these|(?:the|all|this|that)\s{1,3}"
                         r"[A-Za-z]{1,20}(?:\s{1,3}[A-Za-z]{1,20}){0,3})\s{0,2},", re.I)
#: Between a share and its part set off after it: the share's own words (no figure, no stop), then a dash or a
#: bracket: "Nearly two-thirds of those callers - ", "Around one in five calls (".
_PART_AFTER = re.compile(r"[^\d.;!?,(\u2013\u2014-]{0,40}[-\u2013\u2014(]\s{0,3}")
#: Words right after a share that point back at a whole and name what it counts: "of those callers", "of them".
_NAMED_BACK = re.compile(r"\s{0,3}(?:of\s{1,3})?(?:them|those|these|the)\b\s{0,3}([A-Za-z]{0,20})", re.I)


#: The words after a share's "of" to the end of their clause ("calls to the regional team").
_OWN_WORDS = re.compile(r"[^,.;:()\u2013\u2014]{0,60}")
#: A part's own words that point back at its whole: "1,150 of the contacts", "610 of them".
_OF_BACK = re.compile(r"\bof\s{1,3}(?:them|those|these)\b", re.I)
#: Right after a share, "of" and words that name a whole of their own ("40 per cent of all calls in the UK").
_OF_OWN = re.compile(r"\s{0,3}of\b", re.I)


def _noun_measure(share: Percentage, text: str) -> Optional[str]:
    """The measure the noun after a share's words that point back names ("of those callers": calls), if any."""
    m = _NAMED_BACK.match(text, share.end, min(share.end + 40, share.sentence[1]))
    if m is None:
        return None
    nouns = check_words()["share_whole_nouns"]
    return nouns.get(m.group(1).lower())


def _part_before(share: Percentage, own: list[Count], text: str) -> Optional[Count]:
    """The count set off right before the share ("1,260 of them - nearly a third"), if any."""
    before_share = [c for c in own if c.end <= share.start]
    if not before_share:
        return None
    part = before_share[-1]
    return part if _SET_OFF.fullmatch(text, part.end, share.start) else None


def _part_after(share: Percentage, own: list[Count], text: str) -> Optional[Count]:
    """The count set off right after the share ("Nearly two-thirds of those callers - 5,290 people"), if any."""
    after_share = [c for c in own if c.start >= share.end]
    if not after_share:
        return None
    part = after_share[0]
    return part if _PART_AFTER.fullmatch(text, share.end, part.start) else None


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
    text = ev.text
    points = bool(_points_back().match(text, share.end, min(share.end + 60, share.sentence[1])))
    if not points and _OF_OWN.match(text, share.end):
        return None  # "which is 40 per cent of all calls in the UK": a whole the share names, not one before
    if not points and text[share.start:share.end].lower().endswith(" of") \
            and len(_OWN_WORDS.match(text, share.end, share.sentence[1]).group().split()) >= 2:
        return None  # "700 of them, a third of calls to the regional team": the share names its own base
    opens = bool(_OPENS_BACK.match(text, share.sentence[0], share.start))
    if len(ev.counts_in(share.sentence)) > MAX_LISTED:
        return None  # a table run together into one sentence
    own = ev.counts_in(share.sentence)
    part = _part_before(share, own, text)
    if part is not None and not (points or opens):
        # "Carlisle accounted for 650 of them - nearly a fifth": the part's own words point back
        points = bool(_OF_BACK.search(text, part.start, share.start))
        part = part if points else None
    first = part is None  # the share first, its part set off after it: its whole is in a sentence before
    if first:
        part = _part_after(share, own, text)  # "Nearly half of them - 830 -": the share first
    if part is None or not (is_number(part.value) and part.value > 0 and mix(part.measure, share.measure)
                            and not part.difference):
        return None
    pointed = points or opens
    groups = []
    spans = ev.fact_sentences
    i = bisect.bisect_left(spans, tuple(share.sentence))
    here = [] if first else [c for c in own if c.end <= part.start and _whole_like(c, part)]
    if here:
        groups.append(here)
    back, in_list = 0, False
    for span in spans[max(i - WHOLE_SENTENCES - LIST_LINES, 0):i][::-1]:
        line = list_line(span, ev) is not None  # the lines of a list ("Kirkcaldy: 610") count as one sentence
        back += not (line and in_list)
        in_list = line
        if back > WHOLE_SENTENCES:
            break
        found = [c for c in ev.counts_in(span)[:MAX_LISTED] if _whole_like(c, part)]
        if found:
            groups.append(found)
    flat = [c for g in groups for c in g]
    bases = {id(c) for c in flat if any(before(c, d) and akin(c.measure, d.measure) for d in flat)}
    groups = [[c for c in g if id(c) not in bases] for g in groups]
    groups = [g for g in groups if g]
    if not groups:
        return None
    named = _noun_measure(share, text)
    if named and len(groups[0]) > 1 and any(c.measure == named for c in groups[0]):
        groups[0] = [c for c in groups[0] if c.measure == named]  # "of those callers": the calls, not the visits
    nearest = max(groups[0], key=lambda c: c.start)
    return part, nearest, pointed and len(groups[0]) == 1
