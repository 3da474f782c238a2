"""A school year of two years' names runs from 1 September to 31 August, not from April as a financial year.

"During the 2022/23 school year, 140 parents ..." was read as the financial year 2022/23 (April to March); it is
September 2022 to August 2023 (the ``fy`` pattern's ``school`` words). Sentences of our own writing.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline.extract.periods import find_periods


def _span(text: str) -> tuple[str, str]:
    [mention] = [m for m in find_periods(text, published=datetime.date(2023, 10, 9)) if m.period]
    return mention.period.iso()


@pytest.mark.parametrize("text, span", [
    ("During the 2022/23 school year, 140 parents called the line.", ("2022-09-01", "2023-08-31")),
    ("In the academic year 2021-22, 300 students used the service.", ("2021-09-01", "2022-08-31")),
    ("In the 2021-2022 academic year 300 pupils took part.", ("2021-09-01", "2022-08-31")),
    ("The school year 2020/21 saw 80 referrals.", ("2020-09-01", "2021-08-31")),
    ("Over the 2019-20 school year the team ran 45 sessions.", ("2019-09-01", "2020-08-31")),
])
def test_a_school_year_runs_from_september(text, span):
    assert _span(text) == span


@pytest.mark.parametrize("text, span", [
    ("In 2021/22 the line took 300 calls.", ("2021-04-01", "2022-03-31")),
    ("In the financial year 2022-23 it took 300 calls.", ("2022-04-01", "2023-03-31")),
    ("The 2022-2023 financial year saw 300 calls.", ("2022-04-01", "2023-03-31")),
    ("In the year 2022 the school took 300 calls.", ("2022-01-01", "2022-12-31")),
])
def test_financial_and_calendar_years_are_unchanged(text, span):
    assert _span(text) == span
