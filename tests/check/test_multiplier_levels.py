"""A multiplier of a share judged on the two levels its sentence gives right after it: "doubled from 10% to 20%".

The words tie the levels to the multiplier, so a disagreement is a verdict; counts in the sentence (the wholes
of the two shares) are no pair for it.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _multiplier_checks(text: str) -> list[tuple[float, str]]:
    record = extract_article(text, source="levels.txt", published="2012-09-01")
    return [(c.stated, c.verdict) for c in record.checks if c.kind == "multiplier"]


@pytest.mark.parametrize("text, expected", [
    ("The share of calls about money has doubled, from 10% in 2008 to 20% in 2011.", [(2.0, "consistent")]),
    ("The proportion of callers who mention debt doubled from one in 10 to one in five.", [(2.0, "consistent")]),
    ("The share of repeat callers halved from 30 per cent to 15 per cent last year.", [(0.5, "consistent")]),
    ("The share of calls from women has tripled, from 8% to 20%.", [(3.0, "inconsistent")]),
    # the counts are the wholes of the two shares, not the multiplier's pair
    ("The share of calls about money has doubled, from 10% of 4,000 calls in 2008 to 20% of 5,000 calls in 2011.",
     [(2.0, "consistent")]),
])
def test_a_multiplier_on_two_levels(text, expected):
    assert _multiplier_checks(text) == expected


@pytest.mark.parametrize("text", [
    # the levels are not right after it, or not written "from ... to"
    "Calls doubled last year, and the share from women was 10% in 2008 and 20% in 2011.",
    "Calls to the line doubled; 10% came from women and 20% from young people.",
])
def test_no_levels_far_from_it(text):
    assert all(v != "inconsistent" or s != 2.0 for s, v in _multiplier_checks(text))
