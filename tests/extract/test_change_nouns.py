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
