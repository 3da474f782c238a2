"""``phrase_ends.ends_with``: whether the words before a number end with a phrase of a word list.

It reads only the tail that can hold a phrase (the phrases are literal): the answers must be those of a search
of the whole text, and the work must not grow with the text before the number (a sentence of thousands of
figures asked once per figure)."""
from __future__ import annotations

import re

import pytest

from pipeline.extract import phrase_ends
from pipeline.extract.measures import word_regex
from pipeline.extract.phrase_ends import ends_with


def _whole_text_answer(before: str, key: str) -> bool:
    """The search of the whole text that ``ends_with`` replaced."""
    return bool(re.search(rf"\b(?:{word_regex(key).pattern})\s*$", before, re.I)) if before.strip() else False


CASES = [
    ("Calls went up from", "comparison", True),
    ("Calls went up from   ", "comparison", True),
    ("Calls went up from\n", "comparison", True),
    ("Calls went UP FROM", "comparison", True),
    ("Calls went up fromage", "comparison", False),
    ("Calls went up-from", "comparison", False),  # a hyphen before a phrase is no boundary
    ("The total rose to", "change_to", True),
    ("The total rose-to", "change_to", False),
    ("up from", "comparison", True),
    (" up from", "comparison", True),
    ("Calls went up from it", "comparison", False),
    ("The total rose to", "change_to", True),
    ("The total arose to", "change_to", False),
    ("Of the callers, 40 were aged", "age_words", True),
    ("Of the callers, 40 were under", "age_words", True),
    ("Of the callers, 40 were thunder", "age_words", False),
    ("", "comparison", False),
    ("    ", "comparison", False),
    ("12,12,12," * 500 + " up from", "comparison", True),
    ("12,12,12," * 500, "comparison", False),
]


@pytest.mark.parametrize("before, key, expected", CASES)
def test_ends_with_answers_as_a_search_of_the_whole_text(before: str, key: str, expected: bool) -> None:
    assert ends_with(before, key) is expected
    assert _whole_text_answer(before, key) is expected


def test_ends_with_reads_a_tail_no_longer_than_the_longest_phrase(monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[int] = []
    compiled = phrase_ends._ends_with_regex("comparison")

    class Watched:
        def search(self, text: str):
            searched.append(len(text))
            return compiled.search(text)

    monkeypatch.setattr(phrase_ends, "_ends_with_regex", lambda key: Watched())
    for size in (100, 10_000, 1_000_000):
        ends_with("9," * size + " up from", "comparison")
    longest = phrase_ends._longest_phrase("comparison")
    assert searched and max(searched) <= longest + 1, (searched, longest)
