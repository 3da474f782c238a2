"""The body an office-holder speaks for, as papers write the office (issue 10, branch quotes17): a commissioner's
office named by a place's possessive or by the one force the article names; a director of public health or a
council department speaks for the council; a minister's portfolio is no body; an elected member named in narrative
with a party, a seat or a chamber.

Each table varies one general shape, with neighbours that must keep their speaker and body. All sentences are our
own writing.
"""
from __future__ import annotations

import pytest

from pipeline.extract.article import quotes_of


def quote(text, nlp, index=-1):
    return quotes_of(text, nlp)[index]


@pytest.mark.parametrize("lead,attribution,org", [
    # a place's possessive names the place's office
    ("Buses will carry the adverts.", "Durham's Police and Crime Commissioner, Ann Cole, said:", "Durham Police and Crime Commissioner"),
    ("Buses will carry the adverts.", "Essex's Police, Fire and Crime Commissioner, Tom Vale, said:",
     "Essex Police, Fire and Crime Commissioner"),
    # a bare title is the office of the one force the article names
    ("Cumbria Constabulary made 40 arrests.", "Police and Crime Commissioner Jo Roe said:", "Cumbria Police and Crime Commissioner"),
    ("Officers from Dyfed-Powys Police visited schools.", "Police and Crime Commissioner Jo Roe said:",
     "Dyfed-Powys Police and Crime Commissioner"),
    # neighbours: no force, two forces, a force not named after its area, a possessive that is no place
    ("Buses will carry the adverts.", "Police and Crime Commissioner Jo Roe said:", None),
    ("Kent Police and Essex Police ran the campaign.", "Police and Crime Commissioner Jo Roe said:", None),
    ("Police Scotland made 40 arrests.", "Police and Crime Commissioner Jo Roe said:", None),
    ("Buses will carry the adverts.", "The area's Police and Crime Commissioner, Jo Roe, said:", None),
])
def test_a_commissioner_speaks_for_the_office_of_their_place(lead, attribution, org, nlp):
    text = f"Prevention campaign\n\n{lead}\n\n{attribution} \"Every offence prevented is a child kept safe.\"\n"
    got = quote(text, nlp)
    assert got.org == org and got.official


@pytest.mark.parametrize("lead,attribution,org", [
    # a council's officer speaks for the council, never for the department in the title
    ("Calls to the line rose.", "Dr Ann Cole, Director of Public Health for Wakefield, said:", "Wakefield Council"),
    ("Calls to the line rose.", "Sunderland's Director of Public Health, Dr Tom Vale, said:", "Sunderland Council"),
    ("Rotherham Council funds the line.", "Director of Public Health Dr Ann Cole said:", "Rotherham Council"),
    ("Kirkton Borough Council funds the line.", "Jo Roe, director of adult social services, said:", "Kirkton Borough Council"),
    # neighbours: a body named after public health keeps its name; a health board's director keeps the board
    ("Calls to the line rose.", "Dr Ann Cole, a consultant at Public Health Wales, said:", "Public Health Wales"),
    ("Calls to the line rose.", "Harbour Trust's director of services, Jo Roe, said:", "Harbour Trust"),
])
def test_a_council_officer_speaks_for_the_council_not_the_department(lead, attribution, org, nlp):
    text = f"Listening line news\n\n{lead}\n\n{attribution} \"People trust this line.\"\n"
    got = quote(text, nlp)
    assert got.org == org and got.official


@pytest.mark.parametrize("narrative,attribution,name,org", [
    # a member named in narrative with a party before the office and a seat after "for"
    ("Alliance MLA for East Belfast Jo Kerrigan said the figures were a warning.", "she said.", "Jo Kerrigan", "Alliance Party"),
    ("The figures were obtained by SDLP MLA for Foyle Sean McCann, who said the line was busy.", "Mr McCann said.",
     "Sean McCann", "SDLP"),
    ("Labour MP for Leeds East Tom Vale said the line needed money.", "he said.", "Tom Vale", "Labour"),
    # the chamber the title names in its own words, a member's letters after a name, a particle in a name
    ("Iain Rennie, Member of the Scottish Parliament for Dundee East, raised the figures.", "Mr Rennie said.",
     "Iain Rennie", "Scottish Parliament"),
    ("Carys Bevan MS, who chairs the Senedd's health committee, raised the figures.", "Ms Bevan said.", "Carys Bevan", "Senedd"),
    ("Plaid Cymru MS Gwion ap Rhys said the Senedd had to act.", "he said.", "Gwion ap Rhys", "Plaid Cymru"),
    # neighbours: a member whose text names no party or chamber keeps no body; a seat is no body
    ("Lincoln MP Adam Shore said the line needed money.", "he said.", "Adam Shore", None),
    ("Skye and Lochaber MSP Jo Roe said the line needed money.", "she said.", "Jo Roe", None),
])
def test_a_member_speaks_for_the_party_or_chamber_the_text_names(narrative, attribution, name, org, nlp):
    text = f"Calls to the line rise\n\nCalls rose last year.\n\n{narrative}\n\n\"Every call matters to someone,\" {attribution}\n"
    got = quote(text, nlp)
    assert (got.speaker, got.org, got.official) == (name, org, True)
