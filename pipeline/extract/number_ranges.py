"""The two ends of a range of numbers read as one statement: "between 3 and 5 per cent", "about 20 to 25 per cent".

What this module does not do: find the numbers (:mod:`pipeline.extract.numbers`), which it is given in order.
"""
from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.number_patterns import NumberMention
from pipeline.extract.not_numbers import BETWEEN_BEFORE


#: Between the two ends of a range: "5 to 10", "5-10", "5 – 10", "50 or 60"; "and" after "between" (:data:`BETWEEN_BEFORE`).
_RANGE_JOIN = re.compile(r"\s{0,3}(?:to|-|\u2013|\u2014)\s{0,3}|\s{1,3}(?:and|or)\s{1,3}", re.I)
#: A percent sign or word after a figure: "5%", "5 per cent" (a fraction word, "a quarter", has none).
_PERCENT_SIGN = re.compile(r"%|per\s?cent|percent|pc", re.I)
#: "from" right before a figure (and its hedge): "from about 1,300 to 1,400" is a change between two levels, no range.
_FROM_RIGHT_BEFORE = re.compile(r"\bfrom\s{1,3}$", re.I)


def join_ranges(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """The two ends of each range read as one statement: a percentage written once after both ends makes both
    percentages ("between 3 and 5 per cent", "10 to 15%", "2-4%", "from 8.4 to 12%"), and a hedge before the first
    end covers the second too ("about 20 to 25 per cent", "around 1,300 to 1,400 a month"; not "from about 1,300
    to 1,400", two levels of a change)."""
    out = list(found)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        join = _RANGE_JOIN.fullmatch(text, first.end, second.start)
        if join is None or first.vague or second.vague or first.end > second.start or second.start != second.num_start:
            continue  # "610 - about a quarter - were ...": an aside, no range
        word = join.group().strip().lower()
        if (word == "and" and not BETWEEN_BEFORE.search(text, max(0, first.start - 12), first.start)) \
                or (word != "to" and first.value >= second.value):
            continue  # "rose 12 and 6 per cent"; "40 - 31%" (a range runs upwards unless "to" joins it)
        if second.percent and not first.percent and first.value <= 1000 and "," not in text[first.num_start:first.num_end] \
                and _PERCENT_SIGN.search(text, second.num_end, second.end):
            out[i] = first = replace(first, percent=True)
        if first.percent == second.percent and first.qualifier == "about" and second.qualifier == "exact" \
                and not _FROM_RIGHT_BEFORE.search(text, max(0, first.start - 8), first.start):
            out[i + 1] = replace(second, qualifier="about")
    return out
