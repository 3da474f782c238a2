"""Speakers, titles and bodies in general shapes of news writing (issue 10, sixth round).

Each table varies one shape that covers many wordings at once rather than one article:
an abbreviation's full stop inside an attribution, letters of a degree after a name,
a body named by its place in a title (before the role, or after its "of" or "at").
All sentences are our own writing.
"""
from __future__ import annotations

import pytest

from pipeline.extract.article import quotes_of
from pipeline.extract.speakers import find_name
from pipeline.extract.titled_bodies import titled_body


def last_quote(text, nlp):
    return quotes_of(text, nlp)[-1]


@pytest.mark.parametrize("text,speaker,official", [
    # a full stop after an honorific or an initial ends no sentence inside the attribution
    ('"We answer every call," said Dr. Kim Vale, director of the line.', "Kim Vale", True),
    ('"We answer every call," says Ms. Vale.', "Vale", False),
    ('"We answer every call," said Mr. Kim Vale.', "Kim Vale", False),
    ('"We answer every call," Dr. Kim Vale said.', "Kim Vale", True),
    ('"We answer every call," Prof. Kim Vale, head of the clinic, said.', "Kim Vale", True),
    ('"We answer every call," said Kim J. Vale, director of the line.', "Kim J. Vale", True),
    ('"We answer every call," said Rev. Kim Vale, who chairs the trust.', "Kim Vale", True),
    # the sentence still ends at a full stop after a word that is no abbreviation
    ('"We answer every call," said Kim Vale. Calls rose by a third.', "Kim Vale", False),
])
def test_abbreviation_stops_in_attributions(nlp, text, speaker, official):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.official) == (speaker, official)


@pytest.mark.parametrize("text,speaker,org", [
    # the letters of a degree after a name are no part of it, and the title after them still counts
    ('"We answer every call," said Kim Vale MD, chief of the Harbour Crisis Service.', "Kim Vale", "Harbour Crisis Service"),
    ('"We answer every call," said Kim Vale RN, a nurse at the Harbour Hospital.', "Kim Vale", "Harbour Hospital"),
    ('"We answer every call," said Kim Vale, LCSW, director of the Harbour Crisis Service.', "Kim Vale", "Harbour Crisis Service"),
    ('"We answer every call," said Kim J. Vale PsyD, head of the Harbour Crisis Service.', "Kim J. Vale", "Harbour Crisis Service"),
])
def test_degree_letters_after_a_name(nlp, text, speaker, org):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.org) == (speaker, org)


@pytest.mark.parametrize("description,body", [
    # capitalised words right before the role, lower-case words of the title between
    ("Harbourline chief executive", "Harbourline"),
    ("Kia Ora Tapu CEO", "Kia Ora Tapu"),
    ("HCCG Executive Director", "HCCG"),
    ("TLS deputy director", "TLS"),
    ("Harbourline operations manager", "Harbourline"),
    ("the Your Life Dunmore project director and Gambling Help Services manager", "Your Life Dunmore"),
    # capitalised words after the role's "of", "at", "with" or "from"
    ("CEO of MEND Dunmore", "MEND Dunmore"),
    ("a psychologist at Ashvini", "Ashvini"),
    ("director of Ashvini, a suicide helpline", "Ashvini"),
    ("chief executive of TLS", "TLS"),
    # no body: a place, a seat or party, a portfolio, a unit, a branch, a title's own words, a noun described
    ("Mayor of London", None),
    ("Dunmore-Kelso MP", None),
    ("Assistant Chief Constable for County Durham", None),
    ("Minister for Coastal Affairs", None),
    ("head of Serious and Organised Crime", None),
    ("All Wales Lead for Child Exploitation", None),
    ("Ipswich and East Suffolk's branch director", None),
    ("Newest volunteer", None),
    ("Senior practitioner at the charity", None),
    ("The network's Marketing Director", None),
    ("executive director of the Dunmore-based organization", None),
    ("director of the helpline", None),
    ("chief medical officer of the helpline and a psychiatrist at the Harbour Institute", None),
])
def test_body_named_by_its_place_in_a_title(description, body):
    assert titled_body(description) == body


@pytest.mark.parametrize("text,speaker,org", [
    ('"Calls rose in December," said Harbourline chief executive Kim Vale.', "Kim Vale", "Harbourline"),
    ('Kia Ora Tapu CEO Kim Vale said: "We delivered 300 food parcels."', "Kim Vale", "Kia Ora Tapu"),
    ('"Men are asking for help," said Dr Kim Vale, CEO of MEND Dunmore.', "Kim Vale", "MEND Dunmore"),
    ('"More students call now," says Kim Vale, a psychologist at Ashvini.', "Kim Vale", "Ashvini"),
    ('Kim Vale is the Your Life Dunmore project director and Gambling Help Services manager.\n\n'
     '"March is our busiest month," he said.', "Kim Vale", "Your Life Dunmore"),
    ('"Calls rose in December," said Kim Vale, Mayor of London.', "Kim Vale", None),
])
def test_body_of_a_title_in_a_quote(nlp, text, speaker, org):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.org) == (speaker, org)


@pytest.mark.parametrize("text,speaker,official,org", [
    # a title in capitals after a body's possessive is no name: the name after it is the speaker's
    ("Harbour Help Network has more calls.\n\nThe network's Marketing Director, Kim Vale, shared that calls rose.\n\n"
     'Vale commented, "We answer every call."', "Kim Vale", True, "Harbour Help Network"),
    ("The charity's Senior Adviser, Kim Vale, said calls rose.\n\n"
     '"We answer every call," Vale said.', "Kim Vale", True, None),
    # the title before a dotted honorific in narrative stays the person's
    ("Calls rose, according to director Dr. Kim Vale.\n\n"
     '"We answer every call," Vale said.', "Kim Vale", True, None),
    ("In 2005, when the Harbour Crisis Line opened, it took 1,500 calls, according to manager Ms. Kim Vale.\n\n"
     '"We answer every call," Vale said.', "Kim Vale", True, "Harbour Crisis Line"),  # the manager of the one body named
])
def test_title_of_a_person_met_in_narrative(nlp, text, speaker, official, org):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.official, quote.org) == (speaker, official, org)


@pytest.mark.parametrize("text,speaker,official,org", [
    # a role named before its holder (a delayed lead): the next person named with no title holds it
    ("The manager of the Harbour Gambling Program says only a few get help.\n\n"
     'Kim Vale gave a report to the board. "About 600 people got help this year," Vale said.',
     "Kim Vale", True, "Harbour Gambling Program"),
    ("The director of the Harbour Crisis Service is warning that calls will rise.\n\n"
     'Kim Vale spoke to the council on Monday. "We need more volunteers," Vale said.',
     "Kim Vale", True, "Harbour Crisis Service"),
    ("The head of the Dunmore Gambling Treatment and Prevention Program says few people seek help.\n\n"
     '"Only one in ten people call us," Kim Vale said.', "Kim Vale", True, "Dunmore Gambling Treatment and Prevention Program"),
    # a person named with a title of their own keeps it
    ("The manager of the Harbour Gambling Program says only a few get help.\n\n"
     '"About 600 people got help this year," said Kim Vale, a counsellor at the Dunmore Clinic.',
     "Kim Vale", True, "Dunmore Clinic"),
    # an indefinite role is no lead to a name
    ("A manager of the Harbour Gambling Program says only a few get help.\n\n"
     'Kim Vale lost her job. "I gambled every day," Vale said.', "Kim Vale", False, None),
])
def test_role_named_before_its_holder(nlp, text, speaker, official, org):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.official, quote.org) == (speaker, official, org)


@pytest.mark.parametrize("text,org", [
    # a body whose organisation word stands before "of", "on" or "for" is one a kind word points back to
    ("Calls to the Dunmore Council on Problem Gambling's helpline rose.\n\n"
     '"I did not expect it so fast," Kim Vale, the council\'s executive director, said.', "Dunmore Council on Problem Gambling"),
    ("The Dunmore Council on Problem Gambling had a record year.\n\n"
     "Its line took 900 calls, said Kim Vale, director of the Seaton-based organization.\n\n"
     '"People know it is OK to call," Vale said.', "Dunmore Council on Problem Gambling"),
    ("The Seaton Department of Gambling Services runs the line.\n\n"
     '"Calls doubled," said Kim Vale, a manager at the department.', "Seaton Department of Gambling Services"),
])
def test_bodies_named_with_of_pointed_back_to(nlp, text, org):
    assert last_quote(text, nlp).org == org


@pytest.mark.parametrize("text,speaker,official,org", [
    # a title alone after a quote ("the MP") is the person met before who holds it
    ("Dunmore-Kelso MP Kim Vale said the line takes 1,000 calls a day.\n\n"
     "The figures show the need, however, Vale said more can be done.\n\n"
     '"The service is being used, which is an important step," the MP told the Herald.', "Kim Vale", True, None),
    ("Kim Vale, the MP for Dunmore, said the line takes 1,000 calls a day.\n\n"
     '"The service is being used," the MP said.', "Kim Vale", True, None),
    # an unnamed spokesperson with no body speaks for the charity the story is about
    ("Samaritans has fewer volunteers than ten years ago.\n\n"
     '"People have less time for volunteer work," said a spokeswoman.', None, True, "Samaritans"),
    ("Calls to Refuge rose by a third in a year.\n\n"
     '"Every call matters to us," a spokesperson said.', None, True, "Refuge"),
    # one for a body of their own keeps it, and a private person speaks for none
    ("Samaritans has fewer volunteers than ten years ago.\n\n"
     '"People have less time," said a spokeswoman for the Harbour Volunteering Institute.', None, True,
     "Harbour Volunteering Institute"),
    ("Samaritans has fewer volunteers than ten years ago.\n\n"
     '"I called them every night," said a caller.', None, False, None),
])
def test_titles_and_roles_without_a_name(nlp, text, speaker, official, org):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.official, quote.org) == (speaker, official, org)


@pytest.mark.parametrize("segment,name", [
    # capitalised words that go on a body's name after its "of", "for" or "on" are no person
    ("Your Life Dunmore is a program through the Seaton Department of Public Health", None),
    ("a spokeswoman for the Institute of Volunteering Research", None),
    ("the Council on Problem Gambling", None),
    # a person after a body's name, or after a private person's "of", still is
    ("Director of the Centre for Mental Health Kim Vale", "Kim Vale"),
    ("Kim Vale of Contact Youth", "Kim Vale"),
    ("a friend of Kim Vale", "Kim Vale"),
])
def test_no_person_inside_a_body_name(segment, name):
    found = find_name(segment)
    assert (found[0] if found else None) == name


def test_person_after_a_paragraph_opening_with_a_body(nlp):
    text = ("Your Life Dunmore is a program of the Seaton Department of Public Health. Project manager for "
            "the program Kim Vale told the Herald that the line has been busy.\n\n"
            '"We have seen 1,500 contacts this year," Vale told the Herald.')
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.official) == ("Kim Vale", True)


@pytest.mark.parametrize("text,speaker", [
    # a lower-case particle inside a name, before its capitalised last word
    ('"Calls rose," says Harbourline operations manager Kim de Fontenay.', "Kim de Fontenay"),
    ('"Calls rose," said Jan van der Berg, director of the line.', "Jan van der Berg"),
    ('Kim de Fontenay says calls rose.\n\n"Complex callers need more time," she said.', "Kim de Fontenay"),
    ('"Calls rose," said Ana da Silva.', "Ana da Silva"),
    # a particle word with no capitalised word after it ends the name
    ('"Calls rose," said Kim Vale in a statement.', "Kim Vale"),
])
def test_names_with_particles(nlp, text, speaker):
    assert last_quote(text, nlp).speaker == speaker


@pytest.mark.parametrize("text,org", [
    # a department's name before a secretary's or minister's office is the department, spelled as the article did before
    ("Calls rose, the US Department of Health and Human Services said.\n\n"
     '"We are closer to serving people," Health and Human Services Secretary Kim Vale said.',
     "US Department of Health and Human Services"),
    ('"We are closer to serving people," Health and Human Services Secretary Kim Vale said.', "Health and Human Services"),
    # a one-word name before an office stays as it is
    ('"We are closer to serving people," Home Secretary Kim Vale said.', "Home Office"),
])
def test_department_before_an_office(nlp, text, org):
    assert last_quote(text, nlp).org == org
