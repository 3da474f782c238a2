"""A change judged on a pair of counts of two places that exclude each other is no verdict on the paper.

"The Leeds line took 240 calls in 2021, compared with 300 calls to the York line in 2022, a 20% rise": the
linked pair is of two places, so it is not the pair a change over time compares; agreement may stand, a
disagreement is unverifiable.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _percentage_verdicts(text: str) -> list[str]:
    record = extract_article(text, source="places.txt", published="2023-02-15")
    return [c.verdict for c in record.checks if c.kind == "percentage"]


@pytest.mark.parametrize("text", [
    "The Leeds line took 240 calls in 2021, compared with 300 calls to the York line in 2022, a 20% rise.",
    "Calls to the line in York numbered 300 in 2022, compared to 260 in Leeds in 2021, a 20% rise.",
])
def test_no_inconsistent_on_a_pair_of_two_places(text):
    assert "inconsistent" not in _percentage_verdicts(text)


@pytest.mark.parametrize("text, verdicts", [
    # one place, or none named: a disagreement is still a verdict
    ("The Leeds line took 240 calls in 2021, compared with 300 calls in 2022, a 20% rise.", ["inconsistent"]),
    ("Calls to the line in York rose from 240 in 2021 to 300 in 2022, a 20% rise.", ["inconsistent"]),
])
def test_a_pair_of_one_place_is_still_judged(text, verdicts):
    assert _percentage_verdicts(text) == verdicts
