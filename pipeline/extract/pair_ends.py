"""The two ends of a pair of figures, "from 69 to 51": which end a figure is, by the words around it.

:mod:`pipeline.extract.own_times` dates each end of a pair (``pair_end``: within one year the earlier
figure is of the year before); :mod:`pipeline.extract.pair_context` finds the pairs a sentence leaves
undated (``undated_pair_end``).  Both read the ends with the patterns here: a hedge may stand before
either figure ("from about 90 to just 75"), and up to two words between the earlier figure and "to"
("from 40 callers to 52").  An undated pair allows no preposition among those words: "from 100 in
spring to 125 in autumn" names its own times.
"""
from __future__ import annotations

import re
from functools import lru_cache

#: A hedge before either figure: "from about 90", "to just 75".
HEDGE = r"(?:(?:just|about|around|almost|nearly|over|some|more than)\s++)?"
#: Up to two words between the earlier figure and "to": "from 40 callers to 52".
ANY_WORDS = r"(?:[a-z]++\s++){0,2}"
#: Up to two words, none a preposition: "100 in spring to 125 in autumn" is no undated pair.
NO_TIME_WORDS = r"(?:(?!(?:in|during|over|at|on|by|for|across|within|per|a|an|each|every)\b)[a-z]++\s++){0,2}"

#: The earlier end, before its figure: "from ", "from about ".
_FROM_BEFORE = re.compile(rf"\bfrom\s++{HEDGE}$", re.I)


@lru_cache(maxsize=2)
def _to_after(gap: str) -> re.Pattern[str]:
    """What follows the earlier figure: " to 75", " callers to just 52"."""
    return re.compile(rf"\s*+{gap}to\s++{HEDGE}\d", re.I)


@lru_cache(maxsize=2)
def _to_before(gap: str) -> re.Pattern[str]:
    """What comes before the later figure: "from 90 to ", "from 40 callers to "."""
    return re.compile(rf"\bfrom\s++{HEDGE}\d[\d,.]*+\s++{gap}to\s++{HEDGE}$", re.I)


def is_earlier_end(text: str, start: int, end: int, gap: str = ANY_WORDS) -> bool:
    """Whether the figure at ``text[start:end]`` is the earlier end of "from X to Y" (``gap``: the words
    allowed between it and "to")."""
    return bool(_FROM_BEFORE.search(text, max(0, start - 30), start)) and bool(_to_after(gap).match(text, end))


def is_later_end(text: str, start: int, gap: str = ANY_WORDS) -> bool:
    """Whether the figure at offset ``start`` of ``text`` is the later end of "from X to Y"."""
    return bool(_to_before(gap).search(text, max(0, start - 80), start))


#: What comes before the later figure of a pair whose earlier figure is dated: "from 210 in 2020 to ",
#: "from about 90 during 2021/22 to ", "from 400 in March 2022 to ".
_TO_BEFORE_DATED = re.compile(
    rf"\bfrom\s++{HEDGE}\d[\d,.]*+\s++(?:[a-z]++\s++){{0,2}}(?:in|during)\s++(?:[A-Za-z]++\s++)?"
    rf"(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\s++to\s++{HEDGE}$", re.I)


def is_later_end_after_dated(text: str, start: int) -> bool:
    """Whether the figure at offset ``start`` of ``text`` is the later end of "from X in 2020 to Y": a pair
    whose earlier end names its own date and whose later end names none."""
    return bool(_TO_BEFORE_DATED.search(text, max(0, start - 80), start))
