"""Places abroad from GeoNames (``data/abroad.jsonl``, ``scripts/make_abroad.py``): countries,
cities and US counties found by ``regions_abroad``, with the evidence a town needs, in
sentences of our own."""
from __future__ import annotations

import json

import pytest

from pipeline.extract import gazetteer
from pipeline.extract.regions import ancestors, find_regions


def names(text: str) -> list[str]:
    return [m.name for m in find_regions(text)]


@pytest.mark.parametrize("text, expected", [
    # a city abroad after a preposition of place, in a list, or before "-based"
    ("Most calls came from callers in Milwaukee last winter.", ["Milwaukee"]),
    ("Volunteers in Toronto took 300 calls.", ["Toronto"]),
    ("Staff in Auckland, Hyderabad and Des Moines answer at night.", ["Auckland", "Hyderabad", "Des Moines"]),
    ("The Green Bay-based council answers the line.", ["Green Bay"]),
    ("A counsellor at the centre in Montréal took the call.", ["Montreal"]),  # as English papers write it
    # without evidence a city's name is a word or a person's
    ("Toronto gave no figures.", []),
    ("Jackson said the line was busy.", []),
    ("The University answered 40 calls.", []),
    # a county of the United States and a country need none
    ("The line covers Milwaukee County and its suburbs.", ["Milwaukee County"]),
    ("Calls from Franklin County rose by a third.", ["Franklin County"]),
    ("India has one helpline for every ten million people.", ["India"]),
    ("Callers from Kenya and Ghana were offered a call back.", ["Kenya", "Ghana"]),
    # a place at home wins over its namesake abroad
    ("Kent County Council took 50 calls.", ["Kent"]),
    ("Callers in East London waited longer.", ["London"]),
    ("Volunteers in Perth took 200 calls.", ["Perth"]),
    # GeoNames' capital joining words as papers write them
    ("A branch opened in Berwick-upon-Tweed this year.", ["Berwick-Upon-Tweed"]),
    ("Calls from Houghton-le-Spring doubled.", ["Houghton-Le-Spring"]),
])
def test_places_abroad(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("name, parents", [
    ("Milwaukee", {"Wisconsin", "United States"}),
    ("Milwaukee County", {"Wisconsin", "United States"}),
    ("Toronto", {"Canada"}),
    ("Auckland", {"New Zealand"}),
])
def test_places_abroad_lie_in_their_country(name, parents):
    assert parents <= ancestors(name)


def test_the_hand_made_gazetteer_wins():
    taken = set()
    for line in gazetteer.GAZETTEER.read_text(encoding="utf-8").splitlines():
        if line.strip():
            taken.update(json.loads(line)["aliases"])
    for line in gazetteer.ABROAD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert not taken.intersection(row["aliases"]), row["name"]
    assert not gazetteer.gazetteer_entries()[gazetteer.alias_keys()["Perth"]].abroad  # Scotland's and Australia's, by hand


@pytest.mark.parametrize("text, expected", [
    # England's compass regions in news whose places all lie in one country abroad name a part of it
    ("In Tasmania, the number of North-West residents seeking help doubled.", ["Tasmania"]),
    ("Referrals in Cork and the South West rose, the Ireland service said.", ["Cork", "Ireland"]),
    ("Calls from Toronto and the north east of the province rose.", ["Toronto"]),
    # with a place of the UK, with "England", or alone, they stay England's
    ("Calls across the North West and Cumbria rose.", ["North West", "Cumbria"]),
    ("Calls in the North West rose by a fifth.", ["North West"]),
    ("Callers in Tasmania and the North West of England waited longer.", ["Tasmania", "North West"]),
])
def test_compass_regions_abroad(text, expected):
    assert names(text) == expected
