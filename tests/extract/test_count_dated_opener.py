"""A sentence that opens with its date and then the noun it counts: "In 2022, calls reached 5,000."

The figure has no noun after it; what it counts is the noun its sentence opens with, after a
short dated phrase ("In 2022,", "In May 2023,"). The count is found and keeps the
date of its sentence. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _counts(text: str, published: str = "2024-05-20"):
    record = extract_article("Helpline figures\n\n" + text, source="dated-opener.txt", published=published)
    return [(c.value, c.measure, c.period_start) for c in record.counts]


@pytest.mark.parametrize("text, expected", [
    ("In 2022, calls reached 5,000.", (5000, "helpline_calls", "2022-01-01")),
    ("In May 2023, calls climbed to 700.", (700, "helpline_calls", "2023-05-01")),
    ("In 2021, calls hit 4,350, the highest yet.", (4350, "helpline_calls", "2021-01-01")),
])
def test_count_after_a_dated_opener(text, expected):
    assert expected in _counts(text)


@pytest.mark.parametrize("text", [
    "In 2022, 5,000 was the figure on the poster.",
    "In 2022, volunteers painted 40 benches in the park.",
])
def test_no_helpline_noun_no_helpline_count(text):
    """A dated opener lends no noun it does not have: no count of the line's use is made up."""
    assert all(measure == "other" for _, measure, _ in _counts(text))
