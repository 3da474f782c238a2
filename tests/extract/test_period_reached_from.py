""""rose to 9,400 from 6,200 in 2020": the year after the earlier figure is that figure's, not the later one's.

A change written later figure first ("doubled to N from M in 2020") puts the earlier figure's year
right after it; the figure reached takes the period of its clause or sentence instead. From-to
pairs in the usual order, and a change over the pair, keep their periods. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, published, periods", [
    ("Some 3,100 people used the chat service in 2022 - a year when calls rose to 9,400 from 6,200 in 2020.",
     "2023-03-01", {3100: "2022-01-01", 9400: "2022-01-01", 6200: "2020-01-01"}),
    ("The helpline answered 2,000 chats in 2023 - a year when calls more than doubled to 11,000 from 5,200 in 2021.",
     "2024-03-01", {2000: "2023-01-01", 11000: "2023-01-01", 5200: "2021-01-01"}),
    # a year before the figure reached dates it, as it did
    ("In 2023 the helpline's calls climbed to 12,000 from 8,000 in 2021.", "2024-03-01",
     {12000: "2023-01-01", 8000: "2021-01-01"}),
    # the usual order: each end its own year
    ("Calls rose from 6,200 in 2020 to 9,400 in 2022.", "2023-03-01", {6200: "2020-01-01", 9400: "2022-01-01"}),
])
def test_the_figure_reached_is_not_dated_by_the_earlier_figures_year(text, published, periods):
    record = extract_article(text, source="reached.txt", published=published)
    assert {c.value: c.period_start for c in record.counts if c.value in periods} == periods


def test_a_change_over_a_pair_keeps_its_years():
    record = extract_article("There has been a 21 per cent increase in people asking the helpline for help, up from "
                             "343 in 2016 to 416 in 2018.", source="reached.txt", published="2019-02-01")
    [pct] = record.percentages
    assert (pct.period_start, pct.base_period_start) == ("2018-01-01", "2016-01-01")
