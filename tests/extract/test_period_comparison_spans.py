"""A comparison's ends stated over the span of the comparison before (extract20, ``earlier_counts.compared_before``).

Issue 10: in a comparison the change belongs to the later period and its base to the earlier. A pair "from N to M"
stated "over the same period" (or "the same two years"), or a figure "up from N" beside one stated so, after a dated
comparison in the sentences before, spans that comparison: its earlier figure is of the comparison's earlier period,
its later figure of the later one. The comparison before is a figure marked so ("up from 6,120 in 2021"), one that
restates the count before for the year before it ("The same six months a year earlier saw ..."), or two dated figures
in turn ("took 41,200 calls in 2019. In 2023 it answered 63,900."). Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _periods(text: str) -> dict[int, tuple]:
    record = extract_article("Helpline figures\n\n" + text, source="comparison-spans.txt", published=None)
    return {c.value: (c.period_start, c.period_end) for c in record.counts}


Y = {year: (f"{year}-01-01", f"{year}-12-31") for year in range(2018, 2026)}


@pytest.mark.parametrize("text, expected", [
    # a pair over "the same three years" after a comparison of two years apart
    ("The Bath branch answered 5,020 calls in 2024, up from 3,870 in 2021. Emails went from 140 to 260 over the same "
     "three years.", {140: Y[2021], 260: Y[2024]}),
    # the comparison before told in two sentences, each figure with its own year
    ("The Exeter line took 9,300 calls in 2018. In 2022 it answered 12,450. In Torquay, calls rose from 610 to 840 "
     "over the same period.", {610: Y[2018], 840: Y[2022]}),
    # half years: the earlier end is the previous six months, not the year before
    ("Its website had 3,105 visits in the six months to the end of June 2024. That is up from 1,220 in the previous "
     "six months. Calls went up too, from 52 to 81 over the same period.",
     {52: ("2023-07-01", "2023-12-31"), 81: ("2024-01-01", "2024-06-30")}),
    # "up from" beside a figure stated over the same period, after "the same three months a year earlier saw"
    ("Between July and September 2024, 880 people contacted the charity. The same three months a year earlier saw 610 "
     "people get in touch. Its website recorded 4,300 visits over the same period, up from 3,100.",
     {610: ("2023-07-01", "2023-09-30"), 4300: ("2024-07-01", "2024-09-30"), 3100: ("2023-07-01", "2023-09-30")}),
    # "in the same six months last year" opening its sentence
    ("Between January and June 2024, 720 people called the line. In the same six months last year, 590 people called.",
     {590: ("2023-01-01", "2023-06-30")}),
])
def test_a_comparison_spans_the_comparison_before(text, expected):
    periods = _periods(text)
    for value, period in expected.items():
        assert periods[value] == period, value


@pytest.mark.parametrize("text, expected", [
    # neighbours: each end with its own year keeps it
    ("The Bath branch answered 5,020 calls in 2024, up from 3,870 in 2021. In Frome, calls rose from 400 in 2022 to "
     "520 in 2023.", {400: Y[2022], 520: Y[2023]}),
    # a single figure over the same period is of the later period
    ("The Bath branch answered 5,020 calls in 2024, up from 3,870 in 2021. Texts numbered 730 over the same period.",
     {730: Y[2024]}),
    # within one year and no comparison before: the earlier end is of the year before (as before)
    ("In 2023 calls to the Bath branch fell from 5,900 to 5,100.", {5900: Y[2022], 5100: Y[2023]}),
    # a comparison with no same-period words keeps the year before the later figure's
    ("The line took 1,150 calls in 2024, up from 860 in 2023. Webchats rose even faster, from 75 to 190.",
     {75: Y[2023], 190: Y[2024]}),
])
def test_neighbours_keep_their_periods(text, expected):
    periods = _periods(text)
    for value, period in expected.items():
        assert periods[value] == period, value
