"""A change whose words name both ends of a span: the change is of the last end, on the first.

"up 150% from March 2021 to March 2022" compares two Marches (not the thirteen months
between); "grew by 45% from 2017-2020" with no other period of its own compares 2020 with
2017. Sentences of our own writing.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline import extract_article
from pipeline.extract.periods import Period, ends_of, months_period, year_period

D = datetime.date


@pytest.mark.parametrize("text, published, period, base", [
    # the same month in two years: the later month, on the earlier
    ("Texts to the service went up 150% from March 2021 to March 2022.", None, "2022-03-01", "2021-03-01"),
    ("Chats with the helpline grew 64 per cent from October 2019 to October 2020.", "2020-12-01",
     "2020-10-01", "2019-10-01"),
    ("Calls to the line rose by 31% between June 2015 and June 2017.", None, "2017-06-01", "2015-06-01"),
    # a span of years named as the base, the change with no period of its own
    ("Calls to the helpline grew by 45% from 2017-2020.", None, "2020-01-01", "2017-01-01"),
    ("Calls to the helpline from young men jumped 80 per cent from 2012-2016, the charity said.", "2018-05-02",
     "2016-01-01", "2012-01-01"),
    # already so before: a span of years as the change's own period
    ("Calls to the line rose by 31% between 2015 and 2017.", None, "2017-01-01", "2015-01-01"),
])
def test_a_change_between_two_ends(text, published, period, base):
    record = extract_article(text, source="ends.txt", published=published)
    [change] = [p for p in record.percentages if p.kind == "change"]
    assert (change.period_start, change.base_period_start) == (period, base)


@pytest.mark.parametrize("text, period, base", [
    # a span of months that is no two like ends stays the change's period, on the year before
    ("Calls to the helpline rose by 12% from January 2022 to February 2023.",
     ("2022-01-01", "2023-02-28"), ("2021-01-01", "2022-02-28")),
    ("Calls to the helpline rose by 12% from April 2022 to March 2023.",
     ("2022-04-01", "2023-03-31"), ("2021-04-01", "2022-03-31")),
    # a change with a period of its own keeps its base
    ("Calls rose 20% in 2021 from 2019.", ("2021-01-01", "2021-12-31"), ("2019-01-01", "2019-12-31")),
])
def test_no_two_ends(text, period, base):
    record = extract_article(text, source="ends.txt")
    [change] = [p for p in record.percentages if p.kind == "change"]
    assert ((change.period_start, change.period_end), (change.base_period_start, change.base_period_end)) \
        == (period, base)


@pytest.mark.parametrize("period, expected", [
    (Period(D(2017, 1, 1), D(2020, 12, 31)), (year_period(2017), year_period(2020))),
    (months_period(2021, 3, 2022, 3), (months_period(2021, 3, 2021, 3), months_period(2022, 3, 2022, 3))),
    (months_period(2022, 1, 2023, 2), None),
    (year_period(2020), None),
    (Period(D(2019, 4, 1), D(2020, 3, 31)), None),
    (Period(D(2019, 1, 1), None), None),
    (None, None),
])
def test_ends_of(period, expected):
    assert ends_of(period) == expected
