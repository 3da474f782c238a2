"""Percentages and multipliers of one sentence: changes, shares, "doubled", "nine times more likely".

Plain extractors over a :class:`~pipeline.extract.sentence_context.SentenceFacts`, as
the count extractor in :mod:`pipeline.extract.facts` is; the article-level pass links
them to the counts they rest on.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, Iterator, Optional

from pipeline.extract.measures import (
    lexicon,
    word_regex,
)
from pipeline.extract.number_patterns import NumberMention
from pipeline.extract.number_patterns import words as number_words
from pipeline.extract.percentage_kinds import is_list_gap, listed_kind, stated_kind
from pipeline.extract.required_words import fewest, lowered_for, may_match, required_words
from pipeline.extract.sentence_context import Draft, SentenceFacts, clause_span, with_sentence_context
from pipeline.extract.fact_measures import cue_measure
from pipeline.extract.fact_periods import base_for, nearest_mention, periods_in, time_for
from pipeline.extract.fact_places import regions_for
from pipeline.extract.phrase_ends import ends_with
from pipeline.settings import DATA_DIR
from pipeline.wordlists import alternation, fold


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
        pair_end = _latest(ctx) if kind == "change" else None
        pair_start = _earliest(ctx) if pair_end is not None and not periods_in(ctx, clause, "time") else None
        yield with_sentence_context(ctx, Draft(
            kind="percentage", value=float(number.value), qualifier=number.qualifier, start=number.start,
            end=end, text=ctx.sentence.text[number.start - s:end - s], sentence=ctx.sentence, index=ctx.index,
            clause=clause_span(ctx, number.num_start), regions=regions, sentence_regions=sentence_regions,
            time=(_latest(ctx, clause) if kind == "change" else None) or time_for(ctx, number.num_start, sentence_wide=False),
            sentence_time=pair_end or time_for(ctx, number.num_start),
            base=(base_for(ctx, number.num_start) or _earliest(ctx, clause) or pair_start) if kind == "change" else None,
            pct_kind=kind, direction=direction, decimals=number.decimals, measure=cue_measure(ctx, number.num_start),
            anaphoric=bool(re.match(r"(?:this|that|it|which|the (?:figure|rise|increase|number))\b", ctx.sentence.text, re.I)),
        ))


_MULTIPLIER_WORDS = DATA_DIR / "multiplier_words.json"


@lru_cache(maxsize=1)
def multiplier_words() -> dict[str, Any]:
    """The lists of ``data/multiplier_words.json``: phrases of a factor, change words before "N times"."""
    return json.loads(_MULTIPLIER_WORDS.read_text(encoding="utf-8"))


def _factor_words() -> dict[str, float]:
    """Every word and phrase that states a factor by itself: ``measures.json`` 'multipliers' and the phrases."""
    return {**lexicon()["multipliers"], **multiplier_words()["phrases"]}


def _quals() -> str:
    """The hedges a multiplier may take: every qualifier of ``data/numbers.json`` but the "up to" ones ("up to four
    times more" is no bound of an observed change), so that "approaching five times" is ``nearly`` and "in excess
    of double" ``more_than`` as they are for counts."""
    return alternation([q for q, kind in number_words()["qualifiers"].items() if kind != "up_to"], loose_spaces=True)


def _named_base() -> str:
    """A base right after "N times": a figure ("the 1,340"), a year's figure ("the 2024 figure": ``figure_words`` of
    ``data/numbers.json``), "that of" (a figure after "the" is a base unless it is a service's number: "three times
    the 111 line")."""
    return (r"\s+(?:the\s+(?:\d(?!\d{1,2}\s{1,3}(?:line|number|helpline|service)\b)"
            rf"|(?:19|20)\d\d\s+(?:{alternation(number_words()['figure_words'])})\b)"
            r"|th(?:at|ose)\s+(?:of|in|for)\s)")


@lru_cache(maxsize=1)
def multiplier_regex() -> re.Pattern[str]:
    words = "|".join(r"\s{1,3}".join(map(re.escape, w.split()))
                     for w in sorted(_factor_words(), key=len, reverse=True))
    quals = _quals()
    n = rf"{alternation(number_words()['units'])}|\d{{1,3}}(?:\.\d{{1,2}})?"
    # "three times as many", "nine times more likely"; "almost three times the 1,340 recorded in 2021", "four times
    # the 2024 figure of 110", "three times that of 2019": N times a base the words name (ANNOTATION.md decision 8)
    times = (rf"(?:(?P<n>{n})\s+times|(?P<t>twice|thrice))"
             rf"(?=\s+(?P<cmp>{alternation(lexicon()['times_comparatives'])})\b|{_named_base()})")
    # "up almost four times", "increased by three times", "rose 2.5 times": a change word makes "N times" a factor
    extra = multiplier_words()
    changed = (rf"(?:{alternation(extra['times_change_before'])})\s{{1,3}}(?:(?:by|of)\s{{1,3}})?"
               rf"(?:(?P<q2>{quals})\s{{1,3}})?(?:(?P<n2>{alternation(number_words()['units'])}|\d{{1,2}})\s{{1,3}}times"
               rf"(?![\w-])(?!\s{{1,3}}(?:{alternation(extra['times_not_after'])})\b)"
               rf"|(?P<n3>\d{{1,2}}\.\d{{1,2}})\s{{1,3}}times)")  # "rose three times in May" is three rises; 2.5 is none
    spelled = alternation([*number_words()["units"], *number_words()["tens"]])
    # "a 10-fold increase", "up 2.5-fold", "a twenty-fold rise"; "rose by a factor of three"
    fold = rf"(?:(?P<nf>\d{{1,3}}(?:\.\d)?|{spelled})-?fold|by\s{{1,3}}a\s{{1,3}}factor\s{{1,3}}of\s{{1,3}}(?P<nb>{spelled}|\d{{1,3}}(?:\.\d)?))"
    return re.compile(rf"(?:\b(?P<q>{quals})\s+)?(?<![\w-])(?:(?P<w>{words})|{times}|{changed}|{fold})(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _multiplier_needs() -> frozenset[str]:
    rx = multiplier_regex()
    return fewest(required_words(rx.pattern, rx.flags))


def may_hold_multiplier(text: str) -> bool:
    """Whether :func:`multiplier_regex` may match ``text``: it holds one of the words every match holds
    ("times", "fold", "doubled", ...; :mod:`~pipeline.extract.required_words`). The pattern, case ignored and
    with no literal to start from, is tried at every character; most sentences hold none of the words."""
    return may_match(_multiplier_needs(), lowered_for(text))


def _with_comparative(m: re.Match[str]) -> str:
    """The multiplier's words, with the comparative of "N times" ("nine times more likely"): a
    comparison of two groups, which the checks tell from a change over time by it."""
    return f"{m.group(0)} {m.group('cmp')}" if m.group("cmp") else m.group(0)


def _factor(m: re.Match[str]) -> Optional[float]:
    """The factor of a multiplier match: its word's ("trebled" 3), N of "N times more likely", 2 of "twice as many"."""
    if m.group("w"):
        return float(_factor_words()[" ".join(fold(m.group("w")).split())])
    if m.group("t"):  # "twice as many calls", "thrice the number"
        return 2.0 if m.group("t").lower() == "twice" else 3.0
    n = (m.group("n") or m.group("n2") or m.group("n3") or m.group("nf") or m.group("nb")).lower()
    value = float(n) if n[0].isdigit() else {**number_words()["units"], **number_words()["tens"]}.get(n)
    return float(value) if value and value > 1 else None


_BARE_OK_BEFORE = re.compile(r"(?:has|have|had|to|will|would|could|may|might|set to|expected to|than|nearly|almost|over|a|the)\s+$", re.I)
_BARE_OK_AFTER = re.compile(r"^(?:\s*$|\s*[.,;:!]|\s+(?:in|since|during|over|from|compared|between|the|last|this|on|after|year|within|to)\b)", re.I)


def _fixed(ctx: SentenceFacts, within: Optional[tuple[int, int]]) -> list[Any]:
    span = within or (ctx.sentence.start, ctx.sentence.end)
    return [p for p in periods_in(ctx, span, "time") if p.period is not None and p.period.start and p.period.end]


def _earliest(ctx: SentenceFacts, within: Optional[tuple[int, int]] = None) -> Any:
    """The earliest of two or more fixed periods (of the sentence, or of the span ``within``): where a change starts."""
    fixed = _fixed(ctx, within)
    return min(fixed, key=lambda p: p.period.start) if len(fixed) > 1 else None


def _latest(ctx: SentenceFacts, within: Optional[tuple[int, int]] = None) -> Any:
    """The latest of two or more fixed periods: a change ("doubled from 61 in 2021 to 118 in 2022") ends there."""
    fixed = _fixed(ctx, within)
    return max(fixed, key=lambda p: p.period.end) if len(fixed) > 1 else None


@lru_cache(maxsize=1)
def _own_base_regex() -> re.Pattern[str]:
    """What opens a multiplier's own base right after it: "the number", "the figures", "that of", a figure
    ("almost double the 1,050 calls of 2022")."""
    return re.compile(rf"\s+(?:the\s+(?:{alternation(lexicon()['multiplier_base_nouns'])})\b|th(?:at|ose)\s+of\b"
                      r"|the\s+\d[\d,.]{0,12}\b"
                      rf"|the\s+(?:19|20)\d\d\s+(?:{alternation(number_words()['figure_words'])})\b)", re.I)


#: How far after a multiplier its own base may name its period ("treble the number of people during the pandemic in 2020").
OWN_BASE_REACH = 80


def own_base(ctx: SentenceFacts, end: int) -> Any:
    """The period mention of the base a multiplier ending at ``end`` (sentence offset) names itself, if any.

    "double the number seen in 2020", "nearly triple the level of 2019", "twice that of 2018": the
    year compared with, in the multiplier's own words (no clause break between), which is neither the
    multiplied figure's period nor the base of a change elsewhere in the sentence.
    """
    text = ctx.sentence.text
    if not _own_base_regex().match(text, end):
        return None
    reach = text[end:end + OWN_BASE_REACH]
    stop = min((reach.find(mark) for mark in (";", " – ", " — ", ". ") if mark in reach), default=len(reach))
    mentions = [p for p in ctx.periods if p.role == "time" and end <= p.start and p.end <= end + stop]
    return min(mentions, key=lambda p: p.start) if mentions else None


#: "half a" or "half an" after a phrase of halving: half of a unit ("fell by half a point"), not a halving.
_HALF_A_UNIT = re.compile(r"\s{1,3}an?\b", re.I)


#: A copula (and at most one adverb in -ly, "also" or "thus") right before a "-fold" word: it tells how many
#: parts a thing has ("the aim is twofold"), where "were up tenfold" still tells a change.
_PARTS_COPULA = re.compile(r"\b(?:is|are|was|were|be|been|being)\s{1,3}(?:(?:[a-z]{2,12}ly|also|thus)\s{1,3})?$", re.I)


def extract_multipliers(ctx: SentenceFacts) -> Iterator[Draft]:
    """"doubled", "more than doubled", "trebled", "halved" claims of one sentence."""
    text, s = ctx.sentence.text, ctx.sentence.start
    for m in multiplier_regex().finditer(text) if may_hold_multiplier(text) else ():
        word = (m.group("w") or m.group(0)).lower()
        factor = _factor(m)
        if factor is None or ends_with(text[:m.start()], "plan_before"):
            continue  # "one time more", or a plan: "will allow the hours to be more than doubled"
        if word in ("double", "triple", "treble", "quadruple", "doubles") and not m.group("q"):
            if not (_BARE_OK_BEFORE.search(text[:m.start("w")]) or _BARE_OK_AFTER.match(text[m.end():])):
                continue
        if word in ("double", "triple", "treble") and re.match(r"\s*(?:-|murder|decker|glazing|figures|digit)", text[m.end():], re.I):
            continue
        if word.endswith("half") and _HALF_A_UNIT.match(text, m.end()):
            continue  # "fell by half a percentage point", "cut by half an hour": half of a unit, no halving
        if word.endswith("fold") and _PARTS_COPULA.search(text, 0, m.start()):
            continue  # "the aim is twofold", "the problem was two-fold:": having two parts, no multiplier
        qualifier = number_words()["qualifiers"].get((m.group("q") or m.group("q2") or "").lower(), "exact")
        number = next((g for g in ("w", "n", "n2", "n3", "nf", "nb") if m.group(g)), "t")
        at = m.start(number)
        regions, sentence_regions = regions_for(ctx, s + at)
        base = own_base(ctx, m.end())
        time = _latest(ctx) or time_for(ctx, s + at)
        if base is not None and time is base:  # the year compared with is not the multiplied figure's
            others = [p for p in periods_in(ctx, (s, ctx.sentence.end), "time") if p is not base]
            time = nearest_mention(others, s + at, s, text) if others else None
        yield Draft(
            kind="multiplier", value=factor, qualifier=qualifier,
            start=s + m.start(), end=s + m.end(), text=m.group(0), sentence=ctx.sentence, index=ctx.index,
            clause=clause_span(ctx, s + at), regions=regions, sentence_regions=sentence_regions,
            time=time, base=base, word=_with_comparative(m),
            direction="decrease" if factor < 1 or "less" in text[m.end():m.end() + 6].lower() else "increase",
            measure=cue_measure(ctx, s + at),
            previous_regions=ctx.previous_regions,  # for "the state's rate has tripled" (inherited_places.anaphoric_regions)
        )


