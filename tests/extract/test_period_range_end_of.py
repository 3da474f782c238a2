"""A span of months whose last end is "the end of" a month ("from June 2013 to the end of October 2016"):
one span from the first day of the first month to the last day of the second (ANNOTATION.md decision 6),
as without "the end of". Sentences of our own writing.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline.extract.periods import find_periods

D = datetime.date


@pytest.mark.parametrize("text, expected", [
    ("From May 2014 to end of September 2017, the charity helped 510 people.", ("2014-05-01", "2017-09-30")),
    ("Between March 2019 and the end of May 2020 the line took 900 calls.", ("2019-03-01", "2020-05-31")),
    ("From April 2021 until the close of June 2022, 1,200 men called.", ("2021-04-01", "2022-06-30")),
    # as before, with no "end of"
    ("From May 2014 to September 2017, the charity helped 510 people.", ("2014-05-01", "2017-09-30")),
])
def test_a_span_to_the_end_of_a_month(text, expected):
    spans = [m.period.iso() for m in find_periods(text, published=D(2023, 1, 1)) if m.period is not None]
    assert spans == [expected]


@pytest.mark.parametrize("text, expected", [
    # a running total since a dated opening, in more words
    ("The centre has seen 9,000 people since it first opened its doors in 2011.", ("2011-01-01", "2022-12-31")),
    ("The line has taken 4,000 calls since it first launched in 2019.", ("2019-01-01", "2022-12-31")),
    # since a lockdown, with or without "the", whatever verb ends it
    ("Volunteers have answered 6,100 calls since lockdown was announced.", ("2020-03-23", None)),
    ("Chats are up 40% since the first lockdown came in.", ("2020-03-23", None)),
])
def test_since_a_dated_opening_or_a_lockdown(text, expected):
    spans = [m.period.iso() for m in find_periods(text, published=D(2022, 12, 31)) if m.period is not None]
    assert spans == [expected]
