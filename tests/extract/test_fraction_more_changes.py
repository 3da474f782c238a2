"""A change worded as a fraction more or fewer than before (changes21): "almost a fifth more calls", "more than a
quarter more people", "a third fewer texts" is a percentage change (ANNOTATION.md: a fraction word is its
percentage), its hedge its qualifier, "more" or "fewer" its direction; "a third more likely" (two groups compared) and
"a fifth more on staff" (no count's noun after it) are none.  Every sentence here is our
own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _changes(text: str) -> list[tuple[float, str, str, str]]:
    record = extract_article(text, source="fractions.txt", published="2025-02-01")
    return [(p.value, p.kind, p.direction, p.qualifier) for p in record.percentages]


@pytest.mark.parametrize("text, expected", [
    ("The line answered almost a fifth more calls last year than in 2023, 4,300 against 3,610.",
     [(20.0, "change", "increase", "nearly")]),
    ("More than a quarter more people in Kent contacted the service in 2024 than in 2023.",
     [(25.0, "change", "increase", "more_than")]),
    ("The helpline took a third fewer texts in 2024 than the year before.",
     [(33.3, "change", "decrease", "exact")]),
    ("About a tenth more women called the line last year.", [(10.0, "change", "increase", "about")]),
    ("Nearly a quarter more first-time callers rang in 2024 than in 2023.", [(25.0, "change", "increase", "nearly")]),
])
def test_fraction_more_is_a_change(text, expected):
    assert _changes(text) == expected


@pytest.mark.parametrize("text", [
    "Men in the town were a third more likely to call than women.",
    "The charity spent a fifth more on staff in 2024 than on rent.",
    "A third more of the budget went on training in 2024.",
])
def test_fraction_more_that_compares_no_times(text):
    assert _changes(text) == []


def test_a_fraction_of_a_whole_stays_a_share():
    assert _changes("A fifth of callers in 2024 were under 25.") == [(20.0, "share", None, "exact")]


@pytest.mark.parametrize("text, expected", [
    # a standfirst's fraction more repeats the lead's change, placed by the paragraph before: one fact (decision 3)
    ("Calls to crisis line climb\n\nFigures show almost a third more calls from Cumbria to the crisis line in the year to "
     "March\n\nCUMBRIA's crisis line answered 6,400 calls in the 12 months to March 2024, up from 4,900 the year "
     "before.\n\nThat is a rise of almost a third.", 1),
    ("Calls to crisis line climb\n\nFigures show almost a third more calls from Cumbria to the crisis line in the "
     "year to March\n\nThe line answered 6,400 calls from Carlisle in the 12 months to March 2024, up from 4,900 "
     "the year before.\n\nThat is a rise of almost a third.", 1),
    # two body statements, the second placed by the paragraph before it: two places' changes, two facts
    ("Calls to crisis lines climb\n\nCalls from Cumbria to the crisis line rose by almost a third in the year to "
     "March 2024.\n\nLancashire's line answered 9,100 calls in the same 12 months, against 6,900 the year before."
     "\n\nThat was a rise of almost a third.", 2),
])
def test_a_standfirst_repeat_is_one_fact(text, expected):
    record = extract_article(text, source="fractions.txt", published="2024-05-01")
    assert len([p for p in record.percentages if p.value == 33.3]) == expected
