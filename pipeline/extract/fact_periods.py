"""The period mentions that govern a figure of a sentence: its own clause's, the period a "when" clause or an
"in which" clause belongs to, the period that owns it ("the previous year's 653"), and a change's comparison base.

What this module does not do: find the period mentions (:mod:`pipeline.extract.periods`, given on
:class:`SentenceFacts`) or carry a period across sentences (the article-level pass).
"""
from __future__ import annotations

import re
from typing import Any, Optional

from pipeline.extract.measures import word_regex
from pipeline.extract.sentence_context import SentenceFacts, clause_span

#: The relative periods a year-before phrase names (``periods.json``).
YEAR_BEFORE = ("previous_year", "year_earlier")


def periods_in(ctx: SentenceFacts, span: tuple[int, int], role: str) -> list[Any]:
    s = ctx.sentence.start
    return [p for p in ctx.periods if p.role == role and span[0] <= s + p.start and s + p.end <= span[1]]


def nearest_mention(mentions: list[Any], offset: int, base: int, text: str = "") -> Any:
    """The mention right after ``offset`` ("291 in 2021"), else the nearest before it, else the first, unless
    the fact is the figure a change reached and the first is the year of the figure it started from ("rose to
    27,341 from 11,591 in 2020"): then ``None``."""
    after = [m for m in mentions if base + m.start >= offset]
    gap = re.sub(r"^[\d,.]+%?", "", text[offset - base:after[0].start]) if after and text else None
    if gap is not None and re.fullmatch(r"[^\d]{0,30}", gap) and len(gap.split()) <= 4:
        return after[0]
    before = [m for m in mentions if base + m.end <= offset]
    if before:
        return before[-1]
    own = _OWN_FIGURE.match(text, offset - base) if after and text else None  # the fact's own number
    reached = own is not None and _REACHED.search(text, max(0, offset - base - 40), offset - base) is not None
    if reached and own.end() <= after[0].start and _OWNED_BY_FIGURE.search(text, own.end(), after[0].start):
        return None  # "doubled to 27,341 from 11,591 in 2020": the year is the earlier figure's
    return mentions[0] if mentions else None


#: The fact's own number, after its qualifier ("more than 1,700").
_OWN_FIGURE = re.compile(r"[^\d]{0,40}+\d[\d,.]*+")
#: The figure a change reached, named before the one it started from: "rose to 27,341 from ...".
_REACHED = re.compile(r"\bto\s++(?:[a-z]++\s++){0,2}$", re.I)
#: The earlier figure of a comparison right before a period mention, which the mention dates: "to 27,341 from 11,591 ".
_OWNED_BY_FIGURE = re.compile(r"\bfrom\s++(?:[a-z]++\s++){0,2}\d[\d,.]*+%?\s*+$", re.I)


def time_for(ctx: SentenceFacts, offset: int, *, sentence_wide: bool = True, previous: bool = False) -> Any:
    """The period mention that governs a fact at ``offset``.

    The fact's own clause first; with ``previous`` (a count that is no comparison's earlier figure), a
    year-before phrase of that clause that no figure stands between ("In the previous year it received 276",
    "handled 15,100 calls the year before"): the phrase no change took as its base is the count's own time; a
    clause opening with "when" belongs to the
    period just before it ("in 2018, when 596 people made contact"); then,
    when ``sentence_wide``, the whole sentence.
    """
    clause = clause_span(ctx, offset)
    s = ctx.sentence.start
    own = periods_in(ctx, clause, "time")
    found = nearest_mention(own, offset, s, ctx.sentence.text) if own else None
    if found is not None:
        return found
    before = _previous_beside(ctx, clause, offset) if previous else None
    if before is not None:
        return before
    opened = _opened_by(ctx, offset)
    if opened is not None:
        return opened
    if sentence_wide:
        return nearest_mention(periods_in(ctx, (s, ctx.sentence.end), "time"), offset, s, ctx.sentence.text)
    return None


#: A figure between a number and a year-before phrase (or after the phrase in the clause): the phrase is not its.
_FIGURE_BETWEEN = re.compile(r"\d")


def _previous_beside(ctx: SentenceFacts, clause: tuple[int, int], offset: int) -> Any:
    """A year-before phrase ("the previous year", "the year before", "the previous financial year") in the figure's
    clause, with no other figure between the two: the figure's own time (the phrase is no change's base: a change
    word and a base connector before it make its role ``base``)."""
    s, text = ctx.sentence.start, ctx.sentence.text
    for mention in periods_in(ctx, clause, "previous"):
        if mention.relative not in YEAR_BEFORE:
            continue
        if mention.start >= offset - s and _FIGURE_BETWEEN.search(text, mention.end, clause[1] - s):
            # "120,000 visits, almost trebling the previous year's 41,500": a figure after the phrase is the phrase's
            continue  # (before its figure a possessive is the figure's own: "The previous year's figure ... was N")
        number_end = re.match(r"[\d,.]*", text[offset - s:]).end() + offset - s
        between = text[number_end:mention.start] if mention.start >= offset - s else text[mention.end:offset - s]
        if not _FIGURE_BETWEEN.search(between):
            return mention
    return None


def _opened_by(ctx: SentenceFacts, offset: int) -> Any:
    """The period mention a clause opening with "when"/"which saw" belongs to: the last one before the clause.

    "from 2018, which saw 1,089 make contact"; "in 2018, when 596 people made contact".
    """
    clause = clause_span(ctx, offset)
    s = ctx.sentence.start
    if not re.match(rf"\s*(?:{word_regex('base_clause_openers').pattern})", ctx.sentence.text[clause[0] - s:], re.I):
        return None
    earlier = [p for p in ctx.periods if (p.period is not None or p.relative) and s + p.end <= clause[0]]
    return earlier[-1] if earlier else None


#: A number owned by the period just before it: "the previous year's 653", "2018's 1,020"; or set in brackets right
#: after it: "a 19% increase on 2022 (3,930)".
POSSESSIVE = re.compile(r"['\u2019]s\s*$|\s?\(\s?$")


def possessed_by(ctx: SentenceFacts, offset: int) -> Any:
    """The period mention that owns the number at ``offset`` ("the previous year's 653", "on 2022 (3,930)"), if any."""
    s = ctx.sentence.start
    before = ctx.sentence.text[:offset - s]
    match = POSSESSIVE.search(before[-4:])
    if not match:
        return None
    end = len(before) - 4 + match.start()
    owners = [p for p in ctx.periods if p.end == end]
    return owners[-1] if owners else None


#: A relative clause that puts a number in the period named right before it: "from 2018 in which 2,554".
IN_WHICH = re.compile(r"(?:in|during) which\s+(?:there were\s+|a total of\s+)?$", re.I)


def clause_owner(ctx: SentenceFacts, offset: int) -> Any:
    """The period mention right before "in which"/"during which" that owns the number at ``offset``."""
    s = ctx.sentence.start
    before = ctx.sentence.text[:offset - s]
    match = IN_WHICH.search(before)
    if not match:
        return None
    end = match.start()
    owners = [p for p in ctx.periods if before[p.end:end].strip(" ,") == "" and p.end <= end]
    return owners[-1] if owners else None


def base_mention(ctx: SentenceFacts, offset: int) -> Any:
    """The comparison period a count itself belongs to: "from the previous year's 653", "from 2018, which saw 1,089"."""
    mention = possessed_by(ctx, offset) or _opened_by(ctx, offset) or clause_owner(ctx, offset)
    return mention if mention is not None and mention.role in ("base", "previous") else None


def base_for(ctx: SentenceFacts, offset: int, *, clause_only: bool = False) -> Any:
    """The comparison-period mention ("from 2018", "on the previous year") of a change."""
    clause = clause_span(ctx, offset)
    own = periods_in(ctx, clause, "base") + periods_in(ctx, clause, "previous")
    if not own and not clause_only:
        whole = (ctx.sentence.start, ctx.sentence.end)
        own = periods_in(ctx, whole, "base") + periods_in(ctx, whole, "previous")
    own.sort(key=lambda p: p.start)
    return nearest_mention(own, offset, ctx.sentence.start, ctx.sentence.text) if own else None


def _fixed(ctx: SentenceFacts, within: Optional[tuple[int, int]]) -> list[Any]:
    span = within or (ctx.sentence.start, ctx.sentence.end)
    return [p for p in periods_in(ctx, span, "time") if p.period is not None and p.period.start and p.period.end]


def earliest_fixed(ctx: SentenceFacts, within: Optional[tuple[int, int]] = None) -> Any:
    """The earliest of two or more fixed periods (of the sentence, or of the span ``within``): where a change starts."""
    fixed = _fixed(ctx, within)
    return min(fixed, key=lambda p: p.period.start) if len(fixed) > 1 else None


def latest_fixed(ctx: SentenceFacts, within: Optional[tuple[int, int]] = None) -> Any:
    """The latest of two or more fixed periods: a change ("doubled from 61 in 2021 to 118 in 2022") ends there."""
    fixed = _fixed(ctx, within)
    return max(fixed, key=lambda p: p.period.end) if len(fixed) > 1 else None
