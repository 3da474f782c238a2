"""Counts from another sentence that give another stated change exactly are that change's, not the claim's.

A lede's change or "tripled" is often linked to the first comparison the body gives; when that comparison
is another change the paper states ("up 42% from 295"), a disagreement is no verdict on the lede.  A
multiplier close to that change ("doubled" beside "up 119%") may state the same comparison loosely, and keeps
its verdict.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _verdicts(text: str) -> list[tuple[str, float, str]]:
    record = extract_article(text, source="claimed.txt", published="2022-02-01")
    return sorted((c.kind, c.stated, c.verdict) for c in record.checks)


@pytest.mark.parametrize("text, expected", [
    ("Calls to the gambling helpline nearly tripled in its first year.\n\nThe line took 420 calls in 2021, up 42% "
     "from 295 in 2020.", [("multiplier", 3.0, "unverifiable"), ("percentage", 42.0, "consistent")]),
    ("Calls to the state helpline rose 70 percent last year.\n\nThe helpline took 410 calls about sports betting, "
     "up 64 percent from 250.", [("percentage", 64.0, "consistent"), ("percentage", 70.0, "unverifiable")]),
    ("Calls to the line rose 50 percent last year.\n\nThe line took 420 calls in 2021, up 42% from 295 in 2020.",
     [("percentage", 42.0, "consistent"), ("percentage", 50.0, "unverifiable")]),
    # a multiplier near the other change states the same comparison loosely: its verdict stands
    ("Calls to the line doubled.\n\nThe line took 940 calls in 2021, up 119% from 430 in 2020.",
     [("multiplier", 2.0, "inconsistent"), ("percentage", 119.0, "consistent")]),
])
def test_a_pair_another_change_states(text, expected):
    assert _verdicts(text) == expected
