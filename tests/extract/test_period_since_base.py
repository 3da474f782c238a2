"""A change "since 2019" compares with 2019; a count "since 2019" runs from its start.

"an increase of 37% since 2021" has 2021 as its base period and takes its own period from
the figure or the sentences it goes with ("... reported last year - an increase of 37%
since 2021": last year); a count "since 2002" runs from 2002 (ANNOTATION.md decision 6),
also when the figure follows the year at once ("Since 2002 10,407 people have called").
Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.periods import find_periods, since_base


@pytest.mark.parametrize("text, published, period, base", [
    ("Nearly 8,000 people called the helpline last year - an increase of 40% since 2019.", "2023-05-02",
     "2022-01-01", "2019-01-01"),
    ("The helpline took 3,100 calls in 2021, a rise of 25 per cent since 2018.", None, "2021-01-01", "2018-01-01"),
    ("Calls to the helpline are up 46 percent since 2015-16.", None, None, "2015-04-01"),
    ("Calls to the helpline have risen 52% since 2020.", None, None, "2020-01-01"),
])
def test_a_change_since_a_year(text, published, period, base):
    record = extract_article(text, source="since.txt", published=published)
    [change] = [p for p in record.percentages if p.kind == "change"]
    assert (change.period_start, change.base_period_start) == (period, base)


@pytest.mark.parametrize("text, value, start, end", [
    ("Since 2002 10,407 people have called the helpline.", 10407, "2002-01-01", None),
    ("Since 2015, 4,500 people have called the helpline.", 4500, "2015-01-01", None),
    ("In 2019 2,300 people called the helpline.", 2300, "2019-01-01", "2019-12-31"),
])
def test_a_count_since_a_year(text, value, start, end):
    record = extract_article(text, source="since.txt")
    count = next(c for c in record.counts if c.value == value)
    assert (count.period_start, count.period_end) == (start, end)


@pytest.mark.parametrize("text, expected", [
    ("up 20% since 2019", ("2019-01-01", "2019-12-31")),
    ("up 20% since 2019/20", ("2019-04-01", "2020-03-31")),
    ("up 20% since March 2020", ("2020-03-01", "2020-03-31")),
    ("up 20% since then", None),
    ("up 20% in 2019", None),
])
def test_since_base(text, expected):
    mentions = find_periods(text)
    base = since_base(mentions[0] if mentions else None)
    assert (base.iso() if base else None) == expected


def test_no_year_before_a_phone_number():
    assert find_periods("Call 0800 2002 123 or 2002 10,407 times.") == []
