"""A rate beside the total it restates is of the total's period.

"4,800 calls (400 calls per month)", "7,300 calls (about 20 a day)", "5,200 people called -
around 100 a week": the average of a dated total, not a standing rate; a rate on its own
("the line takes 5,000 calls a year") keeps no period. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, published, expected", [
    ("Calls to the helpline by year:\n\n2019 - 4,800 calls (400 calls per month)\n\n"
     "2020 - 6,000 calls (500 calls per month)", None, {400: "2019-01-01", 500: "2020-01-01"}),
    ("In 2021 the helpline took 7,300 calls (about 20 a day).", None, {20: "2021-01-01"}),
    ("In 2022, 5,200 people called the helpline \u2013 around 100 a week.", None, {100: "2022-01-01"}),
    ("Last year the line took 1,200 calls, or 100 a month.", "2020-03-01", {100: "2019-01-01"}),
    ("The helpline answered 3,650 calls in 2018 (an average of ten calls a day).", None, {10: "2018-01-01"}),
    # a rate on its own, or after a figure of another sentence, keeps no period
    ("The line, which opened in 2011, takes 5,000 calls a year.", None, {5000: None}),
    ("In 2021 the helpline took 7,300 calls. It can take 40 calls a day.", None, {40: None}),
])
def test_a_rate_restating_a_total(text, published, expected):
    record = extract_article(text, source="rate.txt", published=published)
    assert {c.value: c.period_start for c in record.counts if c.value in expected} == expected
