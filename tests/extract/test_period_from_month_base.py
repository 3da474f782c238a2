"""A change "from <month>": the month with no year is its base, the month before the change's own.

"Calls rose 20% in April from March" compares April with March, not with April of the year
before; a month before the change's in the calendar ("in January from December") is of the
year before. A from-to pair of months keeps each month for its figure. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, published, expected", [
    ("Texts to the Kent helpline climbed almost 38 percent last month from August.", "2016-10-05",
     ("2016-09-01", "2016-08-01")),
    ("Calls to the helpline rose 20% in April from March.", "2021-05-02", ("2021-04-01", "2021-03-01")),
    ("In April, calls to the helpline were up 15 per cent from March.", "2021-05-02", ("2021-04-01", "2021-03-01")),
    ("Calls to the helpline rose 30% in January from December.", "2020-02-01", ("2020-01-01", "2019-12-01")),
    # a base of its own kind is read as before
    ("Calls to the helpline rose 20% in April compared with March.", "2021-05-02", ("2021-04-01", "2021-03-01")),
])
def test_a_change_from_a_month(text, published, expected):
    record = extract_article(text, source="from.txt", published=published)
    assert [(p.period_start, p.base_period_start) for p in record.percentages] == [expected]


@pytest.mark.parametrize("text, published, expected", [
    ("Calls to the helpline rose from 300 in March to 360 in April.", "2021-05-02",
     {300: "2021-03-01", 360: "2021-04-01"}),
    ("From October through January, the helpline took 900 calls; in December alone it took 250.", "2022-02-10",
     {250: "2021-12-01"}),
])
def test_months_of_a_pair_or_span_are_no_base(text, published, expected):
    record = extract_article(text, source="from.txt", published=published)
    assert {c.value: c.period_start for c in record.counts if c.value in expected} == expected
