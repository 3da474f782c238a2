"""A fraction word set off as an aside restates the figure before it as a share ("465 came from women - almost a
third", "1,400, or about a quarter, ..."): a percentage (ANNOTATION.md decision 7), which the checks judge
against its part and whole.  Sentences of our own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article


def shares(text: str) -> list[tuple[float, str]]:
    record = extract_article(text, source="aside.txt", published="2024-02-01")
    return [(p.value, p.qualifier) for p in record.percentages]


@pytest.mark.parametrize("text, expected", [
    ("Of the 1,500 contacts in 2023, 465 came from women - almost a third.", [(33.3, "nearly")]),
    ("Of the 2,400 callers in 2022, 610 - about a quarter - were under 25.", [(25.0, "about")]),
    ("Of the 900 chats, 300, or a third, took place at night.", [(33.3, "exact")]),
    ("Of the 3,000 people who called, 1,620 (more than half) were men.", [(50.0, "more_than")]),
    ("Of the 800 callers, 210 were women, a quarter.", [(25.0, "exact")]),
])
def test_a_fraction_aside_is_a_share(text, expected):
    assert shares(text) == expected


@pytest.mark.parametrize("text", [
    "In the second half, calls to the line rose.",
    "Calls were slow in the first half, the charity said.",
    "Calls fell by half, the charity said.",          # a halving: a multiplier, not a percentage
])
def test_no_share(text):
    assert shares(text) == []


def test_an_aside_share_is_checked():
    record = extract_article("Of the 1,500 contacts in 2023, 465 came from women - almost a third.",
                             source="aside.txt", published="2024-02-01")
    assert [(c.kind, c.verdict) for c in record.checks] == [("share", "consistent")]
