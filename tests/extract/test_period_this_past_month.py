""""This past February" is the latest February before the publication date, as "last February" is.

Sentences of our own writing.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline.extract.periods import find_periods


@pytest.mark.parametrize("text, published, expected", [
    ("This past February, 563 calls were placed to the line.", datetime.date(2021, 5, 4), ("2021-02-01", "2021-02-28")),
    ("The line took 420 calls this past March, the charity said.", datetime.date(2021, 6, 1),
     ("2021-03-01", "2021-03-31")),
    ("This past November, the line took 420 calls.", datetime.date(2021, 6, 1), ("2020-11-01", "2020-11-30")),
    ("Last February, 300 people called the line.", datetime.date(2021, 5, 4), ("2021-02-01", "2021-02-28")),
    # said in the month itself: the one a year before, as "last March" is
    ("This past March, 90 people called.", datetime.date(2021, 3, 20), ("2020-03-01", "2020-03-31")),
])
def test_this_past_month(text, published, expected):
    [mention] = [m for m in find_periods(text, published=published) if m.period is not None]
    assert mention.period.iso() == expected
