"""England's compass regions in news from abroad: "North-West residents" in a Tasmanian paper,
"the South West" in a Cork one, name a part of that country, not the North West of England.

A region of the gazetteer named by compass words alone ("North West", "South-west", "north
east") is dropped from a document whose every other place lies in one country other than the
United Kingdom. Written with "England" ("North West England") it stays; so does it beside any
place of the UK, or with no other place to tell.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from spacy.tokens import Span

UK = "United Kingdom"


def without_compass_abroad(spans: list[Span], country_of: Callable[[str], Optional[str]],
                           compass: frozenset[str]) -> list[Span]:
    """``spans`` without England's compass regions when the others all lie in one country abroad.

    ``country_of``: a place's country (``United Kingdom`` for a place of the UK), or None.
    ``compass``: the compass words (``compass_words`` of ``data/regions_rules.json``).
    """
    bare = [s for s in spans if all(w in compass for w in re.split(r"[\s-]+", s.text))]
    if not bare or country_of(bare[0].label_) != UK:
        return spans
    countries = {country_of(s.label_) for s in spans if s not in bare}
    if len(countries) != 1 or None in countries or UK in countries:
        return spans
    return [s for s in spans if s not in bare]
