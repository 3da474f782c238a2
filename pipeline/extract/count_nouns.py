"""What a count counts, by its words: the noun and unit of a figure.

Plain functions over the words around a count, for
:func:`pipeline.extract.facts.extract_counts`: the count noun before a figure
(within ``UNIT_REACH``, before a verb of level, a dash or "volumes of", before
figures in brackets after places), the noun a sentence opens with or counts by
"the number of", and which words are count nouns at all (the measure of "N times"
after a verb of use is :mod:`pipeline.extract.count_times`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.measures import (
    lexicon,
    word_regex,
    word_set,
)
from pipeline.extract.number_patterns import NumberMention
from pipeline.wordlists import alternation
from pipeline.extract.sentence_context import SentenceFacts
from pipeline.extract.fact_places import regions_between


#: A count noun among a sentence's first words: "Calls from Merthyr Tydfil quadrupled ... from 160 to 655",
#: "However, contacts about under 18s almost doubled, from 61 ... to 118": the first of its first four words
#: followed by a lower-case word ("In 2022, calls reached ...") or a relative clause ("Online chats, which the branch
#: started offering in 2022, rose ... from 96 to 243"); else :func:`_second_opening_noun`.
_OPENING_NOUN = re.compile(r"^\W*(?:(?:[A-Za-z]+|(?:1[89]|20)\d\d),?\s+){0,3}?(?P<unit>[A-Za-z]+)\b(?=\s+[a-z]|,\s(?:which|who)\b)")


@lru_cache(maxsize=1)
def _second_opening_noun() -> re.Pattern[str]:
    """A sentence's second word after a first that may modify it ("Female callers held ..."), not after one of
    ``opening_non_modifiers`` of ``data/measures.json`` (a determiner, a conjunction, a sentence adverb: "Some
    callers had ...", "Overall calls rose ...")."""
    return re.compile(rf"^\W*(?!(?i:{alternation(lexicon()['opening_non_modifiers'])})\b)[A-Za-z]+\s+"
                      r"(?P<unit>[A-Za-z]+)\b(?=\s+[a-z]|,\s(?:which|who)\b)")


_SUBJECT = re.compile(r"\b(?:number|total|count) of (?:the )?(?:\w+ ){0,2}?(?P<unit>[a-z]+)\b", re.I)


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


#: A word before a figure, with no other figure between: the nearest is the figure's noun candidate.
_WORD_BEFORE = re.compile(r"[A-Za-z][A-Za-z-]{1,30}")
#: The words right after a figure, which name what that figure counts: "900 calls", "900 new calls".
_FIGURES_NOUN = re.compile(r"[%,.]?(?:\s{1,3}[A-Za-z-]{1,30}){0,2}")
#: How far back (characters) a from-to pair's noun may stand before its first figure.
UNIT_REACH = 90


def _staff_before(before: str) -> Optional[str]:
    """The noun of a service's staff (``staff_nouns`` of ``data/measures.json``) when it is the nearest noun of
    :func:`_unit_before`'s window before a figure: "the number of its phone operators went from 8 to 11" ->
    "operators" (the figures count staff, whatever cue the sentence holds)."""
    if _unit_before(before) is not None:
        return None
    window = before[-UNIT_REACH:]
    cut = max((i + 1 for i, ch in enumerate(window) if ch.isdigit() or ch in ".;:!?"), default=0)
    for word in reversed(_WORD_BEFORE.findall(window[cut:])):
        word = word.lower().split("-")[-1]
        if word in lexicon()["staff_nouns"]:
            return word
    return None


#: "from" (and at most a determiner) right before a noun: the noun names where a figure's things came from, not them.
_ORIGIN_BEFORE = re.compile(r"\bfrom\s++(?:the\s++|its\s++|their\s++)?$", re.I)


def _unit_before(before: str) -> Optional[str]:
    """The nearest known count noun before a figure within ``UNIT_REACH`` characters and no figure between
    ("call volume rose from" -> "calls", "suicide-related calls increase dramatically, from" -> "calls"); ``None``
    when a noun of staff is nearer ("its call handlers rose from")."""
    window = before[-UNIT_REACH:]
    cut = max((i + 1 for i, ch in enumerate(window) if ch.isdigit() or ch in ".;:!?"), default=0)
    if cut and window[cut - 1].isdigit():
        cut += len(_FIGURES_NOUN.match(window, cut).group())  # "900 calls came in May, ... from": 900's noun
    window = window[cut:]
    units = lexicon()["units"]
    for found in reversed(list(_WORD_BEFORE.finditer(window))):
        word = found.group().lower().split("-")[-1]
        if word in units and not _ORIGIN_BEFORE.search(window, 0, found.start()):
            return word  # not "people" in "webchats from people in Wales rose from": where they came from
        if word in lexicon()["staff_nouns"]:
            return None  # "its call handlers rose from four to seven": staff, not the calls of "call"
        if word + "s" in units and units[word + "s"] == "calls":
            return word + "s"  # "call volume", "call numbers"
    return None


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
    subject, opening = _sentence_subject(sentence)
    if subject is None or _SUBJECT.search(before) or _is_count_noun(subject.group("unit").lower()):
        return subject or opening
    return opening


@lru_cache(maxsize=64)
def _sentence_subject(sentence: str) -> tuple[Optional[re.Match[str]], Optional[re.Match[str]]]:
    """A sentence's first "number of <noun>" and the count noun it opens with: the same for each of its figures,
    so searched once a sentence (a sentence of n figures was read 2n times)."""
    return _SUBJECT.search(sentence), _opening_unit(sentence)


def _is_count_noun(word: str) -> bool:
    """Whether a word is a unit or a plural noun that decides a measure by itself ("calls", "texts", "messages")."""
    lex = lexicon()
    return word in lex["units"] or (word.endswith("s") and word in lex["unit_word_measures"])


def _known_unit(words: str) -> Optional[str]:
    """The last count noun of the units list among ``words`` ("all the crisis calls" -> "calls"), else ``None``."""
    units = lexicon()["units"]
    found = [w for w in re.findall(r"[a-z]+", words.lower()) if w in units]
    return found[-1] if found else None


#: Plural nouns of people ("gamblers", "residents", "clients"): what a helpline's figures may count.
_PEOPLE_PLURAL = re.compile(r"[a-z]+(?:ers|ors|ents|ants|ists)")


def _helpline_like(noun: str) -> bool:
    """A plural noun a helpline's figures may count: a unit or cue of a measure, people ("gamblers",
    "clients"), texts and messages."""
    cues = {w for words in lexicon()["cues"].values() for w in words}
    return noun in lexicon()["units"] or noun in cues or bool(_PEOPLE_PLURAL.fullmatch(noun)) \
        or noun in ("texts", "messages", "clients", "visitors", "times", "numbers", "figures")


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
