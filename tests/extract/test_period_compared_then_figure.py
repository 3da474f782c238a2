"""A figure right after the period it is compared at: "compared to 2022 with 419 calls".

The period after "compared to" (with, against, versus) is the base of the sentence's main figure,
but when the figure follows it ("with 419 calls", ", when there were 300") it is that figure's own
time. The base of a change ("a 12% increase from the previous year with 436 visits") is not: there
the figure is the new level. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _start(text: str, value: int, published: str = "2024-05-20"):
    record = extract_article("Helpline figures\n\n" + text, source="compared-then-figure.txt", published=published)
    [count] = [c for c in record.counts if c.value == value]
    return count.period_start


@pytest.mark.parametrize("text, value, start", [
    ("In 2023 we had 645 calls, compared to 2022 with 419 calls.", 419, "2022-01-01"),
    ("In April last year we had 645 calls, compared to April this year with 419 calls.", 419, "2024-04-01"),
    ("The line took 910 calls in 2023, against 2021, when there were 300.", 300, "2021-01-01"),
    ("Some 1,200 people called in 2023, compared with 2020 with just 700.", 700, "2020-01-01"),
    # the main figure keeps its own time
    ("In 2023 we had 645 calls, compared to 2022 with 419 calls.", 645, "2023-01-01"),
    # a figure before its date, as before
    ("There were 645 calls in March, compared with 419 in March last year.", 419, "2023-03-01"),
])
def test_figure_after_its_compared_period(text, value, start):
    assert _start(text, value) == start


@pytest.mark.parametrize("text, value, start", [
    # the base of a change: the figure is the new level, of the sentence's own time
    ("In 2023 the site saw a 12% increase on 2022 with 436 visits.", 436, "2023-01-01"),
    # an average is no period
    ("On average, there were eight calls a day in 2023.", 8, "2023-01-01"),
])
def test_other_bases_give_no_time(text, value, start):
    assert _start(text, value) == start
