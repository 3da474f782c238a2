"""One sense per text by containment (recall18, pipeline/extract/place_containment.py): a name that is also a
person's, opening a sentence or a line, is the place when the text names an area containing it below the nation
(ANNOTATION.md decision 12: a count's region is the place its sentence names).  Neighbours: the same name beside a
speech verb or before another capitalised name is a person's; a text naming only the nation vouches for nothing.
Sentences of our own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _record(text: str):
    return extract_article(text, source="places.txt", published="2025-06-01")


@pytest.mark.parametrize("text, expected", [
    # the county named: the town opening a sentence is the place
    ("Stop It Now! said 1,100 people in Lancashire contacted it in 2024. Preston accounted for 300 of them.",
     [["Lancashire"], ["Preston"]]),
    ("The Gambling Helpline took 1,000 calls from Staffordshire in 2023. Stafford made up 260 of them.",
     [["Staffordshire"], ["Stafford"]]),
    # an area above the county (a region of Scotland): Perth is in Perth and Kinross, in Tayside
    ("Breathing Space took 500 calls from Tayside in 2023. Perth accounted for 140 of them.",
     [["Tayside"], ["Perth"]]),
    # a line of a list opening with the name
    ("Breathing Space took 900 calls from Grampian in 2023.\n\nMoray: 210\n", [["Grampian"], ["Moray"]]),
    # neighbours: a text naming only the nation vouches for no town in it
    ("Samaritans took 4,000 calls across Scotland in 2023. Stirling accounted for 300 of them.",
     [["Scotland"], []]),
])
def test_count_places(text: str, expected: list) -> None:
    assert [c.regions for c in _record(text).counts] == expected


@pytest.mark.parametrize("text, places", [
    # the same surname beside a speech verb, or before a capitalised name, is a person's even in the county
    ("Samaritans in Lancashire took 2,300 calls in 2024, its director Ruth Preston said. Preston said it was busy.",
     ["Lancashire"]),
    ("Samaritans in Derbyshire took 900 calls in 2024. Derby Smith, a volunteer, said it was busy.", ["Derbyshire"]),
    ("The Gambling Helpline took 41,000 calls across England in 2023, its director Sam Lincoln said. "
     "Lincoln said demand was high.", ["England"]),
])
def test_person_stays_a_person(text: str, places: list) -> None:
    assert [r.name for r in _record(text).regions] == places


@pytest.mark.parametrize("text, expected", [
    # places the gazetteer lacked (recall18): Northern Ireland's six counties and Norfolk's districts by name
    ("Lifeline took 9,000 calls in 2024, with 2,400 from County Tyrone and 1,900 from Co Fermanagh.",
     [["County Tyrone", "County Fermanagh"], ["County Tyrone"], ["County Fermanagh"]]),
    ("Samaritans in Norfolk took 3,000 calls in 2024, with 420 from King's Lynn and West Norfolk and 310 from Breckland.",
     [["Norfolk"], ["King's Lynn and West Norfolk"], ["Breckland"]]),
])
def test_places_the_gazetteer_lacked(text: str, expected: list) -> None:
    assert [c.regions for c in _record(text).counts] == expected
