"""Places that are areas of health bodies and nicknames, in sentences of our own: Northern Ireland's five health and
social care trusts ("the Belfast Trust area"), Scottish health boards' and Welsh health boards' areas named as
regions ("Greater Glasgow and Clyde", "Forth Valley", "Hywel Dda", "Cwm Taf Morgannwg"), "Norfolk County Council" as
Norfolk's council (no county abroad), and a figure whose own words say its place was not recorded."""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.regions import find_regions


@pytest.mark.parametrize("text, expected", [
    ("Of the calls, 900 came from the Belfast Trust area and 560 from the Northern Trust.",
     ["Belfast Trust", "Northern Trust"]),
    ("The South Eastern Health and Social Care Trust took 470 referrals; the Southern Trust 430.",
     ["South Eastern Trust", "Southern Trust"]),
    ("Calls from the Western HSC Trust area fell.", ["Western Trust"]),
    ("Breathing Space took 620 calls from the NHS Greater Glasgow and Clyde area.", ["Greater Glasgow and Clyde"]),
    ("Callers in Lanarkshire and Forth Valley made 340 calls.", ["Lanarkshire", "Forth Valley"]),
    ("NHS Ayrshire & Arran's area made 187 calls.", ["Ayrshire and Arran"]),
    ("The Hywel Dda and Betsi Cadwaladr health board areas made 640 and 1,120 calls.",
     ["Hywel Dda", "Betsi Cadwaladr"]),
    ("Swansea Bay, Cardiff and Vale and Cwm Taf Morgannwg each saw a rise.",
     ["Swansea Bay", "Cardiff and Vale", "Cwm Taf Morgannwg"]),
    ("The Aneurin Bevan area made 1,010 calls.", ["Aneurin Bevan"]),
    # "Norfolk County Council" is Norfolk's council, no county abroad
    ("Norfolk County Council funds the line.", ["Norfolk"]),
])
def test_health_areas_and_nicknames(text, expected):
    assert [m.name for m in find_regions(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("A further 4,180 calls came from the Western Trust area in 2024, with 378 calls where no area was recorded.",
     [(4180, ["Western Trust"]), (378, [])]),
    ("In 2024 the line took 500 calls from Kent and 90 calls with no location given.", [(500, ["Kent"]), (90, [])]),
    ("In 2024 the line took 500 calls from Kent, and 40 callers came from an unknown area.",
     [(500, ["Kent"]), (40, [])]),
    ("In 2024 the line took 500 calls from Kent, and 40 came from Medway.", [(500, ["Kent"]), (40, ["Medway"])]),
])
def test_a_figure_whose_place_was_not_recorded(text, expected):
    record = extract_article(text, source="areas.txt", published="2025-03-01")
    assert [(c.value, c.regions) for c in record.counts] == expected
