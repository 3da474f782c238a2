"""Spans between two dates of their own, in sentences of our own (ANNOTATION.md decision 6).

"between November 1 2014 and October 31 2015" (the day after the month, as US papers write
it, or before it) runs from the first date to the second, as "between June and August" does
for months; two dates that are not joined by "between ... and" stay two dates.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline.extract.periods import find_periods

D = datetime.date


@pytest.mark.parametrize("text, spans", [
    ("The calls came between November 1 2014 and October 31 2015, the charity said.", [(D(2014, 11, 1), D(2015, 10, 31))]),
    ("The calls came between 1 November 2014 and 31 October 2015.", [(D(2014, 11, 1), D(2015, 10, 31))]),
    ("Between March 3, 2020, and June 30, 2020, the line took 900 calls.", [(D(2020, 3, 3), D(2020, 6, 30))]),
    ("The line took 900 calls between 6 April 2021 and 5 April 2022.", [(D(2021, 4, 6), D(2022, 4, 5))]),
    ("It opened on 1 May 2019 and closed on 3 June 2020.", [(D(2019, 5, 1), D(2019, 5, 1)), (D(2020, 6, 3), D(2020, 6, 3))]),
    ("Calls rose between June and August 2020.", [(D(2020, 6, 1), D(2020, 8, 31))]),
])
def test_between_two_dates(text, spans):
    got = [(m.period.start, m.period.end) for m in find_periods(text, published=D(2023, 1, 1)) if m.period]
    assert got == spans
