"""Figures listed with a place each, summed against the total the sentence before gives: the place written first
("Glasgow accounted for 820 of them, Edinburgh for 510"), or after ("2,400 were from South Wales, 1,300 from
Gwent", "610 of those people were from Berkshire, 450 from Buckinghamshire"); force areas side by side; parts
that name every place of their whole (a shortfall is then an error); the total's container place ("Stop It Now!
Scotland heard from ... in Glasgow, Edinburgh and Aberdeen").  Sentences of our own writing; neighbours whose
places do not make up the total, or whose list is of two periods, get no sum or no "inconsistent".
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _record(text: str):
    return extract_article(text, source="place_lists.txt", published="2024-03-01")


def _sums(text: str, stated: float) -> list[str]:
    return [c.verdict for c in _record(text).checks if c.kind == "sum" and c.stated == stated]


@pytest.mark.parametrize("text, stated, verdict", [
    # the place first, the verb or noun given once
    ("The charity heard from 1,640 people in Glasgow, Edinburgh and Aberdeen in 2023. Glasgow accounted for 820 "
     "of them, Edinburgh for 510 and Aberdeen for 310.", 1640, "consistent"),
    ("The charity heard from 1,700 people in Glasgow, Edinburgh and Aberdeen in 2023. Glasgow accounted for 820 "
     "of them, Edinburgh for 510 and Aberdeen for 310.", 1700, "inconsistent"),
    ("Stop It Now! Scotland heard from 1,640 people in Glasgow, Edinburgh and Aberdeen in 2023. Glasgow accounted "
     "for 820 of them, Edinburgh for 510 and Aberdeen for 310.", 1640, "consistent"),
    ("In 2023 the line took 41,250 calls from across the UK. England accounted for 35,100 of them, Scotland for "
     "3,200, Wales for 2,050 and Northern Ireland for 1,100.", 41250, "inconsistent"),
    ("In 2023 the line took 41,450 calls from across the UK. England accounted for 35,100 of them, Scotland for "
     "3,200, Wales for 2,050 and Northern Ireland for 1,100.", 41450, "consistent"),
    ("The helpline took 9,600 calls from Birmingham, Coventry and Leicester in 2023. Birmingham accounted for "
     "5,000 calls, Coventry for 2,600 and Leicester for 2,000.", 9600, "consistent"),
    # the place first and no "for": the paper leaves out the verb and the preposition both (sixteenth round)
    ("The helpline took 9,600 calls from Birmingham, Coventry and Leicester in 2023. Birmingham accounted for "
     "5,000 calls, Coventry 2,600 and Leicester 2,000.", 9600, "consistent"),
    ("The helpline took 9,700 calls from Birmingham, Coventry and Leicester in 2023. Birmingham accounted for "
     "5,000 calls, Coventry 2,600 and Leicester 2,000.", 9700, "inconsistent"),
    ("Stop It Now! Wales heard from 5,400 people in Wales in 2023. South Wales Police's area accounted for 2,300 "
     "of them, North Wales 1,250, Gwent 1,050 and Dyfed-Powys 800.", 5400, "consistent"),
    # force areas side by side: South Wales is South Wales Police's area, not the region holding Gwent
    ("Stop It Now! Wales heard from 5,400 people in Wales in 2023. South Wales accounted for 2,300 contacts, "
     "North Wales for 1,250, Gwent for 1,050 and Dyfed-Powys for 800.", 5400, "consistent"),
    ("Stop It Now! Wales heard from 5,400 people in Wales in 2023. South Wales Police's area accounted for 2,300 "
     "contacts, North Wales for 1,250, Gwent for 1,050 and Dyfed-Powys for 800.", 5400, "consistent"),
    # the place after, no noun: what the count before counts; the four force areas are all of Wales
    ("In 2023, 5,870 people in Wales contacted the helpline. By force area, 2,400 were from South Wales, 1,300 "
     "from Gwent, 950 from Dyfed-Powys and 1,120 from North Wales.", 5870, "inconsistent"),
    ("In 2023, 5,770 people in Wales contacted the helpline. By force area, 2,400 were from South Wales, 1,300 "
     "from Gwent, 950 from Dyfed-Powys and 1,120 from North Wales.", 5770, "consistent"),
    ("The line heard from 1,640 people in 2023. There were 820 from Glasgow, 510 from Edinburgh and 310 from "
     "Aberdeen, the charity said.", 1640, "consistent"),
    # "of those people": a part of the count before, its measure
    ("A total of 1,480 people across Berkshire, Buckinghamshire and Oxfordshire sought help last year. The charity "
     "said 610 of those people were from Berkshire, 450 from Buckinghamshire and 420 from Oxfordshire.", 1480,
     "consistent"),
    ("A total of 1,530 people across Berkshire, Buckinghamshire and Oxfordshire sought help last year. The charity "
     "said 610 of those people were from Berkshire, 450 from Buckinghamshire and 420 from Oxfordshire.", 1530,
     "inconsistent"),
    # a force area's or a county's places, every one named: a shortfall is an error
    ("Some 1,260 people in the Thames Valley contacted the line in 2023. There were 540 contacts from Berkshire, "
     "390 from Oxfordshire and 330 from Buckinghamshire.", 1260, "consistent"),
    ("In all, 1,360 people in the Thames Valley contacted the line in 2023. There were 540 contacts from "
     "Berkshire, 390 from Oxfordshire and 330 from Buckinghamshire.", 1360, "inconsistent"),
    ("In all, 860 people across Gwent contacted the line in 2023. Of those, 300 were in Newport, 190 in "
     "Caerphilly, 140 in Torfaen, 130 in Monmouthshire and 100 in Blaenau Gwent.", 860, "consistent"),
    ("In all, 960 people across Gwent contacted the line in 2023. Of those, 300 were in Newport, 190 in "
     "Caerphilly, 140 in Torfaen, 130 in Monmouthshire and 100 in Blaenau Gwent.", 960, "inconsistent"),
    ("A total of 1,150 people in Lothian sought help in 2023: 640 in Edinburgh, 210 in West Lothian, 170 in "
     "Midlothian and 130 in East Lothian.", 1150, "consistent"),
])
def test_a_list_of_places_is_summed_against_its_total(text, stated, verdict):
    assert _sums(text, stated) == [verdict]


@pytest.mark.parametrize("text, stated", [
    # places that are not all of the total's: a shortfall proves nothing
    ("GamCare handled 3,100 calls from Wales in 2023. Cardiff accounted for 720 of the contacts and Swansea for "
     "410.", 3100),
    ("The line heard from 2,150 people in Northern Ireland in 2023. Belfast accounted for 900 of them and Derry "
     "for 300.", 2150),
    ("In all, 1,500 people across Gwent contacted the line in 2023. Of those, 300 were in Newport, 190 in "
     "Caerphilly and 140 in Torfaen.", 1500),
    # two of the three regions of Wales the gazetteer knows: no list of force areas
    ("The line heard from 5,400 people in Wales in 2023. North Wales accounted for 1,250 and Mid Wales for 800.",
     5400),
])
def test_places_that_leave_some_out_give_no_inconsistent_sum(text, stated):
    assert "inconsistent" not in _sums(text, stated)


@pytest.mark.parametrize("text", [
    # items side by side: the first is no total of the others
    "The line heard from 1,640 people in 2023. Glasgow accounted for 820 of them, Edinburgh for 510 and "
    "Aberdeen for 310.",
    "South Wales accounted for 2,300 contacts in 2023, North Wales for 1,250, Gwent for 1,050 and Dyfed-Powys "
    "for 800.",
])
def test_the_first_item_of_a_list_is_no_total(text):
    record = _record(text)
    first = next(c for c in record.counts if c.value in (820, 2300))
    assert [c.verdict for c in record.checks if c.kind == "sum" and c.stated == first.value] == []


@pytest.mark.parametrize("text, places", [
    ("The line heard from 1,640 people in 2023. Glasgow accounted for 820 of them, Edinburgh for 510 and "
     "Aberdeen for 310.", {820: ["Glasgow"], 510: ["Edinburgh"], 310: ["Aberdeen"]}),
    ("In 2023, 5,870 people in Wales contacted the helpline. By force area, 2,400 were from South Wales, 1,300 "
     "from Gwent and 950 from Dyfed-Powys.", {2400: ["South Wales"], 1300: ["Gwent"], 950: ["Dyfed-Powys"]}),
    # a figure of the sentence after the list is of the list's total, not of its last place (a place kept for the
    # checks: its own sentence names none, so it is published with none, ANNOTATION.md decision 12)
    ("In all, 860 people across Gwent contacted the line in 2023. Of those, 300 were in Newport, 190 in "
     "Caerphilly and 140 in Torfaen. The figure was 800 in 2022.", {800: ["Gwent"], 140: ["Torfaen"]}),
])
def test_each_figure_of_a_list_has_its_own_place(text, places):
    record = _record(text)
    got = {c.value: getattr(c, "context_regions", None) or c.regions for c in record.counts if c.value in places}
    assert got == places
    assert {c.measure for c in record.counts} == {"helpline_contacts"}


@pytest.mark.parametrize("text, value", [
    # a figure whose place is before it, but with no other such figure: no list
    ("Police in Kent made 40 arrests in 2023. Kent for 2023 had 120 calls.", 120),
    # arrests listed by place keep their own measure
    ("Police arrested 40 people in 2023. Officers arrested 12 in Leeds and 9 in York.", 12),
])
def test_neighbours_keep_their_measure(text, value):
    record = _record(text)
    first = next(c for c in record.counts if c.value == value)
    assert first.measure != "helpline_contacts"
