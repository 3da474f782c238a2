"""The speaker of a quote after a narrative paragraph about a person is that person (issue 10, branch quotes16).

A paper introduces a caller, a service user or a volunteer in a narrative paragraph, then quotes them with "He
said:", '"...," she said' or no attribution at all. Whoever the paragraph opens on as its subject speaks: a name
in the quote marks papers print a pseudonym in, a name after words that only describe the person ("Sunderland dad
Chris"), a one-word name set off by an appositive describing a person ("Moira, a volunteer listener"), the name a
person gave ("who gave his name only as Ciaran"), or an unnamed person ("One Bristol caller", "A volunteer of nine
years"), whose speaker is null (ANNOTATION.md decision 9). Neighbours keep the official quoted before when the
paragraph does not open on someone new. All sentences are our own writing.
"""
from __future__ import annotations

import pytest

from pipeline.extract.article import quotes_of
from pipeline.extract.pronoun_referents import opening_official, opens_on

OFFICIAL = 'Ann Cole, the line\'s manager, said: "We answer every call we can."'


def last_quote(narrative: str, quoted: str, nlp):
    text = f"Helpline news\n\n{OFFICIAL}\n\n{narrative}\n\n{quoted}\n"
    return quotes_of(text, nlp)[-1]


@pytest.mark.parametrize("narrative,speaker", [
    # a pseudonym in quote marks, then an appositive
    ('"Dean", a bus driver from Wigan whose name has been changed, rang the line in the spring.', "Dean"),
    ('"Owen", a 29-year-old chef from Cardiff, phoned the service in June.', "Owen"),
    # words describing the person before the name
    ("Preston mum Kelly, who has been free of gambling for a year, first called the line in May.", "Kelly"),
    ("Bolton grandfather Ken, who did not want his surname used, rang the line after a bad week.", "Ken"),
    # a one-word name set off by an appositive describing a person (a place's name too: Moira, Ely)
    ("Bronwen, a volunteer listener who has answered calls for years, described a night on the phones.", "Bronwen"),
    ("Aisha, a 23-year-old student from the south side, rang the line last winter.", "Aisha"),
    ("Moira, a retired teacher who volunteers at the branch, described her first shift.", "Moira"),
    # the name the person gave the paper
    ("One caller, who gave his name only as Donal, told the Examiner he had been betting since his teens.", "Donal"),
    ("One caller, who gave her name as Aoife, told the paper she had rung twice.", "Aoife"),
])
def test_a_pronoun_after_a_paragraph_opening_on_a_person_means_them(narrative, speaker, nlp):
    found = last_quote(narrative, '"I did not know who else to ask," he said.', nlp)
    assert found.speaker == speaker


@pytest.mark.parametrize("narrative,title", [
    ("One Leicester caller, who did not want to be named, said he had rung after shouting at his son.", "One Leicester caller"),
    ("One Bristol father, who asked not to be named, said he had rung the line twice.", "One Bristol father"),
    ("Another Cardiff caller, who did not give a name, said he had rung in the night.", "Another Cardiff caller"),
])
def test_an_unnamed_member_of_the_public_with_a_place_is_no_name(narrative, title, nlp):
    found = last_quote(narrative, '"I heard my own father in my voice," he said.', nlp)
    assert found.speaker is None and found.title == title and not found.official


@pytest.mark.parametrize("narrative,official", [
    ("A volunteer of six years, who cannot be named under the charity's rules, described the work.", True),
    ("A listener at the branch, who asked not to be named, described a night shift.", True),
])
def test_an_unnamed_official_opening_the_paragraph_speaks_the_quote_after(narrative, official, nlp):
    found = last_quote(narrative, '"You never know who will be on the other end."', nlp)
    assert found.speaker is None and found.official is official


@pytest.mark.parametrize("narrative", [
    # the paragraph opens on no one new: the quote stays with the official quoted before
    "The line is open on weekdays and at weekends.",
    "Calls to the line rose again this spring.",
])
def test_a_paragraph_opening_on_no_one_leaves_the_speaker(narrative, nlp):
    found = last_quote(narrative, '"Every call matters," she said.', nlp)
    assert found.speaker == "Ann Cole"


@pytest.mark.parametrize("paragraph,phrase,expected", [
    ('"Mark", a 41-year-old from Hull, rang the line.', "Mark", True),
    ("Sunderland dad Chris, who has not placed a bet for two years, rang the line.", "Chris, who has", True),
    ("Warehouse worker Gary rang the line.", "Gary", True),
    ("Det Sgt Ann Cole of the force welcomed the figures.", "Ann Cole", True),
    ("The council thanked Jo Roe for her work.", "Jo Roe", False),
    ("After meeting Jo Roe, the minister praised the line.", "Jo Roe", False),
    ("Speaking at the launch, Jo Roe said the line would grow.", "Jo Roe", False),
    ("Calls rose, and Jo Roe said the line was busy.", "Jo Roe", False),
    ("The line is busy.", None, False),
])
def test_opens_on(paragraph, phrase, expected):
    assert opens_on(paragraph, phrase) is expected


@pytest.mark.parametrize("paragraph,expected", [
    ("A volunteer of nine years, who cannot be named, described the work.", "A volunteer of nine years"),
    ("A man in his fifties, who asked not to be named, rang the line.", None),  # a member of the public
    ("A report, which the council published, said calls rose.", None),  # no person
])
def test_opening_official(paragraph, expected):
    assert opening_official(paragraph) == expected


@pytest.mark.parametrize("narrative,pronoun,speaker,body", [
    # a title set off by commas before the name opens the paragraph on the person all the same
    ("Harbour Borough Council's convener of children's services, Councillor Jo Roe, welcomed the figures.", "She",
     "Jo Roe", "Harbour Borough Council"),
    ("The charity's head of services, Tom Vale, welcomed the figures.", "He", "Tom Vale", None),
])
def test_a_title_before_the_name_still_opens_on_the_person(narrative, pronoun, speaker, body, nlp):
    text = f"Helpline news\n\nCalls to the line rose.\n\n{narrative}\n\n{pronoun} said: \"Every call matters.\"\n"
    found = quotes_of(text, nlp)[-1]
    assert found.speaker == speaker and (body is None or found.org == body)


@pytest.mark.parametrize("words,expected", [
    ("Fife Council's convener of education and children's services", True),
    ("The force's lead for child protection", True),
    ("Speaking at the launch", False),
    ("After the figures were published", False),
    ("Calls rose again and the director", False),
])
def test_title_appositive(words, expected):
    from pipeline.extract.pronoun_referents import _title_appositive
    assert _title_appositive(words) is expected


@pytest.mark.parametrize("attribution,party", [
    # a party named by the words before "Party", right before a member's office
    ("Alliance MLA Jo Roe said:", "Alliance Party"),
    ("Green councillor Tom Vale said:", "Green Party"),
    ("Alliance MLA for South Harbour Jo Roe said:", "Alliance Party"),
    # neighbours: a party the data file names keeps its name; no office, no party
    ("Labour MP Jo Roe said:", "Labour"),
    ("Sinn Féin councillor Tom Vale said:", "Sinn Féin"),
])
def test_a_party_before_a_members_office(attribution, party, nlp):
    text = f"Helpline news\n\nCalls to the line rose.\n\n{attribution} \"We back this work.\"\n"
    assert quotes_of(text, nlp)[-1].org == party


@pytest.mark.parametrize("words,party", [
    ("Alliance MLA", "Alliance Party"),
    ("a Green MSP", "Green Party"),
    ("Greens councillor", "Green Party"),
    ("the Alliance", None),  # no office after it
    ("Green spaces officer", None),
    ("Harbour MLA", None),  # a seat, no party
])
def test_party_before_office(words, party):
    from pipeline.extract.parties import party_before_office
    assert party_before_office(words) == party


@pytest.mark.parametrize("narrative,body", [
    # how long a role was held names no body: the charity of the story is the volunteer's
    ("A volunteer of nine years, who cannot be named, described the work.", "Samaritans"),
    ("A volunteer for twenty years, who asked not to be named, described the work.", "Samaritans"),
])
def test_a_roles_tenure_is_no_body(narrative, body, nlp):
    text = f"Samaritans branch busy\n\nThe Samaritans branch answered more calls.\n\n{narrative}\n\n\"You never know who will ring.\"\n"
    assert quotes_of(text, nlp)[-1].org == body


@pytest.mark.parametrize("text,org", [
    # a body the article names only by its initials is the body as the article names it
    ('DI Jo Roe of the PSNI said: "We back the line."', "PSNI"),
    ('Jo Roe, of the NPCC, said: "We back the line."', "NPCC"),
    # neighbours: the full name written too keeps it; initials that are not the name's keep the canonical name
    ('DI Jo Roe of the PSNI said: "We back the line." The Police Service of Northern Ireland agreed.',
     "Police Service of Northern Ireland"),
    ('Jo Roe, of the Met Police, said: "We back the line."', "Metropolitan Police Service"),
])
def test_a_body_named_only_by_its_initials(text, org, nlp):
    assert quotes_of(f"Helpline news\n\n{text}\n", nlp)[0].org == org


@pytest.mark.parametrize("phrase,official", [
    # a private word after a role names the role's field: an official
    ("Jo Roe, head of perpetrator services at Harbour Trust", True),
    ("Jo Roe, manager of the victim support team", True),
    ("Jo Roe, lead for offender programmes", True),
    # neighbours: a private word first makes a private person
    ("Jo Roe, a mother of two", False),
    ("Jo Roe, a former offender", False),
    ("Jo Roe, a caller to the helpline", False),
])
def test_a_private_word_after_a_role_is_its_field(phrase, official):
    from pipeline.extract.speakers import parse_speaker
    assert parse_speaker(phrase).official is official


@pytest.mark.parametrize("narrative,later,speaker", [
    # a party and an office the model reads as a person are the title of the name after them
    ("The figures were obtained by Alliance MLA for South Harbour Jo Roe, who said the line was busy.", "Ms Roe said.", "Jo Roe"),
    ("The question was asked by Green MSP for Kelso Tom Vale, who said the figures were stark.", "Mr Vale said.", "Tom Vale"),
    # neighbour: a party before an office with no name after it leaves the person named next
    ("Tom Vale, a Green councillor, said the figures were stark.", "Mr Vale said.", "Tom Vale"),
])
def test_a_members_office_before_a_name_is_no_person(narrative, later, speaker, nlp):
    text = f"Helpline news\n\nCalls to the line rose.\n\n{narrative}\n\n\"Every call is a person,\" {later}\n"
    assert quotes_of(text, nlp)[-1].speaker == speaker
