"""Whether two figures of one sentence stand in two clauses about two things.

"Calls about anxiety rose 40 per cent and chats about sleep doubled", "a six-fold
increase in visits and a 30 per cent rise in calls", "While calls fell from 950 to
900, calls about betting nearly doubled": the sentence joins two claims, each with its
own subject, and neither figure is the other's.  The words are data
(``data/clauses.json``).
"""
from __future__ import annotations

import re
from typing import Any

from pipeline.wordlists import data_file

#: A contrast or a new subject between two figures: "while", "but", "and the" (as linking.py had it).
_CONTRAST = re.compile(r"\b(?:while|whilst|whereas|but|although|though|and\s+the|and\s+its)\b", re.I)
#: An "and" of a gap (the last one found is the one that matters).
_AND = re.compile(r"\band\b", re.I)
_WORD = re.compile(r"[A-Za-z']+")


def clause_words() -> dict[str, Any]:
    """The lists of ``data/clauses.json`` (read once, by :func:`pipeline.wordlists.data_file`)."""
    return data_file("clauses.json")


def new_subject_after_and(gap: str) -> bool:
    """The words between two figures end with "and" and a new subject: "and chats about sleep" (before
    "doubled"), "and a" (before "30 per cent rise"); not "and has", "and", ", and so"."""
    found = None
    for found in _AND.finditer(gap):
        pass
    if found is None:
        return False
    after = gap[found.end():]
    if re.search(r"[,;:]", after):
        return False  # "in Kent and Essex, doubling": the "and" joined two nouns of the first clause
    allowed = set(clause_words()["same_subject_after_and"])
    return any(w.lower() not in allowed for w in _WORD.findall(after))


def opens_with_contrast(before_first: str) -> bool:
    """The sentence opens with a contrast ("While ...", "Although ...") before the first figure."""
    words = " ".join(_WORD.findall(before_first.lower()))
    return any(words == w or words.startswith(w + " ") for w in clause_words()["contrast_openers"])


def two_clauses(sentence: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Two figures of ``sentence`` (offsets within it, ``first`` before ``second``) stand in two clauses about
    two things: a contrast or a new subject between them ("rose 40% while calls doubled", "rose 40% and chats
    about sleep doubled"), or a first clause opened by a contrast that ends, at a comma, between them ("While
    calls fell from 950 to 900, calls about betting nearly doubled")."""
    gap = sentence[first[1]:second[0]]
    if _CONTRAST.search(gap) or new_subject_after_and(gap):
        return True
    return "," in gap and opens_with_contrast(sentence[:first[0]])
