"""An averaged rate is of the total it is worked out from (extract21, ``averaged_totals.averaged_total``).

"That works out at about 255 calls a month" after "1,530 calls between January and June, compared with 1,190 in the
same months of 2023": the total whose value over its period's length gives the rate (within a rounding hedge) is
the one the rate restates, so the rate takes its period, not the period named last. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _periods(text: str, published: str) -> dict[int, tuple]:
    record = extract_article("Helpline figures\n\n" + text, source="averaged.txt", published=published)
    return {c.value: (c.period_start, c.period_end) for c in record.counts}


@pytest.mark.parametrize("text, published, expected", [
    # the comparison's earlier figure is named last; the rate is of the later one
    ("The Tyneside line took 1,830 calls between January and June, compared with 1,400 in the same months of 2023. "
     "That works out at about 305 calls a month.", "2024-08-01", {305: ("2024-01-01", "2024-06-30")}),
    # a figure of an earlier year stands between
    ("The helpline took 2,436 calls from the county in 2023. Back in 2019, it was 610. That's more than 200 calls a "
     "month.", "2024-03-01", {200: ("2023-01-01", "2023-12-31")}),
    # a daily rate of a year's total, after a sentence about another year
    ("The Swindon branch answered 10,950 calls last year. In 2021 it answered 9,100. That is an average of 30 calls "
     "a day.", "2024-02-01", {30: ("2023-01-01", "2023-12-31")}),
])
def test_a_rate_takes_the_period_of_its_total(text, published, expected):
    periods = _periods(text, published)
    for value, period in expected.items():
        assert periods[value] == period, value


@pytest.mark.parametrize("text, published, expected", [
    # no total gives the rate: it keeps the period it had (the sentence's own)
    ("The Tyneside line took 1,830 calls in 2023. In 2024 it took about 90 calls a month.", "2024-08-01",
     {90: ("2024-01-01", "2024-12-31")}),
    # a present-tense average stays a standing rate, of no period
    ("The Tyneside line took 1,830 calls in 2023. It now answers an average of 150 calls a month.", "2024-08-01",
     {150: (None, None)}),
])
def test_neighbours_keep_their_periods(text, published, expected):
    periods = _periods(text, published)
    for value, period in expected.items():
        assert periods[value] == period, value
