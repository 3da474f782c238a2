"""A financial year written with both its years' names is the UK financial year (1 April to 31 March), however the
paper writes it: "2021/22", "FY2021/22", "FY 2021-22", "fiscal year 2021-22", "the 2022-2023 financial year".  One
year's name after "FY" or "fiscal" is still the US fiscal year that ends in it ("FY2023", "fiscal 2022"), and two
full years joined by a hyphen with no "financial year" after them are the calendar years between ("2019-2021").
Sentences of our own writing.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline import extract_article
from pipeline.extract.periods import find_periods


@pytest.mark.parametrize("text, start, end", [
    ("In FY2021/22 calls to the line rose.", "2021-04-01", "2022-03-31"),
    ("In FY 2021-22 calls to the line rose.", "2021-04-01", "2022-03-31"),
    ("In FY2021-2022 calls to the line rose.", "2021-04-01", "2022-03-31"),
    ("In fiscal year 2021-22 calls to the line rose.", "2021-04-01", "2022-03-31"),
    ("In the 2022-2023 financial year calls to the line rose.", "2022-04-01", "2023-03-31"),
    ("Over the 2020-2021 fiscal year calls to the line rose.", "2020-04-01", "2021-03-31"),
    ("In 2021/22 calls to the line rose.", "2021-04-01", "2022-03-31"),
    ("In the financial year 2020/21 calls to the line rose.", "2020-04-01", "2021-03-31"),
    # near misses: one year's name after FY or fiscal, two full years with no financial year after them
    ("In FY2023 calls to the line rose.", "2022-07-01", "2023-06-30"),
    ("In fiscal 2022 calls to the line rose.", "2021-07-01", "2022-06-30"),
    ("In 2019-2021 calls to the line rose.", "2019-01-01", "2021-12-31"),
    ("In 2021-2022 calls to the line rose.", "2021-01-01", "2022-12-31"),
])
def test_financial_year_names(text, start, end):
    [mention] = [m for m in find_periods(text, published=datetime.date(2023, 7, 10)) if m.period]
    assert (mention.period.start.isoformat(), mention.period.end.isoformat()) == (start, end)


@pytest.mark.parametrize("text", [
    "The fund paid out £2021-22 in grants.",
    "Its reference, ABC2021/22, was quoted.",
])
def test_no_financial_year_inside_other_tokens(text):
    assert [m for m in find_periods(text, published=datetime.date(2023, 7, 10)) if m.period] == []


def test_counts_of_a_financial_year_after_fy():
    text = ("Helpline figures\n\nIn the 2022-2023 financial year, 1,150 people called the helpline.\n\n"
            "In FY2021/22 the figure was 990.")
    record = extract_article(text, source="fy.txt", published="2023-07-10")
    found = {c.value: (c.period_start, c.period_end) for c in record.counts}
    assert found == {1150: ("2022-04-01", "2023-03-31"), 990: ("2021-04-01", "2022-03-31")}
