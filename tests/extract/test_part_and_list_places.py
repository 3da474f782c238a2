"""A part's place among the places of its sentence (places21b, ``extract/fact_places.py``,
``extract/place_lists.py``).

"1,200 people across Kent and Sussex made contact, 500 of them from Sussex": the part "of them" is of the place
named right after it, not of both; "The Eastern area followed with 610, ahead of the Western area on 540 and the
Northern area on 300": each figure of such a list is of the place right before it. Sentences of our own writing;
the whole keeps every place its sentence gives it, and a figure that is no part "of them" keeps its clause's.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _regions(text: str) -> dict[int, list[str]]:
    record = extract_article(text, source="places.txt", published="2025-02-01")
    return {int(c.value): sorted(c.regions) for c in record.counts}


@pytest.mark.parametrize("text, value, regions", [
    ("Across Kent and Sussex, 1,200 people contacted the helpline in 2024, 500 of them from Sussex.", 500,
     ["Sussex"]),
    ("In 2024, 1,200 people from Kent and Sussex contacted the helpline, 700 of whom were from Kent.", 700,
     ["Kent"]),
    ("Across Devon and Somerset, 900 people called the helpline in 2024, 350 of those in Somerset.", 350,
     ["Somerset"]),
    # the whole keeps both places
    ("Across Kent and Sussex, 1,200 people contacted the helpline in 2024, 500 of them from Sussex.", 1200,
     ["Kent", "Sussex"]),
])
def test_a_part_of_them_from_a_place(text, value, regions):
    assert _regions(text)[value] == regions


LIST = ("The helpline took 9,000 calls from Northern Ireland in 2024.\n\nThe Belfast Trust area accounted for 2,500 "
        "of the calls.\n\nThe Northern Trust area followed with {a}, ahead of the Southern Trust on {b} and the "
        "Western Trust on {c}.")


@pytest.mark.parametrize("value, regions", [
    (2100, ["Northern Trust"]),
    (1900, ["Southern Trust"]),
    (1700, ["Western Trust"]),
])
def test_each_item_of_a_list_its_place(value, regions):
    assert _regions(LIST.format(a="2,100", b="1,900", c="1,700"))[value] == regions
