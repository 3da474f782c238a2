"""Figures of places side by side are no total and its parts: a "part" larger than the total, of a place
the total's does not hold, ends the list.  Sentences of our own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, stated", [
    ("Responders in Kent answered an average of more than 3,500 calls a month, with 3,000 in Surrey and "
     "roughly 12,000 in London.", 3500.0),
    ("The line in Wales took more than 2,000 calls, with 1,500 in Scotland and 9,000 in England.", 2000.0),
])
def test_places_side_by_side_are_no_sum(text, stated):
    record = extract_article(text, source="places.txt", published="2024-01-01")
    assert not [c for c in record.checks if c.kind == "sum" and c.stated == stated and c.verdict != "unverifiable"]
