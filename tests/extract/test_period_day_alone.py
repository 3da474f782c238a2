"""A day named without its year ("on Tuesday 8 September"): one day, the latest such day up to the
publication date; "the same day last year" is its base, a year earlier. "the August numbers" are of
the month it names. Only after a weekday or "on", and with a capital month, is a day and a month a
date ("In March 2 people ..." is none). Sentences of our own writing.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline import extract_article
from pipeline.extract.periods import find_periods

D = datetime.date


def _days(text: str, published: datetime.date | None) -> list[tuple]:
    return [(m.text, *(m.period.iso() if m.period else (None, None)))
            for m in find_periods(text, published=published)]


@pytest.mark.parametrize("text, published, expected", [
    ("The line took 2,140 calls on Monday 4 March, its busiest day.", D(2024, 3, 6),
     [("Monday 4 March", "2024-03-04", "2024-03-04")]),
    ("The line took 2,140 calls on Friday, 4 March.", D(2024, 3, 6), [("Friday, 4 March", "2024-03-04", "2024-03-04")]),
    ("Volunteers answered 610 calls on 24 December.", D(2021, 1, 10), [("24 December", "2020-12-24", "2020-12-24")]),
    ("Volunteers answered 610 calls on December 24th.", D(2021, 1, 10), [("December 24th", "2020-12-24", "2020-12-24")]),
    ("Volunteers answered 610 calls on the 24th of December.", D(2021, 12, 30),
     [("the 24th of December", "2021-12-24", "2021-12-24")]),
    ("Volunteers answered 610 calls on Saturday 24 December.", None, [("Saturday 24 December", None, None)]),
    # a year after it: the date with its year, as before
    ("Volunteers answered 610 calls on 24 December 2019.", D(2021, 1, 10),
     [("24 December 2019", "2019-12-24", "2019-12-24")]),
    # no weekday and no "on": no date of its own
    ("In March 2 people called the line twice.", D(2021, 5, 1), []),
    ("By 24 December the line had taken 610 calls.", D(2021, 1, 10), []),
    ("Some may 5 times call the line.", D(2021, 5, 1), []),
])
def test_day_without_a_year(text, published, expected):
    assert _days(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a figure after a comma is no year: the date stands
    ("On Monday 28 February, 300 people called the helpline.", D(2022, 3, 2),
     [("Monday 28 February", "2022-02-28", "2022-02-28")]),
    ("On 8 September, 1,200 people called.", D(2021, 9, 20), [("8 September", "2021-09-08", "2021-09-08")]),
    ("Calls rose on March 3, 2,000 of them from men.", D(2021, 3, 20), [("on March 3", "2021-03-03", "2021-03-03")]),
    ("On Friday 4 June 75 people rang the line.", D(2021, 6, 20), [("Friday 4 June", "2021-06-04", "2021-06-04")]),
    # near misses: a year after the comma makes one date with its year, a decimal no day
    ("On March 3, 2020 the line opened.", D(2021, 3, 20), [("March 3, 2020", "2020-03-03", "2020-03-03")]),
    ("On 8 September, 2019 the team grew.", D(2021, 9, 20), [("8 September, 2019", "2019-09-08", "2019-09-08")]),
])
def test_day_before_a_comma_and_a_figure(text, published, expected):
    assert _days(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # 29 February in a year of publication that has none: the latest leap year's
    ("On Monday 29 February the helpline took 300 calls.", D(2023, 5, 1),
     [("Monday 29 February", "2020-02-29", "2020-02-29")]),
    ("On 29 February the line took 90 calls.", D(2024, 3, 10), [("29 February", "2024-02-29", "2024-02-29")]),
    ("On 29 February the line took 90 calls.", D(2024, 2, 10), [("29 February", "2020-02-29", "2020-02-29")]),
    ("The week starting 29 February was the busiest, with 900 calls.", D(2023, 5, 1),
     [("The week starting 29 February", "2020-02-29", "2020-03-06")]),
])
def test_leap_day_without_a_year(text, published, expected):
    assert _days(text, published) == expected


@pytest.mark.parametrize("text, published, count, pct", [
    ("The helpline had its busiest day with 1,980 calls on Sunday 12 April - a 25 per cent increase on the "
     "same day last year.", "2020-04-15", ("2020-04-12", "2020-04-12"), ("2020-04-12", "2019-04-12")),
    ("Calls reached 640 on Wednesday 3 June, up 40% on the same week last year.", "2020-06-10",
     ("2020-06-03", "2020-06-03"), ("2020-06-03", "2019-06-03")),
])
def test_same_day_last_year_is_the_base(text, published, count, pct):
    record = extract_article(text, source="x.txt", published=published)
    assert [(c.period_start, c.period_end) for c in record.counts] == [count]
    assert [(p.period_start, p.base_period_start) for p in record.percentages] == [pct]


@pytest.mark.parametrize("text, published, expected", [
    ("The trust said the August numbers were 3,217 calls.", D(2024, 9, 20), [("the August", "2024-08-01", "2024-08-31")]),
    ("Staff said the May figures were the highest yet.", D(2023, 7, 1), [("the May", "2023-05-01", "2023-05-31")]),
    ("The March totals came to 410 chats.", D(2023, 2, 1), [("The March", "2022-03-01", "2022-03-31")]),
    # a month before any other noun is no period here
    ("The March Hare helpline took 40 calls.", D(2023, 2, 1), []),
])
def test_the_months_figures(text, published, expected):
    assert _days(text, published) == expected
