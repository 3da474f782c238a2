"""A figure its own words date: "the 2024 figure of 780", "the previous year's total of 4,430"; a change's base "on the
3,012 made in 2022".

A count right after "the <period> figure (total, level) of" is of that period, the earlier figure of its sentence's
comparison ("the previous year's" is the year before its sentence's figure: ``inheritance._named_figure_period``,
``own_times.named_figure_time``); it was of the sentence's or the paragraph's period. A year after "on the <figure>
<verb> in", a change word before it, is the earlier figure's, the change's base ("That's up by a third on the 3,012
made in 2022": the change is of the later year, ``period_roles._CHANGE_ON_FIGURE``). Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

Y25, Y24, Y23, Y22 = (("%d-01-01" % y, "%d-12-31" % y) for y in (2025, 2024, 2023, 2022))
FY24, FY23 = ("2024-04-01", "2025-03-31"), ("2023-04-01", "2024-03-31")


def _facts(text: str, published: str) -> tuple[dict, dict]:
    record = extract_article("Helpline figures\n\n" + text, source="named.txt", published=published)
    counts = {int(c.value): (c.period_start, c.period_end) for c in record.counts}
    pcts = {p.value: (p.period_start, p.base_period_start) for p in record.percentages}
    return counts, pcts


@pytest.mark.parametrize("text, published, counts", [
    ("The helpline heard from 1,022 people in 2025.\n\nThat was a 31% increase on the 2024 figure of 780.\n\n"
     "Belfast accounted for 402 contacts.", "2026-03-05", {1022: Y25, 780: Y24, 402: Y25}),
    ("The Welsh line took 2,140 calls in 2025. Swansea made 318 of them, almost three times the 2024 figure of 110.",
     "2026-03-05", {2140: Y25, 110: Y24}),
    ("The helpline answered 4,870 calls from Wales in 2024/25, up 10% on the previous year's total of 4,430.",
     "2025-06-12", {4870: FY24, 4430: FY23}),
    ("The line took 2,500 calls in 2023, well above the 2022 total of around 1,900.", "2024-02-01",
     {2500: Y23, 1900: Y22}),
    # neighbours: a figure of its own sentence's period; "the figure was" names no period of its own
    ("The helpline heard from 1,022 people in 2025. The figure was 780 in 2024.", "2026-03-05", {1022: Y25, 780: Y24}),
    ("The line took 2,500 calls in 2023. The total of 2,500 was a record.", "2024-02-01", {2500: Y23}),
])
def test_a_figure_named_by_its_period(text, published, counts):
    got, _ = _facts(text, published)
    assert {k: got.get(k) for k in counts} == counts


@pytest.mark.parametrize("text, published, pcts", [
    ("A total of 4,016 calls were made to the helpline from Greater Manchester last year.\n\n"
     "That's up by a third on the 3,012 made in 2022.", "2024-08-14", {33.3: (Y23[0], Y22[0])}),
    ("The line took 4,870 calls in 2024/25, a rise of 9% on the 4,470 recorded in 2023/24.", "2025-06-12",
     {9.0: (FY24[0], FY23[0])}),
    # neighbours: no change word before "on"; a change of its own year
    ("Calls rose 10% to 5,000 in 2023.", "2024-02-01", {10.0: (Y23[0], Y22[0])}),
])
def test_a_base_on_the_figure_made_in(text, published, pcts):
    _, got = _facts(text, published)
    assert {k: got.get(k) for k in pcts} == pcts
