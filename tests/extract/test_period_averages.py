"""Periods of averages and of month spans written with "of", in sentences of our own.

A rate that is the average of a total over a period ("the average number of calls
each day was 727", "it works out at 64 calls a day") is dated as a count is: by its
own sentence, else by the count of its measure just before; a rate stated as a
standing figure ("it takes 42,000 calls each year") takes no period. A span of months
whose first month carries the year ("from October of 2014 to September of this year",
"between March 2019 and February") ends in that year or the one after, whether or not
the publication date is known.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline import extract_article
from pipeline.extract.periods import find_periods

D = datetime.date


def _count(text: str, value: int, published: str | None = None):
    record = extract_article(text, source="averages.txt", published=published)
    return next(c for c in record.counts if c.value == value)


@pytest.mark.parametrize("text, value, start", [
    ("In 2014 the branch answered 23,500 calls. It works out at 64 calls a day.", 64, "2014-01-01"),
    ("In 2014 the branch answered 23,500 calls. That equates to roughly 64 calls a day.", 64, "2014-01-01"),
    ("Between May 2018 and April 2019 the line logged 52,000 calls. The line's volunteers gave 9,000 hours."
     " The average number of calls it took each day was 142.", 142, "2018-05-01"),
    ("The line answered an average of 310 calls a week in 2021.", 310, "2021-01-01"),
    ("In 2021, the helpline averaged 310 calls each week, its busiest year.", 310, "2021-01-01"),
    ("The charity took 16,000 calls last year, the equivalent of 44 calls a day.", 44, "2022-01-01"),
])
def test_an_average_is_dated_like_the_total_it_divides(text, value, start):
    assert _count(text, value, "2023-05-04").period_start == start


@pytest.mark.parametrize("text, value", [
    ("In 2014 the branch answered 23,500 calls. The charity takes 42,000 calls each year.", 42000),
    ("In 2019 the line opened. Volunteers answer some 200 calls a day.", 200),
    ("The branch needs 40 volunteers a week to keep its phones open.", 40),
    ("In 2019 the line took 9,000 calls. It now answers an average of 30 calls a day.", 30),
    ("In 2019 the line took 9,000 calls. Today it averages 30 calls a day.", 30),
    ("In 2019 the line took 9,000 calls. The line currently takes the equivalent of 30 calls a day.", 30),
])
def test_a_standing_rate_takes_no_period(text, value):
    assert _count(text, value, "2023-05-04").period_start is None


@pytest.mark.parametrize("text, published, expected", [
    ("The line took 1,700 calls a day from October of 2014 to September of this year.", None,
     ("2014-10-01", "2015-09-30")),
    ("The line took 1,700 calls a day from October of 2014 to September of this year.", D(2015, 11, 2),
     ("2014-10-01", "2015-09-30")),
    ("Between March 2019 and February, the line took 300 calls.", None, ("2019-03-01", "2020-02-29")),
    ("From June 2020 to August, 400 men called.", None, ("2020-06-01", "2020-08-31")),
    ("From April to November of this year, it received 400 calls.", D(2022, 12, 1), ("2022-04-01", "2022-11-30")),
    ("From April to November of last year, it received 400 calls.", D(2022, 12, 1), ("2021-04-01", "2021-11-30")),
    ("The service opened in October of 2014.", None, ("2014-10-01", "2014-10-31")),
])
def test_a_span_of_months_written_with_of(text, published, expected):
    [mention] = [m for m in find_periods(text, published=published) if m.period]
    assert mention.period.iso() == expected


def test_a_span_of_months_with_of_this_year_and_no_date_stays_open():
    [mention] = find_periods("From April to November of this year, it received 400 calls.")
    assert mention.period is None and mention.relative == "this_year"
