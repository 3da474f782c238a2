"""A ratio after the verb "split" is two shares, as one before the noun is (extract21, ``numbers._SPLIT_AFTER``).

"Contacts split 91:9 between men and women", "calls were split 60:40" state the same two shares as "a 91:9 split"
(ANNOTATION.md decision 7), whatever change words the clause holds (``ratios.percentage_kind``); a ratio whose
sides do not make 100, or a score, is none. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _shares(text: str) -> list[float]:
    record = extract_article("Helpline figures\n\n" + text, source="splits.txt", published="2024-06-01")
    return sorted(p.value for p in record.percentages if p.kind == "share")


@pytest.mark.parametrize("text, expected", [
    ("The Norwich line heard from 2,400 people in 2023. Callers split 82:18 between men and women.", [18, 82]),
    ("The Norwich line heard from 2,400 people in 2023. Its contacts were split 55:45 between phone and chat.",
     [45, 55]),
    ("The Norwich line heard from 2,400 people in 2023. There was a 70:30 split between adults and under-18s.",
     [30, 70]),
    ("The Norwich line heard from 2,400 people in 2023. Calls split 62.5:37.5 between day and night.", [37.5, 62.5]),
    # a headline whose other words tell a change: the ratio's sides are still shares
    ("More people than ever are phoning the Hull line, with callers split 64:36 between men and women", [36, 64]),
])
def test_a_split_ratio_is_two_shares(text, expected):
    assert _shares(text) == expected


@pytest.mark.parametrize("text", [
    "The Norwich line heard from 2,400 people in 2023. The vote split 3:1 in favour of the plan.",
    "The Norwich line heard from 2,400 people in 2023. Callers split 60:30 between two offices.",
])
def test_other_ratios_are_no_shares(text):
    assert _shares(text) == []
