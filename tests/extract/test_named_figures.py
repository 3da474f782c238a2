"""A figure word with a word of its own before it gives a count ("The website figure for 2023 was 6,200", "The
county's total was 3,200"): what its word names (a website's visits), else what the count before counts.  Sentences
of our own writing; neighbours with a noun of their own keep it ("The police total was 3,200 arrests"), and a figure
word followed by more than the figure is no such count.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _counts(text: str) -> dict[float, tuple[str, object]]:
    record = extract_article(text, source="named_figures.txt", published="2025-03-01")
    return {c.value: (c.measure, c.period_start) for c in record.counts}


@pytest.mark.parametrize("text, value, measure, start", [
    ("Visits to the site rose to 8,400 in 2024. Calls went from 1,100 in 2023 to 1,210. The website figure for 2023 "
     "was 6,200.", 6200, "website_users", "2023-01-01"),
    ("The helpline took 1,000 calls from Kent in 2024. The county's total was 3,200.", 3200, "helpline_calls", None),
    ("The helpline took 1,000 calls from Kent in 2024. Its helpline total for the year stood at 4,100.", 4100,
     "helpline_calls", None),
    ("The helpline took 1,000 calls in 2024. The police total was 3,200 arrests.", 3200, "arrests", None),
    ("Visits to the site rose to 8,400 in 2024. The website figure for 2023 was 6,200, the charity confirmed.", 6200,
     "website_users", "2023-01-01"),
])
def test_a_named_figure_is_a_count(text: str, value: float, measure: str, start: object) -> None:
    got = _counts(text)[value]
    assert got[0] == measure and (start is None or got[1] == start)
