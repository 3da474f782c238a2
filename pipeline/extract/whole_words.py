"""A word found as a word of its own by plain string search, where a pattern per word would be compiled.

Quote attribution looks for the surname of every person an article has named in each narrative
fragment; a regular expression per surname meant hundreds of patterns an article, more than
``re``'s cache of 512 keeps, so they and the fixed patterns they pushed out were compiled again
and again (about 0.4 s of CPU over the 899 real texts).
"""
from __future__ import annotations

from typing import Optional


def _word_char(char: str) -> bool:
    """Whether ``char`` is a word character as ``\\w`` reads one (a letter, digit or underscore)."""
    return char.isalnum() or char == "_"


def word_at(text: str, word: str) -> Optional[int]:
    """Where ``word`` first stands as a word of its own in ``text``: no word character, apostrophe or
    hyphen before it, no word character or hyphen after it; None if nowhere.  What
    ``re.search(rf"(?<![\\w'\u2019-]){re.escape(word)}(?![\\w-])", text)`` finds, without compiling a
    pattern for every name (hundreds an article, more than ``re``'s cache keeps)."""
    start = text.find(word)
    while start >= 0:
        before = text[start - 1] if start else ""
        after = text[start + len(word):start + len(word) + 1]
        if not (before and (_word_char(before) or before in "'\u2019-")) and not (
                after and (_word_char(after) or after == "-")):
            return start
        start = text.find(word, start + 1)
    return None

