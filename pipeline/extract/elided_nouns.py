"""A bare figure after a verb of a line receiving ("took", "answered", "recorded") counts what the count before it
counts by its own noun: "The branch took 1,512 calls in 2023. In 2022 it took 1,180."; "Advisers answered 6,512
calls, but could not answer a further 9,870"; "took 8,214 calls in 2023/24, a 27.4% increase on the 6,447 recorded in
2022/23". The verb names no channel, so the cue words alone make such a figure a helpline's contacts; the paper left
out the noun it had just written.

One pass over an article's drafts in text order (:func:`carry_elided_nouns`), the count before each kept as it goes.
The verbs are ``neutral_verbs`` of ``data/measures.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from pipeline.extract.channels import channel_of
from pipeline.extract.measures import lexicon, word_regex
from pipeline.extract.own_channels import channels_named
from pipeline.extract.sentence_context import Draft
from pipeline.wordlists import alternation, fold

#: The measure a count's own noun gives the bare figures after it: calls by phone, visits to a website.
_NOUN_MEASURES = {"phone": "helpline_calls"}
_WEBSITE_NOUNS = ("visits", "visitors", "website visits", "page views")


@lru_cache(maxsize=1)
def _neutral() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(lexicon()['neutral_verbs']['any'])})(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _receiving_end() -> re.Pattern[str]:
    """A verb of a line receiving that is no cue of contacts by itself ("received", "had taken", "recorded"; "took"
    and "answered" are cues already), right before a figure: ``neutral_verbs`` less ``cues`` of ``measures.json``."""
    lex = lexicon()
    verbs = set(lex["neutral_verbs"]["any"]) - set(lex["cues"]["helpline_contacts"])
    return re.compile(rf"(?<![\w-])(?:{alternation(verbs)})\s{{1,3}}$", re.I)


def after_receiving(before: str) -> bool:
    """Whether a figure follows a verb of a line receiving that names no contacts by itself ("In the previous year it
    received 276", "it had taken 3,235"): with no noun of its own, it counts what the count before counts."""
    return _receiving_end().search(before[-40:]) is not None


def _noun_measure(d: Draft) -> Optional[str]:
    """The measure a count's own noun names a channel by ("1,512 calls": a helpline's calls; "61,000 visits": a
    website's users), else ``None``."""
    word = (getattr(d, "unit_word", None) or "").lower()
    if word in _WEBSITE_NOUNS and d.measure == "website_users":
        return "website_users"
    measure = _NOUN_MEASURES.get(channel_of(word) or "")
    return measure if measure == d.measure else None


#: A figure in a count's clause: its own and the others, which bound the words that tell what it counts.
_FIGURE = re.compile(r"\d[\d,.]*+%?")
#: How far (characters) before and after a figure its own words are read.
_REACH = 160
#: How many sentences into the body a headline's noun may be left out: "Calls to the line hit a record ... The line
#: took 1,930 in 2023".
HEADLINE_REACH = 4


def _own_words(d: Draft) -> str:
    """The words of a count's clause between the figure (or year) before it and the figure after it."""
    s, text = d.sentence.start, d.sentence.text
    at, end = d.start - s, d.end - s
    lo, hi = max(d.clause[0] - s, at - _REACH), min(d.clause[1] - s, end + _REACH)  # a long clause is not read whole
    for m in _FIGURE.finditer(text, lo, hi):
        if m.end() <= at:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return text[lo:at] + " " + text[end:hi]


def _only_neutral(d: Draft) -> bool:
    """Whether a count's own words tell what it counts only by a verb of a line receiving: a neutral verb, no other
    cue of contacts ("contacted", "got in touch") and no channel word (a helpline or an adviser aside)."""
    words = _own_words(d)
    verbs = {fold(m.group()) for m in _neutral().finditer(words)}
    if not verbs:
        return False
    word = (getattr(d, "unit_word", None) or "").lower()
    if word and (word != "people" or not verbs & set(lexicon()["neutral_verbs"]["people"])):
        return False  # "it took 900 people"; only "heard from 412 people" carries people over
    cues = {fold(m.group()) for m in word_regex("cues", "helpline_contacts").finditer(words)}
    return cues <= set(lexicon()["neutral_verbs"]["any"]) and channels_named(words) <= {"line"}


def _headline_measure(text: str) -> Optional[str]:
    """The measure a headline's count noun names when it names calls alone ("Calls to Fife gambling helpline hit
    record"), else ``None``."""
    line = text.lstrip().split("\n", 1)[0]
    return "helpline_calls" if len(line) <= 200 and channels_named(line) in ({"phone"}, {"phone", "line"}) else None


def carry_elided_nouns(drafts: Sequence[Draft], text: str = "") -> None:
    """Give each bare figure of a line receiving the measure of the count before it (in its sentence or the
    sentence before; a difference passed over) when that count's own noun names a channel, or when it took one so
    ("took 1,512 calls in 2023. In 2022 it took 1,180, and in 2021 it took 990"); the first such figures of the body,
    with no count before them, the measure of the calls their headline names. The earlier figure of a comparison
    with no noun of its own follows the count it is compared with ("took 1,930 in 2023, up from 1,480 in 2022")."""
    before: Optional[tuple[Optional[str], int]] = None  # the measure the count before names by its noun, its sentence
    headline = _headline_measure(text) if text else None
    for d in drafts:
        if d.kind != "count" or getattr(d, "difference", None):
            continue
        named = _noun_measure(d)
        bare = not getattr(d, "unit_word", None)  # a headline's calls are no noun of "heard from 260 people"
        donor = before if before is not None else (headline, d.index) if d.index <= HEADLINE_REACH and bare else None
        if named is None and donor is not None and donor[0] is not None and d.measure == "helpline_contacts" \
                and d.index - donor[1] <= 1 and d.inherit in (None, "previous") \
                and (_only_neutral(d) or (d.comparison and d.index == donor[1] and bare)):
            d.measure = named = donor[0]
        before = (named, d.index)
