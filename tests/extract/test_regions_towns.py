"""The towns of the UK and Ireland (``data/towns.jsonl``, built from GeoNames) and their guards.

Every sentence here is our own writing. The towns are real; what is tested is the shape of
the sentence around them: a town named after a preposition, in a list, in an address, in a
charity's branch; an ordinary word that is also a town's name; a surname that is one.
"""
from __future__ import annotations

import json

import pytest

from pipeline.extract import regions
from pipeline.extract.regions import ancestors, covers, find_regions, place


def names(text: str) -> list[str]:
    return [m.name for m in find_regions(text)]


@pytest.mark.parametrize("text, expected", [
    ("A man from Hethersett was sentenced on Friday.", ["Hethersett"]),
    ("The charity, based in Alvechurch, Worcestershire, runs the line.", ["Alvechurch", "Worcestershire"]),
    ("The branch covers everywhere from Camelford to Lynton.", ["Camelford", "Lynton"]),
    ("Of the callers, 40 were from Bromsgrove and 12 from Redditch.", ["Bromsgrove", "Redditch"]),
    ("The first meeting was held in Bridgwater in 1968.", ["Bridgwater"]),
    ("A volunteer of the Kilkenny branch described the night shifts.", ["Kilkenny"]),
    ("Volunteers in Dun Laoghaire and Dún Laoghaire answered calls.", ["Dún Laoghaire", "Dún Laoghaire"]),
    ("Calls came from Bo'ness and from St Helens.", ["Bo’ness", "St Helens"]),
    ("Stalls in Chichester, Horsham and Littlehampton raised money.", ["Chichester", "Horsham", "Littlehampton"]),
    ("Oxford and Bath saw rises, and Reading fell.", ["Oxford", "Bath", "Reading"]),
    ("The North Ferriby branch answered 900 calls.", ["North Ferriby"]),
])
def test_towns_found(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town whose name is an ordinary word counts only after a preposition of place
    ("Sales rose because the Street team worked hard.", []),
    ("He made a Deal with the council.", []),
    ("Calls were up in March and down in May.", []),
    ("The Wells Fargo report and the Battle Lines podcast.", []),
    ("They fought a battle; the Battle was lost.", []),
    ("There is Hope for the helpline, said the director.", []),
    ("New offices opened in Street and Wells this year.", ["Street", "Wells"]),
    ("A volunteer from Deal and one from Sale spoke.", ["Deal", "Sale"]),
    ("The bus runs between Battle and Rye.", ["Battle", "Rye"]),
    # a name beside a speech verb, or next to another capitalised name, is a person
    ('"We will answer every call," said Hale.', []),
    ("Barry told the meeting the line was busy.", []),
    ("Volunteer Barry Jones said the line was busy.", []),
    ("The council in Barry said the line was busy.", ["Barry"]),
    # names that only name a part of somewhere, and street names
    ("The office in New Park Street, Blackburn, took the calls.", ["Blackburn"]),
    ("The charity is based in the West End of Edinburgh.", ["Edinburgh"]),
    ("The branch on Queen Street, Bridgwater, opened in 1973.", ["Bridgwater"]),
])
def test_ordinary_words_and_people_are_not_towns(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("town, county", [
    ("Hethersett", "Norfolk"),
    ("Alvechurch", "Worcestershire"),
    ("Camelford", "Cornwall"),
    ("Barry", "Vale of Glamorgan"),
])
def test_towns_sit_in_their_county(town, county):
    assert county in ancestors(town)
    assert covers(county, town) and not covers(town, county)


@pytest.mark.parametrize("town, nation", [
    ("Hethersett", "England"),
    ("Barry", "Wales"),
    ("Bo’ness", "Scotland"),
    ("Kilkenny", "Ireland"),
])
def test_towns_sit_in_their_nation(town, nation):
    assert nation in ancestors(town)
    assert place(town).kind == "city" and place(town).code is None


def test_towns_file_is_valid_and_never_shadows_the_gazetteer():
    gazetteer = [json.loads(line) for line in regions.GAZETTEER.read_text(encoding="utf-8").splitlines() if line.strip()]
    towns = [json.loads(line) for line in regions.TOWNS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(towns) > 4000
    taken = {a for row in gazetteer for a in row["aliases"]}
    known = {row["name"] for row in gazetteer} | {row["name"] for row in towns}
    for row in towns:
        assert row["kind"] == "city" and row["aliases"][0] == row["name"]
        assert not taken & set(row["aliases"]), row["name"]
        assert set(row["parents"]) <= known, row["name"]
        assert row.get("ambiguous", False) or not row.get("common", False), row["name"]


def test_a_town_that_collides_with_the_gazetteer_is_left_out(tmp_path, monkeypatch):
    """The hand-made entry wins over a town of the same name; the town file may be absent."""
    towns = tmp_path / "towns.jsonl"
    rows = [{"name": "Newport", "kind": "city", "code": None, "aliases": ["Newport"], "parents": ["England"]},
            {"name": "Zedtown", "kind": "city", "code": None, "aliases": ["Zedtown"], "parents": ["Wales"]}]
    towns.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    caches = [regions._entries, regions._aliases, regions.load_gazetteer, regions._parents_by_name]
    monkeypatch.setattr(regions, "TOWNS", towns)
    for cache in caches:
        cache.cache_clear()
    try:
        assert "Wales" in ancestors("Newport") and "England" not in ancestors("Newport")
        assert "Wales" in ancestors("Zedtown")
        monkeypatch.setattr(regions, "TOWNS", tmp_path / "absent.jsonl")
        for cache in caches:
            cache.cache_clear()
        assert place("Zedtown") is None and place("Wales") is not None
    finally:
        monkeypatch.undo()
        for cache in caches:
            cache.cache_clear()
        regions._MATCHERS.clear()
