"""A count's region is the places its own sentence names, else none (ANNOTATION.md decision 12): "the figure
was N", "from the region", "the county" after a sentence that named the place leave the count without one (a
percentage too), while a list's row keeps its line's place, and the checks
still pair the count by the place it took (``Count.context_regions``). Every sentence here is our own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, expected", [
    # the count's own sentence names its place: kept
    ("In Dorset, 410 people called the line in 2022. In Wiltshire the figure was 380.", [["Dorset"], ["Wiltshire"]]),
    ("The line took 520 calls from Norfolk in 2021.", [["Norfolk"]]),
    ("Callers from Gwynedd made 95 calls in 2020, and callers from Powys made 60.", [["Gwynedd"], ["Powys"]]),
    # a sentence naming no place: none, whatever the sentence before named
    ("In Dorset, 410 people called the line in 2022. The figure was 380 in 2021.", [["Dorset"], []]),
    ("Helpline staff in Suffolk took 730 calls in 2023. That compares with 640 in 2022.", [["Suffolk"], []]),
    ("Cumbria saw 210 referrals in 2022. Some 150 people from the county were men.", [["Cumbria"], []]),
    ("Lincolnshire police made 44 arrests in 2023. Officers across the region made 31 more in 2024.",
     [["Lincolnshire"], []]),
    ("Volunteers in Devon took 1,200 calls in 2021. Last year, 1,350 calls were answered.", [["Devon"], []]),
])
def test_count_places_own_sentence(text, expected):
    record = extract_article(text, source="own.txt", published="2024-06-01")
    assert [c.regions for c in record.counts] == expected


@pytest.mark.parametrize("text, expected", [
    # a percentage publishes no place its sentence does not name (decision 12 read for percentages as the blind
    # sets' annotators read it: tests/extract/test_regions_changes.py) and keeps it for the checks
    ("In 2022, 410 people in Dorset called the line. That was a rise of 12% on the year before.", ([], ["Dorset"])),
])
def test_percentage_keeps_place_from_before_for_the_checks(text, expected):
    record = extract_article(text, source="own.txt", published="2024-06-01")
    assert [(p.regions, p.context_regions) for p in record.percentages] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a row of a list keeps its own place; the row is the sentence
    ("Calls by county in 2022:\nKent: 340\nEssex: 215\n", [["Kent"], ["Essex"]]),
])
def test_list_rows_keep_their_place(text, expected):
    record = extract_article(text, source="own.txt", published="2024-06-01")
    assert [c.regions for c in record.counts if c.regions] == expected


def test_inherited_place_stays_for_the_checks():
    text = "In Dorset, 410 people called the line in 2022. The figure was 380 in 2021."
    record = extract_article(text, source="own.txt", published="2024-06-01")
    later = record.counts[-1]
    assert later.regions == [] and getattr(later, "context_regions", None) == ["Dorset"]
