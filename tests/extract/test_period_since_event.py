"""A running total since a dated event, in sentences of our own.

"since it was set up in October 2015", "since the launch of the line in 2019": the
event's date starts the period, which runs to the publication date (ANNOTATION.md
decision 6, "since X"); an event with no date ("since it opened") gives no period, and
a date after a comma belongs to its own clause.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _period(text: str, value: int, published: str | None = "2022-05-01"):
    record = extract_article(text, source="since.txt", published=published)
    count = next(c for c in record.counts if c.value == value)
    return count.period_start, count.period_end


@pytest.mark.parametrize("text, value, expected", [
    ("More than 800 people have used the site since it was set up in October 2015.", 800, ("2015-10-01", "2022-05-01")),
    ("Since it opened in 2002, the helpline has taken 60,000 calls.", 60000, ("2002-01-01", "2022-05-01")),
    ("The line has taken 60,000 calls since it opened in 2002.", 60000, ("2002-01-01", "2022-05-01")),
    ("The line has taken 9,000 calls since its launch in May 2019.", 9000, ("2019-05-01", "2022-05-01")),
    ("Some 9,000 men have called since the launch of the campaign in Wales in 2019.", 9000, ("2019-01-01", "2022-05-01")),
    ("Some 9,000 men have called since the helpline launched in March 2020.", 9000, ("2020-03-01", "2022-05-01")),
    ("Some 9,000 men have called since the service was set up in 2018.", 9000, ("2018-01-01", "2022-05-01")),
])
def test_since_a_dated_event(text, value, expected):
    assert _period(text, value) == expected


def test_since_a_dated_event_without_a_publication_date_stays_open():
    assert _period("The line has taken 60,000 calls since it opened in 2002.", 60000, None) == ("2002-01-01", None)


@pytest.mark.parametrize("text, value, expected", [
    ("The line has taken 60,000 calls since it opened.", 60000, (None, None)),
    ("In 2019 it took 500 calls. Some 9,000 men have called since the helpline launched.", 9000, (None, None)),
    ("The line has taken 60,000 calls since it opened, and 500 in 2021.", 500, ("2021-01-01", "2021-12-31")),
])
def test_since_an_undated_event(text, value, expected):
    assert _period(text, value) == expected
