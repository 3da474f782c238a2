"""Nouns of a change after a percentage ("a 15% uptick", "a 10% downturn") make it a change with a
direction, as "rise" and "fall" do. Every sentence is our own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, expected", [
    ("A 15% uptick in texts followed the radio advert.", [(15.0, "change", "increase")]),
    ("The branch saw a 12 per cent upturn in contacts after the launch.", [(12.0, "change", "increase")]),
    ("A 30% upswing in visits to the website followed the film.", [(30.0, "change", "increase")]),
    ("Volunteers noted a 10% downturn in calls over the summer.", [(10.0, "change", "decrease")]),
    # near miss: a share stays a share
    ("Some 15% of callers were women.", [(15.0, "share", None)]),
])
def test_a_noun_of_change(text, expected):
    record = extract_article(text, source="nouns.txt", published="2022-02-15")
    assert [(p.value, p.kind, p.direction) for p in record.percentages] == expected


@pytest.mark.parametrize("text, expected", [
    # a count then ", or N%": the count restated as a share of its whole, whatever verb of change the clause holds
    ("The scheme lowered the risk in 2,150 cases, or 43%.", [(43.0, "share", None)]),
    ("Volunteers cut waiting times for 1,200 callers, or 40 per cent.", [(40.0, "share", None)]),
    # a change word right before the count: the same change told twice
    ("Calls rose by 830, or 64%.", [(64.0, "change", "increase")]),
    ("Calls to the line fell by 300 calls, or 20%.", [(20.0, "change", "decrease")]),
    ("The line took 2,000 calls, up 500 calls or 33%.", [(33.0, "change", "increase")]),
])
def test_a_count_restated_as_a_share(text, expected):
    record = extract_article(text, source="nouns.txt", published="2022-02-15")
    assert [(p.value, p.kind, p.direction) for p in record.percentages] == expected
