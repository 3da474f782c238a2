"""A change's two counts are of one rate: a figure per day is never compared with a year's total, while a rate
written once for two figures side by side ("242 calls a month, up from 220") covers both.  Sentences of our own
writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _verdicts(text: str) -> list[tuple[float, str, str]]:
    record = extract_article(text, source="rates.txt", published="2024-03-01")
    return [(c.stated, c.verdict, c.explanation) for c in record.checks if c.kind == "percentage"]


@pytest.mark.parametrize("text, stated", [
    # the change's new level is a rate, its base a total: the two totals of the sentence are the pair
    ("Calls to the line rose by 22% to six a day in 2016, when there were 2,297 calls compared with 1,885 in 2013.", 22.0),
    ("Contacts grew 25 per cent to about 14 a week last year, with 750 contacts against 600 the year before.", 25.0),
])
def test_a_rate_is_no_pair_with_a_total(text, stated):
    [(got, verdict, why)] = _verdicts(text)
    assert (got, verdict) == (stated, "consistent"), why
    assert "a day" not in why and "six" not in why


@pytest.mark.parametrize("text", [
    # a rate written once for both figures, side by side
    "The line now takes 242 calls a month, up from 220 in 2022, a rise of 10%.",
    "The line took 242 calls a month in 2023, up 10% from 220 in 2022.",
])
def test_a_rate_written_once_covers_both_figures(text):
    assert [(s, v) for s, v, _ in _verdicts(text)] == [(10.0, "consistent")]
