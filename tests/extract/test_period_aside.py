"""A period that is a clause of its own, set off by dashes, dates its whole sentence.

"In Kent alone - between 2020 and 2021 - some 1,200 people sought help": the aside names
the period of the figure after it, as a period opening the sentence would. A period in a
clause with other words keeps to its clause. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.periods import find_periods


@pytest.mark.parametrize("text, value, start, end", [
    ("Figures show that in Kent alone - between 2020 and 2021 - some 1,200 people contacted the helpline.", 1200,
     "2020-01-01", "2021-12-31"),
    ("In Essex – in 2019 – about 640 people called the helpline.", 640, "2019-01-01", "2019-12-31"),
    ("The charity said that in Surrey — during 2022 — 310 people called the helpline.", 310,
     "2022-01-01", "2022-12-31"),
])
def test_a_period_set_off_by_dashes(text, value, start, end):
    record = extract_article(text, source="aside.txt")
    count = next(c for c in record.counts if c.value == value)
    assert (count.period_start, count.period_end) == (start, end)


@pytest.mark.parametrize("text, whole_sentence", [
    ("In Kent alone - between 2020 and 2021 - some 1,200 people called.", True),
    ("Calls in Kent rose in 2019 - a record year - and 450 people called in Devon.", False),
    ("Some 450 people called in Devon - in 2019 alone.", False),
])
def test_an_aside_scopes_its_sentence(text, whole_sentence):
    [mention] = find_periods(text)
    assert (mention.scope == (0, len(text))) == whole_sentence
