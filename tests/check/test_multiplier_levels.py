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


@pytest.mark.parametrize("text", [
    # the first level names a whole, a place or a group of its own: two levels of two things, no pair
    "The share of callers who were men doubled, from 10% of calls to 30% of texts.",
    "The share of callers who were men halved, from 40% of calls to 15% of chats.",
    "The share doubled from 10% of callers in Leeds to 25% of callers in York.",
    "The number of men calling doubled from 10% of calls, to 12% of calls plus 800 texts.",
    "The share of young callers doubled from 10% among men to 25% among women.",
])
def test_no_inconsistent_on_levels_of_two_wholes(text):
    assert all(v != "inconsistent" for _, v in _multiplier_checks(text))


@pytest.mark.parametrize("text, expected", [
    # a level that names only its time is still the same share's: a disagreement stays a verdict
    ("The share of calls from women has doubled, from 8% in 2019 to 20% in 2023.", [(2.0, "inconsistent")]),
    ("The share of calls from women has doubled, from 8% in March 2019 to 20%.", [(2.0, "inconsistent")]),
    # a whole named only after the second level is both levels' ("from 12% to 30% of all calls")
    ("Its share of the calls has doubled, from 12% to 30% of all calls.", [(2.0, "inconsistent")]),
    # agreement stands whatever the words between
    ("The share doubled from 10% of callers in Leeds to 20% of callers in 2023.", [(2.0, "consistent")]),
])
def test_levels_that_name_only_their_time(text, expected):
    assert _multiplier_checks(text) == expected
