"""A change's earlier figure named after the change: its date is the base's, not the change's.

"fell 10% from 500 in 2023" after a paragraph about 2024: 2023 is the base period and the change is of 2024
(``period_roles._CHANGE_FROM_FIGURE``); "a 10% increase on the 5,000 recorded in 2022/23" makes the 5,000 the
earlier figure of a comparison, so "over the same period" in the sentence after is the later year
(``facts._CHANGE_BASE_BEFORE``). Sentences of our own writing; "rose from 400 in 2020 to 800 in 2021" keeps a
period for each end.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _record(text: str, published: str):
    return extract_article(text, source="change-from.txt", published=published)


@pytest.mark.parametrize("text, published, expected", [
    ("The gambling helpline took 9,000 calls from Wales last year, up from 8,000 in 2023.\n\nCalls rose in every "
     "county but Powys, where they fell 10% from 500 in 2023.", "2025-02-12", (10, "2024-01-01", "2023-01-01")),
    ("In 2023 the line took 2,240 calls, up 12 per cent from 2,000 calls in 2022.", "2024-03-01",
     (12, "2023-01-01", "2022-01-01")),
    # neighbour: a pair dated at both ends
    ("Calls rose from 400 in 2020 to 800 in 2021, up 100%.", "2022-03-01", (100, "2021-01-01", "2020-01-01")),
])
def test_the_year_after_the_earlier_figure_is_the_base(text, published, expected):
    changes = [(p.value, p.period_start, p.base_period_start) for p in _record(text, published).percentages]
    assert expected in changes


@pytest.mark.parametrize("text, published, value, start", [
    ("The phone line took 5,500 calls in 2023/24, a 10% increase on the 5,000 recorded in 2022/23.\n\nIts website "
     "had more than 60,000 visitors over the same period.", "2024-11-20", 60000, "2023-04-01"),
    ("The phone line took 5,500 calls in 2023/24, a 10% rise on the 5,000 of 2022/23.\n\nIts website had 60,000 "
     "visitors over the same period.", "2024-11-20", 60000, "2023-04-01"),
    # neighbours: the figures keep their own years
    ("The phone line took 5,500 calls in 2023/24, a 10% increase on the 5,000 recorded in 2022/23.", "2024-11-20",
     5000, "2022-04-01"),
    ("The phone line took 5,500 calls in 2023/24.\n\nIts website had 60,000 visitors over the same period.",
     "2024-11-20", 60000, "2023-04-01"),
])
def test_the_same_period_after_a_compared_figure_is_the_later(text, published, value, start):
    counts = {int(c.value): c.period_start for c in _record(text, published).counts}
    assert counts[value] == start
