"""The earlier figure of a comparison of use counted in "times": "was contacted 3,402 times in 2023, compared with
1,688 times in 2022", "was used 2,850 times in 2024, against 1,420 times in 2022".

A figure compared with a count takes that count's noun (``facts.py``: "up from 2,015 in 2021"); "N times" is a
count only after a verb of use (``count_times.times_of``), and the compared figure's own words name none: it
counts what the "N times" before it in its sentence counts, when words of comparison stand right before it and no
comparative after it makes it a multiplier ("three times as many", "four times the number").
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from pipeline.extract.sentence_context import Draft

#: Words of comparison right before the compared figure, a hedge at most between: "compared with", "compared to",
#: "against", "up from", "down from", "from", "versus", "vs".
_COMPARED = re.compile(r"(?:\b(?:compared\s{1,3}(?:with|to)|against|versus|vs\.?|(?:up|down|rising|falling)?\s{0,3}from)"
                       r"(?:\s{1,3}(?:about|around|some|just|only|nearly|almost))?\s{1,3})$", re.I)
#: A comparative right after "N times" (the figure's end may stand before "times") that makes it a multiplier, not a
#: count: "as many", "more", "the number", "that of"; not a time ("900 times the year before", "that year").
_MULTIPLIER_AFTER = re.compile(r"\s{0,3}(?:times\s{1,3})?(?:as\b|more\b|less\b|higher\b|lower\b|greater\b|bigger\b"
                               r"|larger\b|than\b|(?:the|that)\b(?!\s{1,3}(?:year|previous|same|month|week|period|last|"
                               r"first|second|twelve|12|six|three)\b))", re.I)


def compared_times_measure(unit: Optional[str], before: str, after: str, found: Sequence[Draft]) -> Optional[str]:
    """The measure of a compared "N times" (``unit`` "times", ``before`` and ``after`` its sentence's text around
    it): the measure of the last count in ``found`` (its sentence's counts before it) written "N times", when
    words of comparison end ``before``; ``None`` otherwise."""
    if unit != "times" or not found or not _COMPARED.search(before[-40:]) or _MULTIPLIER_AFTER.match(after):
        return None
    earlier = found[-1]
    if (earlier.unit_word or earlier.unit) != "times" or earlier.measure == "other":
        return None
    return earlier.measure
