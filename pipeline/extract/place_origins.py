"""Whether a figure gives its own origin after the name of the body that states it: "Stop It Now! Scotland said 412
people from the Kingdom got in touch" (Fife, a nickname: ``place_nicknames``), "... 173 people from the region" (no
place, ANNOTATION.md decision 12). The body's place is then not the figure's (``place_roles.organisation_places``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.gazetteer import rules

#: A figure's own words of origin: "from", "in" or "across" (with "across", "all over", "the" after it).
_ORIGIN = re.compile(r"(?<![\w-])(?:from|in|across)\s++(?:(?:across|all\s++over)\s++)?((?:the\s++)?)")
#: The rest of a sentence: no stop, no line break (bounded: a window of :data:`ORIGIN_REACH` characters).
_TO_STOP = re.compile(r"[^.!?\n]*+")
#: How far after a body's name its sentence is read for a figure's own origin.
ORIGIN_REACH = 300


@lru_cache(maxsize=1)
def _place_noun() -> re.Pattern[str]:
    """A word naming a part of a place ("county", "region", "area"): an origin that points back, no place named."""
    nouns = "|".join(re.escape(w) for w in sorted(rules()["origin_place_nouns"], key=len, reverse=True))
    return re.compile(rf"(?:{nouns})(?![\w-])", re.IGNORECASE)


def own_origin_after(text: str, end: int, starts: frozenset[int]) -> bool:
    """Whether the sentence after a body's name (ending at ``end``) gives a figure's own origin: "from", "in" or
    "across" before a place mention (``starts``) or a part of one ("the county", "the region", "the
    area"). The body then only states the figure: "Stop It Now! Scotland said 412 people from the Kingdom got
    in touch" is Fife's figure (the nickname), "... 173 people from the region" no place's (ANNOTATION.md
    decision 12: the sentence names none of its own), not Scotland's. "Across the country" is the body's own place:
    not an origin of the figure's own (``origin_place_nouns`` holds no "country")."""
    stop = _TO_STOP.match(text, end, min(len(text), end + ORIGIN_REACH)).end()
    for found in _ORIGIN.finditer(text, end, stop):
        if found.start(1) in starts or found.end() in starts or _place_noun().match(text, found.end(), stop):
            return True
    return False
