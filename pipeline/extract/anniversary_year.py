"""The year an undated article is written in, from an anniversary and the founding date it counts from.

A branch's or a line's anniversary is news: "The branch is celebrating 50 years, after taking its
first call in March 1971", "The line, founded in 1994, marks its 25th anniversary". With no
publication date, such an article still fixes its own year: the founding year plus the age
(1971 + 50 = 2021), so its "last year" is 2020 (ANNOTATION.md decision 6: "last year" is resolved
when the text anchors it). The age is an anniversary or a birthday ("50th anniversary", "40th
birthday"), years celebrated or marked ("celebrating 50 years", "marks 30 years"), "turns 50", or
years after a founding ("Thirty years after it was founded in 1990"); the founding year is a year in
the sentence of a founding word ("founded", "set up", "opened", "its first call"), and the age must stand in
that sentence (or clause, up to a semicolon) or in the headline (the text's first line, with no full stop:
"Branch celebrates 50th birthday"): "The town's carnival marks its 25th anniversary" a sentence away, or "Jo
Roe turns 50 next week; she founded the line in 1985", is no age of the body. Exactly one age and one
founding year must be named, else none is implied: "its founder died 10 years ago" is no age of the body,
and two founding years or two ages leave it open. Words are data: ``data/anniversary.json``.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from pipeline.extract.period_spans import TextDate
from pipeline.wordlists import alternation

DATA = Path(__file__).resolve().parent.parent / "data" / "anniversary.json"

#: A year a body could have been founded in.
_YEAR = re.compile(r"\b(?:18|19|20)\d\d\b")
#: Sentences or clauses after a semicolon: the founding word, its year and the age must share one.
_SENTENCE = re.compile(r"[^.!?;\n]++[.!?;]?")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    numbers = {**data["cardinals"], **data["ordinals"]}
    number = rf"(?P<n>\d{{1,3}}(?:st|nd|rd|th)?|{alternation(sorted(numbers, key=len, reverse=True))})"
    return {
        "age": [re.compile(rule.replace("{N}", number, 1), re.I) for rule in data["age_rules"]],  # type: ignore[dict-item]
        "founding": re.compile(rf"\b(?:{alternation(data['founding_words'], loose_spaces=True)})\b", re.I),
        "numbers": numbers,
    }


def _number(word: str, numbers: dict[str, int]) -> Optional[int]:
    digits = re.match(r"\d{1,3}", word)
    if digits:
        return int(digits.group())
    return numbers.get(word.lower().replace(" ", "-"))


def ages(text: str) -> set[int]:
    """The ages in years the text gives a body ("celebrating 50 years", "its 25th anniversary")."""
    pats = _patterns()
    found = set()
    for rule in pats["age"]:
        for match in rule.finditer(text):
            n = _number(match.group("n"), pats["numbers"])
            if n is not None and 1 <= n <= 200:
                found.add(n)
    return found


def founding_years(text: str) -> tuple[set[int], set[int]]:
    """The years of the sentences that say a body was founded ("founded in 1994", "its first call in 1971"), and
    the ages those sentences give it (:func:`ages`)."""
    founding = _patterns()["founding"]
    years: set[int] = set()
    told: set[int] = set()
    for sentence in _SENTENCE.finditer(text):
        words = founding.search(sentence.group())
        if words is None:
            continue
        after = _YEAR.search(sentence.group(), words.start())  # the year after the founding word, else the one before
        before = [m for m in _YEAR.finditer(sentence.group(), 0, words.start())]
        year = after or (before[-1] if before else None)
        if year is not None:
            years.add(int(year.group()))
            told |= ages(sentence.group())
    return years, told


def anniversary_date(text: Optional[str]) -> Optional[TextDate]:
    """The date an undated article implies by an anniversary (see the module): the last day of the
    founding year plus the age; ``None`` unless exactly one age and one founding year are named."""
    if not text:
        return None
    founded, told = founding_years(text)
    head, newline, _ = text.partition("\n")
    if newline and not head.rstrip().endswith((".", "!", "?")):
        told |= ages(head)  # the headline's (a first line without a full stop): "Branch celebrates 50th birthday"
    if len(told) != 1 or len(founded) != 1:
        return None
    return TextDate(founded.pop() + told.pop(), 12, 31)
