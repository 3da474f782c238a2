"""Counts, percentages and multipliers of one sentence.

Each extractor is a plain function over a :class:`SentenceFacts` context (the
sentence, its spaCy parse, and the numbers, regions and periods found in it)
that yields *drafts*: the fact as far as the sentence alone can fix it.  The
article-level pass (``pipeline.link``) then fills what needs other sentences:
inherited periods, links between percentages and counts, and repeated claims.
Word lists are in ``data/measures.json``.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator, Optional

from spacy.tokens import Doc

from .numbers import NumberMention
from .segment import Sentence, clause_of

DATA = Path(__file__).with_name("data") / "measures.json"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The word lists of ``data/measures.json``."""
    return json.loads(DATA.read_text(encoding="utf-8"))


@dataclass
class SentenceFacts:
    """What the extractors need to know of one sentence.

    ``numbers`` and ``regions`` carry article offsets; ``periods`` carry offsets
    relative to the sentence (as ``periods.find_periods`` returns them).
    """

    sentence: Sentence
    doc: Optional[Doc]
    numbers: list[NumberMention]
    regions: list[Any]
    periods: list[Any]
    clauses: list[tuple[int, int]]
    index: int = 0


@dataclass
class Draft:
    """A fact found in one sentence, before the article-level pass."""

    kind: str  # count, percentage, multiplier
    value: float
    qualifier: str
    start: int
    end: int
    text: str
    sentence: Sentence
    index: int
    clause: tuple[int, int]
    regions: list[str] = field(default_factory=list)
    sentence_regions: list[str] = field(default_factory=list)
    time: Any = None  # the PeriodMention that sets the fact's period, if any
    sentence_time: Any = None  # the nearest period mention anywhere in the sentence
    base: Any = None  # the PeriodMention of a change's comparison period
    measure: str = "other"
    unit: Optional[str] = None
    rate: Optional[str] = None
    pct_kind: Optional[str] = None
    direction: Optional[str] = None
    word: Optional[str] = None
    decimals: int = 0
    anaphoric: bool = False


def _phrase_regex(phrases: list[str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.I)


@lru_cache(maxsize=None)
def _regex(key: str, sub: Optional[str] = None) -> re.Pattern[str]:
    words = lexicon()[key] if sub is None else lexicon()[key][sub]
    return _phrase_regex(list(words))


# --- context helpers -------------------------------------------------------

def _clause_abs(ctx: SentenceFacts, offset: int) -> tuple[int, int]:
    a, b = clause_of(ctx.clauses, offset - ctx.sentence.start)
    return ctx.sentence.start + a, ctx.sentence.start + b


def _regions_between(ctx: SentenceFacts, span: tuple[int, int]) -> list[str]:
    names = [r.name for r in ctx.regions if span[0] <= r.start and r.end <= span[1]]
    return list(dict.fromkeys(names))


def _periods(ctx: SentenceFacts, span: tuple[int, int], role: str) -> list[Any]:
    s = ctx.sentence.start
    return [p for p in ctx.periods if p.role == role and span[0] <= s + p.start and s + p.end <= span[1]]


def _nearest(mentions: list[Any], offset: int, base: int) -> Any:
    before = [m for m in mentions if base + m.end <= offset]
    if before:
        return before[-1]
    return mentions[0] if mentions else None


def time_for(ctx: SentenceFacts, offset: int, *, sentence_wide: bool = True) -> Any:
    """The period mention that governs a fact at ``offset``.

    The fact's own clause first; a clause opening with "when" belongs to the
    period just before it ("in 2018, when 596 people made contact"); then,
    when ``sentence_wide``, the whole sentence.
    """
    clause = _clause_abs(ctx, offset)
    s = ctx.sentence.start
    own = _periods(ctx, clause, "time")
    if own:
        return _nearest(own, offset, s)
    if re.match(r"\s*when\b", ctx.sentence.text[clause[0] - s:], re.I):
        earlier = [p for p in ctx.periods if p.period is not None and s + p.end <= clause[0]]
        if earlier:
            return earlier[-1]
    if sentence_wide:
        return _nearest(_periods(ctx, (s, ctx.sentence.end), "time"), offset, s)
    return None


def base_for(ctx: SentenceFacts, offset: int) -> Any:
    """The comparison-period mention ("from 2018", "on the previous year") of a change."""
    clause = _clause_abs(ctx, offset)
    own = _periods(ctx, clause, "base") + _periods(ctx, clause, "previous")
    if not own:
        whole = (ctx.sentence.start, ctx.sentence.end)
        own = _periods(ctx, whole, "base") + _periods(ctx, whole, "previous")
    own.sort(key=lambda p: p.start)
    return _nearest(own, offset, ctx.sentence.start) if own else None


def _regions_for(ctx: SentenceFacts, offset: int) -> tuple[list[str], list[str]]:
    sentence = _regions_between(ctx, (ctx.sentence.start, ctx.sentence.end))
    own = _regions_between(ctx, _clause_abs(ctx, offset))
    return (own or sentence), sentence


def _nearest_cue(text: str, offset: int, patterns: dict[str, re.Pattern[str]]) -> Optional[str]:
    best: tuple[int, str] | None = None
    for measure, regex in patterns.items():
        for m in regex.finditer(text):
            distance = min(abs(m.start() - offset), abs(m.end() - offset))
            if best is None or distance < best[0]:
                best = (distance, measure)
    return best[1] if best else None


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    return {measure: _regex("cues", measure) for measure in lexicon()["cues"]}


def measure_of(ctx: SentenceFacts, number: NumberMention, unit: Optional[str]) -> str:
    """The RECORDS.md measure of a count, from its unit and the words near it."""
    lex = lexicon()
    category = lex["units"].get(unit or "", None)
    if category in lex["unit_measures"]:
        return lex["unit_measures"][category]
    patterns = dict(_cue_patterns())
    if category != "children":
        patterns.pop("children_safeguarded")
    s = ctx.sentence.start
    clause = _clause_abs(ctx, number.num_start)
    found = _nearest_cue(ctx.sentence.text[clause[0] - s:clause[1] - s], number.num_start - clause[0], patterns)
    if not found:
        found = _nearest_cue(ctx.sentence.text, number.num_start - s, patterns)
    if category == "images" and found != "children_safeguarded":
        return "other"
    return found or "other"


# --- units -----------------------------------------------------------------

#: Parts of speech that end the search for a number's noun (``of`` aside: "1,500 of them").
_STOP_POS = {"VERB", "AUX", "PUNCT", "ADP", "SCONJ", "CCONJ", "PART", "PRON", "DET", "NUM", "SYM"}


def _unit_from_doc(doc: Doc, start: int, end: int) -> tuple[Optional[str], Optional[int]]:
    """The noun (or noun compound) after a number, from part-of-speech tags alone.

    Adjectives and proper nouns in between are passed over ("1,186 new callers",
    "the six North West police forces" -> "police forces").
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None, None
    units = lexicon()["units"]
    found = []
    for token in doc[span[-1].i + 1:span[-1].i + 7]:
        if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.lower_ in units):
            found.append(token)
        elif found or (token.pos_ in _STOP_POS and token.lower_ != "of"):
            break
    if not found:
        return None, None
    return " ".join(t.lower_ for t in found), found[-1].idx + len(found[-1])


#: Words that end the look for a number's noun in plain text.
_STOP_WORDS = frozenset("""a an the of in on at to from for by with and or but who which that than as is are was were
have has had be been this these those their its his her our your my it they we he she you i per each every""".split())


def _unit_from_text(text: str, end: int) -> tuple[Optional[str], Optional[int]]:
    """The known noun within two words after a number ("1,186 people", "12,000 vulnerable children").

    Rules only: a word of the units or not-units lists, with at most two other
    words between it and the number and no stop word among them.  ``None`` when
    the words do not decide, and the tagger is needed.
    """
    lex = lexicon()
    known = set(lex["units"]) | set(lex["not_units"])
    skipped = 0
    for m in re.finditer(r"[A-Za-z][A-Za-z'-]*|[^\sA-Za-z]", text[end:end + 60]):
        word = m.group(0).lower()
        if word in known:
            following = re.match(r"\s+([a-z]+)", text[end + m.end():])
            if following and f"{word} {following.group(1)}" in known:
                return f"{word} {following.group(1)}", end + m.end() + following.end()
            return word, end + m.end()
        if not word[0].isalpha() or word in _STOP_WORDS or skipped == 2:
            return None, None
        skipped += 1
    return None, None


def needs_tagger(text: str, numbers: list[NumberMention], offset: int = 0) -> bool:
    """Whether a sentence holds a count whose noun the plain-text rules cannot find."""
    return any(not n.percent and _unit_from_text(text, n.end - offset)[0] is None for n in numbers)


def unit_of(ctx: SentenceFacts, number: NumberMention) -> tuple[Optional[str], Optional[int]]:
    """The noun a number counts ("people", "police forces") and where it ends (article offset).

    The plain-text rules first; the part-of-speech tags when the sentence was tagged.
    """
    s = ctx.sentence.start
    unit, end = _unit_from_text(ctx.sentence.text, number.end - s)
    if unit is None and ctx.doc is not None:
        unit, end = _unit_from_doc(ctx.doc, number.num_start - s, number.end - s)
    return unit, (s + end if end is not None else None)


def rate_after(text: str) -> Optional[str]:
    """The rate a count is stated at, from the words that follow it ("each month")."""
    window = text[:40].lower()
    for rate, phrases in lexicon()["rates"].items():
        for phrase in phrases:
            if re.match(rf"(?:[\w,' -]{{0,25}}?\s)?{re.escape(phrase)}\b", window):
                return rate
    return None


# --- extractors ------------------------------------------------------------

def extract_counts(ctx: SentenceFacts) -> Iterator[Draft]:
    """Numbers that count people, contacts, arrests... in one sentence."""
    not_units = set(lexicon()["not_units"])
    for number in ctx.numbers:
        if number.percent:
            continue
        unit, unit_end = unit_of(ctx, number)
        if unit and (unit in not_units or unit.split()[-1] in not_units):
            continue
        unit = unit.split()[-1] if unit and unit.split()[-1] in lexicon()["units"] else unit
        measure = measure_of(ctx, number, unit)
        if unit is None and (measure == "other" or number.spelled):
            continue
        end = unit_end or number.end
        s = ctx.sentence.start
        regions, sentence_regions = _regions_for(ctx, number.num_start)
        yield Draft(
            kind="count", value=number.value, qualifier=number.qualifier, start=number.start, end=end,
            text=ctx.sentence.text[number.start - s:end - s], sentence=ctx.sentence, index=ctx.index,
            clause=_clause_abs(ctx, number.num_start), regions=regions, sentence_regions=sentence_regions,
            time=time_for(ctx, number.num_start, sentence_wide=False),
            sentence_time=time_for(ctx, number.num_start), measure=measure,
            unit=lexicon()["units"].get(unit or "", unit), rate=rate_after(ctx.sentence.text[end - s:]),
        )


def _direction(words: str) -> Optional[str]:
    for direction in ("increase", "decrease"):
        if _regex("change_words", direction).search(words):
            return direction
    return None


def percentage_kind(ctx: SentenceFacts, number: NumberMention) -> tuple[str, Optional[str], int]:
    """Change or share, the direction, and where the fact's text ends (article offset)."""
    s = ctx.sentence.start
    clause = _clause_abs(ctx, number.num_start)
    after = ctx.sentence.text[number.end - s:clause[1] - s]
    before = ctx.sentence.text[clause[0] - s:number.start - s]
    right = re.match(r"\s*(?:[a-z-]+\s+)?([a-z]+)\b", after)
    if right and _direction(right.group(1)):
        return "change", _direction(right.group(1)), number.end + right.end()
    left = re.search(r"\b((?:[a-z]+\s+){0,3})(?:of|by|at)?\s*$", before)
    near_left = _direction(re.sub(r"\b(?:more|less|fewer|up|down)\b", "", left.group(1))) if left else None
    if near_left:
        return "change", near_left, number.end
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
        regions, sentence_regions = _regions_for(ctx, number.num_start)
        yield Draft(
            kind="percentage", value=float(number.value), qualifier=number.qualifier, start=number.start,
            end=end, text=ctx.sentence.text[number.start - s:end - s], sentence=ctx.sentence, index=ctx.index,
            clause=_clause_abs(ctx, number.num_start), regions=regions, sentence_regions=sentence_regions,
            time=time_for(ctx, number.num_start, sentence_wide=False),
            sentence_time=time_for(ctx, number.num_start),
            base=base_for(ctx, number.num_start) if kind == "change" else None,
            pct_kind=kind, direction=direction, decimals=number.decimals,
            anaphoric=bool(re.match(r"(?:this|that|it|which|the (?:figure|rise|increase|number))\b", ctx.sentence.text, re.I)),
        )


@lru_cache(maxsize=1)
def _multiplier_regex() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(lexicon()["multipliers"], key=len, reverse=True))
    quals = r"more than|well over|over|almost|nearly|at least|about|around|roughly|close to|just under|just over"
    return re.compile(rf"(?:\b(?P<q>{quals})\s+)?(?<![\w-])(?P<w>{words})(?![\w-])", re.I)


_BARE_OK_BEFORE = re.compile(r"(?:has|have|had|to|will|would|could|may|might|set to|expected to|than|nearly|almost|over|a|the)\s+$", re.I)
_BARE_OK_AFTER = re.compile(r"^(?:\s*$|\s*[.,;:!]|\s+(?:in|since|during|over|from|compared|between|the|last|this|on|after|year|within|to)\b)", re.I)
_QUALIFIER = {"more than": "more_than", "well over": "more_than", "over": "more_than", "just over": "more_than",
              "almost": "nearly", "nearly": "nearly", "close to": "nearly", "just under": "nearly",
              "at least": "at_least", "about": "about", "around": "about", "roughly": "about"}


def extract_multipliers(ctx: SentenceFacts) -> Iterator[Draft]:
    """"doubled", "more than doubled", "trebled", "halved" claims of one sentence."""
    text, s = ctx.sentence.text, ctx.sentence.start
    for m in _multiplier_regex().finditer(text):
        word = m.group("w").lower()
        if word in ("double", "triple", "treble", "quadruple", "doubles") and not m.group("q"):
            if not (_BARE_OK_BEFORE.search(text[:m.start("w")]) or _BARE_OK_AFTER.match(text[m.end():])):
                continue
        if word in ("double", "triple", "treble") and re.match(r"\s*(?:-|murder|decker|glazing|figures|digit)", text[m.end():], re.I):
            continue
        qualifier = _QUALIFIER.get((m.group("q") or "").lower(), "exact")
        regions, sentence_regions = _regions_for(ctx, s + m.start("w"))
        yield Draft(
            kind="multiplier", value=float(lexicon()["multipliers"][word]), qualifier=qualifier,
            start=s + m.start(), end=s + m.end(), text=m.group(0), sentence=ctx.sentence, index=ctx.index,
            clause=_clause_abs(ctx, s + m.start("w")), regions=regions, sentence_regions=sentence_regions,
            time=time_for(ctx, s + m.start("w")), word=m.group(0), direction="decrease" if word.startswith("halv") else "increase",
        )


def extract_sentence(ctx: SentenceFacts) -> list[Draft]:
    """Every draft fact of one sentence, in text order."""
    drafts = [*extract_counts(ctx), *extract_percentages(ctx), *extract_multipliers(ctx)]
    return sorted(drafts, key=lambda d: d.start)
