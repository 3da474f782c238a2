"""Where a period the text leaves open ends (ANNOTATION.md decision 6).

"since X" runs from the start of X to the publication date (null when the date is unknown); "so far this year",
"this year", "in 2023 to date", "so far in 2022" start on 1 January and have a null end: the year is still running
(``period_spans.ToDatePeriod``, ``extract/open_ends.py``). Sentences of our own writing.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline import extract_article
from pipeline.extract.periods import find_periods


def _count(text: str, value: int, published: str | None = "2023-09-14"):
    record = extract_article("Helpline figures\n\n" + text, source="open.txt", published=published)
    [count] = [c for c in record.counts if c.value == value]
    return count.period_start, count.period_end


@pytest.mark.parametrize("text, value, period", [
    ("Since 2019, 2,300 people have called the helpline.", 2300, ("2019-01-01", "2023-09-14")),
    ("The helpline has taken 2,300 calls since March 2020.", 2300, ("2020-03-01", "2023-09-14")),
    ("Since it opened in 2015, more than 4,000 people have contacted the charity.", 4000, ("2015-01-01", "2023-09-14")),
    ("From 2019 to date, 2,300 people have called the helpline.", 2300, ("2019-01-01", "2023-09-14")),
])
def test_since_runs_to_the_publication_date(text, value, period):
    assert _count(text, value) == period


@pytest.mark.parametrize("text, value", [
    ("Since 2019, 2,300 people have called the helpline.", 2300),
    ("The helpline has taken 2,300 calls since March 2020.", 2300),
])
def test_since_stays_open_without_a_publication_date(text, value):
    start, end = _count(text, value, published=None)
    assert start is not None and end is None


@pytest.mark.parametrize("text, value, start", [
    ("So far this year, 420 people have contacted the helpline.", 420, "2023-01-01"),
    ("This year 380 people have already contacted the helpline.", 380, "2023-01-01"),
    ("The helpline has taken 420 calls so far this year.", 420, "2023-01-01"),
    ("The helpline has taken 420 calls this year to date.", 420, "2023-01-01"),
    ("So far in 2023 the line has taken 420 calls.", 420, "2023-01-01"),
    ("In 2023 to date, 520 people have called the line.", 520, "2023-01-01"),
    ("The line has taken 520 calls in 2023 so far.", 520, "2023-01-01"),
])
def test_the_year_so_far_has_no_end(text, value, start):
    assert _count(text, value) == (start, None)


@pytest.mark.parametrize("text, value, period", [
    # a named year, a month of this year, last year: closed periods, as before
    ("In 2022, 610 people contacted the helpline.", 610, ("2022-01-01", "2022-12-31")),
    ("In March this year 95 people contacted the helpline.", 95, ("2023-03-01", "2023-03-31")),
    ("Last year 1,200 people contacted the helpline.", 1200, ("2022-01-01", "2022-12-31")),
    ("Between 2019 and 2022, 2,300 people called the helpline.", 2300, ("2019-01-01", "2022-12-31")),
])
def test_closed_periods_keep_their_ends(text, value, period):
    assert _count(text, value) == period


def test_a_share_of_a_total_so_far_has_no_end_either():
    record = extract_article("Helpline figures\n\nSo far this year, 420 people have contacted the helpline. "
                             "About a third of them were referred by their doctor.", source="open.txt",
                             published="2024-07-04")
    [share] = record.percentages
    assert (share.period_start, share.period_end) == ("2024-01-01", None)


def test_the_scan_keeps_the_days_of_a_year_so_far():
    """Inside, "so far this year" keeps the whole year's days (for pairing); only the record's end is null."""
    [mention] = [m for m in find_periods("So far this year, 420 people called.", published=datetime.date(2023, 9, 2))]
    assert (mention.period.start, mention.period.end) == (datetime.date(2023, 1, 1), datetime.date(2023, 12, 31))
    assert mention.period.iso() == ("2023-01-01", None)


@pytest.mark.parametrize("text, value", [
    ("Demand has more than trebled since 2019, when 1,240 people got in touch.", 1240),
    ("Calls have doubled since 2020, when the line took 600.", 600),
    ("Contacts are up 40% since 2021, when 900 people called.", 900),
])
def test_a_figure_in_the_when_clause_of_since_is_of_that_year(text, value):
    start, end = _count(text, value)
    assert (start[:4], end) == (text.split("since ")[1][:4], text.split("since ")[1][:4] + "-12-31")
