"""A quarter named without its year, and "in the previous 12 months" after a comparison.

"In the third quarter, 275 people called" had no period: a quarter with no year is of the year the text is about,
else the latest such quarter ended by the publication date, as a month with no year is
(``period_patterns`` "quarter_alone"). "than in the previous 12 months" read as the 12 months before publication
(a rolling span, null); it is the year before the fact's own. Sentences of our own writing.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline.extract.periods import find_periods

D = datetime.date


def _first(text: str, published: D | None):
    found = find_periods(text, published=published)
    return (found[0].text, found[0].period.iso() if found[0].period else None, found[0].relative) if found else None


@pytest.mark.parametrize("text, published, expected", [
    ("In the third quarter, 275 people called the line.", D(2023, 11, 14),
     ("In the third quarter", ("2023-07-01", "2023-09-30"), None)),
    ("In Q4, 190 people called the line.", D(2024, 2, 3), ("In Q4", ("2023-10-01", "2023-12-31"), None)),
    ("In quarter 3 300 people called the line.", D(2022, 11, 10),
     ("In quarter 3", ("2022-07-01", "2022-09-30"), None)),
    ("During the second quarter the line took 330 calls.", D(2024, 8, 2),
     ("During the second quarter", ("2024-04-01", "2024-06-30"), None)),
    ("In the second quarter the line took 330 calls.", D(2024, 6, 20),  # not ended by then: the year before's
     ("In the second quarter", ("2023-04-01", "2023-06-30"), None)),
    ("In the final quarter, 40 people called.", D(2024, 2, 1),
     ("In the final quarter", ("2023-10-01", "2023-12-31"), None)),
    ("In the 1st quarter, 50 people called.", D(2024, 5, 1), ("In the 1st quarter", ("2024-01-01", "2024-03-31"), None)),
    ("In the third quarter, 275 people called the line.", None, ("In the third quarter", None, "year_unstated")),
])
def test_a_quarter_without_its_year(text, published, expected):
    assert _first(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # neighbours: a year named with the quarter is its own; "last quarter" and "a quarter of" are no quarter
    ("In Q3 2023 the line took 500 calls.", D(2024, 5, 1), ("In Q3 2023", ("2023-07-01", "2023-09-30"), None)),
    ("In the third quarter of 2022 the line took 500 calls.", D(2024, 5, 1),
     ("In the third quarter of 2022", ("2022-07-01", "2022-09-30"), None)),
    ("In the first quarter of this year 120 people called.", D(2024, 8, 1),
     ("In the first quarter of this year", ("2024-01-01", "2024-03-31"), "this_year")),
    ("In the last quarter calls rose sharply.", D(2024, 1, 1), None),
    ("A quarter of callers were women.", D(2024, 1, 1), None),
    ("More than a quarter, 300 people, were women.", D(2024, 1, 1), None),
])
def test_neighbours_of_a_quarter(text, published, expected):
    assert _first(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    ("That was 11% more than in the previous 12 months.", ("than in the previous 12 months", "base", "previous_year")),
    ("That is up from 1,905 in the preceding 12 months.", ("in the preceding 12 months", "previous", "previous_year")),
    ("Calls rose 9% compared with the previous 12 months.", ("compared with the previous 12 months", "base", "previous_year")),
    # "last" and "past" still count back from the publication date (ANNOTATION.md decision 6: null)
    ("In the past 12 months, 700 people called.", ("In the past 12 months", "time", "last_12_months")),
    ("Over the last twelve months 700 people called.", ("Over the last twelve months", "time", "last_12_months")),
])
def test_the_previous_12_months_are_the_year_before_the_fact_s(text, expected):
    [mention] = find_periods(text, published=D(2024, 1, 10))
    assert (mention.text, mention.role, mention.relative) == expected
