"""A share written as a fraction word, checked against the figure the paper states for it.

"More than half of new members (55 per cent)", "nearly a third of callers (31 per cent)": the figure in
brackets restates the fraction; "nearly half of calls came from parents ... 46 per cent of calls came from parents" a few
sentences on does too, when the words after both agree, and so does a figure in brackets right after the
fraction word, "almost half (48%) of those" (two shares, by ANNOTATION.md decision 3).
Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _share_checks(text: str) -> list[tuple[float, str]]:
    record = extract_article(text, source="restated.txt", published="2023-02-01")
    return [(c.stated, c.verdict) for c in record.checks if c.kind == "share"]


@pytest.mark.parametrize("text, expected", [
    # a figure in brackets right after the fraction and its whole
    ("More than half of new members (55 per cent) chose the longest ban.", [(50.0, "consistent")]),
    ("Nearly a third of callers (31 per cent) were women.", [(33.3, "consistent")]),
    ("Well over half of the volunteers (57%) had been trained for a year.", [(50.0, "consistent")]),
    ("Nearly half of the callers (52%) were men.", [(50.0, "inconsistent")]),
    ("More than half of the callers (48%) were men.", [(50.0, "inconsistent")]),
    ("About a quarter of callers (26%) were under 25.", [(25.0, "consistent")]),
    # the figure in brackets right after the fraction word, before its whole
    ("Almost half (48%) of those who called were worried about a relative.", [(50.0, "consistent")]),
    ("More than a third (36 per cent) of callers were women.", [(33.3, "consistent")]),
    ("Nearly a quarter (31%) of callers were under 25.", [(25.0, "inconsistent")]),
    # the figure a few sentences later, saying the same of the same group
    ("More than half of the callers were women.\n\nThe branch took 9,000 calls in 2022.\n\n"
     "Of those who called, 53% were women.", [(50.0, "consistent")]),
    ("Nearly half of the calls concerned money worries.\n\nIn all, 47 per cent of calls concerned money worries.",
     [(50.0, "consistent")]),
    # later and disagreeing: perhaps of another group, so no verdict against the paper
    ("Nearly half of the calls concerned money worries.\n\nIn all, 51 per cent of calls concerned money worries.",
     [(50.0, "unverifiable")]),
])
def test_a_fraction_and_its_figure(text, expected):
    assert _share_checks(text) == expected


@pytest.mark.parametrize("text", [
    # the later figure says something else of someone else
    "More than half of the callers were women.\n\nSome 55% of the volunteers had trained for a year.",
    # too far from the fraction's value to restate it
    "Nearly half of the callers were women.\n\nOf those who called, 20% were women under 25.",
    # too many sentences apart
    "More than half of the callers were women.\n\nOne.\n\nTwo figures.\n\nThree more.\n\nOf those who called, 53% were women.",
    # a figure with no bracket in the fraction's own sentence is a share of its own
    "More than half of the callers were women, and 55% of the volunteers were men.",
])
def test_no_restatement(text):
    assert _share_checks(text) == []
