"""A figure in brackets right after a period is that period's, and the later end of a pair takes the change's time
(extract21, ``fact_periods.possessed_by`` and ``pair_context.later_end_time``).

"The total is a 19% increase on 2022 (3,930)": the bracketed figure is the base year's, as "2022's 3,930" is. "Calls
fell by 8 per cent last year, from 13,500 in 2023 to 12,400": the later end is of "last year", not of the earlier
end's year. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _periods(text: str, published: str) -> dict[int, str]:
    record = extract_article("Helpline figures\n\n" + text, source="bracketed.txt", published=published)
    return {c.value: c.period_start for c in record.counts}


@pytest.mark.parametrize("text, published, expected", [
    ("The Wigan line took 2,975 calls in 2023. That is a 21% rise on 2022 (2,460).", "2024-03-01",
     {2975: "2023-01-01", 2460: "2022-01-01"}),
    ("The Wigan line took 2,975 calls in 2023/24, up 21% on the previous year (2,460).", "2024-06-01",
     {2975: "2023-04-01", 2460: "2022-04-01"}),
    ("Texts to the Wigan line fell by 9 per cent last year, from 4,120 in 2022 to 3,750.", "2024-03-01",
     {4120: "2022-01-01", 3750: "2023-01-01"}),
    ("Chats rose by a third this year, from 630 in 2023 to 840.", "2024-11-01",
     {630: "2023-01-01", 840: "2024-01-01"}),
])
def test_each_figure_takes_its_own_period(text, published, expected):
    periods = _periods(text, published)
    for value, start in expected.items():
        assert periods[value] == start, value


@pytest.mark.parametrize("text, published, expected", [
    # a bracket that opens with words is an aside of the sentence's own period
    ("The Wigan line took 2,975 calls in 2023 (up from 2,460).", "2024-03-01", {2975: "2023-01-01"}),
    # both ends dated: each keeps its own year
    ("Calls fell last year, from 4,120 in 2021 to 3,750 in 2022.", "2024-03-01",
     {4120: "2021-01-01", 3750: "2022-01-01"}),
])
def test_neighbours_keep_their_periods(text, published, expected):
    periods = _periods(text, published)
    for value, start in expected.items():
        assert periods[value] == start, value
