"""Percentages of one sentence: changes and shares ("up 40%", "45 per cent of callers").

Plain extractors over a :class:`~pipeline.extract.sentence_context.SentenceFacts`, as
the count extractor in :mod:`pipeline.extract.facts` is; the article-level pass links
them to the counts they rest on. Multipliers ("doubled", "nine times more likely") are
extracted in :mod:`pipeline.extract.multipliers`.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from pipeline.extract.measures import word_regex
from pipeline.extract.number_patterns import NumberMention
from pipeline.extract.percentage_kinds import is_list_gap, listed_kind, stated_kind
from pipeline.extract.sentence_context import Draft, SentenceFacts, clause_span, with_sentence_context
from pipeline.extract.fact_measures import cue_measure
from pipeline.extract.fact_periods import base_for, earliest_fixed, latest_fixed, periods_in, time_for
from pipeline.extract.fact_places import regions_for
from pipeline.extract.phrase_ends import ends_with
from pipeline.wordlists import alternation


def _direction(words: str) -> Optional[str]:
    for direction in ("increase", "decrease"):
        if word_regex("change_words", direction).search(words):
            return direction
    return None


#: A hedge between a change word and the level it reached: "fell to just 15%", "rose to only 9%".
_LEVEL_HEDGE = re.compile(r"\s(?:just|only|a mere)\s*$", re.I)


#: A difference told before the percentage of the same change: "up 500 calls or 25%", "down 40, or 8%".
#: A count then ", or" right before a percentage: the share that count is of its whole ("lowered the risk in 2,150
#: cases, or 43%"), unless a word of a change stands right before the count ("rose by 830, or 64%").
_COUNT_OR = re.compile(r"(?<![\d,.])\d[\d,]{0,12}(?:\s{1,3}[a-z]{2,15}){0,2}\s{0,2},\s{0,2}or\s{1,3}$", re.I)
_UP_BY_OR = re.compile(r"\b(up|down)\s(?:by\s)?[\d,.]{1,12}(?:\s[a-z]{2,15})?,?\sor\s{0,2}$", re.I)


#: The two levels of a change told between percentages: "rose from 44% to 52%" (both shares; the change
#: between them is in percentage points, which no percentage states).
_PCT = r"[\d.,]{1,12}\s{0,2}(?:%|per\s{0,2}cent|percent)"
#: The later level, after the earlier (a short time phrase may stand between: "from 44% in 2021 to 52%
#: in 2022"; bounded, so linear); the earlier level is :data:`_LEVEL_FROM`'s.
_TO_LEVEL = re.compile(rf"\bfrom\s{{0,3}}{_PCT}[^%.;]{{0,40}}?\bto\s{{1,3}}(?:just\s{{1,3}}|only\s{{1,3}})?$", re.I)


#: A level a change started from or reached, told right before the percentage: "an increase from the
#: 37%", "down from about 40 per cent", "dropped off to about 35 per cent" (a change word, then at most
#: one particle, then "to"). "Up to 35%" is a level too (at most 35%); "by" before it keeps a change.
_HEDGE = r"(?:(?:the|just|only|about|around|some|nearly|almost|roughly|a\s{1,3}mere)\s{1,3}){0,2}"
_LEVEL_FROM = re.compile(rf"\bfrom\s{{0,3}}{_HEDGE}$", re.I)
_LEVEL_TO = re.compile(rf"\b(?:(?:{alternation(['off', 'back', 'away'])})\s{{1,3}})?to\s{{1,3}}{_HEDGE}$", re.I)
#: A level followed by the level it changed from: "22% up from 16%", "30 per cent, down from 41 per cent".
_LEVEL_THEN_FROM = re.compile(rf"\s{{0,3}}[,(]?\s{{0,3}}(?:up|down)\s{{1,3}}from\s{{1,3}}{_HEDGE}{_PCT}", re.I)


def _level_told(before: str, after: str) -> bool:
    """Whether the percentage is a level of a share that changed, not the size of a change."""
    if _LEVEL_FROM.search(before) or _LEVEL_THEN_FROM.match(after):
        return True
    to = _LEVEL_TO.search(before)
    if not to:
        return False
    words = [w.lower().strip(",") for w in before[:to.start()].split()[-2:]]
    # "rose by up to 35%": by how much is still a change
    return bool(words) and _direction(words[-1]) is not None and words[0] != "by"


def _previous_percentage(ctx: SentenceFacts, number: NumberMention) -> tuple[str, Optional[NumberMention]]:
    """The text between the percentage before ``number`` in its sentence and ``number``, and that percentage."""
    s = ctx.sentence.start
    earlier = [n for n in ctx.numbers if n.percent and n.end <= number.start and n.start >= s]
    if not earlier:
        return "", None
    return ctx.sentence.text[earlier[-1].end - s:number.start - s], earlier[-1]


#: How many percentages back a list whose verb is told once is followed to its first item.
_LIST_REACH = 8


def _list_head_kind(ctx: SentenceFacts, number: NumberMention) -> tuple[str, Optional[str]]:
    """The kind of the first percentage of the list ``number`` is in ("chats are up 35%, emails 480% and texts 90%"
    -> the kind of 35%), read without the list rule, so that neither recursion nor time grows with the list."""
    head = number
    for _ in range(_LIST_REACH):
        gap, previous = _previous_percentage(ctx, head)
        if previous is None or not is_list_gap(gap):
            break
        head = previous
    return percentage_kind(ctx, head, listed=False)[:2]


#: The first side of a ratio ("70:30"): the figure is a share, as the other side is.
_RATIO_SIDE = re.compile(r":\d")


def percentage_kind(ctx: SentenceFacts, number: NumberMention, *, listed: bool = True) -> tuple[str, Optional[str], int]:
    """Change or share, the direction, and where the fact's text ends (article offset).

    A change word right after the figure ("99 per cent increase", "35% more")
    or right before it ("up 40%", "rose by 12%", "increases of more than 150%")
    makes a change; "X% of" a share; otherwise any change word in the clause.
    """
    s = ctx.sentence.start
    if _RATIO_SIDE.match(ctx.sentence.text, number.end - s) or ctx.sentence.text[:number.start - s].endswith(":") \
            and number.start - s >= 2 and ctx.sentence.text[number.start - s - 2].isdigit():
        return "share", None, number.end  # "callers split 70:30 between men and women": two shares, whatever the clause
    clause = clause_span(ctx, number.num_start)
    after = ctx.sentence.text[number.end - s:clause[1] - s]
    before = ctx.sentence.text[clause[0] - s:number.start - s]
    if _TO_LEVEL.search(before) or _level_told(before, after):
        # "rose from 44% to 52%", "an increase from the 37%", "22% up from 16%": levels, no stated change
        return "share", None, number.end
    right = re.match(r"\s*([a-z-]+)\b(?:\s+([a-z]+)\b)?", after)
    if right:
        for n in (1, 2):
            direction = _direction(right.group(n) or "")
            if direction and (n == 1 or right.group(1) not in ("of", "to", "in")):
                return "change", direction, number.end + right.end(n)
    if right:
        for direction in ("increase", "decrease"):
            if word_regex("change_comparatives", direction).fullmatch(right.group(1)):
                return "change", direction, number.end + right.end(1)  # "the line is now 27% busier"
    gap, previous = _previous_percentage(ctx, number) if listed else ("", None)
    shaped = stated_kind(ctx.sentence.text[:number.start - s], after, ctx.sentence.text[number.end - s:]) \
        or listed_kind(gap, after, previous, lambda p: _list_head_kind(ctx, p))
    if shaped:  # the shapes of pipeline.extract.percentage_kinds: "45 per cent above normal", "72% said ..."
        return shaped[0], shaped[1], number.end
    if ends_with(before, "share_before") or ends_with(_LEVEL_HEDGE.sub("", before), "change_to"):
        # "they now make up 13.2 per cent of callers"; "by the end this fell to 15%": the level reached
        return "share", None, number.end
    if re.search(r"\b(?:up|down)\s*(?:by\s*)?$", before):
        return "change", "increase" if re.search(r"\bup\s*(?:by\s*)?$", before) else "decrease", number.end
    told_twice = _UP_BY_OR.search(before)
    if told_twice:  # "up 500 calls or 25% on the 2,000": the same change as a difference, then a percentage
        return "change", "increase" if told_twice.group(1).lower() == "up" else "decrease", number.end
    restated = _COUNT_OR.search(before)
    if restated and not ends_with(before[:restated.start()].rstrip(), "difference_before"):
        return "share", None, number.end  # "in 2,150 cases, or 43%": the count restated as a share of its whole
    left = re.search(r"\b((?:[a-z]++\s++){0,3})(?:of|by|at)?\s*+$", before)
    near_left = _direction(re.sub(r"\b(?:more|less|fewer|up|down)\b", "", left.group(1))) if left else None
    if near_left:
        return "change", near_left, number.end
    if re.search(r"\bby\s*$", before):  # "spiking in one week by 69 per cent": by how much is a change
        return "change", _direction(before) or "increase", number.end
    if re.match(r"\s+of\b", after) or number.spelled:
        return "share", None, number.end
    direction = _direction(re.sub(r"\b(?:more|less|fewer|up|down)\b", "", before + " " + after))
    return ("change", direction, number.end) if direction else ("share", None, number.end)


def extract_percentages(ctx: SentenceFacts) -> Iterator[Draft]:
    """Stated percentages of one sentence: changes and shares."""
    s = ctx.sentence.start
    for number in ctx.numbers:
        if not number.percent:
            continue
        kind, direction, end = percentage_kind(ctx, number)
        regions, sentence_regions = regions_for(ctx, number.num_start)
        clause = clause_span(ctx, number.num_start)
        # a change whose clause names no time, beside a pair of dated figures ("a 100% rise in calls,
        # from 400 in 2020 to 800 in 2021"), is of the later period, on the earlier
        pair_end = latest_fixed(ctx) if kind == "change" else None
        pair_start = earliest_fixed(ctx) if pair_end is not None and not periods_in(ctx, clause, "time") else None
        yield with_sentence_context(ctx, Draft(
            kind="percentage", value=float(number.value), qualifier=number.qualifier, start=number.start,
            end=end, text=ctx.sentence.text[number.start - s:end - s], sentence=ctx.sentence, index=ctx.index,
            clause=clause_span(ctx, number.num_start), regions=regions, sentence_regions=sentence_regions,
            time=(latest_fixed(ctx, clause) if kind == "change" else None) or time_for(ctx, number.num_start, sentence_wide=False),
            sentence_time=pair_end or time_for(ctx, number.num_start),
            base=(base_for(ctx, number.num_start) or earliest_fixed(ctx, clause) or pair_start) if kind == "change" else None,
            pct_kind=kind, direction=direction, decimals=number.decimals, measure=cue_measure(ctx, number.num_start),
            anaphoric=bool(re.match(r"(?:this|that|it|which|the (?:figure|rise|increase|number))\b", ctx.sentence.text, re.I)),
        ))
