"""Spans open at one end or counted back from an unfixed day, in sentences of our own.

"Up to January 31 2021" ends on that day and has no start; "so far" (without "this
year") is a running total from a start the text does not give: no period, and none
inherited from the sentences before; "in the past 24 hours", "over the last few days"
count back from a day the text does not fix (ANNOTATION.md decision 6): no period.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _period(text: str, value: int):
    record = extract_article(text, source="open.txt", published="2021-04-22")
    count = next(c for c in record.counts if c.value == value)
    return count.period_start, count.period_end


@pytest.mark.parametrize("text, value, expected", [
    ("Up to January 31 2021, 514 men used the programme.", 514, (None, "2021-01-31")),
    ("Up to March 2020 the line had taken 8,000 calls.", 8000, (None, "2020-03-31")),
    ("In 2020 the line took 700 calls. So far at least 514 men have used the two services.", 514, (None, None)),
    ("The campaign has so far reached 3,000 people.", 3000, (None, None)),
    # the year so far: from 1 January, no end yet (ANNOTATION.md decision 6)
    ("So far this year, 514 men have used it.", 514, ("2021-01-01", None)),
    ("So far in 2021, 514 men have used it.", 514, ("2021-01-01", None)),
    ("The line has seen 900 conversations in the past 24 hours alone.", 900, (None, None)),
    ("In 2020 the line took 700 calls. It has taken 90 calls over the last few days.", 90, (None, None)),
    ("In 2020 the line took 700 calls. It took 40 calls in the past three days.", 40, (None, None)),
    ("The line took up to 2,000 calls a month in 2021.", 2000, ("2021-01-01", "2021-12-31")),
])
def test_open_and_unfixed_spans(text, value, expected):
    assert _period(text, value) == expected
