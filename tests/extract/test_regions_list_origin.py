"""The place of each figure of a list by place, where a noun and a verb of origin stand between the figure and its
place, the place is "the rest of" one, or the first item is "<place> city accounted for" (changes21). Each figure
takes its own item's place, not every place the sentence names, so a change over one place ("the city's figure more
than doubled") finds that place's figure, and a total finds its parts.  Every sentence here is our own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _places(text: str) -> dict[int, list[str]]:
    record = extract_article(text, source="origin.txt", published="2025-03-01")
    return {c.value: c.regions for c in record.counts}


@pytest.mark.parametrize("text, value, places", [
    # a noun and a verb of origin between the figure and its place
    ("Of last year's 2,010 calls, 840 calls came from Swindon, 700 from Bath and 470 from Wiltshire.", 840,
     ["Swindon"]),
    ("Of last year's 2,010 calls, 840 calls came from Swindon, 700 from Bath and 470 from Wiltshire.", 700, ["Bath"]),
    ("In 2023, 515 people were from Derby and 380 people were from Nottingham.", 380, ["Nottingham"]),
    ("In 2023, 515 people were from Derby and 380 people were from Nottingham.", 515, ["Derby"]),
    # "the rest of" a place: that place's figure less the part named before
    ("Of the 1,430 contacts in 2024, 390 came from Exeter, 620 from the rest of Devon and 420 from Somerset.", 620,
     ["Devon"]),
    # "<place> city accounted for" opens the list; the next item's figure is "coming from" its place
    ("Dundee city accounted for 410 of the 2023/24 calls, with 260 coming from Angus.", 410, ["Dundee"]),
    ("Dundee city accounted for 410 of the 2023/24 calls, with 260 coming from Angus.", 260, ["Angus"]),
])
def test_each_item_takes_its_own_place(text, value, places):
    assert _places(text)[value] == places


@pytest.mark.parametrize("text, value, places", [
    # near misses: one figure of the sentence tied to a place is no list; the sentence's places stay its figure's
    ("Calls from Swindon and Bath reached 1,540 in 2024.", 1540, ["Swindon", "Bath"]),
    ("The line took 2,300 calls in 2024 from people living in Hull and East Yorkshire.", 2300,
     ["Hull", "East Yorkshire"]),
    # "and" opens the next item: a figure never takes the place named after it across "and"
    ("There were 310 calls and 120 texts from Carlisle in 2024.", 310, ["Carlisle"]),
])
def test_no_list_no_split(text, value, places):
    assert _places(text)[value] == places


@pytest.mark.parametrize("text, expected", [
    # "the city-region" points back to the place named before, as "the region" does: kept for the checks
    ("The line took 2,400 calls from West Yorkshire in 2024. Calls have risen since 2020, when 1,300 calls were made "
     "from the city-region.", ["West Yorkshire"]),
    ("The line took 2,400 calls from West Yorkshire in 2024. Calls have risen since 2020, when 1,300 calls were made "
     "across the city region.", ["West Yorkshire"]),
    # no such words: the figure takes no place from before
    ("The line took 2,400 calls from West Yorkshire in 2024. Calls have risen since 2020, when 1,300 calls were "
     "made.", []),
])
def test_city_region_refers_back(text, expected):
    record = extract_article(text, source="origin.txt", published="2025-03-01")
    later = next(c for c in record.counts if c.value == 1300)
    assert later.regions == [] and later.context_regions == expected
