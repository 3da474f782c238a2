"""A stated difference ("1,000 more than the 4,000 in 2020") against the one pair of counts beside it.

The pair is the two counts of the difference's sentence, or its sentence's count and the one of the
sentence before.  A disagreement is a verdict only when both counts are in its sentence with two periods in
order.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def difference_checks(text: str, stated: float) -> list:
    record = extract_article(text, source="difference.txt", published="2023-01-01")
    return [c for c in record.checks if c.kind == "difference" and c.stated == stated]


@pytest.mark.parametrize("text, stated, verdict", [
    ("The helpline took 5,000 calls in 2021, 1,000 more than the 4,000 in 2020.", 1000.0, "consistent"),
    ("The helpline took 5,000 calls in 2021, 1,500 more than the 4,000 in 2020.", 1500.0, "inconsistent"),
    ("The helpline took 5,000 calls in 2021.\n\nThat was 1,000 more than in 2020, when it took 4,000 calls.",
     1000.0, "consistent"),
])
def test_a_difference_on_the_pair_beside_it(text, stated, verdict):
    checks = difference_checks(text, stated)
    assert checks and checks[0].verdict == verdict, [c.explanation for c in checks]


@pytest.mark.parametrize("text, stated", [
    # a pair from two sentences that disagrees may not be the difference's: no check
    ("The helpline took 5,000 calls in 2021.\n\nThat was 1,500 more than in 2020, when it took 4,000 calls.",
     1500.0),
    # three counts beside it: no one pair
    ("The helpline took 5,000 calls in 2021, 1,000 more than the 4,000 in 2020 and the 3,000 in 2019.", 1000.0),
])
def test_no_verdict_without_a_tied_pair(text, stated):
    assert all(c.verdict != "inconsistent" for c in difference_checks(text, stated))
