"""Multipliers of one sentence: "doubled", "more than doubled", "trebled", "halved", "nine times more likely".

Plain extractors over a :class:`~pipeline.extract.sentence_context.SentenceFacts`, as
the percentage extractor in :mod:`pipeline.extract.ratios` is; the article-level pass
links them to the counts they rest on.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, Iterator, Optional

from pipeline.extract.measures import lexicon
from pipeline.extract.number_patterns import words as number_words
from pipeline.extract.required_words import fewest, lowered_for, may_match, required_words
from pipeline.extract.sentence_context import Draft, SentenceFacts, clause_span
from pipeline.extract.fact_measures import cue_measure
from pipeline.extract.fact_periods import latest_fixed, nearest_mention, periods_in, time_for
from pipeline.extract.fact_places import regions_for
from pipeline.extract.phrase_ends import ends_with
from pipeline.settings import DATA_DIR
from pipeline.wordlists import alternation, fold


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


_BARE_OK_BEFORE = re.compile(r"\b(?:has|have|had|to|will|would|could|may|might|set to|expected to|than|nearly|almost|over|a|the)\s+$", re.I)
_BARE_OK_AFTER = re.compile(r"^(?:\s*$|\s*[.,;:!]|\s+(?:in|since|during|over|from|compared|between|the|last|this|on|after|year|within|to)\b)", re.I)


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
        time = latest_fixed(ctx) or time_for(ctx, s + at)
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
