"""Counts of one sentence, and every fact of a sentence (:func:`extract_sentence`).

Each extractor is a plain function over a :class:`SentenceFacts` context (the
sentence, its spaCy parse, and the numbers, regions and periods found in it)
that yields *drafts*: the fact as far as the sentence alone can fix it.  The
article-level pass (``pipeline.assemble``) then fills what needs other sentences:
inherited periods, links between percentages and counts, and repeated claims.
What a count counts (noun, measure, rate) is decided in ``pipeline.measures``; the
context helpers and :class:`Draft` are in :mod:`pipeline.extract.sentence_context`, the
percentage and multiplier extractors in :mod:`pipeline.extract.ratios` (both re-exported
here, where they used to live).
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Any, Iterator, Optional

from pipeline.extract.measures import (
    lexicon,
    rate_after,
    rate_before,
    unit_category,
    used_measure,
    word_regex,
    word_set,
)
from pipeline.extract.not_counts import is_age_band, is_percentage_pair_start
from pipeline.extract.numbers import NumberMention
from pipeline.extract.compared_dates import compared_then_figure
from pipeline.extract.periods import year_period
from pipeline.extract.other_uses import (
    is_hypothetical,
    is_sample_size,
    is_waiting,
    met_in_person,
    never_user,
    quoted_noun,
)
from pipeline.extract.ratios import extract_multipliers, extract_percentages
from pipeline.extract.row_labels import label_unit
from pipeline.extract.subject_verbs import subject_verb_measure
from pipeline.wordlists import alternation
from pipeline.extract.sentence_context import (
    Draft,
    SentenceFacts,
    base_for,
    base_mention,
    clause_owner,
    clause_span,
    ends_with,
    measure_of,
    owned_places,
    possessed_by,
    regions_between,
    regions_for,
    time_for,
    unit_of,
    with_sentence_context,
)

# --- extractors ------------------------------------------------------------

#: A table row: a label (a place), a colon or dash, then the figure ("Kent: 1,204", "Essex - 2,140 people").
ROW = re.compile(r"^[\W_]*(?P<label>[A-Z][^:\d\n]{1,40}?)\s*(?::|\s[-\u2013\u2014]|\u2013|\u2014)\s*")
#: A count noun among a sentence's first words: "Calls from Merthyr Tydfil quadrupled ... from 160 to 655",
#: "However, contacts about under 18s almost doubled, from 61 ... to 118": the first of its first four words
#: followed by a lower-case word ("In 2022, calls reached ..."); else :func:`_second_opening_noun`.
_OPENING_NOUN = re.compile(r"^\W*(?:(?:[A-Za-z]+|(?:1[89]|20)\d\d),?\s+){0,3}?(?P<unit>[A-Za-z]+)\b(?=\s+[a-z])")


@lru_cache(maxsize=1)
def _second_opening_noun() -> re.Pattern[str]:
    """A sentence's second word after a first that may modify it ("Female callers held ..."), not after one of
    ``opening_non_modifiers`` of ``data/measures.json`` (a determiner, a conjunction, a sentence adverb: "Some
    callers had ...", "Overall calls rose ...")."""
    return re.compile(rf"^\W*(?!(?i:{alternation(lexicon()['opening_non_modifiers'])})\b)[A-Za-z]+\s+"
                      r"(?P<unit>[A-Za-z]+)\b(?=\s+[a-z])")


_SUBJECT = re.compile(r"\b(?:number|total|count) of (?:the )?(?:\w+ ){0,2}?(?P<unit>[a-z]+)\b", re.I)


def _is_row(ctx: SentenceFacts, number: NumberMention) -> bool:
    match = ROW.match(ctx.sentence.text)
    if not match or ctx.sentence.start + match.end() != number.start:
        return False
    label = (ctx.sentence.start, ctx.sentence.start + match.end("label"))
    return bool(regions_between(ctx, label))


#: What a sentence's figures count when it says so before them: "volunteer numbers dropped from 961 to 930".
_NUMBERS_OF = re.compile(r"\b(?P<unit>[A-Za-z]+) (?:numbers|figures)\b(?! (?:show|showed|suggest|released|published))")


#: "the number of brick-and-mortar casinos ... from 12 to 17": the noun phrase after "the number of", up to
#: three lower-case words (hyphenated compounds among them), whose first plural word is its head.
_NUMBER_OF_PHRASE = re.compile(r"\b(?:number|total|count) of (?:the )?(?P<words>[a-z][a-z-]{0,30}(?: [a-z][a-z-]{0,30}){0,2})")


def _subject_noun(clause: str) -> Optional[str]:
    """The plural noun a clause counts by "the number of ..." before its figures, when it is no known unit
    ("The number of brick-and-mortar casinos rose from 12 to 17" -> "casinos"); ``None`` for a known
    unit or noun of a measure ("the number of helpline calls"), or when no plural noun heads the phrase."""
    match = _NUMBER_OF_PHRASE.search(clause)
    if match is None:
        return None
    lex = lexicon()
    for word in match.group("words").split():
        if word in lex["units"] or word in lex["unit_word_measures"] or word in word_set("stop_words"):
            return None
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss") and "-" not in word and word != "times":
            return None if _helpline_like(word) else word  # "the number of gamblers calling the line": people
    return None


@lru_cache(maxsize=1)
def _emergency_subject() -> re.Pattern[str]:
    """An emergency service as the subject of the verb right before a figure: "police responded to", "Eastfield
    police received", "911 dispatchers took" (``emergency_services`` of ``data/measures.json``)."""
    return re.compile(rf"\b(?:{word_regex('emergency_services').pattern})(?:\s{{1,3}}[A-Za-z-]{{2,20}})?"
                      rf"\s{{1,3}}(?:[a-z]{{2,20}}ed|took|got|had|saw)(?:\s{{1,3}}(?:to|with))?\s{{1,3}}$", re.I)


def _emergency_service_calls(before: str) -> bool:
    """Whether an emergency service ("police", "911") received the calls a figure counts: it is the subject of the
    verb right before the figure ("Police received 4,000 calls"; not "Police say 1,200 people contacted the
    helpline", nor "passed to police, the NSPCC says it has also received 105 contacts")."""
    return bool(_emergency_subject().search(before[-80:]))


#: A percentage before a figure in its sentence: "increased by 22% to six a day" reaches a rate, which no
#: year's total before it can be the base of; such a rate is left to the rules that read the whole sentence.
_PERCENT_BEFORE = re.compile(r"%|\bper\s?cent\b|\bpercent\b", re.I)


@lru_cache(maxsize=1)
def _level_verb() -> re.Pattern[str]:
    """A verb of a level or a change right before a figure, with "to"/"at" and up to three words between
    ("rose to", "rose by 22% to", "stood at", "hit"; ``level_verbs`` of ``data/measures.json``)."""
    return re.compile(rf"\b(?:{word_regex('level_verbs').pattern})(?:(?:\s{{1,3}}[\w%.,'-]{{1,20}}){{0,3}}?\s{{1,3}}(?:to|at))?"
                      rf"\s{{1,3}}$", re.I)


def _level_subject(clause: str) -> Optional[str]:
    """The count noun a clause names before a verb of level or change that ends right before its figure: "Texts to
    the service rose to" -> "texts", "Call volumes hit" -> "calls", "while calls fell to" -> "calls"; ``None`` when no
    such verb ends the clause, or no count noun stands before it with no figure between."""
    verb = _level_verb().search(clause[-120:])
    if verb is None:
        return None
    words = clause[-120:][:verb.start()]
    words = words[max((i + 1 for i, ch in enumerate(words) if ch.isdigit()), default=0):]
    lex = lexicon()
    for word in reversed(_WORD_BEFORE.findall(words)):
        word = word.lower().split("-")[-1]
        if word in lex["units"] or word in lex["unit_word_measures"]:
            return word
        if word + "s" in lex["units"] and lex["units"][word + "s"] == "calls":
            return word + "s"  # "call volumes", "call numbers"
    return None


def _care_counted(clause: str) -> Optional[str]:
    """The noun of a clause's "the number of ..." when care words qualify it ("the number of counselling
    sessions" -> "sessions"; ``care_words`` of ``data/measures.json``), else ``None``."""
    match = _NUMBER_OF_PHRASE.search(clause)
    if match is None or not word_regex("care_words").search(match.group("words")):
        return None
    return match.group("words").split()[-1]


#: A word before a figure, with no other figure between: the nearest is the figure's noun candidate.
_WORD_BEFORE = re.compile(r"[A-Za-z][A-Za-z-]{1,30}")
#: The words right after a figure, which name what that figure counts: "900 calls", "900 new calls".
_FIGURES_NOUN = re.compile(r"[%,.]?(?:\s{1,3}[A-Za-z-]{1,30}){0,2}")
#: How far back (characters) a from-to pair's noun may stand before its first figure.
UNIT_REACH = 90


def _unit_before(before: str) -> Optional[str]:
    """The nearest known count noun before a figure within ``UNIT_REACH`` characters and no figure between
    ("call volume rose from" -> "calls", "suicide-related calls increase dramatically, from" -> "calls")."""
    window = before[-UNIT_REACH:]
    cut = max((i + 1 for i, ch in enumerate(window) if ch.isdigit() or ch in ".;:!?"), default=0)
    if cut and window[cut - 1].isdigit():
        cut += len(_FIGURES_NOUN.match(window, cut).group())  # "900 calls came in May, ... from": 900's noun
    window = window[cut:]
    units = lexicon()["units"]
    for word in reversed(_WORD_BEFORE.findall(window)):
        word = word.lower().split("-")[-1]
        if word in units:
            return word
        if word + "s" in units and units[word + "s"] == "calls":
            return word + "s"  # "call volume", "call numbers"
    return None


def _clause_after(ctx: SentenceFacts, number: NumberMention) -> str:
    """The words of a figure's clause after it."""
    s = ctx.sentence.start
    return ctx.sentence.text[number.end - s:clause_span(ctx, number.num_start)[1] - s]


def _clause_before(ctx: SentenceFacts, number: NumberMention) -> str:
    """The words of a figure's clause before it."""
    s = ctx.sentence.start
    return ctx.sentence.text[clause_span(ctx, number.num_start)[0] - s:number.start - s]


def _opening_unit(text: str) -> Optional[re.Match[str]]:
    """The count noun a sentence opens with ("Calls from ...", "Female callers held ..."), when it holds one."""
    units = lexicon()["units"]
    for opening in (_OPENING_NOUN, _second_opening_noun()):
        match = opening.match(text)
        if match and match.group("unit").lower() in units:
            return match
    return None


def _subject_of(sentence: str, before: str) -> Optional[re.Match[str]]:
    """What a sentence's bare figures count: its "number of <noun>", else the count noun it opens with; a
    "number of" after the figure that names no count noun ("rose from 400 to 650, while the number of training
    courses grew") says nothing of the figure: the opening noun, else ``None``, and the later rules decide."""
    subject = _SUBJECT.search(sentence)
    if subject is None or _SUBJECT.search(before) or _is_count_noun(subject.group("unit").lower()):
        return subject or _opening_unit(sentence)
    return _opening_unit(sentence)


def _is_count_noun(word: str) -> bool:
    """Whether a word is a unit or a plural noun that decides a measure by itself ("calls", "texts", "messages")."""
    lex = lexicon()
    return word in lex["units"] or (word.endswith("s") and word in lex["unit_word_measures"])


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
#: The first part may also follow a colon, a dash or an opening bracket: "5,200 calls in 2019: 3,100 in Kent and ...".
_AND = re.compile(r"(?:,|\band|\bwith|[:(\u2013\u2014]|\s-)$")


def _times_of(unit: Optional[str], before: str) -> Optional[str]:
    """The measure of "was contacted 161,170 times", "was accessed 1,500 times", "contacted the helpline 15,435
    times": a verb of use before "N times", its object between them."""
    if unit != "times":
        return None
    match = re.search(r"\b([a-z]+)(?:\s{1,3}(?:the|its|our|their|a)\s{1,3}[a-z-]{1,20})?\s*$", before)
    found = lexicon()["times_verbs"].get(match.group(1).lower()) if match else None
    return found or _times_of_named(before)


#: The last words before "N times": a verb of use and its object of up to four words ("called the hot line",
#: "called 13 11 14", "visited the Get Help site").
_LAST_WORDS = re.compile(r"(?<![\w!'\u2019-])(?:[\w!'\u2019-]{1,20}\s{1,3}){1,5}$")


def _times_of_named(before: str) -> Optional[str]:
    """The measure of "N times" after a verb of use whose object is a name or a number of up to four words
    ("Americans called the hot line 47,000 times", "Victorians called 13 11 14 some 304 427 times")."""
    match = _LAST_WORDS.search(before[-110:])
    if match is None:
        return None
    verbs = lexicon()["times_verbs"]
    for word in reversed(match.group().split()[:-1]):  # the nearest verb, past its object
        if word.lower() in verbs:
            return verbs[word.lower()]
    return None


def _part(ctx: SentenceFacts, number: NumberMention, before: str) -> Optional[str]:
    """How a figure with its own place is listed after a count: "including" ("..., including 2,270
    from South Yorkshire"), "and" (", 1,950 from West Yorkshire"), else ``None``."""
    if number.num_start not in owned_places(ctx):
        return None
    tail = before[-40:].rstrip()
    return "including" if _SOME.search(tail) else "and" if _AND.search(tail) else None


#: A sentence opening with a part's whole, the figure next: "Of those, 157 ...", "Of all the crisis calls, some
#: 2,370 ...", "Of the 900 callers, 300 ..." (the whole's words in ``rest``; a figure's own comma, "Of the 2,834
#: calls, 974 ...", does not end them).
_OF_OPENER = re.compile(r"^\W*of\s{1,3}(?P<rest>(?:all\s{1,3})?(?:the|those|these|them|this|that|which|whom)\b"
                        r"(?:[^,;:.]|(?<=\d)[,.](?=\d)){0,60}),\s{0,3}$", re.I)


def _known_unit(words: str) -> Optional[str]:
    """The last count noun of the units list among ``words`` ("all the crisis calls" -> "calls"), else ``None``."""
    units = lexicon()["units"]
    found = [w for w in re.findall(r"[a-z]+", words.lower()) if w in units]
    return found[-1] if found else None


def _continues_parts(found: list[Draft], before: str) -> bool:
    """Whether a bare figure after "and" or a comma goes on from a part that restates the count before it
    ("Of those, 157,565 are directed to X, and 17,912 to Y") or a part of the whole an opener names ("Of those
    calls, 6,100 reached the adult line, 1,300 the youth line and 90 the text service")."""
    return bool(found) and (found[-1].inherit in ("previous", "part") or getattr(found[-1], "opener_part", False)) \
        and bool(re.search(r"(?:,|\band)\s*$", before))


def _continues(before: str, own_time: Any) -> bool:
    """Whether a bare figure continues a list of counts: it follows ", " or " and " and has its own period."""
    return own_time is not None and bool(re.search(r"(?:,|\band)\s*$", before))


#: "calls from 1,624 people", "heard from 1,240 people": where contacts came from, not the earlier figure of a comparison.
_SOURCE_FROM = re.compile(r"\b(?:calls|contacts|messages|emails|texts|chats|enquiries|referrals|help|hear|hears|heard|hearing)"
                          r"\s+from\s*$", re.I)

#: The size of a change told after the figure: "100 more than the same period", "2,000 fewer calls than",
#: "20 a day more than in 2014".
_DIFFERENCE_AFTER = re.compile(r"\s+(?:(?:a|an|per|each|every)\s+(?:day|night|week|month|year)\s+|[a-z]+\s+)?"
                               r"(?:more|fewer|less)\s+(?:[a-z]+\s+)?than\b", re.I)
#: What was added on top of an earlier figure: "1,000 additional calls", "10,000 extra contacts" (not "a further
#: 2,418 people called", "an additional 720 emails": another part of a list).
_ADDED_AFTER = re.compile(r"\s{1,3}(?:additional|extra|more)\s{1,3}(?-i:[a-z])", re.I)

#: A part of the count before it in the sentence: "13,296 of these", "400 of them", "187 of which", "1,366 of that number".
_PART_OF = re.compile(r"\s+of (?:these|those|them|whom|which|(?:that|this) (?:number|total|figure))\b", re.I)
#: A figure alone in brackets right after a count: "one in five of the 7,000 callers (about 1,400)".
_BRACKETED_ALONE = re.compile(r"\s{0,2}\)")
#: A part before its whole: "1,400 of the 7,000 callers", "300 of all 2,000 contacts".
_PART_OF_WHOLE = re.compile(r"\s{1,3}of\s{1,3}(?:(?:all\s{1,3})?the|all|its|their)\s{1,3}$", re.I)
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


#: "The number of casinos in the state grew from 12 to 17": the subject a sentence's bare figures count.
_NUMBER_OF_NOUN = re.compile(r"\bnumber\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:[a-z-]{1,24}\s{1,3}){0,2}?(?P<noun>[a-z]{3,20}s)\b")
#: Plural nouns of people ("gamblers", "residents", "clients"): what a helpline's figures may count.
_PEOPLE_PLURAL = re.compile(r"[a-z]+(?:ers|ors|ents|ants|ists)")


def _other_things(before: str) -> Optional[str]:
    """The noun of the "number of" a bare figure reports, named before it, when it is of things no helpline
    figure counts: "the number of casinos ... rose from 12 to 17" -> "casinos" (``None`` for "the number of
    callers", "of gamblers", "of texts")."""
    matches = list(_NUMBER_OF_NOUN.finditer(before))
    if not matches:
        return None
    noun = matches[-1].group("noun")
    return None if _helpline_like(noun) else noun


#: The measures of a helpline's or a website's use.
_HELPLINE_MEASURES = ("helpline_contacts", "helpline_calls", "website_users")
#: Plural nouns of the people of a place that ``_PEOPLES_PLURAL`` ("Victorians", "Americans") does not end like.
_PEOPLES_OTHERWISE = ("scots", "brits", "kiwis", "aussies")


def _counts_people(unit: Optional[str]) -> bool:
    """Whether a count's noun counts people ("people", "men", "gamblers", "residents", "Victorians")."""
    head = unit.split()[-1] if unit else None  # "problem gamblers" -> "gamblers"
    if head in lexicon()["units"] or head in lexicon()["not_units"]:
        return unit_category(head) == "people"  # not "volunteers", "members", "staff": people, but no users
    return bool(head and (_PEOPLE_PLURAL.fullmatch(head) or _PEOPLES_PLURAL.fullmatch(head)
                          or head in _PEOPLES_OTHERWISE))


def _helpline_like(noun: str) -> bool:
    """A plural noun a helpline's figures may count: a unit or cue of a measure, people ("gamblers",
    "clients"), texts and messages."""
    cues = {w for words in lexicon()["cues"].values() for w in words}
    return noun in lexicon()["units"] or noun in cues or bool(_PEOPLE_PLURAL.fullmatch(noun)) \
        or noun in ("texts", "messages", "clients", "visitors", "times", "numbers", "figures")


#: Tags of the word before a figure that make it a label when the figure ends its sentence: a singular noun,
#: a proper noun or a preposition ("press option 1.", "told Channel 9.", "a number that starts with 88.").
_LABEL_TAGS = {"NN", "NNP", "IN"}
#: What may follow a label at its sentence's end: closing punctuation and quote marks.
_SENTENCE_END = re.compile(r"[\s.!?\"')\u201d\u2019]*$")


def _names_something(ctx: SentenceFacts, number: NumberMention) -> bool:
    """Whether a bare figure with no noun, comparison or antecedent ends its sentence right after a singular
    noun, a proper noun or a preposition, as a label does ("press option 1.", "told Channel 9."); a count
    so placed follows a verb ("the helpline took 1,210."). Read from the tagger's tags; small bare figures only."""
    s = ctx.sentence.start
    if ctx.doc is None or number.value >= 1000 or number.decimals or "," in number.text \
            or not _SENTENCE_END.fullmatch(ctx.sentence.text, number.end - s):
        return False
    span = ctx.doc.char_span(number.num_start - s, number.num_end - s, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = ctx.doc[span.start - 1]
    return before.tag_ in _LABEL_TAGS and before.lower_ not in ("by", "to")  # "called by 310.", "up 9% to 296."


def _restates(before: str) -> bool:
    """Whether the words before a figure say it restates an earlier figure ("this figure is", "the number
    rose to"; not "the number of men ... rose to"): the anaphora of ``data/measures.json`` before it."""
    return bool(re.search(rf"\b(?:{word_regex('anaphora').pattern})\b(?!\s{{1,3}}of\b)", before, re.I))


def _service_used(sentence: str, clause: tuple[int, int], s: int) -> Optional[str]:
    """The measure of a count of people with no cue of its own, when its clause names the service they used
    ("asked a charity to help them", "access its website", "call staff at the branch"): a website's users
    when it names only a website, else a helpline's contacts; ``None`` when it names none, or when the
    sentence tells another fate ("took their own lives").  Every phrase of the record's measures is a cue;
    this reads the service's noun instead, so it covers the verbs no list holds."""
    text = sentence[clause[0] - s:clause[1] - s]
    if word_regex("cues", "other").search(sentence) or not word_regex("service_nouns").search(text) \
            or word_regex("care_words").search(text):
        return None  # "6,730 people received counselling through the helpline": therapy participants (other)
    return used_measure(text)


@lru_cache(maxsize=1)
def _help_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A verb of seeking and, at most five words on, a noun of help ("seeking Gordon Moody's help", "sought
    information on", "asking for help", "seeking phone or face to face help"); the same after a verb of wanting or
    finding ("wanted help", "found support"), which is help sought only beside a service; a verb of helping right
    before a figure ("helping over 150,000 men", "supported 3,000 people"). Words of ``help_sought`` in
    ``data/measures.json``."""
    words = lexicon()["help_sought"]
    between = rf"(?:\s++(?:for|[a-z][\w'\u2019-]*+)){{0,5}}?\s++(?:{alternation(words['nouns'])})\b"
    sought = re.compile(rf"\b(?:{alternation(words['verbs'])}){between}", re.I)
    weak = re.compile(rf"\b(?:{alternation(words['weak_verbs'])}){between}", re.I)
    helping = re.compile(rf"\b(?:{alternation(words['helping'])})\s++(?:[a-z]++\s++){{0,2}}$", re.I)
    return sought, weak, helping


def _help_sought(sentence: str, clause: tuple[int, int], s: int, before: str) -> Optional[str]:
    """``helpline_contacts`` for a count of people with no cue of its own whose clause says they sought help, in any
    wording ("80 people seeking the charity's help", "7,000 people have sought information", "the number of people
    seeking phone or face to face help ... 2,648 people"), or whom a verb of helping right before the figure takes
    ("helping over 150,000 men"); ``None`` when the sentence tells another fate ("took their own lives"). Help that
    is care ("received counselling support": therapy participants, other, as in :func:`_service_used`) is no help
    sought. A verb of wanting or finding ("wanted more support", "found support") is help sought only when the
    clause names a service ("from the helpline"): people a survey found wanting support are no contacts."""
    if word_regex("cues", "other").search(sentence):
        return None
    sought, weak, helping = _help_patterns()
    care = word_regex("care_words")
    start, end = clause[0] - s, clause[1] - s
    found = [m for m in sought.finditer(sentence, start, end) if not care.search(m.group())]
    if not found and word_regex("service_nouns").search(sentence[start:end]):
        found = [m for m in weak.finditer(sentence, start, end) if not care.search(m.group())]
    if found or helping.search(before, max(0, len(before) - 40)):
        return "helpline_contacts"
    return None


def _pair_measure(ctx: SentenceFacts, found: list[Draft], before: str) -> Optional[str]:
    """The measure of the earlier end of "from N ... to M" for its later end, a count of people that names none of
    its own ("from just three clients in its first month to 98 people last month"): both ends count one thing."""
    if not found or found[-1].measure == "other" or not re.search(r"\bto\s*+$", before[-8:]):
        return None
    start = found[-1].start - ctx.sentence.start
    return found[-1].measure if _from_hedged().search(ctx.sentence.text, max(0, start - 24), start) else None


@lru_cache(maxsize=1)
def _from_hedged() -> re.Pattern[str]:
    """"from" and at most one word (a hedge) before the earlier figure of a pair: "from just three clients"
    (``pair_from`` of ``data/measures.json``)."""
    return re.compile(rf"\b(?:{alternation(lexicon()['pair_from'])})\s++(?:[a-z]++\s++)?$", re.I)


#: Plural nouns of peoples and groups of people ("Americans", "Victorians", "veterans"), which a helpline's figures count.
_PEOPLES_PLURAL = re.compile(r"[a-z]+(?:ans|ians)")


def _counts_other_things(unit: Optional[str]) -> bool:
    """Whether a count's own noun, read after its figure, names things no helpline figure counts: a plural
    noun that is no unit, no cue of a measure and no noun of people ("140 local call centers", "850 food
    packages", "670 households"); ``False`` for a count with no noun or a singular one."""
    if not unit:
        return False
    lex = lexicon()
    head = unit.split()[-1]
    if unit in lex["units"] or unit in lex["unit_word_measures"] or head in lex["unit_word_measures"] \
            or head in lex["units"]:
        return False
    return len(head) > 3 and head.endswith("s") and not head.endswith("ss") and head.isalpha() \
        and not _helpline_like(head) and not _PEOPLES_PLURAL.fullmatch(head)


#: Contacts in person: "65 face-to-face contacts", "spoke with 61 callers face to face", "8,610 face-to-face visits".
_FACE_TO_FACE = re.compile(r"face[\s-]{1,2}to[\s-]{1,2}face", re.I)


def _in_person(text: str, start: int, end: int) -> bool:
    """Whether a count's own words (``text[start:end]``, its figure to its noun) and the few after them say
    it was met face to face: a branch's visitors, no helpline's or website's use (its measure is other)."""
    return bool(_FACE_TO_FACE.search(text, start, min(len(text), end + 16)))


#: "one of 12 run by the charity", "one of seven due to open": one thing among N others like it.
_ONE_OF = re.compile(r"\bone\s{1,3}of\s{1,3}(?:(?:only|just|the)\s{1,3})?$", re.I)
#: A target, not a figure reached: "a target of 6,000", "the 50-call target", "its goal of 1,000 callers".
_TARGET_BEFORE = re.compile(r"\b(?:target|goal|capacity)s?\s{1,3}(?:(?:of|for)\s{1,3})?(?:[a-z]{2,16}ing\s{1,3})?"
                            r"(?:(?:the|a|an|its|their)\s{1,3})?$", re.I)
_TARGET_AFTER = re.compile(r"(?:-|\s)(?:[a-z]{2,12}[\s-])?(?:target|goal)\b", re.I)
#: A rate per head of population: "12 calls per 10,000 residents", "45 for every 100,000 people".
_PER_POPULATION = re.compile(r"(?:\s{1,3}[a-z-]{2,20}){0,3}?\s{1,3}(?:per|for\s{1,3}every|in\s{1,3}every)\s{1,3}"
                             r"\d{1,3}(?:,\d{3})+(?!\d)", re.I)


#: A hedge a paper may put between a population's words and its figure ("a population of about 85,000").
_HEDGE = r"(?:about|around|some|roughly|approximately|nearly|almost|over|more\s{1,3}than)"


@lru_cache(maxsize=1)
def _population_of() -> re.Pattern[str]:
    """The size of a population: "a population of 4 million", "its population of some 90,000" (``population_of``
    of ``data/measures.json``)."""
    # a hedge that starts with "of" is read with the figure ("of around 1.2 million"), so a final "of" may be missing
    words = (re.escape(p).replace(r"\ ", r"\s{1,3}").replace(r"\s{1,3}of", r"(?:\s{1,3}of)?") if p.endswith(" of")
             else re.escape(p).replace(r"\ ", r"\s{1,3}")
             for p in sorted(lexicon()["population_of"], key=len, reverse=True))
    return re.compile(rf"\b(?:{'|'.join(words)})\s{{1,3}}(?:{_HEDGE}\s{{1,3}})?$", re.I)


def _of_other_kind(before: str, after: str, unit: Optional[str]) -> bool:
    """Whether a figure's own words make it no helpline figure whatever its noun: one of N things like
    the subject ("one of 12 run by the charity"; not "one of 170 men"), a target or a capacity ("a target of
    6,000", "a target of answering 55,000 calls", "capacity for 1,000 calls a week"),
    or a rate per head of population ("12 calls per 10,000 residents"), or a population ("from a population of 4 million"),
    or care given to them ("counselling to 1,100 clients"), or a place's people ("Cumbria's 500,000 residents"), or the
    people a survey asked ("a survey of 2,089 adults")."""
    if _ONE_OF.search(before[-30:]) and unit_category(unit) not in word_set("helpline_unit_kinds"):
        return True
    return bool(_TARGET_BEFORE.search(before[-40:]) or _TARGET_AFTER.match(after)
                or _PER_POPULATION.match(after) or _population_of().search(before[-30:])
                or _care_given().search(before[-40:]) or _SURVEY_BEFORE.search(before[-40:])
                or bool(_PLACE_POSSESSIVE.search(before[-40:]) and unit in _POPULATION_NOUNS))


#: The people a survey asked: "a survey of 2,089 adults", "a poll of 1,500 parents", "researchers surveyed 3,000
#: adults" (those it names after them, "5,000 young people surveyed", are ``subject_verbs.other``).
_SURVEY_BEFORE = re.compile(r"\b(?:(?:survey|poll|study|sample|questionnaire|census)s?\s{1,3}of|surveyed|polled|"
                            r"questioned|interviewed)\s{1,3}(?:(?:some|about|around|over|more\s{1,3}than|nearly|almost)"
                            r"\s{1,3})?$", re.I)
#: A place's people: "Cumbria's 500,000 residents", "the county's 1.4 million inhabitants" (with a noun of
#: ``_POPULATION_NOUNS`` after the figure): a population, no helpline figure.
_PLACE_POSSESSIVE = re.compile(r"(?:\b(?-i:[A-Z])[\w-]{1,30}|\b(?:county|city|town|region|state|province|country|"
                               r"nation|island|borough|area))['\u2019]s\s{1,3}$", re.I)
_POPULATION_NOUNS = ("residents", "inhabitants", "citizens", "population")  # not "people": "Dundee's 173 people"


@lru_cache(maxsize=1)
def _care_given() -> re.Pattern[str]:
    """Care given to the people a figure counts, no use of a helpline: "gave face-to-face counselling to 1,100
    clients", "offered treatment for 300 men" (``care_words`` of ``data/measures.json``, ANNOTATION.md decision 4)."""
    return re.compile(rf"\b(?:{word_regex('care_words').pattern})\s{{1,3}}(?:to|for)\s{{1,3}}$", re.I)


#: A count noun right before a dash or a colon that a bare figure follows: "more calls \u2013 roughly 3,000 a week",
#: "a record number of calls: 8,200 in 2022", "more visitors \u2014 61,000".
_NOUN_DASH = re.compile(r"\b(?P<unit>[a-z]{3,20})\s{0,2}(?:--|[:\u2013\u2014]|\s-)\s{0,3}$")


def _unit_before_dash(before: str) -> Optional[str]:
    """The count noun a dash or a colon right before a bare figure follows, which the figure counts ("getting 35%
    more calls -- roughly 50,000 a month" -> "calls"); ``None`` when the word before the dash is no unit."""
    match = _NOUN_DASH.search(before[-40:])
    return match.group("unit") if match and match.group("unit") in lexicon()["units"] else None


#: "call volumes of", "a contact volume of", "text numbers of" right before a figure ("of" is the hedge's in
#: "a call volume of about 900").
_VOLUME_OF = re.compile(r"\b(?P<noun>[a-z]{3,12})\s{1,3}(?:volumes?|numbers|totals?)\s{1,3}(?:of\s{0,3})?$", re.I)


def _volume_of(before: str) -> Optional[str]:
    """The count noun of "<noun> volume(s) of N" ("call volumes of 3,000 a day" -> "calls"), else ``None``."""
    match = _VOLUME_OF.search(before[-40:])
    if match is None:
        return None
    noun = match.group("noun").lower()
    for word in (noun, noun + "s"):
        if _is_count_noun(word):
            return word
    return None


#: A place's name and an opening bracket right before a figure alone in brackets: "Kent (1,204)", "Kent (1,204)".
_PLACE_BRACKET = re.compile(r"(?P<place>(?-i:[A-Z])[\w.'\u2019-]{1,30}(?:\s{1,2}(?-i:[A-Z])[\w.'\u2019-]{1,30}){0,3})\s?\($")


def _place_bracket_unit(ctx: SentenceFacts, number: NumberMention, before: str) -> Optional[str]:
    """The count noun of a sentence whose figures stand in brackets after places ("The most calls came from Kent
    (1,204) and Sussex (980)", "Surrey (310) and Essex (270) made the fewest requests"): the last count noun the
    sentence names; ``None`` when the words before the bracket are no place or the sentence names no count noun."""
    s = ctx.sentence.start
    match = _PLACE_BRACKET.search(before[-60:])
    if match is None or not ctx.sentence.text.startswith(")", number.end - s):
        return None
    start = number.start - len(before[-60:]) + match.start("place")
    if not regions_between(ctx, (start, start + len(match.group("place")))):
        return None
    return _known_unit(ctx.sentence.text)


#: "these people (", "those calls (": a figure in brackets after them is a part of the count before.
_THESE_BRACKET = re.compile(r"\b(?:these|those)\s{1,3}[a-z]{3,20}\s?\($", re.I)


def _bracket_closes(ctx: SentenceFacts, number: NumberMention) -> bool:
    """Whether a closing bracket follows a figure right away: "(89)"."""
    return ctx.sentence.text.startswith(")", number.end - ctx.sentence.start)


def _other_use(ctx: SentenceFacts, number: NumberMention, unit: Optional[str], unit_end: Optional[int]) -> bool:
    """Whether a count counts no use of a helpline whatever its words' measure (:mod:`pipeline.extract.other_uses`):
    a figure one imagines or hopes for ("would take 40 calls at most"), people on a waiting list ("230 men are
    on the waiting list"), victims and survivors ("610 victims"), a study's group ("(n = 36)")."""
    s = ctx.sentence.start
    return never_user(unit, ctx.sentence.text[number.end - s:]) or is_hypothetical(_clause_before(ctx, number)) \
        or is_waiting(ctx.sentence.text[(unit_end or number.end) - s:]) \
        or is_sample_size(ctx.sentence.text[:number.start - s])


#: What was taken off an earlier figure, the twin of ``_ADDED_AFTER``: "40 fewer calls", "640 fewer calls to the line in
#: 2022 than ...": a figure right before "fewer" or "less" and a noun.
_FEWER_AFTER = re.compile(r"\s{1,3}(?:fewer|less)\s{1,3}(?-i:[a-z])", re.I)


def _difference(before: str, after: str) -> Optional[str]:
    """"increase" or "decrease" when a figure is the size of a change ("rose by 2,000", "100 fewer than")."""
    if ends_with(before[-40:], "difference_before"):
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


def _own_tail_end(ctx: SentenceFacts, number: NumberMention, clause_end: int) -> int:
    """Where the words after a count stop being its own: the clause's end, or the next figure in it
    ("over 26,000 calls last year - an average of 71 every day": "every day" is 71's rate)."""
    later = [n.start for n in ctx.numbers if number.end <= n.start < clause_end]
    return min([clause_end, *later]) - ctx.sentence.start


def _bracketed_after(ctx: SentenceFacts, count: Draft, number: NumberMention) -> bool:
    """Whether ``number`` stands alone in brackets right after ``count``: "7,000 callers (about 1,400)"."""
    s = ctx.sentence.start
    between = ctx.sentence.text[count.end - s:number.start - s]
    return between.strip() == "(" and bool(_BRACKETED_ALONE.match(ctx.sentence.text, number.end - s)) \
        and not count.comparison


def _whole_after(ctx: SentenceFacts, number: NumberMention) -> Optional[str]:
    """The noun of the whole a unit-less figure is part of: "1,400 of the 7,000 callers" -> "callers"."""
    s = ctx.sentence.start
    later = [n for n in ctx.numbers if n.start >= number.end and not n.percent]
    if not later or not _PART_OF_WHOLE.fullmatch(ctx.sentence.text[number.end - s:later[0].start - s]):
        return None
    unit, _ = unit_of(ctx, later[0])
    return unit


def range_partner(ctx: SentenceFacts, number: NumberMention) -> Optional[NumberMention]:
    """The second figure of the range ``number`` opens, whose noun both count: "between 600 and 800 people"."""
    s = ctx.sentence.start
    later = [n for n in ctx.numbers if n.start >= number.end and not n.percent]
    if later and not number.percent and _RANGE_DASH.fullmatch(ctx.sentence.text, number.end - s, later[0].start - s) \
            and number.value < later[0].value:
        return later[0]  # "50-100 calls a day", "25,000–30,000 calls"
    if later and not number.percent and number.qualifier == later[0].qualifier == "exact" \
            and (number.value < later[0].value or _AND_WORD.fullmatch(ctx.sentence.text, number.end - s, later[0].start - s)) \
            and _RANGE_WORD.fullmatch(ctx.sentence.text, number.end - s, later[0].start - s) \
            and not _FROM_BEFORE.search(ctx.sentence.text, 0, number.start - s):
        return later[0]  # "12 or 13 calls a day", "50 to 60 calls a week", "the 414 and 262 area codes"
    if not _RANGE_BEFORE.search(ctx.sentence.text, 0, number.start - s):
        return None
    if later and _RANGE_AND.fullmatch(ctx.sentence.text, number.end - s, later[0].start - s):
        return later[0]
    return None


def _compares_back(sentence: str) -> bool:
    """The sentence opens by comparing with the figures before it ("This compares to ...", "By comparison, ..."):
    its counts of people count what those figures counted."""
    return bool(re.match(rf"\s*(?:{word_regex('comparison_openers').pattern})", sentence, re.I))


def _channel(after: str) -> Optional[str]:
    """The measure the words right after a count's noun give by naming its channel ("online", "over the phone")."""
    for measure in lexicon()["channel_words"]:
        if re.match(rf"\s{{1,3}}(?:{word_regex('channel_words', measure).pattern})", after, re.I):
            return measure
    return None


#: Either end of an age range: "aged between 18 and 25", "aged 18 to 25", "aged 18-25".
_AGE_RANGE = re.compile(r"\b(?:aged?|ages\s{1,3}of)\s{1,3}(?:(?:between|from)\s{1,3})?(?:\d{1,3}(?:\s{1,3}(?:and|to)\s{1,3}|\s?[-\u2013]\s?))?$",
                        re.I)


#: No one is older: a figure above it after "under"/"over" is no age ("compared with under 23,000").
OLDEST = 120


def _is_age(before: str, after: str, value: float = 0) -> bool:
    """"under 25", "aged 45", "45-year-old", "Mark, 38, from Sunderland": ages are not counts."""
    return ((ends_with(before, "age_words") and value <= OLDEST) or bool(re.match(r"\s*(?:-?years?\b|s\b)", after))
            or bool(_AGE_RANGE.search(before))
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
        if is_age_band(ctx.sentence.text[:number.num_start - s], ctx.sentence.text[number.num_end - s:], number.value):
            continue  # "the 25-44 age group", "16- to 24-year-olds": ages, not counts
        if is_percentage_pair_start(ctx.sentence.text[number.num_end - s:]):
            continue  # "the share grew from 9.5 to 14%": a percentage written once for both figures
        unit, unit_end = unit_of(ctx, number)
        partner = range_partner(ctx, number) if unit is None else None
        noun_end = unit_end  # where the noun the figure counts ends, its range partner's when it has none of its own
        if partner is not None:
            unit, noun_end = unit_of(ctx, partner)  # "between 550,000 and 850,000 people": both figures count people
        times_measure = _times_of(unit, ctx.sentence.text[:number.start - s])
        if unit and (unit in not_units or unit.split()[-1] in not_units) and not times_measure:
            continue
        unit = unit.split()[-1] if unit and unit.split()[-1] in lex["units"] else unit
        before = ctx.sentence.text[:number.start - s]
        after = ctx.sentence.text[number.end - s:]
        comparison = (ends_with(before, "comparison") and not _SOURCE_FROM.search(before)) or bool(
            found and re.search(r"\bto\s*$", before) and re.search(r"\bfrom\s*$", ctx.sentence.text[:found[-1].start - s]))
        own_base = base_mention(ctx, number.num_start)
        listed = _part(ctx, number, before) if found else None
        inherit, measure, opener_part = None, None, False
        if unit is None and found and _bracketed_after(ctx, found[-1], number):
            # "one in five of the 7,000 callers (about 1,400)": what the count before it counts
            unit, measure, inherit = found[-1].unit_word, found[-1].measure, found[-1].inherit
        elif unit is None:
            whole = _whole_after(ctx, number)
            if whole is not None:
                unit = whole  # "1,400 of the 7,000 callers": a part counts what its whole counts
        if unit is None and quoted_noun(ctx.sentence.text[number.end - s:]):
            # "two “turning points”": a writer's term in quote marks, no helpline figure; a unit of ours in quote
            # marks is still that unit ("dealt with 4,300 “contacts”")
            unit = quoted_noun(ctx.sentence.text[number.end - s:])
            measure = None if unit in lex["units"] else "other"
        if unit is None:
            if _is_age(ctx.sentence.text[:number.num_start - s], after, number.value):
                continue
            subject = _subject_of(ctx.sentence.text, before)
            own_time = time_for(ctx, number.num_start, sentence_wide=False)
            if (comparison or rate_after(after) or _continues(before, own_time) or listed
                    or _continues_parts(found, before)) and found:
                # "... 94,200 offences, about 1,800 a week"; "5,000 calls in 2020, 7,500 in 2021 and 10,000 in 2022"
                unit, measure = found[-1].unit_word, found[-1].measure
                inherit = found[-1].inherit  # "the figure leapt from 1,747 to 3,549": both ends go back
                opener_part = getattr(found[-1], "opener_part", False)  # "..., 1,300 to X and 90 to Y"
            elif _PART_OF.match(after) and not found:
                # "Volunteers answered 900 of them.", "Almost 1,000 of these were first-time callers": a part of
                # the count of the sentence before, counting what it counts (its place is its own sentence's)
                inherit, measure = "part", "other"
            elif _OF_OPENER.match(before):
                # "Of all the crisis calls, some 2,370 were ...", "Of these, 1,600 reached ...": a part of what the
                # opener names, or of the count before
                unit = _known_unit(_OF_OPENER.match(before).group("rest"))
                opener_part = unit is not None
                if unit is None:  # what the count before counts, whatever verb follows ("Of these, 2,050 were answered")
                    inherit, measure = "previous", "other"
            elif not found and _PART_OF.match(after):
                # "Some 400,000 of them were under 25": a part of what the count before counts, not its place
                inherit, measure = "measure", "other"
            elif label_unit(before) is not None:
                unit = label_unit(before)  # "- Live chats: 388": the count noun of its line's label
            elif _volume_of(before) is not None:
                unit = _volume_of(before)  # "call volumes of 3,000 a day": the noun of the volume
            elif _place_bracket_unit(ctx, number, before) is not None:
                unit = _place_bracket_unit(ctx, number, before)  # "most calls came from Kent (1,204) and Sussex (980)"
            elif _THESE_BRACKET.search(before[-40:]) and _bracket_closes(ctx, number):
                # "Most of these people (89) lived in ...": a part of the count before, what it counts
                inherit, measure = "part", "other"
            elif _unit_before_dash(before) is not None:
                unit = _unit_before_dash(before)  # "40% more calls -- roughly 3,000 a week": its noun's figure
            elif _care_counted(_clause_before(ctx, number)) is not None:
                # "the number of counselling sessions it delivered rose to 9,400": care given, no helpline use
                unit, measure = _care_counted(_clause_before(ctx, number)), "other"
            elif subject and subject.group("unit").lower() in lex["units"]:
                unit = subject.group("unit").lower()
            elif re.search(r"\bfrom\s*$", before) and _unit_before(before) is not None:
                # "the annual call volume rose from 11,011 to 17,380", "suicide-related calls rose ..., from about
                # 2,500 in 2016": the first figure of a from-to pair counts the noun its sentence names before it
                unit = _unit_before(before)
            elif _subject_noun(_clause_before(ctx, number)) is not None:
                # "The number of brick-and-mortar casinos rose from 12 to 17": its clause's noun, not a measure's
                unit, measure = _subject_noun(_clause_before(ctx, number)), "other"
            elif _NUMBERS_OF.search(ctx.sentence.text):
                unit = _NUMBERS_OF.search(ctx.sentence.text).group("unit").lower()  # "volunteer numbers fell from 961"
            elif not (rate_after(after) and _PERCENT_BEFORE.search(before)) \
                    and _level_subject(_clause_before(ctx, number)) is not None:
                # "Texts to the service rose to 31,000, while calls fell to 18,500": the noun its verb's subject names
                unit = _level_subject(_clause_before(ctx, number))
            elif said := subject_verb_measure(after, clause=_clause_after(ctx, number)):
                # "A further nine hundred used its self-help website": people, the noun left out, doing what a
                # helpline's or a website's users do
                unit, measure = "people", said
            elif not found and rate_after(after) and not ends_with(before, "comparison") \
                    and not _PERCENT_BEFORE.search(before):
                inherit = "previous"  # "In 2020 it was taking 210 a month": a rate of what the count before counts
            elif comparison or ends_with(before, "change_to") \
                    or re.search(rf"\b(?:{word_regex('anaphora').pattern})\b", ctx.sentence.text, re.I):
                inherit = "previous"  # "That is down 12.5 per cent on 2022, when 1,982 did."
        comparison = comparison or own_base is not None  # its place is its own sentence's, not the last count's
        hedge = ctx.sentence.text[number.start - s:number.num_start - s]  # "of about": "an increase of about 400"
        difference = _difference(before.rstrip() + " of " if re.match(r"of\s", hedge, re.I) else before, after)
        if difference:
            measure = "other"  # the size of a change, not a count of its own: "rose by 2,000", "up 300"
        measure = measure or times_measure or measure_of(ctx, number, unit)
        if measure == "other" and unit_category(unit) == "people" and inherit is None and not difference:
            # "MORE than 400 people asked a charity to help them", "35,000 people access its website": people
            # whose clause names the service they used, and no other fate
            span = clause_span(ctx, number.num_start)
            if unit_end is None:  # "the number of people asking for help on a helpline, up from 343": its noun's clause
                span = (s, span[1])
            measure = _service_used(ctx.sentence.text, span, s) or _help_sought(ctx.sentence.text, span, s, before) \
                or _pair_measure(ctx, found, before) or measure
            if measure == "other" and _restates(ctx.sentence.text[:number.start - s]):
                inherit = "previous"  # "this figure is just over 23,000 people per month": what the figure before counted
        if not difference and inherit is None and _counts_people(unit):
            said = subject_verb_measure(ctx.sentence.text[(noun_end or number.end) - s:], clause=ctx.sentence.text)
            if said in ("other", "arrests") and measure in _HELPLINE_MEASURES:
                measure = said  # "40 callers went on to hand themselves in", "310 callers were later arrested"
            elif measure in ("other", "helpline_contacts") and (
                    said == "helpline_calls" or (said in _HELPLINE_MEASURES and measure == "other")):
                measure = said  # "About 400 people a week call the line", "6,577 men have made a call"
        if measure in ("helpline_calls", "helpline_contacts") and _emergency_service_calls(before):
            measure = "other"  # "Police responded to 566 mental-health calls": an emergency service's calls
        if measure != "other" and _counts_other_things(unit):
            measure = "other"  # "140 local call centers", "850 food packages", "670 households": not the line's use
        if _of_other_kind(before, after, unit):
            measure, inherit = "other", None  # "one of 12 such lines", "a target of 6,000", "12 per 10,000 residents"
        if measure != "other" and _other_use(ctx, number, unit, unit_end):
            measure, inherit = "other", None  # "would take 40 calls at most", "230 men on the waiting list"
        in_person = _in_person(ctx.sentence.text, number.num_start - s, (unit_end or number.end) - s) or met_in_person(
            ctx.sentence.text[number.num_start - s:_own_tail_end(ctx, number, clause_span(ctx, number.num_start)[1])])
        if in_person:
            measure = "other"  # "65 face-to-face contacts": met at a branch, not on the line
        if unit is None and _other_things(before):
            # "the number of casinos grew from 12 to 17": counts of casinos, no restatement of an earlier count
            unit, measure, inherit = _other_things(before), "other", None
        if found and _PART_OF.match(after):
            measure = found[-1].measure  # "217,889 people ..., with 13,296 of these people from Devon"
        if measure == "other" and _is_row(ctx, number):
            inherit = "row"
        elif measure == "other" and inherit is None and _compares_back(ctx.sentence.text) \
                and (unit is None or unit_category(unit) in word_set("helpline_unit_kinds")):
            inherit = "measure"  # "This compares to 173 people online and 21 over the phone in 2017": only what it counts
        if inherit == "measure":
            measure = _channel(ctx.sentence.text[(unit_end or number.end) - s:]) or measure
        alone = unit is None and inherit is None and not comparison
        if alone and difference and not number.spelled and not number.vague:
            # "an increase of nearly 300,000": kept for the difference check, never a figure others lean on
            yield _difference_draft(ctx, number, difference)
            continue
        if alone and (measure == "other" or number.spelled or _names_something(ctx, number)):
            continue  # "press option 1.", "told Channel 9.": a label that ends its sentence, no count
        end = unit_end or number.end
        clause_start = clause_span(ctx, number.num_start)[0]
        regions, sentence_regions = regions_for(ctx, number.num_start)
        time = compared_then_figure(ctx, number.num_start) or possessed_by(ctx, number.num_start) \
            or clause_owner(ctx, number.num_start) or time_for(ctx, number.num_start, sentence_wide=False)
        draft = Draft(
            kind="count", value=number.value, qualifier=number.qualifier, start=number.start, end=end,
            text=ctx.sentence.text[number.start - s:end - s], sentence=ctx.sentence, index=ctx.index,
            clause=clause_span(ctx, number.num_start), regions=regions, sentence_regions=sentence_regions,
            time=time, sentence_time=None if comparison else compared_then_figure(ctx, number.num_start)
            or time_for(ctx, number.num_start), measure=measure,
            unit=unit_category(unit),
            rate=rate_after(ctx.sentence.text[end - s:]) or rate_before(ctx.sentence.text[clause_start - s:number.start - s])
            or rate_before(ctx.sentence.text[end - s:_own_tail_end(ctx, number, clause_span(ctx, number.num_start)[1])]),
            base=(own_base or base_for(ctx, number.num_start, clause_only=True)) if comparison else None,
            comparison=comparison, inherit=inherit,
        )
        draft.unit_word = unit
        draft.in_person = in_person
        draft.listed = listed
        draft.difference = difference
        draft.opener_part = opener_part
        found.append(with_sentence_context(ctx, draft))
        yield draft
    _from_to_ends(ctx, found)


def extract_sentence(ctx: SentenceFacts) -> list[Draft]:
    """Every draft fact of one sentence, in text order."""
    drafts = [*extract_counts(ctx), *extract_percentages(ctx), *extract_multipliers(ctx)]
    return sorted(drafts, key=lambda d: d.start)


# names that lived here before the split, for callers that import them from this module
from pipeline.extract.ratios import multiplier_regex, percentage_kind  # noqa: E402, F401
from pipeline.extract.sentence_context import (  # noqa: E402, F401
    LIST_ITEM,
    cue_measure,
    nearest_mention,
    periods_in,
)
