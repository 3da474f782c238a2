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


@pytest.mark.parametrize("narrative,attribution,org", [
    # a minister's portfolio is no body; the government the narrative names is
    ("Social wellbeing minister Ann Cole said the Scottish Government would add shifts.", "she said.", "Scottish Government"),
    ("Mental wellbeing minister Ann Cole said the Scottish Government had raised the budget.", "she said.", "Scottish Government"),
    # neighbours: a body before a role keeps its name
    ("Harbour Trust chief executive Ann Cole said the line would open longer.", "she said.", "Harbour Trust"),
])
def test_a_ministers_portfolio_is_no_body(narrative, attribution, org, nlp):
    text = f"Line gets more money\n\nCalls rose.\n\n{narrative}\n\n\"Nobody should be left waiting,\" {attribution}\n"
    assert quote(text, nlp).org == org


@pytest.mark.parametrize("before,attribution,org", [
    # a spokesperson "for the health board" speaks for the board named before
    ("NHS Grampian said it would help the line.", "A spokesperson for the health board said:", "NHS Grampian"),
    ("Betsi Cadwaladr University Health Board funds the line.", "A spokeswoman for the health board said:",
     "Betsi Cadwaladr University Health Board"),
    # a relative clause after a spokesperson's body names partners, not the speaker's body
    ("The Calm Waters line took more calls.", "A spokesperson for Harbour Trust, which runs Calm Waters on behalf of the "
     "Welsh Government, said:", "Harbour Trust"),
    ("The Calm Waters line took more calls.", "A spokesperson for NHS 24, which runs the line for the Scottish Government, said:",
     "NHS 24"),
    # neighbours: no board named before; a spokesperson with no clause
    ("The line is run by volunteers.", "A spokesperson for the health board said:", None),
    ("The Calm Waters line took more calls.", "A spokesperson for Harbour Trust said:", "Harbour Trust"),
])
def test_a_spokesperson_speaks_for_the_body_their_words_name(before, attribution, org, nlp):
    text = f"Line news\n\n{before}\n\n{attribution} \"The line is a valued partner.\"\n"
    got = quote(text, nlp)
    assert (got.speaker, got.org) == (None, org)


@pytest.mark.parametrize("narrative,speaker", [
    # a member of the public brought in by an age, by a household the service helped, or by the name they gave
    ("A 29-year-old from Bury, who asked us not to use his name, told us he had lost his savings.", None),
    ("Mr Owen Platt, whose family was helped by the line after his son ran up debts, spoke to us.", "Owen Platt"),
    ("One caller, who asked to be identified only as Ciaran, told us the line had kept him going.", "Ciaran"),
    ("One caller, who asked to be named only as Bea, told us the line had kept her going.", "Bea"),
])
def test_a_member_of_the_public_is_no_official(narrative, speaker, nlp):
    text = (f"Gambling line busier\n\nGamCare runs the National Gambling Helpline.\n\n{narrative}\n\n"
            "\"I rang because there was nobody else awake. They stayed with me until morning.\"\n")
    got = quote(text, nlp)
    assert (got.speaker, got.org, got.official) == (speaker, None, False)


@pytest.mark.parametrize("narrative,speaker,org", [
    # a name right after a body's kind word is the body's, not a person's, though the model reads it as one
    ("Siobhan Devlin, who chairs the suicide prevention charity Turning Tide, said the dip meant little.",
     "Siobhan Devlin", "Turning Tide"),
    ("Moira Kane, who chairs the charity Still Waters, said the dip meant little.", "Moira Kane", "Still Waters"),
    # neighbours: a person after a body's name and a conjunction stays a person
    ("The money went to the charity Safe Steps, and Jo Roe, its director, said it was welcome.", "Jo Roe", "Safe Steps"),
])
def test_a_name_after_a_kind_word_is_the_bodys(narrative, speaker, org, nlp):
    text = f"Calls dip\n\nCalls fell slightly.\n\n{narrative}\n\n\"Families are waiting months for help,\" she said.\n"
    got = quote(text, nlp)
    assert (got.speaker, got.org, got.official) == (speaker, org, True)


@pytest.mark.parametrize("describing,org", [
    # a "-based" or "-led" word before a lower-case kind word describes the body named before, it names no line
    ("The Edinburgh-based project works with people worried about their thoughts.", "Stop It Now! Scotland"),
    ("The Volunteer-led service works with people worried about their thoughts.", "Stop It Now! Scotland"),
    # neighbour: capitalised words naming a line of their own
    ("The Harbour helpline works with people worried about their thoughts.", "Harbour helpline"),
])
def test_a_describing_word_before_a_kind_word_names_no_line(describing, org, nlp):
    text = (f"Calls rise\n\nStop It Now! Scotland said 400 people got in touch.\n\n{describing}\n\n"
            f"Its national manager, Jo Roe, said the figures were welcome.\n\n\"More people know we exist,\" she said.\n")
    assert quote(text, nlp).org == org


def test_a_word_before_a_quoted_fragment_is_no_given_name(nlp):
    text = ('Firm adapts\n\nCook spoke on Tuesday.\n\nCustomers "began to ask for more," Cook told Benioff.\n\n'
            '"We really took that to heart," he said.\n')
    assert quote(text, nlp).speaker == "Cook"
