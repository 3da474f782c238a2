"""The towns of the UK and Ireland (``data/towns.jsonl``, built from GeoNames) and their guards.

Every sentence here is our own writing. The towns are real; what is tested is the shape of
the sentence around them: a town named after a preposition, in a list, in an address, in a
charity's branch; an ordinary word that is also a town's name; a surname that is one.
"""
from __future__ import annotations

import json

import pytest

from pipeline.extract import gazetteer, place_roles, regions, regions_matcher
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
    ("Oxford and Bath saw rises, and calls in Reading fell.", ["Oxford", "Bath", "Reading"]),
    ("The Hethersett-based group and the Attleborough branch met.", ["Hethersett", "Attleborough"]),
    ("Volunteers came from the town of Deal.", ["Deal"]),
    ("Calls from Redditch, Bromsgrove and Droitwich rose.", ["Redditch", "Bromsgrove", "Droitwich"]),
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
    # a town of the GeoNames list needs evidence that it is the place: a surname or a namesake abroad is not
    ("Harper and Buckley first heard the song.", []),
    ("It was written by Elizabeth A. Burton, 32.", []),
    ("A cat went missing in Clarkston, MI, last year.", []),
    ("Fans of Tottenham cheered as Chelsea lost.", []),
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
    hand_made = [json.loads(line) for line in gazetteer.GAZETTEER.read_text(encoding="utf-8").splitlines() if line.strip()]
    towns = [json.loads(line) for line in gazetteer.TOWNS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(towns) > 4000
    taken = {a for row in hand_made for a in row["aliases"]}
    known = {row["name"] for row in hand_made} | {row["name"] for row in towns}
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
    caches = [gazetteer.gazetteer_entries, gazetteer.alias_keys, gazetteer.load_gazetteer, gazetteer._parents_by_name,
              regions_matcher._patterns]
    monkeypatch.setattr(gazetteer, "TOWNS", towns)
    for cache in caches:
        cache.cache_clear()
    try:
        assert "Wales" in ancestors("Newport") and "England" not in ancestors("Newport")
        assert "Wales" in ancestors("Zedtown")
        monkeypatch.setattr(gazetteer, "TOWNS", tmp_path / "absent.jsonl")
        for cache in caches:
            cache.cache_clear()
        assert place("Zedtown") is None and place("Wales") is not None
    finally:
        monkeypatch.undo()
        for cache in caches:
            cache.cache_clear()
        regions._MATCHERS.clear()


# --- places of bodies, and places included in another: not a figure's own place ---------------

@pytest.mark.parametrize("text, expected", [
    # a place that ends a helpline's name, the body named as its object or by its role
    ("Just over 300 people used the chat run by Stop It Now! Scotland last spring.", ["Scotland"]),
    ("In 2019 alone, 51,000 people rang Samaritans Ireland.", ["Ireland"]),
    ("Jo Bloggs, manager of Stop It Now! UK and Ireland, said 40 calls came in.", ["United Kingdom", "Ireland"]),
    ("Jo Bloggs, manager of Stop It Now! UK & Ireland, said 40 calls came in.", ["United Kingdom", "Ireland"]),
    # a body that ranks itself in apposition
    ("Refuge, the UK's biggest charity for survivors, saw calls rise by 12 per cent.", ["United Kingdom"]),
    ("GamCare, the UK’s leading support service for gamblers, took 9,000 calls.", ["United Kingdom"]),
    # the body as the source of its figures speaks for its place
    ("Stop It Now Scotland took 900 calls in 2022.", []),
    ("Figures published by Stop It Now! Wales show 700 people got in touch.", []),
    ('She said: "Stop It Now Wales heard from 700 people."', []),
    # a place before the name, or after "in", is the branch's place
    ("Gwent Samaritans answered 20,000 calls.", []),
    ("Samaritans in Ireland answered 20,000 calls.", []),
    # a place described without a rank, or a possessive of the place itself
    ("Calls to Scotland's helpline rose by 20 per cent.", []),
    ("GamCare, a charity that works across the UK, took 9,000 calls.", []),
])
def test_places_of_bodies(text, expected):
    mentions = find_regions(text)
    assert [m.name for m in place_roles.organisation_places(text, mentions)] == expected


def _facts(text: str) -> list[tuple[float, list[str]]]:
    from pipeline.engine.stages import extract_article
    record = extract_article(text, source="towns.txt", published="2024-05-01")
    return [(c.value, sorted(c.regions)) for c in record.counts]


@pytest.mark.parametrize("text, expected", [
    ("The charity said 640 people contacted Stop It Now! Scotland in 2023.", [(640, [])]),
    ("Stop It Now! Scotland said 640 people contacted it in 2023.", [(640, ["Scotland"])]),
    ("Calls rose in 2023.\n\nThe figures for each county in 2023 were:\n\nDevon: 5,100\n\n"
     "Cornwall, including the Isles of Scilly: 1,300\n\nDorset: 2,200\n",
     [(5100, ["Devon"]), (1300, ["Cornwall"]), (2200, ["Dorset"])]),
    ("In 2023 the helpline heard from 420 people in Hethersett and 380 people in Attleborough.",
     [(420, ["Hethersett"]), (380, ["Attleborough"])]),
])
def test_the_place_a_figure_takes(text, expected):
    assert _facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Calls have risen by a fifth since the first UK lockdown.", ["United Kingdom"]),
    ("Before the Scottish referendum, 300 people called.", ["Scotland"]),
    ("In the weeks after the Welsh Assembly election, calls fell.", ["Wales"]),
    ("During lockdown, calls in the UK rose.", []),
    ("Calls in Wales rose after the election.", []),
])
def test_places_of_events(text, expected):
    assert [m.name for m in place_roles.event_places(text, find_regions(text))] == expected


@pytest.mark.parametrize("text, expected", [
    ("most calls came from the North Belfast Assembly constituency", True),
    ("most calls came from the Cardiff Council ward of Splott", True),
    ("the North Belfast constituency", True),
    ("the Cardiff Council said", False),
    ("the North West Regional Organised Crime Unit", False),
])
def test_places_named_as_areas(text, expected):
    mention = find_regions(text)[0]
    assert place_roles.names_area(text, mention) is expected


@pytest.mark.parametrize("text, expected", [
    ("The highest number of calls, 2,100, came from the North Belfast Assembly constituency in 2023.",
     [(2100, ["North Belfast"])]),
    ("Since the first UK lockdown in 2020, 4,000 people have called.", [(4000, [])]),
])
def test_areas_and_events_in_facts(text, expected):
    assert _facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Volunteers in North Devon and East Devon", [("North Devon", "Devon"), ("East Devon", "Devon")]),
    ("calls from South Lakeland rose", [("South Lakeland", "Cumbria")]),
    ("from Mid Suffolk and West Suffolk", [("Mid Suffolk", "Suffolk"), ("West Suffolk", "Suffolk")]),
])
def test_districts_named_by_a_compass_word(text, expected):
    found = find_regions(text)
    assert [m.name for m in found] == [name for name, _ in expected]
    assert all(covers(county, name) for name, county in expected)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("filler", [" " * 20000, "\t" * 20000, "Abc " * 5000, " , including with and " * 800])
def test_place_rules_complete_on_long_runs(filler):
    """A place before a long run of spaces, capitalised words or list words: every rule still
    answers (a hang fails through the timeout guard; nothing is timed)."""
    text = "Calls in Wales" + filler + "rose, and in Cornwall" + filler + "including the Isles of Scilly."
    mentions = find_regions(text)
    assert "Isles of Scilly" in [m.name for m in mentions]
    assert place_roles.event_places(text, mentions) == []
    assert not any(place_roles.names_area(text, m) for m in mentions)
    assert place_roles.organisation_places(text, mentions) == []


@pytest.mark.parametrize("text, expected", [
    # a local branch named by its town is evidence of the town (regions_branches)
    ("Sevenoaks Samaritans answered 9,000 calls this year.", ["Sevenoaks"]),
    ("Volunteers at Hethersett Samaritans took 300 calls.", ["Hethersett"]),
    ("Camelford Lifeline opened a second room.", ["Camelford"]),
    # without a helpline's name after it the town still needs its evidence
    ("Sevenoaks answered 9,000 calls this year.", []),
    # a surname before a helpline's name at the start of a sentence is a person's
    ("Barry Samaritans said nothing.", []),
])
def test_a_branch_named_by_its_town(text, expected):
    assert [m.name for m in find_regions(text)] == expected
