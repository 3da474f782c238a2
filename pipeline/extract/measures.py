"""What a count counts: its noun, its measure and its rate, from words alone.

The word lists are in ``data/measures.json``: the nouns that make a unit, the
nouns that make a number no count (organisations, durations), the cue words
of each measure of RECORDS.md, rates, change words and multipliers.  These
functions need no parse; ``facts`` asks the tagger only where they cannot
decide (:func:`needs_tagger`).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, Optional

from spacy.tokens import Doc

from pipeline.extract.number_patterns import NumberMention
from pipeline.extract.number_values import HEDGE_AFTER
from pipeline.settings import DATA_DIR
from pipeline.wordlists import alternation

DATA = DATA_DIR / "measures.json"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The word lists of ``data/measures.json``."""
    return json.loads(DATA.read_text(encoding="utf-8"))


def _phrase_regex(phrases: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(phrases)})(?![\w-])", re.I)


@lru_cache(maxsize=None)
def word_set(key: str) -> frozenset[str]:
    """A word list of ``data/measures.json`` as a set."""
    return frozenset(lexicon()[key])


@lru_cache(maxsize=None)
def word_regex(key: str, sub: Optional[str] = None) -> re.Pattern[str]:
    words = lexicon()[key] if sub is None else lexicon()[key][sub]
    return _phrase_regex(list(words))


@lru_cache(maxsize=512)
def cue_positions(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every measure cue in a text, found once however many numbers ask."""
    return tuple((m.start(), m.end(), measure) for measure, regex in cue_patterns().items()
                 for m in regex.finditer(text))


#: A figure, and at most one word, right before a cue: the cue is that figure's noun ("79 arrests", "47 more arrests").
_FIGURE_BEFORE = re.compile(r"(?<![\w.,])\d[\d,]{0,12}(?:\.\d{1,3})?\s(?:[a-z]{1,20}\s)?$")


def nearest_cue(text: str, offset: int, patterns: dict[str, re.Pattern[str]], *,
                others_nouns: bool = True) -> Optional[str]:
    """The measure of the cue nearest ``offset``; of two as near, the longer ("took their own lives" over "took").

    With ``others_nouns`` false, a cue that is another figure's noun is passed over: "121 searches
    and 79 arrests" does not make the searches arrests.
    """
    best: tuple[int, int, str] | None = None
    for start, end, measure in cue_positions(text):
        if not others_nouns:
            figure = _FIGURE_BEFORE.search(text, max(0, start - 36), start)
            if figure is not None and figure.start() != offset:
                continue
        if measure in patterns:
            distance = min(abs(start - offset), abs(end - offset))
            if best is None or (distance, start - end) < best[:2]:
                best = (distance, start - end, measure)
    return best[2] if best else None


@lru_cache(maxsize=1)
def cue_patterns() -> dict[str, re.Pattern[str]]:
    """One regex per measure's cue words, and ``USE`` for the verbs of use that depend on what is used."""
    patterns = {measure: word_regex("cues", measure) for measure in lexicon()["cues"]}
    patterns[USE] = word_regex("use_verbs")
    return patterns


#: The pseudo-measure of a verb of use ("used by"): :func:`used_measure` decides it.
USE = "use"


def used_measure(clause: str) -> str:
    """What "used" counts in a clause: a helpline's contacts, or a website's users when only a website is named."""
    if word_regex("helpline_words").search(clause):
        return "helpline_contacts"
    return "website_users" if word_regex("website_words").search(clause) else "helpline_contacts"


#: Parts of speech that end the search for a number's noun (``of`` aside: "1,500 of them").
_STOP_POS = {"VERB", "AUX", "PUNCT", "ADP", "SCONJ", "CCONJ", "PART", "PRON", "DET", "NUM", "SYM"}


def unit_from_tags(doc: Doc, start: int, end: int) -> tuple[Optional[str], Optional[int]]:
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
        if token.lower_.rstrip("s") in word_set("time_words") or token.lower_ in word_set("time_modifiers"):
            break  # "1,020 last year": a time follows, not what is counted
        if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.lower_ in units):
            found.append(token)
        elif found or (token.pos_ in _STOP_POS and token.lower_ != "of"):
            break
    if not found:
        return None, None
    shared = _shared_head(doc, found[-1].i + 1)
    if shared is not None and found[-1].lower_ not in units and found[-1].tag_ in ("NN", "NNP"):  # a modifier, no head
        found = [shared]  # "39,492 suicide and crisis-related calls": the noun both modifiers share
    return " ".join(t.lower_ for t in found), found[-1].idx + len(found[-1])


def _shared_head(doc: Doc, i: int) -> Any:
    """The count noun of the units list a coordinated modifier leads to ("suicide and crisis-related calls",
    "phone and online contacts"): "and"/"or" at ``i``, then up to four adjectives, nouns, participles
    ("crisis-related") or hyphens and the noun; ``None`` otherwise."""
    if i >= len(doc) or doc[i].pos_ != "CCONJ":
        return None
    for token in doc[i + 1:i + 6]:
        if token.lower_ in lexicon()["units"] and token.pos_ in ("NOUN", "PROPN"):
            return token
        if not (token.pos_ in ("ADJ", "NOUN", "PROPN") or token.tag_ in ("VBN", "VBG", "HYPH")):
            return None  # a verb, a figure or a comma ends the modifiers: "suicide and 200 crisis calls"
    return None





#: "of the", "of those" between a number and its noun: "5,260 of the calls", "nine of those calls", "412 of this
#: year's calls", "188 of last year's contacts", "1,200 of this summer's calls", "7,305 of the 2022/23 calls" (a year
#: or a financial year naming the whole's period, no count of its own).
PARTITIVE = re.compile(r"\s+of (?:the|those|these|its|their|(?:this|last|that|the)\s(?:year|month|quarter|week|weekend|fortnight"
                       r"|summer|winter|spring|autumn|period)(?:'s|\u2019s))"
                       r"(?:\s(?:19|20)\d\d(?:[/-]\d{2}(?:\d{2})?)?(?=\s))?(?=\s)")


def unit_from_words(text: str, end: int) -> tuple[Optional[str], Optional[int]]:
    """The known noun within two words after a number ("1,186 people", "12,000 vulnerable children").

    Rules only: a word of the units or not-units lists, with at most two other
    words between it and the number and no stop word among them.  ``None`` when
    the words do not decide, and the tagger is needed.
    """
    lex = lexicon()
    known = set(lex["units"]) | set(lex["not_units"])
    skipped = 0
    hedge = HEDGE_AFTER.match(text, end)  # "1,000-plus calls", "40,000+ calls", "10,000-odd chats"
    if hedge:
        end = hedge.end()
    partitive = PARTITIVE.match(text, end)  # "5,260 of the calls"
    if partitive:
        end = partitive.end()
    for m in re.finditer(r"[A-Za-z][A-Za-z'-]*|[^\sA-Za-z]", text[end:end + 60]):
        word = m.group(0).lower()
        if word in known:
            following = re.match(r"\s+([a-z]+)", text[end + m.end():])
            if following and f"{word} {following.group(1)}" in known:
                return f"{word} {following.group(1)}", end + m.end() + following.end()
            return word, end + m.end()
        if skipped == 0 and _singular_unit(word) and _ends_phrase(text[end + m.end():end + m.end() + 24]):
            return word + "s", end + m.end()  # "1 call every five minutes", a misprinted "413 call from adults"
        if not word[0].isalpha() or word in word_set("stop_words") or skipped == 2:
            return None, None
        skipped += 1
    return None, None


#: Singular count nouns of a helpline's use right after a figure read as their plural ("1 call", "1 caller").
_SINGULAR_KINDS = ("calls", "contacts", "visits")


def _singular_unit(word: str) -> bool:
    """Whether ``word`` is the singular of a unit of calls, contacts or visits ("call", "caller", "chat")."""
    plural = lexicon()["units"].get(word + "s")
    return plural in _SINGULAR_KINDS or (plural == "people" and word + "s" in lexicon()["unit_word_measures"])


def _ends_phrase(after: str) -> bool:
    """Whether a noun ends its phrase: punctuation, the end, or a stop word follows it ("1 call for help"), not
    another noun it would modify ("six call centres")."""
    following = re.match(r"\s*([A-Za-z]+)", after)
    return following is None or following.group(1).lower() in word_set("stop_words")


def needs_tagger(text: str, numbers: list[NumberMention], offset: int = 0) -> bool:
    """Whether a sentence holds a count whose noun the plain-text rules cannot find."""
    return any(not n.percent and unit_from_words(text, n.end - offset)[0] is None for n in numbers)


#: A figure in the words after a count, not a year ("2021", "2020/21"): the figure a rate after it belongs to.
_FIGURE = re.compile(r"(?<![\w.,/-])\d[\d,]*")
_YEAR = re.compile(r"(?:19|20)\d\d")
#: After "a year", "a month": a time, not a rate ("in the same period a year earlier", "a month ago").
_TIME_AFTER_RATE = r"\s{1,3}(?:earlier|ago|before|later|previously)\b"


def rate_after(text: str, *, own_noun: bool = False) -> Optional[str]:
    """The rate a count is stated at, from the words that follow it ("each month").

    ``own_noun``: the words follow the count's own noun ("240 calls in 2021 and 300 calls a month"), so a rate
    after another figure is that figure's, not the count's ("1,200 calls in 2021, or 100 a month")."""
    window = text[:40].lower()
    if own_noun:
        window = window[:next((m.start() for m in _FIGURE.finditer(window) if not _YEAR.fullmatch(m.group())),
                              len(window))]
    return next((rate for rate, regex in _rate_patterns() if regex.match(window)), None)


@lru_cache(maxsize=1)
def _rate_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One pattern a rate, its phrases as one alternation, in the word list's order: a window matches a rate's
    pattern exactly when it matches one of its phrases' (compiled once, not looked up per phrase and number)."""
    return tuple((rate, re.compile(rf"(?:[\w,' -]{{0,25}}?\s)?(?:{'|'.join(map(re.escape, phrases))})\b"
                                   rf"(?!{_TIME_AFTER_RATE})"))
                 for rate, phrases in lexicon()["rates"].items())


#: A rate stated before its count: "Each year the centre receives 9,400 calls".
_RATE_BEFORE = re.compile(r"\b(?:each|every|per)\s+(day|week|month|year)\b", re.I)


def rate_before(text: str) -> Optional[str]:
    """The rate of a count from its clause's words before it ("Every month, 600 people ...")."""
    match = _RATE_BEFORE.search(text)
    return f"per_{match.group(1).lower()}" if match else None


def unit_category(unit: Optional[str]) -> Optional[str]:
    return lexicon()["units"].get(unit or "", unit)
