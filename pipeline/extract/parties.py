"""The party an elected member speaks for, named by its short form before the office.

Papers name a party before a member's office by the words of its name without "Party": "Alliance MLA Jo Roe"
(the Alliance Party), "Green councillor Jo Roe" (the Green Party), "a Green MSP". The data file holds each party
by its full name (``kind: party`` in ``data/orgs.jsonl``); a name ending in "Party" is also known here by the words
before it, only where they stand right before an elected member's office, so "the Alliance" or "Green spaces"
elsewhere names nothing. A party found in the phrase by the data file's own names and aliases is the parser's.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.organisations import lexicon

#: An elected member's office written after their party: "MLA", "MSP", "MS", "MP", "AM", "MEP", "councillor", "Cllr".
_OFFICE = r"(?:MLAs?|MSPs?|MSs?|MPs?|AMs?|MEPs?|[Cc]ouncillors?|Cllr|peer)"
#: Up to three capitalised words right before the office: "Alliance", "Green", "Scottish Green".
_BEFORE_OFFICE = re.compile(rf"(?<![\w'\u2019-])(?P<party>[A-Z][\w'\u2019-]*+(?:[^\S\n]++[A-Z][\w'\u2019-]*+){{0,2}}?)"
                            rf"[^\S\n]++{_OFFICE}(?![\w-])")


@lru_cache(maxsize=1)
def _short_names() -> dict[str, str]:
    """Each party of the data file whose name ends in "Party", keyed by the words before it ("Alliance" ->
    "Alliance Party"), and by those words with an "s" ("Greens")."""
    out: dict[str, str] = {}
    for name, kind in lexicon().org_kinds.items():
        if kind == "party" and name.endswith(" Party") and len(name) > len(" Party"):
            short = name[:-len(" Party")]
            out[short] = name
            out[short + "s"] = name
    return out


def party_before_office(words: Optional[str]) -> Optional[str]:
    """The party whose short name stands right before an elected member's office in a speaker phrase ("Alliance
    MLA for South Belfast Jo Roe" -> "Alliance Party"), or None."""
    for m in _BEFORE_OFFICE.finditer(words or ""):
        party = m.group("party").split()
        for start in range(len(party)):  # "Belfast Alliance": the party is the run's end
            found = _short_names().get(" ".join(party[start:]))
            if found:
                return found
    return None
