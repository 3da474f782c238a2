"""The date after the earlier figure a change is set "over" or "on": the change's base period.

"an increase of 121% over the 1,378 calls received in fiscal 2022" compares with fiscal
2022, as "compared with 1,378 in 2022" does; the change's own period comes from its figure
or the sentence before. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.periods import find_periods


@pytest.mark.parametrize("text, expected", [
    ("That is a rise of 90% over the 1,100 calls received in 2020.", [("base", "2020-01-01")]),
    ("That is up 12% on the 2,100 calls of 2019.", [("base", "2019-01-01")]),
    ("That is up 12% on the 2,100 calls made in 2019.", [("base", "2019-01-01")]),
    ("Calls went over the 5,000 mark in 2021 for the first time.", [("time", "2021-01-01")]),
    ("The helpline took 900 calls in 2021.", [("time", "2021-01-01")]),
])
def test_a_date_after_the_figure_compared(text, expected):
    assert [(m.role, m.period.start.isoformat()) for m in find_periods(text)] == expected


@pytest.mark.parametrize("text, period, base", [
    ("The helpline received 3,050 calls in fiscal year 2023. That is an increase of 1,672 calls or 121% over "
     "the 1,378 calls received in fiscal 2022.", "2022-07-01", "2021-07-01"),
    ("The helpline took 2,400 calls in 2021, up 14% on the 2,100 calls made in 2020.", "2021-01-01", "2020-01-01"),
])
def test_a_change_over_the_earlier_figure(text, period, base):
    record = extract_article(text, source="over.txt")
    [change] = [p for p in record.percentages if p.kind == "change"]
    assert (change.period_start, change.base_period_start) == (period, base)
