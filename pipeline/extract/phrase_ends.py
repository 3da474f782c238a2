"""Whether the text before a figure ends with a phrase of a word list (:func:`ends_with`) or with one word
(:func:`ends_with_word`), read only in the tail that can hold it.

What this module does not do: search anywhere but the end of the text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.measures import lexicon, word_regex


def ends_with(before: str, key: str) -> bool:
    """Whether ``before`` ends, trailing whitespace aside, with a phrase of the word list ``key``.

    Only the tail that can hold a phrase is searched: the phrases are literal, so a match is no longer than the
    longest of them, and one character more gives the boundary before it. Searching the whole text before every
    number read a sentence of n figures n times."""
    tail = before.rstrip()
    if not tail:
        return False
    return bool(_ends_with_regex(key).search(tail[-(_longest_phrase(key) + 1):]))


def ends_with_word(text: str, word: str) -> bool:
    """Whether ``text`` ends, trailing whitespace aside, with ``word`` as a whole word: ``re.search(rf"\\b{word}\\s*$",
    text)``, searched only where the word can start (the boundary before it is read from the character before)."""
    return _word_at_end(word).search(text, max(0, len(text.rstrip()) - len(word))) is not None


@lru_cache(maxsize=None)
def _word_at_end(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}\s*$")


@lru_cache(maxsize=None)
def _ends_with_regex(key: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{word_regex(key).pattern})$", re.I)


@lru_cache(maxsize=None)
def _longest_phrase(key: str) -> int:
    return max(map(len, lexicon()[key]))
