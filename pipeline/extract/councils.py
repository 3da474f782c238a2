"""The council a councillor named with no body speaks for.

"Highland councillor Donnie Mackay", "Bristol councillor Jo Roe": the place before the title names the council,
"<Place> Council", when the gazetteer knows the place (a word that is no place, "Cabinet" of "Cabinet Member",
names nothing). A councillor's portfolio ("Cabinet Member for Public Health") is no body of its own.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.extract.regions import place
from pipeline.extract.speakers import Speaker

#: A capitalised run of up to three words right before "councillor": "Highland councillor", "East Riding Councillor".
_PLACE_COUNCILLOR = re.compile(r"(?<![\w'\u2019-])(?P<place>[A-Z][\w'\u2019-]*+(?:[^\S\n]++[A-Z][\w'\u2019-]*+){0,2})"
                               r"[^\S\n]++(?i:councillor|cllr)(?![\w-])")


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
            return f"{candidate} Council"
    return None
