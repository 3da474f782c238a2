"""A month whose year is told relative to the publication: "in August last year", "March of this year".

US, Australian and Irish papers date a month by "last year" or "this year" rather than by its
number. The month is of that year (not the whole year, and not the latest such month): "up from
9,800 in August last year" is August of the year before publication. Without a publication date
it stays unresolved. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _period(text: str, value: int, published: str | None = "2023-10-12"):
    record = extract_article("Helpline figures\n\n" + text, source="month-relative.txt", published=published)
    [count] = [c for c in record.counts if c.value == value]
    return count.period_start, count.period_end


@pytest.mark.parametrize("text, value, start, end", [
    ("The lifeline fielded 14,200 calls in August, up from 9,800 in August last year.", 9800, "2022-08-01", "2022-08-31"),
    ("The line received 1,300 calls in September, compared with 1,050 in September last year.", 1050, "2022-09-01",
     "2022-09-30"),
    ("In May last year, the helpline took 870 calls.", 870, "2022-05-01", "2022-05-31"),
    ("Advisers answered 640 calls in March of this year.", 640, "2023-03-01", "2023-03-31"),
    ("During June this year the service heard from 415 people.", 415, "2023-06-01", "2023-06-30"),
    ("Some 2,300 people called in January last year, the trust said.", 2300, "2022-01-01", "2022-01-31"),
])
def test_month_of_the_relative_year(text, value, start, end):
    assert _period(text, value) == (start, end)


@pytest.mark.parametrize("text, value, start", [
    # a plain "last year" is still the whole year
    ("The line took 5,100 calls last year.", 5100, "2022-01-01"),
    # "last September" is the latest September before publication, as before
    ("The line took 700 calls last September.", 700, "2023-09-01"),
    # a lower-case "may" is a verb, not a month
    ("Some 300 people may last year have called more than once.", 300, "2022-01-01"),
])
def test_other_relative_dates_keep_their_reading(text, value, start):
    assert _period(text, value)[0] == start


def test_no_publication_date_leaves_it_open():
    assert _period("The line took 870 calls in May last year.", 870, published=None) == (None, None)
