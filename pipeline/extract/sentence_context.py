"""What the sentence extractors share: the sentence's context and the draft facts.

:class:`SentenceFacts` is one sentence with its parse, numbers, places and periods;
:class:`Draft` a fact as far as its sentence alone can fix it. The helpers here find,
for an offset in the sentence, its clause, the period and the places that govern it,
its comparison base and what a figure there counts; :mod:`pipeline.extract.facts`
(counts) and :mod:`pipeline.extract.ratios` (percentages and multipliers) use them.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Optional

from spacy.tokens import Doc

from pipeline.extract.channels import channels_named, measure_of_channels
from pipeline.extract.measures import (
    USE,
    cue_patterns,
    cue_positions,
    lexicon,
    nearest_cue,
    unit_from_tags,
    unit_from_words,
    used_measure,
    word_regex,
)
from pipeline.extract.number_patterns import NumberMention
from pipeline.extract.place_lists import places_before
from pipeline.extract.place_remainders import remainder_of_list
from pipeline.extract.place_roles import unrecorded_place
from pipeline.extract.regions import rules
from pipeline.extract.segments import Sentence, clause_of
from pipeline.wordlists import alternation


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
    header: list[Any] = field(default_factory=list)  # time mentions of the line a list sits under
    header_text: Optional[str] = None  # that line, when this sentence is an item of its list
    header_regions: list[str] = field(default_factory=list)  # the places that line names
    previous_regions: list[str] = field(default_factory=list)  # places of the nearest sentence before that names any
    previous_time: Any = None  # the last time mention of the nearest sentence before that has one


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
    comparison: bool = False  # the earlier figure of a comparison ("up from 2,015 in 2021")
    inherit: Optional[str] = None  # "row": a table row under a header; "previous": "the figure was N"; "measure": only what it counts ("This compares to 173 people ...")
    unit_word: Optional[str] = None  # the noun as written ("callers"), before mapping to a unit
    header_text: Optional[str] = None  # the line this list item sits under ("The key figures for the region:")
    listed: Optional[str] = None  # a part listed after its total: "including" (some of it) or "and" (one of all)
    previous_regions: list[str] = field(default_factory=list)  # see SentenceFacts
    previous_time: Any = None


# --- context helpers -------------------------------------------------------

def clause_span(ctx: SentenceFacts, offset: int) -> tuple[int, int]:
    a, b = clause_of(ctx.clauses, offset - ctx.sentence.start)
    return ctx.sentence.start + a, ctx.sentence.start + b


def next_figure(ctx: SentenceFacts, offset: int, *, counts: bool = False) -> Optional[NumberMention]:
    """The first of the sentence's numbers that starts at or after the article offset ``offset`` (``counts``: the
    first that is no percentage), or ``None``.

    Found by bisection on the numbers' starts (kept on the context), not by reading every number: a rule that asks
    this for each number of a sentence of n figures read n * n of them."""
    numbers, starts = _by_start(ctx)
    for n in range(bisect_left(starts, offset), len(numbers)):
        if not (counts and numbers[n].percent):
            return numbers[n]
    return None


def _by_start(ctx: SentenceFacts) -> tuple[list[NumberMention], list[int]]:
    """The sentence's numbers in order of their starts (``find_numbers`` gives them so) and those starts."""
    kept = ctx.__dict__.get("_by_start")
    if kept is None or kept[0] is not ctx.numbers or len(kept[1]) != len(ctx.numbers):
        ordered = sorted(ctx.numbers, key=lambda n: n.start)
        kept = ctx.__dict__["_by_start"] = (ctx.numbers, ordered, [n.start for n in ordered])
    return kept[1], kept[2]


def regions_between(ctx: SentenceFacts, span: tuple[int, int]) -> list[str]:
    names = [r.name for r in ctx.regions if span[0] <= r.start and r.end <= span[1]]
    return list(dict.fromkeys(names))


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


def time_for(ctx: SentenceFacts, offset: int, *, sentence_wide: bool = True) -> Any:
    """The period mention that governs a fact at ``offset``.

    The fact's own clause first; a clause opening with "when" belongs to the
    period just before it ("in 2018, when 596 people made contact"); then,
    when ``sentence_wide``, the whole sentence.
    """
    clause = clause_span(ctx, offset)
    s = ctx.sentence.start
    own = periods_in(ctx, clause, "time")
    found = nearest_mention(own, offset, s, ctx.sentence.text) if own else None
    if found is not None:
        return found
    opened = _opened_by(ctx, offset)
    if opened is not None:
        return opened
    if sentence_wide:
        return nearest_mention(periods_in(ctx, (s, ctx.sentence.end), "time"), offset, s, ctx.sentence.text)
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


#: A number owned by the period just before it: "the previous year's 653", "2018's 1,020".
POSSESSIVE = re.compile(r"['\u2019]s\s*$")


def possessed_by(ctx: SentenceFacts, offset: int) -> Any:
    """The period mention that owns the number at ``offset`` ("the previous year's 653"), if any."""
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


def regions_for(ctx: SentenceFacts, offset: int) -> tuple[list[str], list[str]]:
    """The places of the fact at ``offset``: the one named right after its number ("2,270 from South
    Yorkshire"), else its clause's (less those named right after other numbers), else its sentence's.

    A place named as included in the one before it ("Cornwall, including the Isles of Scilly") is
    part of that place's figure, not a place of its own.
    """
    included = included_places(ctx)
    sentence = [r for r in regions_between(ctx, (ctx.sentence.start, ctx.sentence.end)) if r not in included]
    if unrecorded_place(ctx.sentence.text, offset - ctx.sentence.start):
        return [], sentence  # "378 calls where no area was recorded"
    owned = owned_places(ctx)
    if offset in owned:
        return [owned[offset]], sentence
    own = [r for r in regions_between(ctx, clause_span(ctx, offset)) if r not in included]
    free = [r for r in own if r not in owned.values()]
    if owned and not free and remainder_of_list(ctx.sentence.text, offset - ctx.sentence.start):
        return [], sentence  # "1,120 from Glasgow, 864 from Edinburgh, with the remaining 1,025 ...": none of theirs
    own = free or own
    if national_figure(ctx, offset):  # "Of the 80,000 calls answered nationally, 1,800 came from Bristol": 80,000
        # is no town's; a country the sentence names is its scope ("Nationally, ... someone in Australia")
        nations = {r.name for r in ctx.regions if r.kind in _NATIONS}
        return [r for r in sentence if r in nations], sentence
    return (own or sentence), sentence


#: The kinds of place a national figure may be of: a country the sentence names (not a nation of the UK, which
#: is as often another figure's: "Across the country, 40,000 called, while in Wales the figure was 2,100").
_NATIONS = ("country",)

#: Where a figure's part of its sentence ends: a comma and a space (not the comma of "1,800").
_PART_END = re.compile(r",\s")


def national_figure(ctx: SentenceFacts, offset: int) -> bool:
    """Whether the figure at ``offset`` is said to be national ("nationally", "across the country":
    ``national_scope`` of ``data/regions_rules.json``) in its part of the sentence (between commas),
    while no place is named there: the sentence's places are of its other figures."""
    s, text = ctx.sentence.start, ctx.sentence.text
    at = offset - s
    starts = [m.end() for m in _PART_END.finditer(text, 0, at)]
    end = _PART_END.search(text, at)
    lo, hi = (starts[-1] if starts else 0), (end.start() if end else len(text))
    if len(starts) == 1 and not _national_words().search(text, lo, hi):
        lo = 0  # an opening phrase says it: "Across the country, 40,000 people called"
    if not _national_words().search(text, lo, hi):
        return False
    return not any(lo <= r.start - s and r.end - s <= hi for r in ctx.regions)


@lru_cache(maxsize=1)
def _national_words() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(rules()['national_scope'], loose_spaces=True)})\b", re.IGNORECASE)


#: Between a place and one it includes: "Cornwall, including the Isles of Scilly", "Devon (including Torbay)".
_INCLUDED = re.compile(r"\s{0,3}[,(]?\s{0,3}(?:and\s{1,3})?(?:including|includes|which includes|with)\s{1,3}(?:the\s{1,3})?")


def included_places(ctx: SentenceFacts) -> set[str]:
    """The places named as included in the place right before them."""
    text, s = ctx.sentence.text, ctx.sentence.start
    out = set()
    for before, after in zip(ctx.regions, ctx.regions[1:]):
        if before.name != after.name and before.end <= after.start \
                and _INCLUDED.fullmatch(text, before.end - s, after.start - s):
            out.add(after.name)
    return out


#: Between a number and the place it belongs to: "2,270 from South Yorkshire", "130 people in Bradford"; never
#: across "and" or "or", which open the next item ("from Chelmsford 180 and from Basildon 150").
_OWN_PLACE = re.compile(r"(?:\s+(?!and\b|or\b)[a-z]+)?\s+(?:from|in)\s+(?:the\s+)?")


def owned_places(ctx: SentenceFacts) -> dict[int, str]:
    """Number start -> the place named right after it ("2,270 from South Yorkshire"), or right before it with
    "for" or "with" ("Edinburgh for 510": :mod:`pipeline.extract.place_lists`), for sentences that give two or
    more numbers a place each.  Worked out once per sentence (kept on it)."""
    kept = ctx.__dict__.get("_owned_places")
    if kept is not None:
        return kept
    s, text = ctx.sentence.start, ctx.sentence.text
    owned = {}
    for number in ctx.numbers:
        for region in ctx.regions:
            if region.start >= number.end and _OWN_PLACE.fullmatch(text, number.end - s, region.start - s):
                owned[number.num_start] = region.name
                break
    for at, (name, _) in places_before(ctx).items():
        owned.setdefault(at, name)
    ctx.__dict__["_owned_places"] = owned = owned if len(owned) >= 2 else {}
    return owned


def cue_measure(ctx: SentenceFacts, offset: int, *, children: bool = False, own_noun: bool = False) -> str:
    """The measure the words nearest an article offset name, in its clause, then its sentence.

    ``children_safeguarded`` is a candidate only for counts of children. A count with a noun
    of its own (``own_noun``: "121 searches") takes no cue that is another figure's noun
    ("... and 79 arrests").
    """
    patterns = dict(cue_patterns())
    if not children:
        patterns.pop("children_safeguarded")
    s = ctx.sentence.start
    clause = clause_span(ctx, offset)
    clause_text = ctx.sentence.text[clause[0] - s:clause[1] - s]
    others = not own_noun
    found = nearest_cue(clause_text, offset - clause[0], patterns, others_nouns=others)
    read = clause_text
    if found is None or (found == USE and not _names_a_service(clause_text)):
        # "Website use has grown since 2021, when 40,300 people visited": what its sentence names
        found = found or nearest_cue(ctx.sentence.text, offset - s, patterns, others_nouns=others)
        read = ctx.sentence.text
    found = used_measure(read) if found == USE else (found or "other")
    if found in _CHANNELS and _CHANNELS <= {measure for _, _, measure in cue_positions(clause_text)}:
        return "helpline_contacts"  # "visited the website or called the helpline": both channels together
    if found in _CHANNELS and read is not clause_text and measure_of_channels(channels_named(read)) == "helpline_contacts":
        return "helpline_contacts"  # "contacts to its helpline and online self-help programme ..., when 3,652 were
        # recorded": a clause of no cue of its own counts what its sentence names, both channels together
    return found


def _names_a_service(text: str) -> bool:
    """Whether words name a helpline or a website (``helpline_words``, ``website_words``): what a verb of use used."""
    return bool(word_regex("helpline_words").search(text) or word_regex("website_words").search(text))


#: The measures of one channel each; a clause that names both counts contacts.
_CHANNELS = {"website_users", "helpline_calls"}


def measure_of(ctx: SentenceFacts, number: NumberMention, unit: Optional[str]) -> str:
    """The RECORDS.md measure of a count, from its unit and the words near it."""
    lex = lexicon()
    category = lex["units"].get(unit or "", None)
    s = ctx.sentence.start
    if (category == "calls" or unit == "callers") and re.match(
            r"\s*(?:and|or|,)\s+(?:[A-Za-z][\w-]*\s+)?(?:chats?|webchats?|emails|messages|texts|contacts|users|visitors)\b",
            ctx.sentence.text[number.end - s:].split(unit or "calls", 1)[-1]):
        return "helpline_contacts"  # "15,400 calls and chats", "2,804 callers and web users": more than one channel
        # (not "1,024 calls, 310 texts and 95 chats": a figure of its own for each channel)
    if category in lex["unit_measures"]:
        return lex["unit_measures"][category]
    if unit in lex["unit_word_measures"]:
        return lex["unit_word_measures"][unit]
    found = cue_measure(ctx, number.num_start, children=category == "children",
                        own_noun=unit is not None and category is None)
    if category == "images" and found != "children_safeguarded":
        return "other"
    return found


# --- units -----------------------------------------------------------------

def unit_of(ctx: SentenceFacts, number: NumberMention) -> tuple[Optional[str], Optional[int]]:
    """The noun a number counts ("people", "police forces") and where it ends (article offset).

    The plain-text rules first; the part-of-speech tags when the sentence was tagged.
    """
    s = ctx.sentence.start
    unit, end = unit_from_words(ctx.sentence.text, number.end - s)
    if unit is None and ctx.doc is not None:
        unit, end = unit_from_tags(ctx.doc, number.num_start - s, number.end - s)
    return unit, (s + end if end is not None else None)


def ends_with(before: str, key: str) -> bool:
    """Whether ``before`` ends, trailing whitespace aside, with a phrase of the word list ``key``.

    Only the tail that can hold a phrase is searched: the phrases are literal, so a match is no longer than the
    longest of them, and one character more gives the boundary before it. Searching the whole text before every
    number read a sentence of n figures n times."""
    tail = before.rstrip()
    if not tail:
        return False
    return bool(_ends_with_regex(key).search(tail[-(_longest_phrase(key) + 1):]))


def ends_with_word(text: str, word: str) -> bool:
    """Whether ``text`` ends, trailing whitespace aside, with ``word`` as a whole word: ``re.search(rf"\\b{word}\\s*$",
    text)``, searched only where the word can start (the boundary before it is read from the character before)."""
    return _word_at_end(word).search(text, max(0, len(text.rstrip()) - len(word))) is not None


@lru_cache(maxsize=None)
def _word_at_end(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}\s*$")


@lru_cache(maxsize=None)
def _ends_with_regex(key: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{word_regex(key).pattern})$", re.I)


@lru_cache(maxsize=None)
def _longest_phrase(key: str) -> int:
    return max(map(len, lexicon()[key]))


#: A list item: a bullet, a dash or a number at the start of a line.
LIST_ITEM = re.compile(r"^\s*(?:[\u2022\u00b7\u25aa\u25cf*\u2013-]|\d{1,2}[.)])\s+")


def with_sentence_context(ctx: SentenceFacts, draft: "Draft") -> "Draft":
    """A fact of a list item takes the period and places of the line the list sits under.

    Every draft also carries the places and period of the sentences before it, for
    the article-level pass to fall back on.
    """
    draft.previous_regions, draft.previous_time = ctx.previous_regions, ctx.previous_time
    if ctx.header_text is None:
        return draft
    draft.header_text = ctx.header_text
    if draft.time is None and ctx.header:
        draft.time = ctx.header[0]
    if not draft.regions:
        draft.regions = list(ctx.header_regions or ctx.previous_regions)
    return draft
