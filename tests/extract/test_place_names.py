"""A place recorded by the name the paper gives it (``place_names``): a name of its own ("Newcastle", "the
Highlands", "Western Isles") is the place's name in the record; a spelling, an abbreviation, a people or the
canonical name keep the canonical one.  And the places the gazetteer lacked (Grampian, Tayside, Calderdale,
Kirklees), each holding its parts.  Every sentence here is our own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.gazetteer import canonical, covers
from pipeline.extract.place_names import written_names
from pipeline.extract.regions import find_regions


@pytest.mark.parametrize("text, expected", [
    # a name of its own, as written
    ("Calls from Newcastle rose to 400.", {"Newcastle upon Tyne": "Newcastle"}),
    ("The line took 300 calls from the Highlands in May.", {"Scottish Highlands": "Highlands"}),
    ("Calls from the Highlands and Islands fell to 200.", {"Scottish Highlands": "Highlands and Islands"}),
    ("In the Western Isles, 48 people called.", {"Na h-Eileanan Siar": "Western Isles"}),
    ("Aberdeen City had 900 callers.", {"Aberdeen": "Aberdeen City"}),
    ("The Derry and Strabane council area saw 700 calls.", {"Derry City and Strabane": "Derry and Strabane"}),
    ("Volunteers in Brighton answered 5,000 calls.", {"Brighton and Hove": "Brighton"}),
    ("Contacts from Hull went up by 12%.", {"Kingston upon Hull": "Hull"}),
    # the first name the article gives a place decides: named first canonically, it stays so
    ("Newcastle upon Tyne had 500 calls. Newcastle's volunteers took most.", {}),
    ("Newcastle had 500 calls. Newcastle upon Tyne's volunteers took most.", {"Newcastle upon Tyne": "Newcastle"}),
    # spellings, abbreviations, peoples and canonical names: no renaming
    ("Calls from Newcastle-upon-Tyne rose to 400.", {}),
    ("Lancs callers made 300 calls.", {}),
    ("Scots made 2,000 calls to the line.", {}),
    ("The UK line took 9,000 calls.", {}),
    ("The Scottish Highlands saw 120 calls.", {}),
    ("Calls from Na h-Eileanan Siar rose.", {}),
])
def test_written_names(text, expected):
    assert written_names(find_regions(text)) == expected


@pytest.mark.parametrize("written, name", [
    ("Newcastle", "Newcastle upon Tyne"),
    ("Highlands", "Scottish Highlands"),
    ("Western Isles", "Na h-Eileanan Siar"),
    ("Derry and Strabane", "Derry City and Strabane"),
    ("Scottish Highlands", "Scottish Highlands"),
])
def test_a_written_name_is_the_same_place_to_the_gazetteer(written, name):
    assert canonical(written) == name
    assert covers("Scotland", written) == covers("Scotland", name)


def test_the_record_and_its_facts_take_the_written_name():
    text = ("Helpline calls rise in the Highlands\n\nThe helpline took 403 calls from the Highlands in 2024, "
            "and 120 from Inverness.\n\nCalls from the Scottish Highlands were 300 a year earlier.")
    record = extract_article(text, source="names.txt", published="2025-02-01")
    assert "Highlands" in [r.name for r in record.regions]
    assert "Scottish Highlands" not in [r.name for r in record.regions]
    by_value = {c.value: c.regions for c in record.counts}
    assert by_value[403] == ["Highlands"]


@pytest.mark.parametrize("text, expected", [
    ("Across Grampian, 4,000 people called.", ["Grampian"]),
    ("Calls from Tayside rose to 188.", ["Tayside"]),
    ("The Calderdale service took 2,000 calls, and Kirklees 1,500.", ["Calderdale", "Kirklees"]),
])
def test_places_added(text, expected):
    assert [m.name for m in find_regions(text)] == expected


@pytest.mark.parametrize("whole, part", [
    ("Grampian", "Aberdeen"), ("Grampian", "Aberdeenshire"), ("Grampian", "Moray"),
    ("Tayside", "Dundee"), ("Tayside", "Angus"), ("Tayside", "Perth and Kinross"),
    ("Calderdale", "Halifax"), ("Kirklees", "Huddersfield"), ("West Yorkshire", "Calderdale"),
])
def test_added_places_hold_their_parts(whole, part):
    assert covers(whole, part)
    assert not covers(part, whole)
