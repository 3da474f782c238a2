"""Word lists: reading a data file of them, and writing them as regular expressions; the helpers every
word-list module uses."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Iterable

from pipeline.settings import DATA_DIR


@lru_cache(maxsize=None)
def data_file(name: str) -> dict:
    """The word lists of ``pipeline/data/<name>``, a JSON file, read once."""
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def alternation(phrases: Iterable[str], *, loose_spaces: bool = False) -> str:
    """The phrases as one regex alternation, escaped, longest first (so at any position
    the longest phrase wins); with ``loose_spaces`` a space matches any run of whitespace."""
    escaped = [re.escape(p) for p in sorted(phrases, key=len, reverse=True)]
    if loose_spaces:
        escaped = [e.replace(r"\ ", r"\s+") for e in escaped]
    return "|".join(escaped)


def first_letter_alternation(phrases: Iterable[str]) -> str:
    """The phrases as one regex alternation that matches as :func:`alternation`'s does, grouped by first character
    ("h(?:elpline|otline)|c(?:allers|...)"): at a position only the group of its character is tried, not every
    phrase.  The same match wherever it is used: phrases of different first characters never match at one position,
    and within a group they come longest first, as in :func:`alternation` (for a case-sensitive pattern: under
    ``re.IGNORECASE`` two groups could match one position)."""
    ordered = sorted(phrases, key=len, reverse=True)
    if not all(ordered):
        return alternation(ordered)  # an empty phrase matches anywhere: no first character to group by
    groups: dict[str, list[str]] = {}
    for phrase in ordered:
        groups.setdefault(phrase[0], []).append(phrase[1:])
    return "|".join(f"{re.escape(first)}(?:{'|'.join(re.escape(rest) for rest in rests)})" for first, rests in groups.items())


#: The letters that ``re.IGNORECASE`` matches to an ASCII letter but ``str.lower`` does not lower to it: the
#: dotted capital I, the dotless i, the long s and the Kelvin sign ("a th\u0131rd" matches "a third").
_IGNORECASE_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """``text`` lower-cased as a word list's key: what an ``re.IGNORECASE`` pattern over the list matched is
    found in the list even when its letters are the ones ``str.lower`` keeps ("almo\u017ft" -> "almost")."""
    return text.translate(_IGNORECASE_TWINS).lower()
