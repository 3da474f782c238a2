"""A rate its sentence equates with the figures before it: "That is around 90 calls a month.", "It's about 45 a month."

A rate is a standing figure of no period ("The line takes 60 calls a month") unless it is the average of a total
over a period. "That is", "It's", "This represents" opening the sentence, with at most a hedge or "an average of"
before the figure, equate the rate with the total before it: it is of that total's period, as after "works out at"
(``own_times.averaged``; words in ``data/periods.json``: ``restating_openers``, ``rate_hedges``). A word of
``now_words`` still makes it a rate of the present. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

Y24, FY23 = ("2024-01-01", "2024-12-31"), ("2023-04-01", "2024-03-31")
NONE = (None, None)


def _periods(text: str, published: str = "2025-02-01") -> dict[int, tuple]:
    record = extract_article("Helpline figures\n\n" + text, source="rates.txt", published=published)
    return {int(c.value): (c.period_start, c.period_end) for c in record.counts}


@pytest.mark.parametrize("text, periods", [
    ("The Cornwall gambling line took 1,080 calls in 2024.\n\nThat is around 90 calls a month.", {1080: Y24, 90: Y24}),
    ("GamCare took 540 calls from Dorset in 2024. It's about 45 calls a month.", {540: Y24, 45: Y24}),
    ("GamCare took 540 calls from Dorset in 2024. It\u2019s about 45 calls a month.", {540: Y24, 45: Y24}),
    ("Stop It Now! heard from 1,440 people in Wales in 2023/24.\n\nThis represents 120 people every month.",
     {1440: FY23, 120: FY23}),
    ("The line answered 2,880 calls in 2024. That is an average of 240 calls every month.", {2880: Y24, 240: Y24}),
    ("The helpline took 1,204 calls in 2025.\n\nLeeds: 502\nBradford: 361\n\nThat's more than 100 calls a month.",
     {1204: ("2025-01-01", "2025-12-31"), 100: ("2025-01-01", "2025-12-31")}),
    # neighbours: a rate of the present, a standing rate, "That is" not before the rate
    ("GamCare took 540 calls from Dorset in 2024. The line now takes around 60 calls a month.", {540: Y24, 60: NONE}),
    ("GamCare took 540 calls from Dorset in 2024. That is why it now takes 60 calls a month.", {540: Y24, 60: NONE}),
    ("GamCare took 540 calls from Dorset in 2024. It is open every night and takes 60 calls a month.",
     {540: Y24, 60: NONE}),
    ("GamCare took 540 calls from Dorset in 2024. It's now hearing from about 60 people a month.", {540: Y24, 60: NONE}),
])
def test_a_rate_that_restates_the_figures_before(text, periods):
    got = _periods(text)
    assert {k: got.get(k) for k in periods} == periods
