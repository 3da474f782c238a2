"""A count's rate is the one written after its own figure: a rate after another figure is that figure's
("240 calls in 2021 and 300 calls a month in 2022"; "1,200 calls in 2021, or 100 a month"), and "a year
earlier" is a time, not a rate.  A rate written once after a range or a bare first figure ("between 24 and 30
calls a month") still covers both.  Sentences of our own writing (``pipeline.extract.measures.rate_after``)."""
from __future__ import annotations

import pytest

from pipeline import extract_article


def rates(text: str) -> list[tuple[float, object]]:
    record = extract_article(text, source="t.txt", published="2024-03-01")
    return [(c.value, c.rate) for c in record.counts]


@pytest.mark.parametrize("text, expected", [
    # a rate after another figure is that figure's
    ("The helpline took 240 calls in 2021 and 300 calls a month in 2022.", [(240, None), (300, "per_month")]),
    ("The line took 1,200 calls in 2021, or 100 a month.", [(1200, None), (100, "per_month")]),
    ("The service had 5,000 contacts last year - about 14 a day.", [(5000, None), (14, "per_day")]),
    ("It answered 900 chats in 2022 and 30 chats a week in 2023.", [(900, None), (30, "per_week")]),
    # "a year earlier", "a month ago": a time
    ("The line took 1,056 calls this spring, against 1,200 in the same period a year earlier.",
     [(1056, None), (1200, None)]),
    ("It took 310 calls in March, up from 250 a month ago.", [(310, None), (250, None)]),
    # a rate of its own, or written once for a range or a bare first figure
    ("The line takes 242 calls a month, up from 220 in 2022.", [(242, "per_month"), (220, None)]),
    ("The line took between 24 and 30 calls a month in 2022.", [(24, "per_month"), (30, "per_month")]),
    ("The line took 400 calls a week in 2023/24.", [(400, "per_week")]),
    ("The service answered 70 calls every day in 2022.", [(70, "per_day")]),
])
def test_a_rate_is_its_own_figure_s(text, expected):
    assert rates(text) == expected
