""""The following N months" after a month named in the same sentence, in sentences of our own.

"from January 2019 and in the following three months" is the span of months that starts
with that month (January to March 2019); "the following quarter" is three months, "the
next half" six. With no single month before it in its sentence, "the following six-month
period" stays a period after another that the text leaves unstated (no period).
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.periods import find_periods


@pytest.mark.parametrize("text, expected", [
    ("Hours grew from January 2019 and in the following three months alone it took 1,624 calls.",
     ("2019-01-01", "2019-03-31")),
    ("The campaign began in November 2020 and over the next three months 500 men called.",
     ("2020-11-01", "2021-01-31")),
    ("The line opened in March 2021 and in the following quarter took 400 calls.", ("2021-03-01", "2021-05-31")),
    ("The line opened in July 2021 and in the following six-month period took 900 calls.", ("2021-07-01", "2021-12-31")),
])
def test_the_following_months_start_at_the_month_before(text, expected):
    following = [m for m in find_periods(text) if "following" in m.text.lower() or "next" in m.text.lower()]
    assert [m.period.iso() for m in following] == [expected]


@pytest.mark.parametrize("text", [
    "In the following six month period that figure had leapt to 139.",
    "The line opened in 2021. In the following quarter, 500 people called.",
    "The line opened in 2021 and in the following three months took 400 calls.",
])
def test_the_following_months_with_no_month_before_stay_open(text):
    assert [m.period for m in find_periods(text) if m.relative == "next_period"] == [None]


def test_a_count_and_its_change_in_the_following_months():
    record = extract_article("Hours grew from January 2019 and in the following three months alone, we took calls"
                             " from 1,624 people, a 24% increase on the same period in 2018.", source="f.txt")
    [count] = record.counts
    [change] = record.percentages
    assert (count.period_start, count.period_end) == ("2019-01-01", "2019-03-31")
    assert (change.period_start, change.base_period_start, change.base_period_end) == ("2019-01-01", "2018-01-01", "2018-03-31")
