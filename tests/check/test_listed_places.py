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


@pytest.mark.parametrize("text, stated", [
    # a breakdown by place read from its first place: the other places do not add up to it
    ("Across Greater Manchester, 980 people rang the helpline in 2023: 400 in Manchester, 330 in Salford and "
     "250 in Bolton.", 400.0),
    ("In total 1,310 people in Kent sought help in 2022: 510 in Maidstone, 450 in Canterbury and 350 in Dover.",
     510.0),
])
def test_no_inconsistent_sum_of_places_side_by_side(text, stated):
    record = extract_article(text, source="places.txt", published="2024-01-01")
    assert not [c for c in record.checks if c.kind == "sum" and c.verdict == "inconsistent"], \
        [c.explanation for c in record.checks]


@pytest.mark.parametrize("text, stated", [
    # a total and its parts by place after a colon, a dash or in brackets, as after a comma
    ("The line took 5,200 calls in 2019: 3,100 in Kent and 2,100 in Sussex.", 5200.0),
    ("The line took 5,200 calls in 2019 - 3,100 in Kent and 2,100 in Sussex.", 5200.0),
    ("Volunteers answered 6,400 calls last year \u2013 4,000 in Devon, and 2,400 in Cornwall.", 6400.0),
    ("The service heard from 870 people in 2021 (500 in Fife and 370 in Angus).", 870.0),
    ("Across Greater Manchester, 980 people rang the helpline in 2023: 400 in Manchester, 330 in Salford and "
     "250 in Bolton.", 980.0),
])
def test_parts_after_a_colon_dash_or_bracket_are_summed(text, stated):
    record = extract_article(text, source="places.txt", published="2024-01-01")
    assert [c.verdict for c in record.checks if c.kind == "sum" and c.stated == stated] == ["consistent"], \
        [c.explanation for c in record.checks]

@pytest.mark.parametrize("text, verdict", [
    # a total, then a colon or a dash, then its places: the list is its parts
    ("The charity answered 9,100 calls in 2022 \u2013 6,000 in Wales, and 3,100 in Scotland.", "consistent"),
    ("The line took 5,000 calls in 2022: 3,000 in Kent and 2,000 in Essex.", "consistent"),
    ("The line took 5,000 calls in 2022 - 3,000 from Kent and 2,000 from Essex.", "consistent"),
    ("The line took 5,000 calls in 2022 \u2014 3,100 in Kent, and 2,000 in Essex.", "inconsistent"),
])
def test_places_listed_after_a_colon_or_a_dash(text, verdict):
    record = extract_article(text, source="places.txt", published="2024-01-01")
    assert [c.verdict for c in record.checks if c.kind == "sum"] == [verdict], [c.explanation for c in record.checks]
