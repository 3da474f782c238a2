"""A year-before phrase in a figure's own clause is the figure's time (extract21, ``fact_periods.time_for``).

"In the previous year it received 276", "The branch handled 15,100 calls the year before", "Figures for the previous
financial year show 3,980 calls": a phrase that no change took as its comparison base ("up 20% on the previous year")
dates the figure of its clause, one year before the period the sentences before are about, unless another figure
stands between the two; a change stated from such a figure ("That is an increase of 41%.") is of the later period,
on the figure's. A comparison's earlier figure ("compared with 1,020 the year before") keeps its own rules.
Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _periods(text: str, published: str = "2024-06-01") -> dict[int, tuple]:
    record = extract_article("Helpline figures\n\n" + text, source="year-before.txt", published=published)
    return {c.value: (c.period_start, c.period_end) for c in record.counts}


Y = {year: (f"{year}-01-01", f"{year}-12-31") for year in range(2018, 2026)}
FY = {year: (f"{year}-04-01", f"{year + 1}-03-31") for year in range(2018, 2026)}


@pytest.mark.parametrize("text, expected", [
    # the phrase opens its clause after "In"
    ("In 2022 the Hull line took 640 calls. In the previous year it received 512.", {640: Y[2022], 512: Y[2021]}),
    # the phrase after the figure's noun
    ("Volunteers in Perth answered 9,870 calls in 2021. The branch handled 8,320 calls the year before, and says "
     "the calls are longer now.", {9870: Y[2021], 8320: Y[2020]}),
    # a financial year
    ("Between April 2022 and March 2023 the line took 1,415 calls from Kent. Figures for the previous financial year "
     "show 1,102 calls from the county.", {1415: FY[2022], 1102: FY[2021]}),
    # "a year earlier" inside the clause
    ("The Bolton service heard from 733 people in 2023. It had heard from 601 people a year earlier.",
     {733: Y[2023], 601: Y[2022]}),
    # after "when there were"
    ("The line took 2,450 calls in 2020, when there were 2,010 the year before.", {2450: Y[2020], 2010: Y[2019]}),
    # a possessive phrase before its own figure word, an aside between
    ("The Omagh line took 14,200 calls in 2023. The previous year's total, given in its annual report, was 12,050.",
     {14200: Y[2023], 12050: Y[2022]}),
    # a possessive phrase after the figure owns the figure after it, not the one before
    ("The Omagh website had more than 60,000 visits in 2023, nearly double the previous year's 31,400.",
     {60000: Y[2023], 31400: Y[2022]}),
])
def test_a_year_before_phrase_dates_its_clause(text, expected):
    periods = _periods(text)
    for value, period in expected.items():
        assert periods[value] == period, value


@pytest.mark.parametrize("text, expected", [
    # the phrase is a change's base: the figure is of the later year
    ("In 2022 the Hull line took 640 calls, up 25% on the previous year.", {640: Y[2022]}),
    # another figure stands between: the phrase is that figure's, not the first one's
    ("The Derby line took 880 calls in 2021, compared with 720 the previous year.", {880: Y[2021], 720: Y[2020]}),
    # no year-before phrase: the figure keeps the period before
    ("In 2022 the Hull line took 640 calls. In the same year it received 120 emails.", {640: Y[2022], 120: Y[2022]}),
    # the phrase before its own figure, another figure after both: the later figure is not the year before's
    ("The Hull line took 9,000 calls in 2023. The previous year's 8,100 calls were followed by 9,400 calls in 2024.",
     {9000: Y[2023], 8100: Y[2022], 9400: Y[2024]}),
])
def test_neighbours_keep_their_periods(text, expected):
    periods = _periods(text)
    for value, period in expected.items():
        assert periods[value] == period, value


@pytest.mark.parametrize("text, later, not_period", [
    # the phrase before its own figure dates that figure, not one after it in the clause
    ("The Hull line took 9,000 calls in 2023. The previous year's 8,100 calls were followed by 9,400 calls this "
     "spring.", 9400, Y[2022]),
    ("The Derby line took 880 calls in 2021. The year before's 720 calls were outnumbered by 910 emails.", 910, Y[2020]),
])
def test_a_figure_after_the_year_before_figure_is_not_the_year_before_s(text, later, not_period):
    assert _periods(text)[later] != not_period


def _changes(text: str, published: str = "2024-06-01") -> dict[float, tuple]:
    record = extract_article("Helpline figures\n\n" + text, source="year-before.txt", published=published)
    return {p.value: (p.period_start, p.base_period_start) for p in record.percentages if p.kind == "change"}


@pytest.mark.parametrize("text, expected", [
    # paragraphs apart, a financial year
    ("Between April 2022 and March 2023 the Bolton line took 900 calls.\n\nIn the previous year it took 600.\n\n"
     "That is a rise of 50%.", {50.0: ("2022-04-01", "2021-04-01")}),
    # one paragraph, calendar years
    ("The Bolton line took 900 calls in 2022. The year before, it took 600. That is a rise of 50%.",
     {50.0: ("2022-01-01", "2021-01-01")}),
])
def test_a_change_from_the_year_before_figure_is_of_the_later_period(text, expected):
    assert _changes(text) == expected


def test_a_comparison_keeps_the_later_period_for_what_follows():
    text = ("Stop It Now Wales took 2,140 calls in 2021/22, compared with 1,650 the year before. Around 150 people a "
            "month used its self-help pages over the same period.")
    periods = _periods(text)
    assert periods[1650] == FY[2020]
    assert periods[150] == FY[2021]
