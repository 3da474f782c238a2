"""Counts, percentages and multipliers of one sentence.

Each extractor is a plain function over a :class:`SentenceFacts` context (the
sentence, its spaCy parse, and the numbers, regions and periods found in it)
that yields *drafts*: the fact as far as the sentence alone can fix it.  The
article-level pass (``pipeline.assemble``) then fills what needs other sentences:
inherited periods, links between percentages and counts, and repeated claims.
What a count counts (noun, measure, rate) is decided in ``pipeline.measures``.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterator, Optional

from spacy.tokens import Doc

from pipeline.extract.measures import (
    USE,
    cue_patterns,
    cue_positions,
    lexicon,
    nearest_cue,
    rate_after,
    rate_before,
    unit_category,
    unit_from_tags,
    unit_from_words,
    used_measure,
    word_regex,
)
from pipeline.extract.numbers import NumberMention
from pipeline.extract.numbers import words as number_words
from pipeline.extract.periods import year_period
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
    inherit: Optional[str] = None  # "row": a table row under a header; "previous": "the figure was N"
    unit_word: Optional[str] = None  # the noun as written ("callers"), before mapping to a unit
    header_text: Optional[str] = None  # the line this list item sits under ("The key figures for the region:")
    listed: Optional[str] = None  # a part listed after its total: "including" (some of it) or "and" (one of all)
    previous_regions: list[str] = field(default_factory=list)  # see SentenceFacts
    previous_time: Any = None


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


def _nearest(mentions: list[Any], offset: int, base: int, text: str = "") -> Any:
    """The mention right after ``offset`` ("291 in 2021"), else the nearest before it, else the first."""
    after = [m for m in mentions if base + m.start >= offset]
    gap = re.sub(r"^[\d,.]+%?", "", text[offset - base:after[0].start]) if after and text else None
    if gap is not None and re.fullmatch(r"[^\d]{0,30}", gap) and len(gap.split()) <= 4:
        return after[0]
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
        return _nearest(own, offset, s, ctx.sentence.text)
    opened = _opened_by(ctx, offset)
    if opened is not None:
        return opened
    if sentence_wide:
        return _nearest(_periods(ctx, (s, ctx.sentence.end), "time"), offset, s, ctx.sentence.text)
    return None


def _opened_by(ctx: SentenceFacts, offset: int) -> Any:
    """The period mention a clause opening with "when"/"which saw" belongs to: the last one before the clause.

    "from 2018, which saw 1,089 make contact"; "in 2018, when 596 people made contact".
    """
    clause = _clause_abs(ctx, offset)
    s = ctx.sentence.start
    if not re.match(rf"\s*(?:{word_regex('base_clause_openers').pattern})", ctx.sentence.text[clause[0] - s:], re.I):
        return None
    earlier = [p for p in ctx.periods if (p.period is not None or p.relative) and s + p.end <= clause[0]]
    return earlier[-1] if earlier else None


#: A number owned by the period just before it: "the previous year's 653", "2018's 1,020".
POSSESSIVE = re.compile(r"['\u2019]s\s*$")


def _possessed_by(ctx: SentenceFacts, offset: int) -> Any:
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


def _clause_owner(ctx: SentenceFacts, offset: int) -> Any:
    """The period mention right before "in which"/"during which" that owns the number at ``offset``."""
    s = ctx.sentence.start
    before = ctx.sentence.text[:offset - s]
    match = IN_WHICH.search(before)
    if not match:
        return None
    end = match.start()
    owners = [p for p in ctx.periods if before[p.end:end].strip(" ,") == "" and p.end <= end]
    return owners[-1] if owners else None


def _base_mention(ctx: SentenceFacts, offset: int) -> Any:
    """The comparison period a count itself belongs to: "from the previous year's 653", "from 2018, which saw 1,089"."""
    mention = _possessed_by(ctx, offset) or _opened_by(ctx, offset) or _clause_owner(ctx, offset)
    return mention if mention is not None and mention.role in ("base", "previous") else None


def base_for(ctx: SentenceFacts, offset: int, *, clause_only: bool = False) -> Any:
    """The comparison-period mention ("from 2018", "on the previous year") of a change."""
    clause = _clause_abs(ctx, offset)
    own = _periods(ctx, clause, "base") + _periods(ctx, clause, "previous")
    if not own and not clause_only:
        whole = (ctx.sentence.start, ctx.sentence.end)
        own = _periods(ctx, whole, "base") + _periods(ctx, whole, "previous")
    own.sort(key=lambda p: p.start)
    return _nearest(own, offset, ctx.sentence.start, ctx.sentence.text) if own else None


def _regions_for(ctx: SentenceFacts, offset: int) -> tuple[list[str], list[str]]:
    """The places of the fact at ``offset``: the one named right after its number ("2,270 from South
    Yorkshire"), else its clause's (less those named right after other numbers), else its sentence's."""
    sentence = _regions_between(ctx, (ctx.sentence.start, ctx.sentence.end))
    owned = _owned_places(ctx)
    if offset in owned:
        return [owned[offset]], sentence
    own = _regions_between(ctx, _clause_abs(ctx, offset))
    own = [r for r in own if r not in owned.values()] or own
    return (own or sentence), sentence


#: Between a number and the place it belongs to: "2,270 from South Yorkshire", "130 people in Bradford".
_OWN_PLACE = re.compile(r"(?:\s+[a-z]+)?\s+(?:from|in)\s+(?:the\s+)?")


def _owned_places(ctx: SentenceFacts) -> dict[int, str]:
    """Number start -> the place named right after it, for sentences that give two or more numbers a place each."""
    s, text = ctx.sentence.start, ctx.sentence.text
    owned = {}
    for number in ctx.numbers:
        for region in ctx.regions:
            if region.start >= number.end and _OWN_PLACE.fullmatch(text, number.end - s, region.start - s):
                owned[number.num_start] = region.name
                break
    return owned if len(owned) >= 2 else {}


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
    clause = _clause_abs(ctx, offset)
    clause_text = ctx.sentence.text[clause[0] - s:clause[1] - s]
    others = not own_noun
    found = (nearest_cue(clause_text, offset - clause[0], patterns, others_nouns=others)
             or nearest_cue(ctx.sentence.text, offset - s, patterns, others_nouns=others))
    found = used_measure(clause_text) if found == USE else (found or "other")
    if found in _CHANNELS and _CHANNELS <= {measure for _, _, measure in cue_positions(clause_text)}:
        return "helpline_contacts"  # "visited the website or called the helpline": both channels together
    return found


#: The measures of one channel each; a clause that names both counts contacts.
_CHANNELS = {"website_users", "helpline_calls"}


def measure_of(ctx: SentenceFacts, number: NumberMention, unit: Optional[str]) -> str:
    """The RECORDS.md measure of a count, from its unit and the words near it."""
    lex = lexicon()
    category = lex["units"].get(unit or "", None)
    s = ctx.sentence.start
    if (category == "calls" or unit == "callers") and re.match(
            r"\s*(?:and|or|,)\s+(?:\w+\s+)?(?:chats|webchats|emails|messages|texts|contacts|users|visitors)\b",
            ctx.sentence.text[number.end - s:].split(unit or "calls", 1)[-1]):
        return "helpline_contacts"  # "15,400 calls and chats", "2,804 callers and web users": more than one channel
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


# --- extractors ------------------------------------------------------------

#: A table row: a label (a place), a colon or dash, then the figure ("Kent: 1,204", "Essex - 2,140 people").
ROW = re.compile(r"^[\W_]*(?P<label>[A-Z][^:\d\n]{1,40}?)\s*(?::|\s[-\u2013\u2014]|\u2013|\u2014)\s*")
#: A count noun among a sentence's first words: "Calls from Merthyr Tydfil quadrupled ... from 160 to 655",
#: "However, contacts about under 18s almost doubled, from 61 ... to 118".
_OPENING_NOUN = re.compile(r"^\W*(?:[A-Za-z]+,?\s+){0,3}?(?P<unit>[A-Za-z]+)\b(?=\s+[a-z])")
_SUBJECT = re.compile(r"\b(?:number|total|count) of (?:the )?(?:\w+ ){0,2}?(?P<unit>[a-z]+)\b", re.I)


def _ends_with(before: str, key: str) -> bool:
    return bool(re.search(rf"\b(?:{word_regex(key).pattern})\s*$", before, re.I)) if before.strip() else False


def _is_row(ctx: SentenceFacts, number: NumberMention) -> bool:
    match = ROW.match(ctx.sentence.text)
    if not match or ctx.sentence.start + match.end() != number.start:
        return False
    label = (ctx.sentence.start, ctx.sentence.start + match.end("label"))
    return bool(_regions_between(ctx, label))


#: A list item: a bullet, a dash or a number at the start of a line.
LIST_ITEM = re.compile(r"^\s*(?:[\u2022\u00b7\u25aa\u25cf*\u2013-]|\d{1,2}[.)])\s+")


def _listed(ctx: SentenceFacts, draft: "Draft") -> "Draft":
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


#: What a sentence's figures count when it says so before them: "volunteer numbers dropped from 961 to 930".
_NUMBERS_OF = re.compile(r"\b(?P<unit>[A-Za-z]+) (?:numbers|figures)\b(?! (?:show|showed|suggest|released|published))")


def _opening_unit(text: str) -> Optional[re.Match[str]]:
    """The count noun a sentence opens with ("Calls from ..."), when its first words hold one."""
    match = _OPENING_NOUN.match(text)
    return match if match and match.group("unit").lower() in lexicon()["units"] else None


def _from_to_ends(ctx: SentenceFacts, found: list[Draft]) -> None:
    """"between 2019 and 2020, from 160 to 655": the first figure of a from-to pair is of the range's
    first year, the second of its last (when neither has a period of its own)."""
    ranges = [p for p in ctx.periods if p.role == "time" and p.period and p.period.start and p.period.end
              and p.period.end.year > p.period.start.year]
    if len(ranges) != 1:
        return
    s, text = ctx.sentence.start, ctx.sentence.text
    for a, b in zip(found, found[1:]):
        if a.time is None and b.time is None and re.search(r"\bfrom\s*$", text[:a.start - s]) \
                and re.search(r"\bto\s*$", text[:b.start - s]):
            first, last = ranges[0].period.start.year, ranges[0].period.end.year
            a.time = dataclasses.replace(ranges[0], period=year_period(first), relative=None)
            b.time = dataclasses.replace(ranges[0], period=year_period(last), relative=None)


#: The words that list a part after its total; "including" and its kin make the list partial.
_SOME = re.compile(r"\b(?:including|among them|of which|of whom)$")
_AND = re.compile(r"(?:,|\band|\bwith)$")


def _times_of(unit: Optional[str], before: str) -> Optional[str]:
    """The measure of "was contacted 161,170 times", "was accessed 1,500 times": a verb of use before "N times"."""
    if unit != "times":
        return None
    match = re.search(r"\b([a-z]+)\s*$", before)
    return lexicon()["times_verbs"].get(match.group(1).lower()) if match else None


def _part(ctx: SentenceFacts, number: NumberMention, before: str) -> Optional[str]:
    """How a figure with its own place is listed after a count: "including" ("..., including 2,270
    from South Yorkshire"), "and" (", 1,950 from West Yorkshire"), else ``None``."""
    if number.num_start not in _owned_places(ctx):
        return None
    tail = before[-40:].rstrip()
    return "including" if _SOME.search(tail) else "and" if _AND.search(tail) else None


def _continues(before: str, own_time: Any) -> bool:
    """Whether a bare figure continues a list of counts: it follows ", " or " and " and has its own period."""
    return own_time is not None and bool(re.search(r"(?:,|\band)\s*$", before))


#: "calls from 1,624 people": where contacts came from, not the earlier figure of a comparison.
_SOURCE_FROM = re.compile(r"\b(?:calls|contacts|messages|emails|texts|chats|enquiries|referrals|help)\s+from\s*$", re.I)

#: The size of a change told after the figure: "100 more than the same period", "2,000 fewer calls than".
_DIFFERENCE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:more|fewer|less)\s+(?:[a-z]+\s+)?than\b", re.I)

#: A part of the count before it in the sentence: "13,296 of these", "400 of them".
_PART_OF = re.compile(r"\s+of (?:these|those|them|whom)\b", re.I)
#: The first figure of a range ("between 550,000 and 850,000 people"): "between" before it, "and" after.
_RANGE_BEFORE = re.compile(r"\bbetween\s{1,3}$", re.I)
_RANGE_AND = re.compile(r"\s{1,3}and\s{1,3}")


def range_partner(ctx: SentenceFacts, number: NumberMention) -> Optional[NumberMention]:
    """The second figure of the range ``number`` opens, whose noun both count: "between 600 and 800 people"."""
    s = ctx.sentence.start
    if not _RANGE_BEFORE.search(ctx.sentence.text, 0, number.start - s):
        return None
    later = [n for n in ctx.numbers if n.start >= number.end and not n.percent]
    if later and _RANGE_AND.fullmatch(ctx.sentence.text, number.end - s, later[0].start - s):
        return later[0]
    return None


def _is_age(before: str, after: str) -> bool:
    """"under 25", "aged 45", "45-year-old", "Mark, 38, from Sunderland": ages are not counts."""
    return (_ends_with(before, "age_words") or bool(re.match(r"\s*(?:-?years?\b|s\b)", after))
            or bool(re.search(r"\b[A-Z][a-z]+['\u2019\"\u201d]?,\s*$", before) and re.match(r"\s*,", after)))


def extract_counts(ctx: SentenceFacts) -> Iterator[Draft]:
    """Numbers that count people, contacts, arrests... in one sentence.

    A number with no noun of its own still counts when it is the earlier figure
    of a comparison ("up from 2,015 in 2021", "from 96 ... to 291"): it takes the
    noun of the count it is compared with, or of "the number of callers"; when
    it restates an earlier count ("the figure was 1,210"); or when it is a row
    of a table under a header line ("Kent: 1,204").  Ages ("under 25") never count.
    """
    lex = lexicon()
    not_units = set(lex["not_units"])
    s = ctx.sentence.start
    found: list[Draft] = []
    for number in ctx.numbers:
        if number.percent:
            continue
        unit, unit_end = unit_of(ctx, number)
        partner = range_partner(ctx, number) if unit is None else None
        if partner is not None:
            unit = unit_of(ctx, partner)[0]  # "between 550,000 and 850,000 people": both figures count people
        times_measure = _times_of(unit, ctx.sentence.text[:number.start - s])
        if unit and (unit in not_units or unit.split()[-1] in not_units) and not times_measure:
            continue
        unit = unit.split()[-1] if unit and unit.split()[-1] in lex["units"] else unit
        before = ctx.sentence.text[:number.start - s]
        after = ctx.sentence.text[number.end - s:]
        comparison = (_ends_with(before, "comparison") and not _SOURCE_FROM.search(before)) or bool(
            found and re.search(r"\bto\s*$", before) and re.search(r"\bfrom\s*$", ctx.sentence.text[:found[-1].start - s]))
        own_base = _base_mention(ctx, number.num_start)
        listed = _part(ctx, number, before) if found else None
        inherit, measure = None, None
        if unit is None:
            if _is_age(ctx.sentence.text[:number.num_start - s], after):
                continue
            subject = _SUBJECT.search(ctx.sentence.text) or _opening_unit(ctx.sentence.text)
            own_time = time_for(ctx, number.num_start, sentence_wide=False)
            if (comparison or rate_after(after) or _continues(before, own_time) or listed) and found:
                # "... 94,200 offences, about 1,800 a week"; "5,000 calls in 2020, 7,500 in 2021 and 10,000 in 2022"
                unit, measure = found[-1].unit_word, found[-1].measure
                inherit = found[-1].inherit  # "the figure leapt from 1,747 to 3,549": both ends go back
            elif subject and subject.group("unit").lower() in lex["units"]:
                unit = subject.group("unit").lower()
            elif _NUMBERS_OF.search(ctx.sentence.text):
                unit = _NUMBERS_OF.search(ctx.sentence.text).group("unit").lower()  # "volunteer numbers fell from 961"
            elif comparison or _ends_with(before, "change_to") \
                    or re.search(rf"\b(?:{word_regex('anaphora').pattern})\b", ctx.sentence.text, re.I):
                inherit = "previous"  # "That is down 12.5 per cent on 2022, when 1,982 did."
        comparison = comparison or own_base is not None  # its place is its own sentence's, not the last count's
        if _ends_with(before, "difference_before") or _DIFFERENCE_AFTER.match(after):
            measure = "other"  # the size of a change, not a count of its own: "rose by 2,000", "up 300"
        measure = measure or times_measure or measure_of(ctx, number, unit)
        if found and _PART_OF.match(after):
            measure = found[-1].measure  # "217,889 people ..., with 13,296 of these people from Devon"
        if measure == "other" and _is_row(ctx, number):
            inherit = "row"
        if unit is None and inherit is None and not comparison and (measure == "other" or number.spelled):
            continue
        end = unit_end or number.end
        clause_start = _clause_abs(ctx, number.num_start)[0]
        regions, sentence_regions = _regions_for(ctx, number.num_start)
        time = _possessed_by(ctx, number.num_start) or _clause_owner(ctx, number.num_start) \
            or time_for(ctx, number.num_start, sentence_wide=False)
        draft = Draft(
            kind="count", value=number.value, qualifier=number.qualifier, start=number.start, end=end,
            text=ctx.sentence.text[number.start - s:end - s], sentence=ctx.sentence, index=ctx.index,
            clause=_clause_abs(ctx, number.num_start), regions=regions, sentence_regions=sentence_regions,
            time=time, sentence_time=None if comparison else time_for(ctx, number.num_start), measure=measure,
            unit=unit_category(unit),
            rate=rate_after(ctx.sentence.text[end - s:]) or rate_before(ctx.sentence.text[clause_start - s:number.start - s])
            or rate_before(ctx.sentence.text[end - s:_clause_abs(ctx, number.num_start)[1] - s]),
            base=(own_base or base_for(ctx, number.num_start, clause_only=True)) if comparison else None,
            comparison=comparison, inherit=inherit,
        )
        draft.unit_word = unit
        draft.listed = listed
        found.append(_listed(ctx, draft))
        yield draft
    _from_to_ends(ctx, found)


def _direction(words: str) -> Optional[str]:
    for direction in ("increase", "decrease"):
        if word_regex("change_words", direction).search(words):
            return direction
    return None


#: A hedge between a change word and the level it reached: "fell to just 15%", "rose to only 9%".
_LEVEL_HEDGE = re.compile(r"\s(?:just|only|a mere)\s*$", re.I)


def percentage_kind(ctx: SentenceFacts, number: NumberMention) -> tuple[str, Optional[str], int]:
    """Change or share, the direction, and where the fact's text ends (article offset).

    A change word right after the figure ("99 per cent increase", "35% more")
    or right before it ("up 40%", "rose by 12%", "increases of more than 150%")
    makes a change; "X% of" a share; otherwise any change word in the clause.
    """
    s = ctx.sentence.start
    clause = _clause_abs(ctx, number.num_start)
    after = ctx.sentence.text[number.end - s:clause[1] - s]
    before = ctx.sentence.text[clause[0] - s:number.start - s]
    right = re.match(r"\s*([a-z-]+)\b(?:\s+([a-z]+)\b)?", after)
    if right:
        for n in (1, 2):
            direction = _direction(right.group(n) or "")
            if direction and (n == 1 or right.group(1) not in ("of", "to", "in")):
                return "change", direction, number.end + right.end(n)
    if _ends_with(before, "share_before") or _ends_with(_LEVEL_HEDGE.sub("", before), "change_to"):
        # "they now make up 13.2 per cent of callers"; "by the end this fell to 15%": the level reached
        return "share", None, number.end
    if re.search(r"\b(?:up|down)\s*(?:by\s*)?$", before):
        return "change", "increase" if re.search(r"\bup\s*(?:by\s*)?$", before) else "decrease", number.end
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
        regions, sentence_regions = _regions_for(ctx, number.num_start)
        clause = _clause_abs(ctx, number.num_start)
        yield _listed(ctx, Draft(
            kind="percentage", value=float(number.value), qualifier=number.qualifier, start=number.start,
            end=end, text=ctx.sentence.text[number.start - s:end - s], sentence=ctx.sentence, index=ctx.index,
            clause=_clause_abs(ctx, number.num_start), regions=regions, sentence_regions=sentence_regions,
            time=(_latest(ctx, clause) if kind == "change" else None) or time_for(ctx, number.num_start, sentence_wide=False),
            sentence_time=time_for(ctx, number.num_start),
            base=(base_for(ctx, number.num_start) or _earliest(ctx, clause)) if kind == "change" else None,
            pct_kind=kind, direction=direction, decimals=number.decimals, measure=cue_measure(ctx, number.num_start),
            anaphoric=bool(re.match(r"(?:this|that|it|which|the (?:figure|rise|increase|number))\b", ctx.sentence.text, re.I)),
        ))


@lru_cache(maxsize=1)
def multiplier_regex() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(lexicon()["multipliers"], key=len, reverse=True))
    quals = r"more than|well over|over|almost|nearly|at least|about|around|roughly|close to|just under|just over"
    times = rf"(?P<n>{alternation(number_words()['units'])}|\d{{1,2}})\s+times(?=\s+(?:{alternation(lexicon()['times_comparatives'])})\b)"
    return re.compile(rf"(?:\b(?P<q>{quals})\s+)?(?<![\w-])(?:(?P<w>{words})|{times})(?![\w-])", re.I)


def _with_comparative(m: re.Match[str], text: str) -> str:
    """The multiplier's words, with the comparative of "N times" ("nine times more likely"): a
    comparison of two groups, which the checks tell from a change over time by it."""
    if m.group("w"):
        return m.group(0)
    comparative = re.match(rf"\s+({alternation(lexicon()['times_comparatives'])})\b", text[m.end():], re.I)
    return f"{m.group(0)} {comparative.group(1)}" if comparative else m.group(0)


def _factor(m: re.Match[str]) -> Optional[float]:
    """The factor of a multiplier match: its word's ("trebled" 3), or N of "N times more likely"."""
    if m.group("w"):
        return float(lexicon()["multipliers"][m.group("w").lower()])
    n = m.group("n").lower()
    value = int(n) if n.isdigit() else number_words()["units"].get(n)
    return float(value) if value and value > 1 else None


_BARE_OK_BEFORE = re.compile(r"(?:has|have|had|to|will|would|could|may|might|set to|expected to|than|nearly|almost|over|a|the)\s+$", re.I)
_BARE_OK_AFTER = re.compile(r"^(?:\s*$|\s*[.,;:!]|\s+(?:in|since|during|over|from|compared|between|the|last|this|on|after|year|within|to)\b)", re.I)


def _fixed(ctx: SentenceFacts, within: Optional[tuple[int, int]]) -> list[Any]:
    span = within or (ctx.sentence.start, ctx.sentence.end)
    return [p for p in _periods(ctx, span, "time") if p.period is not None and p.period.start and p.period.end]


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
    """What opens a multiplier's own base right after it: "the number", "the figures", "that of"."""
    return re.compile(rf"\s+(?:the\s+(?:{alternation(lexicon()['multiplier_base_nouns'])})\b|th(?:at|ose)\s+of\b)", re.I)


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


def extract_multipliers(ctx: SentenceFacts) -> Iterator[Draft]:
    """"doubled", "more than doubled", "trebled", "halved" claims of one sentence."""
    text, s = ctx.sentence.text, ctx.sentence.start
    for m in multiplier_regex().finditer(text):
        word = (m.group("w") or m.group(0)).lower()
        factor = _factor(m)
        if factor is None or _ends_with(text[:m.start()], "plan_before"):
            continue  # "one time more", or a plan: "will allow the hours to be more than doubled"
        if word in ("double", "triple", "treble", "quadruple", "doubles") and not m.group("q"):
            if not (_BARE_OK_BEFORE.search(text[:m.start("w")]) or _BARE_OK_AFTER.match(text[m.end():])):
                continue
        if word in ("double", "triple", "treble") and re.match(r"\s*(?:-|murder|decker|glazing|figures|digit)", text[m.end():], re.I):
            continue
        qualifier = number_words()["qualifiers"].get((m.group("q") or "").lower(), "exact")
        at = m.start("w") if m.group("w") else m.start("n")
        regions, sentence_regions = _regions_for(ctx, s + at)
        base = own_base(ctx, m.end())
        time = _latest(ctx) or time_for(ctx, s + at)
        if base is not None and time is base:  # the year compared with is not the multiplied figure's
            others = [p for p in _periods(ctx, (s, ctx.sentence.end), "time") if p is not base]
            time = _nearest(others, s + at, s, text) if others else None
        yield Draft(
            kind="multiplier", value=factor, qualifier=qualifier,
            start=s + m.start(), end=s + m.end(), text=m.group(0), sentence=ctx.sentence, index=ctx.index,
            clause=_clause_abs(ctx, s + at), regions=regions, sentence_regions=sentence_regions,
            time=time, base=base, word=_with_comparative(m, text),
            direction="decrease" if word.startswith("halv") or "less" in text[m.end():m.end() + 6].lower() else "increase",
            measure=cue_measure(ctx, s + at),
        )


def extract_sentence(ctx: SentenceFacts) -> list[Draft]:
    """Every draft fact of one sentence, in text order."""
    drafts = [*extract_counts(ctx), *extract_percentages(ctx), *extract_multipliers(ctx)]
    return sorted(drafts, key=lambda d: d.start)
