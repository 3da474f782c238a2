""""Last financial year", "this past fiscal year": the latest such year ended by the publication date.

A financial year runs from April (as UK papers write it), a fiscal year from July (as US
and Australian papers write it); with no publication date there is no period; after a change
and a base word ("up 8% on last financial year") it is the year before the fact's own.
Sentences of our own writing.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline import extract_article
from pipeline.extract.periods import find_periods
from pipeline.extract.period_spans import latest_fiscal_year

D = datetime.date


def _rows(text: str, published: datetime.date | None) -> list[tuple]:
    return [(m.text, m.role, *(m.period.iso() if m.period else (None, None)))
            for m in find_periods(text, published=published)]


@pytest.mark.parametrize("text, published, expected", [
    ("The charity answered 61,000 calls last financial year.", D(2019, 6, 2),
     [("last financial year", "time", "2018-04-01", "2019-03-31")]),
    ("The charity answered 61,000 calls last financial year.", D(2019, 2, 2),
     [("last financial year", "time", "2017-04-01", "2018-03-31")]),
    ("In the last fiscal year the hotline logged 5,200 calls.", D(2021, 9, 30),
     [("In the last fiscal year", "time", "2020-07-01", "2021-06-30")]),
    ("Calls climbed 18 percent this past fiscal year.", D(2012, 8, 14),
     [("this past fiscal year", "time", "2011-07-01", "2012-06-30")]),
    ("Texts doubled during the most recent financial year.", D(2022, 4, 1),
     [("during the most recent financial year", "time", "2021-04-01", "2022-03-31")]),
    ("The charity answered 61,000 calls last financial year.", None,
     [("last financial year", "time", None, None)]),
    # a base: the year before the fact's own
    ("Calls were up 8% on last financial year.", D(2019, 6, 2),
     [("on last financial year", "base", None, None)]),
    ("Calls rose 8% compared with the previous financial year.", D(2019, 6, 2),
     [("compared with the previous financial year", "base", None, None)]),
])
def test_last_fiscal_year(text, published, expected):
    assert _rows(text, published) == expected


@pytest.mark.parametrize("text, published, period, base", [
    ("Calls to the helpline climbed 18 percent this past fiscal year.", "2012-08-14", "2011-07-01", "2010-07-01"),
    ("The helpline took 9,400 calls in 2018/19, up 8% on the previous financial year.", None,
     "2018-04-01", "2017-04-01"),
])
def test_a_change_in_the_last_fiscal_year(text, published, period, base):
    record = extract_article(text, source="fiscal.txt", published=published)
    [change] = [p for p in record.percentages if p.kind == "change"]
    assert (change.period_start, change.base_period_start) == (period, base)


@pytest.mark.parametrize("published, first_month, expected", [
    (D(2024, 3, 31), 4, ("2022-04-01", "2023-03-31")),
    (D(2024, 4, 1), 4, ("2023-04-01", "2024-03-31")),
    (D(2024, 7, 1), 7, ("2023-07-01", "2024-06-30")),
    (D(2024, 6, 30), 7, ("2022-07-01", "2023-06-30")),
])
def test_latest_fiscal_year(published, first_month, expected):
    assert latest_fiscal_year(published, first_month).iso() == expected
