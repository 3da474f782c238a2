"""The body a named speaker with no title speaks for, from the voice of their own words.

A person the article names with no title, role or body ("Jo Roe said") who speaks in
the first person plural about a body's work ("our volunteers", "we answer every call",
"callers tell us") is the voice of the body the article is about: the one it names most
often (:func:`main_body`). Members of the public speak of themselves ("I called
twice", "we were desperate", "we rang the helpline every night"), so a bare "we" beside
a word of the body's work is not enough: "we" must be the subject of a verb of the
body's work ("we answer", "we have trained", "we had more callers"), or the words say
"our" before a word of ``house_words`` ("our volunteers"), "callers tell us", "people call us", or "we"
beside the body's own name ("at the Harbour Trust we ..."). The words are lists of
``data/speaker_cues.json``; callers' verbs (called, rang, waited) are in none of them.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.organisations import generic_org, lexicon, named_most_before, public_body
from pipeline.wordlists import alternation


def _words(key: str) -> str:
    """One list of ``speaker_cues.json`` as an alternation, longest first."""
    return alternation(lexicon().cues.get(key, [])) or "(?!)"


@lru_cache(maxsize=1)
def _body_work() -> re.Pattern[str]:
    """"our" and a house word, "we" as the subject of a verb of the body's work or of its calls ("we
    had a total of 185 calls"), "callers tell us", or people who "call us"."""
    house, aux = _words("house_words"), _words("body_work_auxiliaries")
    return re.compile(
        rf"\bour\s++(?:[\w-]++\s++){{0,2}}?(?:{house})\b"
        rf"|\bwe(?:['\u2019](?:ve|d|ll|re))?\s++(?:(?:{aux})\s++){{0,3}}(?:(?:{_words('body_work_verbs')})\b"
        rf"|(?:{_words('body_traffic_verbs')})\s++(?:[\w,-]++\s++){{0,4}}?(?:{_words('body_traffic_words')})\b)"
        rf"|\b(?:{house}|{_words('tell_us_subjects')})\s++(?:[a-z]++\s++)?(?:{_words('tell_us_verbs')})\s++(?:to\s++)?us\b"
        rf"|\b(?:{_words('call_us_verbs')})\s++us\b",
        re.IGNORECASE)


def main_body(bodies: list[str]) -> Optional[str]:
    """The body an article names most often (the first named on a tie), leaving out bare kind words
    and police forces and governments, whose people have titles."""
    return named_most_before([b for b in bodies if not generic_org(b) and not public_body(b)], [])


def speaks_for(words: str, body: str) -> bool:
    """Whether quoted words speak for a body: "we" doing its work, "our" and a word of its work,
    or "we" beside its name ("At the Harbour Trust we never turn anyone away")."""
    if _body_work().search(words):
        return True
    return _we_beside(body).search(words) is not None


@lru_cache(maxsize=256)
def _we_beside(body: str) -> re.Pattern[str]:
    """"we" beside a body's name, compiled once per body (not through ``re``'s cache, which such
    patterns overran)."""
    name = re.escape(body)
    return re.compile(rf"\b(?:at|for|with)\s++(?:the\s++)?{name}\b[^.;!?]{{0,20}}?\bwe\b|\bwe\s++at\s++(?:the\s++)?{name}\b",
                      re.IGNORECASE)
