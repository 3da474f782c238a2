"""A year-before phrase opening its sentence with no comma dates that sentence's figures, as with one.

"A year earlier it took 1,310" took the period of the sentence before (2021); it is the year before (2020), as
"The year before, it took 1,310" was (``previous_clause_openers`` in ``data/periods.json``). A change in that
sentence is of the year after, on the year the phrase names (``compared_change.change_on_year_before``).
Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

BEFORE = "Helpline figures\n\nThe helpline took 1,740 calls in 2021. "


def _record(text: str):
    return extract_article(BEFORE + text, source="before.txt", published="2022-04-06")


@pytest.mark.parametrize("text", [
    "A year earlier it took 1,310.",
    "A year earlier, it took 1,310.",
    "The year before it took 1,310.",
    "The year before there were 1,310 calls.",
    "The previous year the figure was 1,310.",
    "A year earlier some 1,310 calls were made.",
    "The year before 1,310 calls were made.",
])
def test_the_opening_phrase_dates_its_sentence(text):
    record = _record(text)
    assert {c.value: c.period_start for c in record.counts}[1310] == "2020-01-01"


@pytest.mark.parametrize("text", [
    "A year earlier it took 1,310, an increase of 33 per cent.",
    "The year before, it took 1,310, so calls rose by 33 per cent.",
    "A year earlier there were 1,310 calls, meaning a 33% rise.",
])
def test_a_change_beside_it_is_of_the_year_after(text):
    record = _record(text)
    [change] = record.percentages
    assert (change.period_start, change.base_period_start) == ("2021-01-01", "2020-01-01")


@pytest.mark.parametrize("text, value, start", [
    # a year-before phrase followed by a noun of its own: not read as the time of the sentence
    ("The year before the pandemic was quieter, with 900 calls in 2019.", 900, "2019-01-01"),
])
def test_neighbours_keep_their_reading(text, value, start):
    record = _record(text)
    assert {c.value: c.period_start for c in record.counts}[value] == start
