"""How many parts a total's own words count: "Volunteers at four Samaritans branches in south Wales answered 61,200
calls", "The three council areas made 2,195 contacts".

A breakdown whose list has as many places as the total's words count is every part of it, so a shortfall is a
misstatement, not a place left out (:func:`pipeline.check.place_sums.breakdown_check`).  The nouns a total may count
are ``counted_parts`` in ``data/channel_parts.json``; up to two words may stand between the number and the noun
("four Samaritans branches", "five local council areas").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.records import Count
from pipeline.wordlists import alternation, data_file

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    nouns = alternation(data_file("channel_parts.json")["counted_parts"], loose_spaces=True)
    return re.compile(rf"(?<![\w-])(?P<n>{'|'.join(_NUMBERS)}|\d{{1,2}})\s{{1,3}}(?:[A-Za-z'\u2019-]{{1,30}}\s{{1,3}})"
                      rf"{{0,2}}?(?:{nouns})(?![\w-])", re.I)


def parts_counted(total: Count, text: Optional[str]) -> Optional[int]:
    """The number of parts the total's sentence counts; ``None`` when it counts none, or two different numbers."""
    if not text:
        return None
    found = set()
    for m in _pattern().finditer(text, total.sentence[0], total.sentence[1]):
        n = m.group("n").lower()
        found.add(_NUMBERS[n] if n in _NUMBERS else int(n))
    return found.pop() if len(found) == 1 else None
