"""Whose use a count of people or contacts counts: a helpline's, a service's, or none.

Plain predicates and look-ups for :func:`pipeline.extract.facts.extract_counts`:
people who sought help or used a service, calls to the emergency services, a
"number of" qualified by care, counts of people or of things no helpline
counts, people met in person, the channel a contact came by, the later end of
"from N ... to M", and a figure that restates or compares with the figures
before it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.inline_rows import inline_row
from pipeline.extract.measures import (
    lexicon,
    unit_category,
    used_measure,
    word_regex,
)
from pipeline.extract.number_patterns import NumberMention
from pipeline.wordlists import alternation
from pipeline.extract.sentence_context import (
    Draft,
    SentenceFacts,
)
from pipeline.extract.count_nouns import _NUMBER_OF_PHRASE, _PEOPLE_PLURAL, _helpline_like


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


def _care_counted(clause: str) -> Optional[str]:
    """The noun of a clause's "the number of ..." when care words qualify it ("the number of counselling
    sessions" -> "sessions"; ``care_words`` of ``data/measures.json``), else ``None``."""
    match = _NUMBER_OF_PHRASE.search(clause)
    if match is None or not word_regex("care_words").search(match.group("words")):
        return None
    return match.group("words").split()[-1]


#: "The number of casinos in the state grew from 12 to 17": the subject a sentence's bare figures count.
_NUMBER_OF_NOUN = re.compile(r"\bnumber\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:[a-z-]{1,24}\s{1,3}){0,2}?(?P<noun>[a-z]{3,20}s)\b")


def _other_things(before: str) -> Optional[str]:
    """The noun of the "number of" a bare figure reports, named before it, when it is of things no helpline
    figure counts: "the number of casinos ... rose from 12 to 17" -> "casinos" (``None`` for "the number of
    callers", "of gamblers", "of texts")."""
    matches = list(_NUMBER_OF_NOUN.finditer(before))
    if not matches:
        return None
    noun = matches[-1].group("noun")
    return None if _helpline_like(noun) else noun


#: Plural nouns of the people of a place that ``_PEOPLES_PLURAL`` ("Victorians", "Americans") does not end like.
_PEOPLES_OTHERWISE = ("scots", "brits", "kiwis", "aussies")


def _counts_people(unit: Optional[str]) -> bool:
    """Whether a count's noun counts people ("people", "men", "gamblers", "residents", "Victorians")."""
    head = unit.split()[-1] if unit else None  # "problem gamblers" -> "gamblers"
    if head in lexicon()["units"] or head in lexicon()["not_units"]:
        return unit_category(head) == "people"  # not "volunteers", "members", "staff": people, but no users
    return bool(head and (_PEOPLE_PLURAL.fullmatch(head) or _PEOPLES_PLURAL.fullmatch(head)
                          or head in _PEOPLES_OTHERWISE))


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
    if inline_row(ctx.sentence.text[:number.start - s], ctx.sentence.text[number.end - s:]):
        return False  # "...: Bristol 1,112; Devon 906; Cornwall 774.": the last item of a list set out in a sentence
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
