"""A year named after "year" is that calendar year: "in the calendar year 2022", "during the year 2019", "in the
year of 2018"; it is a base after a change word and a base connector ("up 20% on the year 2021").  Not "the
financial year 2022" (which year it ends is not said) nor "the year 2021-22" (a financial year).  Sentences of our
own writing.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline import extract_article
from pipeline.extract.periods import find_periods

PUBLISHED = datetime.date(2023, 9, 12)


@pytest.mark.parametrize("text, start, end, role", [
    ("In the calendar year 2022, 1,300 calls were made.", "2022-01-01", "2022-12-31", "time"),
    ("During the year 2019 calls to the line rose.", "2019-01-01", "2019-12-31", "time"),
    ("Calls in the year of 2018 rose.", "2018-01-01", "2018-12-31", "time"),
    ("Over calendar year 2021 the line took 700 calls.", "2021-01-01", "2021-12-31", "time"),
    ("Calls rose 20% on the year 2021.", "2021-01-01", "2021-12-31", "base"),
    # near misses: a financial year
    ("In the year 2021-22 calls to the line rose.", "2021-04-01", "2022-03-31", "time"),
    ("In fiscal year 2022 calls to the line rose.", "2021-07-01", "2022-06-30", "time"),
])
def test_a_year_named_after_year(text, start, end, role):
    [mention] = [m for m in find_periods(text, published=PUBLISHED) if m.period]
    assert (mention.period.start.isoformat(), mention.period.end.isoformat(), mention.role) == (start, end, role)


def test_the_financial_year_of_one_name_is_no_calendar_year():
    assert [m for m in find_periods("In the financial year 2022 calls rose.", published=PUBLISHED) if m.period] == []


def test_a_count_of_a_calendar_year_takes_it_not_the_period_before():
    text = ("Helpline figures\n\nIn the six months to the end of June, the line took 700 calls.\n\n"
            "In the calendar year 2022, 1,300 calls were made.")
    record = extract_article(text, source="calendar-year.txt", published="2023-09-12")
    assert {c.value: c.period_start for c in record.counts} == {700: "2023-01-01", 1300: "2022-01-01"}
