"""Differences, additions and ranges: a figure told against another figure.

For :func:`pipeline.extract.facts.extract_counts`: the size of a change told
after or before a figure ("2,000 fewer calls than", "an increase of 300") and
its draft, the other figure of a range ("between 550,000 and 850,000", "50-100
calls"), and the periods of the two figures of "from N to M".
"""
from __future__ import annotations

import dataclasses
import re
from typing import Optional

from pipeline.extract.number_patterns import NumberMention
from pipeline.extract.periods import year_period
from pipeline.extract.sentence_context import Draft, SentenceFacts, clause_span, next_figure, with_sentence_context
from pipeline.extract.fact_periods import clause_owner, possessed_by, time_for
from pipeline.extract.fact_places import regions_for
from pipeline.extract.phrase_ends import ends_with, ends_with_word


def _from_to_ends(ctx: SentenceFacts, found: list[Draft]) -> None:
    """"between 2019 and 2020, from 160 to 655": the first figure of a from-to pair is of the range's
    first year, the second of its last (when neither has a period of its own)."""
    ranges = [p for p in ctx.periods if p.role == "time" and p.period and p.period.start and p.period.end
              and p.period.end.year > p.period.start.year]
    if len(ranges) != 1:
        return
    s, text = ctx.sentence.start, ctx.sentence.text
    for a, b in zip(found, found[1:]):
        if a.time is None and b.time is None and ends_with_word(text[:a.start - s], "from") \
                and ends_with_word(text[:b.start - s], "to"):
            first, last = ranges[0].period.start.year, ranges[0].period.end.year
            a.time = dataclasses.replace(ranges[0], period=year_period(first), relative=None)
            b.time = dataclasses.replace(ranges[0], period=year_period(last), relative=None)


#: The size of a change told after the figure: "100 more than the same period", "2,000 fewer calls than",
#: "20 a day more than in 2014".
_DIFFERENCE_AFTER = re.compile(r"\s+(?:(?:a|an|per|each|every)\s+(?:day|night|week|month|year)\s+|[a-z]+\s+)?"
                               r"(?:more|fewer|less)\s+(?:[a-z]+\s+)?than\b", re.I)
#: What was added on top of an earlier figure: "1,000 additional calls", "10,000 extra contacts" (not "a further
#: 2,418 people called", "an additional 720 emails": another part of a list).
_ADDED_AFTER = re.compile(r"\s{1,3}(?:additional|extra|more)\s{1,3}(?-i:[a-z])", re.I)


#: The first figure of a range ("between 550,000 and 850,000 people"): "between" before it, "and" after.
_RANGE_BEFORE = re.compile(r"\bbetween\s{1,3}$", re.I)
_RANGE_AND = re.compile(r"\s{1,3}(?:and|to)\s{1,3}")  # "between 600 and 800", "between 125 to 150"
#: Between the two figures of a range with no "between" before it, or of two figures before one noun:
#: "12 or 13 calls", "50 to 60 calls", "5 and 6 calls".
_RANGE_WORD = re.compile(r"\s{1,3}(?:or|to|and)\s{1,3}")
#: Two figures joined by "and" before one noun count it both, in any order: "the 414 and 262 area codes".
_AND_WORD = re.compile(r"\s{1,3}and\s{1,3}")
#: "from" right before a figure: "rose from 50 to 60 calls" is a change, read as a pair, no range.
_FROM_BEFORE = re.compile(r"\bfrom\s{1,3}(?:(?:about|around|nearly|almost|some|just|over|under)\s{1,3})?$", re.I)
#: Between the two figures of a range written with a dash: "50-100 calls", "25,000 – 30,000 calls".
_RANGE_DASH = re.compile(r"\s?[-–—]\s?")


#: The size of a change told by a comparative after the figure: "30,000 higher than in 2019", "1,300 up on 2021".
_COMPARATIVE_AFTER = re.compile(r"\s{1,3}(?:higher|lower|greater)\s{1,3}than\b|\s{1,3}(?:up|down)\s{1,3}on\b", re.I)


_DECREASE = re.compile(r"\b(?:down|fall|fell|falls|drop|dropped|decrease|decreased|reduction|fewer|less|lower)\b", re.I)


#: What was taken off an earlier figure, the twin of ``_ADDED_AFTER``: "40 fewer calls", "640 fewer calls to the line in
#: 2022 than ...": a figure right before "fewer" or "less" and a noun.
_FEWER_AFTER = re.compile(r"\s{1,3}(?:fewer|less)\s{1,3}(?-i:[a-z])", re.I)


def _difference(before: str, after: str) -> Optional[str]:
    """"increase" or "decrease" when a figure is the size of a change ("rose by 2,000", "100 fewer than")."""
    if ends_with(before[-40:], "difference_before") and not ends_with(before[-40:], "share_before") \
            and not ends_with(before[-40:], "phrasal_up_before"):
        # "rose by 2,000", "up 300"; not "made up 520 of them", a part ("share_before": "made up", "make up"), nor
        # "picked up 48,144 calls", the verb's own particle ("phrasal_up_before")
        return "decrease" if _DECREASE.search(before[-20:]) else "increase"
    m = _DIFFERENCE_AFTER.match(after) or _COMPARATIVE_AFTER.match(after)
    if m:
        return "decrease" if _DECREASE.search(m.group()) else "increase"
    if _ADDED_AFTER.match(after):
        return "increase"  # "1,000 additional calls", "10,000 extra contacts": what was added to an earlier figure
    if _FEWER_AFTER.match(after):
        return "decrease"  # "40 fewer people called", "That was 150 fewer calls": what an earlier figure lost
    return None


def _difference_draft(ctx: SentenceFacts, number: NumberMention, difference: str) -> Draft:
    """The size of a change with no noun of its own, as a count of measure ``other``."""
    s = ctx.sentence.start
    regions, sentence_regions = regions_for(ctx, number.num_start)
    time = possessed_by(ctx, number.num_start) or clause_owner(ctx, number.num_start) \
        or time_for(ctx, number.num_start, sentence_wide=False)
    draft = Draft(kind="count", value=number.value, qualifier=number.qualifier, start=number.start, end=number.end,
                  text=ctx.sentence.text[number.start - s:number.end - s], sentence=ctx.sentence, index=ctx.index,
                  clause=clause_span(ctx, number.num_start), regions=regions, sentence_regions=sentence_regions,
                  time=time, sentence_time=time_for(ctx, number.num_start), measure="other", unit=None)
    draft.unit_word, draft.listed, draft.difference = None, None, difference
    return with_sentence_context(ctx, draft)


def range_partner(ctx: SentenceFacts, number: NumberMention) -> Optional[NumberMention]:
    """The second figure of the range ``number`` opens, whose noun both count: "between 600 and 800 people"."""
    s = ctx.sentence.start
    later = next_figure(ctx, number.end, counts=True)
    if later is not None and not number.percent and _RANGE_DASH.fullmatch(ctx.sentence.text, number.end - s, later.start - s) \
            and number.value < later.value:
        return later  # "50-100 calls a day", "25,000–30,000 calls"
    if later is not None and not number.percent and number.qualifier == later.qualifier in ("exact", "about") \
            and (number.value < later.value or _AND_WORD.fullmatch(ctx.sentence.text, number.end - s, later.start - s)) \
            and _RANGE_WORD.fullmatch(ctx.sentence.text, number.end - s, later.start - s) \
            and not _FROM_BEFORE.search(ctx.sentence.text, 0, number.start - s):
        return later  # "12 or 13 calls a day", "50 to 60 calls a week", "the 414 and 262 area codes"
    if not _RANGE_BEFORE.search(ctx.sentence.text, 0, number.start - s):
        return None
    if later is not None and _RANGE_AND.fullmatch(ctx.sentence.text, number.end - s, later.start - s):
        return later
    return None
