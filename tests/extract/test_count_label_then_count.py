"""A label's number then a count, "In quarter 3 300 people": two numbers, not one figure grouped by a space.

"3 300" read as 3,300; after a noun that labels a numbered thing (``label_nouns``, ``label_time_nouns``,
``label_words`` of ``data/not_counts.json``) the first group is the label's number and the count is 300
(``not_numbers.label_before``). Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _values(text: str) -> list[float]:
    record = extract_article("Helpline figures\n\n" + text, source="label.txt", published="2022-11-10")
    return sorted(c.value for c in record.counts)


@pytest.mark.parametrize("text, value", [
    ("In quarter 3 300 people contacted the helpline.", 300),
    ("In week 12 400 calls were made to the line.", 400),
    ("At stage 2 150 callers were referred on.", 150),
    ("By phase 4 250 volunteers had been trained.", 250),
    ("In Wave 2 500 people answered the survey.", 500),
])
def test_the_label_number_is_not_a_thousands_group(text, value):
    assert _values(text) == [value]


@pytest.mark.parametrize("text, value", [
    ("Almost 4 000 people called the line in 2022.", 4000),
    ("The helpline took 12 340 calls in 2021.", 12340),
    ("Some 1 204 650 calls were made over the decade.", 1204650),
])
def test_space_grouped_thousands_stay_one_figure(text, value):
    assert value in _values(text)
