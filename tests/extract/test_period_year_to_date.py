""""Year to date" is "so far this year": from 1 January of the publication year, with no end.

US papers and agencies write "year to date" ("Year to date, the line has fielded 2,200 calls")
where British papers write "so far this year" (ANNOTATION.md decision 6: "so far this year"
starts on 1 January). Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _start(text: str, value: int, published: str | None = "2024-07-20"):
    record = extract_article("Hotline figures\n\n" + text, source="year-to-date.txt", published=published)
    [count] = [c for c in record.counts if c.value == value]
    return count.period_start


@pytest.mark.parametrize("text, value, start", [
    ("Year to date, the line has fielded 2,200 calls.", 2200, "2024-01-01"),
    ("The hotline has taken 1,350 calls year-to-date, the state said.", 1350, "2024-01-01"),
    ("So far this year-to-date, 940 people have called the line.", 940, "2024-01-01"),
    ("The line has fielded 2,250 calls so far this year.", 2250, "2024-01-01"),
])
def test_year_to_date(text, value, start):
    assert _start(text, value) == start


def test_no_publication_date_no_year():
    assert _start("Year to date, the line has fielded 2,200 calls.", 2200, published=None) is None
