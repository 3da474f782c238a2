"""Spans joined by "through", as US papers write them: "from August 2021 through July 2022".

One period from the first month (or year) to the last, like "to" and "until"; a span of
months with no year at all is read as before (its months alone). Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, published, expected", [
    ("From August 2021 through July 2022, the Ohio helpline answered 5,150 calls.", None,
     {5150: ("2021-08-01", "2022-07-31")}),
    ("The helpline took 1,400 calls from July through December 2022.", "2023-02-01",
     {1400: ("2022-07-01", "2022-12-31")}),
    ("From 2019 through 2021 the helpline answered 12,000 calls.", None, {12000: ("2019-01-01", "2021-12-31")}),
    ("In Ohio the line took 2,100 calls in January thru March 2021.", None, {2100: ("2021-01-01", "2021-03-31")}),
    ("From October 2020 through January, the helpline took 900 calls.", None, {900: ("2020-10-01", "2021-01-31")}),
    # "to" and "until" as before
    ("From August 2021 to July 2022, the helpline took 5,150 calls.", None, {5150: ("2021-08-01", "2022-07-31")}),
])
def test_a_span_through_a_month_or_year(text, published, expected):
    record = extract_article(text, source="through.txt", published=published)
    assert {c.value: (c.period_start, c.period_end) for c in record.counts if c.value in expected} == expected
