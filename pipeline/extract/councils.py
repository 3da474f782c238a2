"""The council a councillor, a cabinet member or a council's spokesperson speaks for.

"Highland councillor Donnie Mackay", "Bristol councillor Jo Roe": the place before the title names the council,
under the name the council calls itself ("Bristol City Council", "Lincolnshire County Council": ``council_names`` of
``data/offices.json``; else "<Place> Council"), when the gazetteer knows the place (a word that is no place,
"Cabinet" of "Cabinet Member", names nothing). A councillor's portfolio ("Cabinet Member for Public Health") is no body of its own: a speaker
who holds a council's office with no body ("Cllr Jo Roe, Cabinet Member for Health", "the council's portfolio
holder", "A council spokesman") speaks for the council the article names (:func:`councils_of_office_holders`), or, when it
names none but speaks of "the council" (a council's own newsletter), the council of the place it is about.

A council's officer speaks for it too, and a council's department is no body of its own (``data/offices.json``):
"Dr Jo Roe, Director of Public Health for York" speaks for the council, not for "Public Health for York"; with no
council named before the quote, for the council of the place the title names ("for York", "Bradford's Director of
Public Health": "York Council", "Bradford Council").
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from pipeline.extract.quote_turns import Turn
from pipeline.extract.regions import place
from pipeline.extract.speakers import Speaker, lexicon
from pipeline.wordlists import alternation, data_file

#: A capitalised run of up to three words right before "councillor": "Highland councillor", "East Riding Councillor".
_PLACE_COUNCILLOR = re.compile(r"(?<![\w'\u2019-])(?P<place>[A-Z][\w'\u2019-]*+(?:[^\S\n]++[A-Z][\w'\u2019-]*+){0,2})"
                               r"[^\S\n]++(?i:councillor|cllr)(?![\w-])")
#: A title or role that is a council's office: "Cllr", "Cabinet Member for Health", "portfolio holder", "Lord Mayor".
_COUNCIL_OFFICE = re.compile(r"(?<![\w-])(?:cllr|councillor|cabinet[^\S\n]++member|portfolio[^\S\n]++holder|"
                             r"lead[^\S\n]++member|lord[^\S\n]++mayor|council)(?![\w-])", re.IGNORECASE)
#: The word "council" itself in a role: "the council's portfolio holder", "A council spokesman".
_COUNCIL_WORD = re.compile(r"(?<![\w-])council(?![\w-])", re.IGNORECASE)
#: A council named by its shape: capitalised words (maybe joined by "and") before "Council": "Brighton and Hove
#: City Council", "Derry City and Strabane District Council". Each word is atomic and the run has at most six.
_NAMED_COUNCIL = re.compile(r"(?<![\w'\u2019-])(?P<name>[A-Z][\w\u2019-]*+(?:[^\S\n]++(?:and[^\S\n]++)?[A-Z][\w\u2019-]*+){0,5}?)"
                            r"[^\S\n]++Council(?![\w-])")
#: The kind words of a council's name after its place: "City", "County Borough".
_COUNCIL_KINDS = {"City", "County", "Borough", "District", "Metropolitan", "Town", "Parish", "Combined"}
#: Capitalised runs that may be a place: "Stockport", "Brighton and Hove".
_PLACE_RUN = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z]++(?:[^\S\n]++(?:and[^\S\n]++)?[A-Z][a-z]++){0,3}")
#: The place a council officer's title names: "for York" after the title, "Bradford's" before it.
_TITLE_PLACE = re.compile(r"(?:(?<![\w-])(?:for|in)[^\S\n]++(?P<after>[A-Z][\w-]*+(?:[^\S\n]++(?:and[^\S\n]++)?[A-Z][\w-]*+){0,2})"
                          r"|(?<![\w'\u2019-])(?P<before>[A-Z][\w-]*+(?:[^\S\n]++[A-Z][\w-]*+){0,2})['\u2019]s[^\S\n])")
#: Places no local council is named after.
_NOT_LOCAL = {"country", "nation", "region"}


@lru_cache(maxsize=1)
def _council_names() -> dict[str, str]:
    return data_file("offices.json")["council_names"]


def council_of(where: str) -> str:
    """The council of a place under the name it calls itself: "Lincolnshire County Council", "Bristol City
    Council", "City of York Council" (``council_names`` of ``data/offices.json``), else "<Place> Council"."""
    return _council_names().get(where) or f"{where} Council"


def council_for_councillor(speaker: Speaker) -> Optional[str]:
    """"<Place> Council" for a councillor whose title names a place of the gazetteer before the word
    ("Highland councillor" -> "Highland Council"); None for any other speaker."""
    words = " ".join(filter(None, (speaker.title, speaker.role)))
    m = _PLACE_COUNCILLOR.search(words)
    if m is None:
        return None
    named = m.group("place")
    for start in range(len(named.split())):  # "Labour Highland": the place is the run's end
        candidate = " ".join(named.split()[start:])
        if place(candidate) is not None:
            return council_of(candidate)
    return None


def _local_place(words: str) -> bool:
    found = place(words)
    return found is not None and found.kind not in _NOT_LOCAL


def named_councils(text: str) -> list[tuple[int, str]]:
    """The local councils the text names by their shape, with their offsets: the longest end of a run of
    capitalised words before "Council" that opens on a place of the gazetteer (or is one) and holds no word of another
    body's name
    ("Cheshire West and Chester Council"; "Sussex Police and Brighton and Hove City Council" names Brighton and
    Hove City Council), else a run with "City", "County" or the like and no "and" ("Kirkton Borough Council")."""
    not_names = set(lexicon().cues["not_names"])
    org_words = set(lexicon().cues["org_words"])
    out = []
    for m in _NAMED_COUNCIL.finditer(text):
        words = m.group("name").split()
        starts = [i for i, w in enumerate(words) if w != "and" and w not in not_names]
        chosen = next((i for i in starts if not org_words.intersection(words[i:]) and (_local_place(words[i])
                       or _local_place(" ".join(w for w in words[i:] if w not in _COUNCIL_KINDS)))), None)
        if chosen is None and starts and "and" not in words[starts[0]:] \
                and any(w in _COUNCIL_KINDS for w in words[starts[0] + 1:]):
            chosen = starts[0]
        if chosen is not None:
            offset = m.start("name") + len(" ".join(words[:chosen])) + (1 if chosen else 0)
            out.append((offset, " ".join(words[chosen:] + ["Council"])))
    return out


def _main_place(text: str) -> Optional[str]:
    """The local place the article names most (the first of them on a tie), named twice at least, or None: a run
    of capitalised words that is a place, or whose first word is one."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    not_names = set(lexicon().cues["not_names"])
    for m in _PLACE_RUN.finditer(text):
        words = m.group().split()
        while words and words[0] in not_names:  # "Your Dorset"
            words.pop(0)
        run = " ".join(words)  # the run, or its first word ("Dorset County Hospital"), never a later one ("Jo Halstead")
        found = run if run and _local_place(run) else (words[0] if words and _local_place(words[0]) else None)
        if found is not None:
            counts[found] += 1
            first.setdefault(found, m.start())
    best = max(counts, key=lambda p: (counts[p], -first[p])) if counts else None
    return best if best is not None and counts[best] >= 2 else None


@lru_cache(maxsize=1)
def _officer_pattern() -> re.Pattern[str]:
    """A council officer's title with no council word: "Director of Public Health"."""
    return re.compile(rf"(?<![\w-])(?i:{alternation(data_file('offices.json')['council_officer_titles'], loose_spaces=True)})(?![\w-])")


@lru_cache(maxsize=1)
def _department_pattern() -> re.Pattern[str]:
    """A body that is a council department, maybe with its place: "Public Health", "Public Health for York"."""
    return re.compile(rf"(?i:the[^\S\n]++)?(?:{alternation(data_file('offices.json')['council_departments'], loose_spaces=True)})"
                      r"(?:[^\S\n]++(?:for|in)[^\S\n]++[A-Z][\w-]*+(?:[^\S\n]++(?:and[^\S\n]++)?[A-Z][\w-]*+){0,2})?")


def department(org: Optional[str]) -> bool:
    """Whether a body found for a speaker is a council's department ("Public Health for York"), no body of its own."""
    return bool(org) and _department_pattern().fullmatch(org.strip()) is not None


def _officer(speaker: Speaker) -> bool:
    return bool(_officer_pattern().search(" ".join(filter(None, (speaker.title, speaker.role)))))


def _holds_office(speaker: Speaker) -> bool:
    words = " ".join(filter(None, (speaker.title, speaker.role)))
    return bool(_COUNCIL_OFFICE.search(words)) or _officer(speaker)


def _misplaced(speaker: Speaker) -> bool:
    """Whether a body found for a role that says "council" is no council and no party ("the city council's lead
    member" given the police force named before), or is a department ("Public Health")."""
    if department(speaker.org):
        return True
    if not speaker.org or not _COUNCIL_WORD.search(" ".join(filter(None, (speaker.title, speaker.role)))):
        return False
    return not _COUNCIL_WORD.search(speaker.org) and lexicon().org_kinds.get(speaker.org) != "party"


def _title_council(speaker: Speaker) -> Optional[str]:
    """"<Place> Council" of the place an officer's title names ("Director of Public Health for York", "Bradford's
    Director of Public Health"), or None."""
    for m in _TITLE_PLACE.finditer(" ".join(filter(None, (speaker.title, speaker.role, speaker.org)))):
        words = (m.group("after") or m.group("before")).split()
        for start in range(len(words)):
            if _local_place(" ".join(words[start:])):
                return council_of(" ".join(words[start:]))
    return None


def councils_of_office_holders(text: str, turns: list[Turn]) -> None:
    """Give each speaker who holds a council's office and no body (or, for a role that says "council", a body that
    is no council) the council the article names last before the quote, else the first it names after; with none
    named, "<Place> Council" of the place the article names most when it speaks of a council at all."""
    holders = [t for t in turns if t.speaker is not None and (_holds_office(t.speaker) or department(t.speaker.org))
               and (not t.speaker.org or _misplaced(t.speaker))]
    if not holders:
        return
    named = named_councils(text)
    fallback = None
    if not named and _COUNCIL_WORD.search(text):
        main = _main_place(text)
        fallback = council_of(main) if main else None
    for turn in holders:
        at = turn.parts[0][0].open
        before = [n for o, n in named if o < at]
        own = _title_council(turn.speaker) if _officer(turn.speaker) or department(turn.speaker.org) else None
        body = before[-1] if before else own or next((n for o, n in named if o >= at), fallback)
        if body is not None:
            turn.speaker = replace(turn.speaker, org=body, official=True)
