"""A "Greater" area is its own place, not the city it is named after (data/regions.jsonl): "the Greater Glasgow area"
is Greater Glasgow, as "Greater Manchester" is Greater Manchester; the health board "Greater Glasgow and Clyde" keeps
its longer name, and the city alone is the city. Each row is a text of our own and the places of its one count.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

ROWS = [
    ("A total of 716 of the contacts came from the Greater Glasgow area in 2023.", ["Greater Glasgow"]),
    ("Breathing Space took 620 calls from the NHS Greater Glasgow and Clyde area in 2023.",
     ["Greater Glasgow and Clyde"]),
    ("The line took 900 calls from Glasgow in 2023.", ["Glasgow"]),
    ("The line took 900 calls from Greater Manchester in 2023.", ["Greater Manchester"]),
]


@pytest.mark.parametrize("text,places", ROWS)
def test_a_greater_area_is_its_own_place(text: str, places: list[str]) -> None:
    record = extract_article(text, source="greater-areas.txt", published="2024-03-01")
    assert [c.regions for c in record.counts] == [places]
