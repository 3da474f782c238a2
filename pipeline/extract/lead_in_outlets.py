"""A lead-in clause that names an outlet, run into the speaker's name with no comma: "Speaking to
The Harbour Echo Paul said:", "Talking to BBC Radio Kent Jo Roe said:".

Papers that name themselves in the attribution often leave out the comma after the clause. The
outlet's name ends in an outlet word (``outlet_words`` of ``regions_rules.json``: "Echo", "Post",
"Gazette"; and ``lead_in_outlet_words`` of ``speaker_cues.json``: "Radio", "FM", "TV", with the
place after "Radio" or "TV" theirs); what follows it is the speaker. The comma is put back, so the
clause is read as the lead-in it is and the name alone as the name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.organisations import lexicon
from pipeline.extract.regions import place, rules

#: "Speaking to the ", "Writing in ", "Talking with ": an -ing verb and its preposition, opening the phrase.
_LEAD = re.compile(r"(?P<lead>[A-Z][a-z]++(?<=ing)[^\S\n]++(?:to|in|on|with)[^\S\n]++(?:[Tt]he[^\S\n]++)?)"
                   r"(?P<run>[A-Z][\w'\u2019&.-]*+(?:[^\S\n]++[A-Z][\w'\u2019&.-]*+){1,8})(?P<rest>.*)", re.DOTALL)


@lru_cache(maxsize=1)
def _outlet_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words an outlet's name ends in, and those a place may follow ("Radio Kent")."""
    placed = frozenset(lexicon().cues.get("lead_in_outlet_words", []))
    return frozenset(rules()["outlet_words"]) | placed, placed


def with_outlet_comma(phrase: str) -> str:
    """The phrase with a comma after an outlet its lead-in clause names, when a name follows with
    none ("Speaking to The Harbour Echo Paul" -> "Speaking to The Harbour Echo, Paul"); else as it is."""
    m = _LEAD.match(phrase)
    if m is None or m.group("rest")[:1] == ",":
        return phrase
    words = m.group("run").split()
    ends, placed = _outlet_words()
    last = max((i for i, w in enumerate(words) if w in ends), default=-1)
    if last < 0:
        return phrase
    if words[last] in placed:
        while last + 1 < len(words) - 1 and place(words[last + 1]) is not None:
            last += 1  # "Radio Kent": the place is the station's
    if last >= len(words) - 1:
        return phrase
    return f"{m.group('lead')}{' '.join(words[:last + 1])}, {' '.join(words[last + 1:])}{m.group('rest')}"
