"""A month named without a year: of the year its sentence names, else of the publication date.

"Calls in 2018 peaked at 700 in March" is March 2018 (not the latest March up to the
publication date); "this February" is February of the year of publication; a year that
dates one figure ("from 300 in 2019 to 500 in January") leaves the month to the
publication date; "last March" keeps its own meaning. Sentences of our own writing.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline.extract.periods import find_periods

D = datetime.date


def _months(text: str, published: datetime.date | None) -> list[tuple]:
    return [(m.text, *(m.period.iso() if m.period else (None, None)))
            for m in find_periods(text, published=published) if "20" not in m.text]


@pytest.mark.parametrize("text, published, expected", [
    # the year the sentence names first
    ("Monthly chats in 2018 ranged from a low of 410 in August to a peak of 700 in March.", D(2019, 5, 1),
     [("in March", "2018-03-01", "2018-03-31")]),
    ("In 2015 the helpline took its most calls in November.", D(2016, 2, 1),
     [("in November", "2015-11-01", "2015-11-30")]),
    ("During 2020, contacts were highest in April, the charity said.", D(2021, 6, 30),
     [("in April", "2020-04-01", "2020-04-30")]),
    ("In 2015 the helpline took its most calls in November.", None, [("in November", "2015-11-01", "2015-11-30")]),
    # no year before it in the sentence: the latest such month up to the publication date
    ("The helpline took its most calls in November.", D(2016, 2, 1), [("in November", "2015-11-01", "2015-11-30")]),
    # a year that dates one figure only
    ("Calls rose from 300 in 2019 to 500 in January.", D(2021, 3, 1), [("in January", "2021-01-01", "2021-01-31")]),
    # "last March" is the March before the latest
    ("In 2015 there were 40 calls, against 55 last March.", D(2017, 5, 1), [("last March", "2017-03-01", "2017-03-31")]),
    # "this <month>": of the year of publication
    ("The line averaged 48 calls a day this January.", D(2023, 3, 10), [("this January", "2023-01-01", "2023-01-31")]),
    ("Calls rose sharply this March.", D(2023, 3, 10), [("this March", "2023-03-01", "2023-03-31")]),
    ("Calls rose sharply this February.", None, [("this February", None, None)]),
])
def test_month_of_the_named_year(text, published, expected):
    assert _months(text, published) == expected
