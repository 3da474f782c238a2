"""A span of months that ends in a month named without its year: "in the three months to June".

UK releases count "in the six months to the end of August" or "the 12 months to September 30"
and leave the year to the date of publication: the latest such month that has ended. With the
year named, the span ends in that year; with neither, no period. Sentences of our own writing.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline import extract_article
from pipeline.extract.periods import find_periods


@pytest.mark.parametrize("text, published, start, end", [
    ("In the three months to June, 1,200 people called the helpline.", "2023-08-20", "2023-04-01", "2023-06-30"),
    ("In the six months to the end of August, 71 people used the self-help site.", "2023-10-02", "2023-03-01",
     "2023-08-31"),
    ("The service took 1,400 calls in the 12 months to September 30, its figures show.", "2024-01-09", "2022-10-01",
     "2023-09-30"),
    ("Some 500 people signed up in the six months ending June 30.", "2024-01-09", "2023-01-01", "2023-06-30"),
    ("In the year to March, 4,100 people called the line.", "2023-06-20", "2022-04-01", "2023-03-31"),
    # the month not yet over at publication: the year before
    ("In the three months to June, 1,200 people called the helpline.", "2023-06-10", "2022-04-01", "2022-06-30"),
    # the year named
    ("In the three months to June 2021, 900 people called the helpline.", "2023-08-20", "2021-04-01", "2021-06-30"),
    ("The line took 2,000 calls in the year to Sept. 30, 2022.", "2023-08-20", "2021-10-01", "2022-09-30"),
])
def test_a_span_to_a_month(text, published, start, end):
    record = extract_article(text, source="span-to-month.txt", published=published)
    [count] = [c for c in record.counts if c.value >= 71]
    assert (count.period_start, count.period_end) == (start, end)


@pytest.mark.parametrize("text", [
    "In the three months to June, 1,200 people called the helpline.",  # no publication date: no year
    "The line answered calls in the year to march, the report said.",  # "march", a verb's spelling
])
def test_no_year_no_span(text):
    assert [m for m in find_periods(text) if m.period is not None] == []


def test_the_month_is_read_whole():
    """"June 2023" is not "Jun" and a stray "e 2023"."""
    [mention] = find_periods("In the three months to June 2023, 900 people called.", published=datetime.date(2024, 1, 9))
    assert mention.text.endswith("June 2023")
