"""The body an elected member speaks for, as the text names it.

A member is official, and speaks for what the text names beside the office: the party before it ("Alliance MLA for
East Belfast Jo Roe" -> the Alliance Party; :mod:`parties`), else the chamber the title names in its own words
("Member of the Scottish Parliament for Dundee East" -> Scottish Parliament, "Member of the Senedd for Arfon" ->
Senedd), never the seat ("Dundee East") nor the title itself. A member whose text names neither ("Lincoln MP Jo
Roe") keeps no body: the blind probe sets' annotators gave such members none seven times in nine.

The patterns are anchored on the office word and each run of capitalised words is bounded.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from pipeline.extract.name_book import Speaker
from pipeline.extract.organisations import lexicon
from pipeline.extract.parties import party_before_office
from pipeline.extract.regions import place
from pipeline.wordlists import alternation

_CAPS = r"[A-Z][\w'\u2019-]*+"
#: "Member of the Scottish Parliament" and its chamber's own words, up to "for" or the end of the capitalised run.
_MEMBER_OF = re.compile(rf"(?<![\w-])Member[^\S\n]++of[^\S\n]++(?:the[^\S\n]++)?(?P<chamber>{_CAPS}(?:[^\S\n]++(?:of[^\S\n]++)?{_CAPS}){{0,3}})")
#: Words that make an office a past one: "former MP", "ex-MSP".
_FORMER = re.compile(r"(?<![\w-])(?i:former|ex|late|then)(?![\w])")


@lru_cache(maxsize=1)
def _office() -> re.Pattern[str]:
    """A member's office word, whole and in capitals: "MP", "MSP", "MLA", "MS"."""
    return re.compile(rf"(?<![\w'\u2019-])(?:{alternation(lexicon().cues['post_nominal_offices'])})(?![\w'\u2019-])")


def chamber_of(words: str) -> Optional[str]:
    """The chamber a member's title names in its own words ("Member of the Senedd for Arfon" -> "Senedd"), or None."""
    m = _MEMBER_OF.search(words)
    return m.group("chamber") if m else None


def member_body(speaker: Speaker, phrase: str = "") -> Speaker:
    """A named speaker who holds a member's office, official, with the party or chamber the text names beside it
    when the parse found no body, or found the seat or the title itself for one."""
    words = " ; ".join(filter(None, (speaker.title, speaker.role)))
    chamber = chamber_of(words)
    if speaker.kind != "named" or not (chamber or _office().search(words)) or _FORMER.search(words):
        return speaker
    org = speaker.org
    if org is None or chamber_of(org) or place(org) is not None:  # no body, the title itself, or the seat
        org = party_before_office(" ; ".join(filter(None, (words, phrase)))) or chamber
    return replace(speaker, org=org, official=True)
