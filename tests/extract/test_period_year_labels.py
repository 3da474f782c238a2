"""A year that stands without a preposition but still names the period of its sentence's figures.

Three shapes: a year set beside the span it names ("in its first year, 2009, it took just 900
calls"); the year of a report or of its figures ("According to its 2022 annual report, the
service supported 4,700 people"); and a year that labels a row of a list or table ("2021: 1,200
calls"). A year after other words ("the 2010 Olympics", "for 2000 people") stays no period.
Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _start(text: str, value: int, published: str = "2024-05-20"):
    record = extract_article("Helpline figures\n\n" + text, source="year-labels.txt", published=published)
    [count] = [c for c in record.counts if c.value == value]
    return count.period_start


@pytest.mark.parametrize("text, value, start", [
    ("The line has grown fast: in its first year, 2009, it took just 900 calls.", 900, "2009-01-01"),
    ("In its busiest year, 2020, the helpline answered 7,300 calls.", 7300, "2020-01-01"),
    ("During its first full year, 2016 - the service heard from 2,050 people.", 2050, "2016-01-01"),
])
def test_appositive_year(text, value, start):
    assert _start(text, value) == start


@pytest.mark.parametrize("text, value, start", [
    ("According to its 2022 annual report, the service supported 4,700 people.", 4700, "2022-01-01"),
    ("The charity's 2021 figures show the helpline took 3,900 calls.", 3900, "2021-01-01"),
    ("Their 2019 review found 1,450 people had used the webchat.", 1450, "2019-01-01"),
])
def test_year_of_the_report(text, value, start):
    assert _start(text, value) == start


@pytest.mark.parametrize("text, values, starts", [
    ("Calls by year:\n\n2021: 1,200 calls\n2022: 1,500 calls\n2023: 1,900 calls", (1200, 1500, 1900),
     ("2021-01-01", "2022-01-01", "2023-01-01")),
    ("Calls to the line\n\n2018 - 640 calls\n2019 - 820 calls", (640, 820), ("2018-01-01", "2019-01-01")),
])
def test_year_labelling_a_row(text, values, starts):
    assert tuple(_start(text, v) for v in values) == starts


@pytest.mark.parametrize("text, value", [
    ("The line, its 2012 logo still on the door, takes 45 calls a day.", 45),
    ("The helpline, praised in a 2019 speech by the minister, takes about 80 calls a week.", 80),
])
def test_other_years_are_no_period(text, value):
    assert _start(text, value) is None
