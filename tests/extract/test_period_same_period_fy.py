""""The same period in 2022-23": the fact's own months in that financial year, else all of it.

A UK financial year named after "the same period" ("in 2019/20", "in 2022-23") runs from
April to March as it does anywhere else; the fact's own months move into it by the years
between the starts. Sentences of our own writing.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline import extract_article
from pipeline.extract.periods import find_periods, months_period, resolve

D = datetime.date


@pytest.mark.parametrize("text, expected", [
    ("Calls rose 10% on the same period in 2019/20.", ("2019-04-01", "2020-03-31")),
    ("Referrals grew 8% compared to the same period in 2022-23.", ("2022-04-01", "2023-03-31")),
    ("Calls rose 10% on the same period in 2019.", ("2019-01-01", "2019-12-31")),
])
def test_same_period_in_a_financial_year(text, expected):
    [mention] = find_periods(text)
    assert (mention.relative, mention.period.iso()) == ("same_period_in", expected)


@pytest.mark.parametrize("text, anchor, expected", [
    # the first half of 2023-24 against the first half of 2022-23
    ("on the same period in 2022-23", months_period(2023, 4, 2023, 9), ("2022-04-01", "2022-09-30")),
    ("on the same period in 2022/23", months_period(2023, 4, 2024, 3), ("2022-04-01", "2023-03-31")),
    # a calendar year moves the fact's months as before
    ("on the same period in 2018", months_period(2019, 1, 2019, 6), ("2018-01-01", "2018-06-30")),
    ("on the same period in 2022-23", None, ("2022-04-01", "2023-03-31")),
])
def test_the_same_months_moved(text, anchor, expected):
    [mention] = find_periods(text)
    assert resolve(mention, anchor=anchor, published=None).iso() == expected


def test_a_change_on_the_same_period_of_a_financial_year():
    text = "Calls to the helpline rose by 10% compared to the same period in 2021/22."
    record = extract_article(text, source="fy.txt")
    [change] = [p for p in record.percentages if p.kind == "change"]
    assert (change.base_period_start, change.base_period_end) == ("2021-04-01", "2022-03-31")
