"""Whom a pronoun means after a paragraph that opens on someone new, and the words that describe them
(issue 10, thirteenth round).

A narrative paragraph that opens on a person met for the first time, named or not ("Neil Brand, 51, from
Coalville, started listening at the branch", "A 38-year-old lorry driver, who did not want to be named, rang
the line"), makes them the one a "He said:" or "'...,' she said" after it means, as the paragraph's own subject;
a continuing verb ("she added") still goes back to whoever spoke last. A one-word name opening a paragraph with
an age, a relative clause or "one of" is a name; a place describing a private person ("One Glasgow woman") or
the object of a relative clause ("who represents Foyle") is not. Pseudonyms the person asked for, roles given
by "who has been a ...", parties and councillors' places give the speaker's title and body. Each table varies one
shape, with neighbours that must keep their speaker. All sentences are our own writing.
"""
from __future__ import annotations

import pytest

from pipeline.extract.article import quotes_of
from pipeline.extract.councils import council_for_councillor
from pipeline.extract.speakers import Speaker

_LEAD = "Branch director Karen Hollis said the nights were busiest.\n\n\"People ring late,\" she said.\n\n"


@pytest.mark.parametrize("narrative,attribution,speaker", [
    # a named person opening the paragraph, no speech verb: theirs
    ("Neil Brand, 51, from Coalville, started listening at the branch after he retired.", 'He said: "{q}"', "Neil Brand"),
    ("Neil Brand, 51, from Coalville, started listening at the branch after he retired.", '"{q}," he said.', "Neil Brand"),
    ("Ellie, 19, from Selby, contacted the service in her first term.", '"{q}," she said.', "Ellie"),
    ("Jess, 28, who asked for her surname to be left out, used the chat.", '"{q}," she said.', "Jess"),
    ("Hannah Gill, 20, a nursing student, started volunteering at the line.", 'She said: "{q}"', "Hannah Gill"),
    # "He told the Herald:": the pronoun speaks, the paper only hears
    ("Neil Brand, 51, started listening at the branch.", 'He told the Herald: "{q}"', "Neil Brand"),
    # neighbours: a continuing verb goes back to who spoke last; a paragraph naming no one leaves the last speaker
    ("Treasurer Mark Day presented the accounts.", '"{q}," she added.', "Karen Hollis"),
    ("Volunteer numbers fell to 90 this year.", 'She said: "{q}"', "Karen Hollis"),
    ("The branch opened in 1974.", '"{q}," she said.', "Karen Hollis"),
])
def test_a_named_subject_opening_the_paragraph_before(nlp, narrative, attribution, speaker):
    text = _LEAD + narrative + "\n\n" + attribution.format(q="It matters to me more than anything")
    assert quotes_of(text, nlp)[-1].speaker == speaker


@pytest.mark.parametrize("narrative,attribution,title", [
    ("A 38-year-old lorry driver, who did not want to be named, rang the line last spring.", 'He told the Herald: "{q}"',
     "A 38-year-old lorry driver"),
    ("A 41-year-old man from Hexham rang the helpline in October.", 'He said: "{q}"', "A 41-year-old man from Hexham"),
    ("One Leeds mother found messages on her son's laptop.", '"{q}," she said.', "One Leeds mother"),
    # reported speech of an unnamed person with no commas around the relative clause, or with a place
    ("A Bangor father who asked not to be named said he called after a bad night.", '"{q}," he said.', "A Bangor father"),
    ("A woman from Hull, whose partner called the line last year, said things had changed.", '"{q}," she said.',
     "A woman from Hull"),
])
def test_an_unnamed_subject_opening_the_paragraph_before(nlp, narrative, attribution, title):
    text = _LEAD + narrative + "\n\n" + attribution.format(q="I could not see a way out until then")
    quote = quotes_of(text, nlp)[-1]
    assert quote.speaker is None and quote.title == title and not quote.official and quote.org is None


@pytest.mark.parametrize("narrative,attribution", [
    # the pronoun's gender is not the unnamed person's: the last speaker keeps it
    ("A 41-year-old man from Hexham rang the helpline in October.", '"{q}," she said.'),
    # "added" goes on from who spoke last
    ("A 41-year-old man from Hexham rang the helpline in October.", '"{q}," she added.'),
])
def test_the_unnamed_subject_is_not_meant(nlp, narrative, attribution):
    text = _LEAD + narrative + "\n\n" + attribution.format(q="We hear this every week")
    assert quotes_of(text, nlp)[-1].speaker == "Karen Hollis"


@pytest.mark.parametrize("narrative,speaker,title", [
    ("One Dundee mother, who asked to be called Fiona, said she had found messages.", "Fiona", None),
    ("Another caller, who asked to be known only as Rob, said the line helped him.", "Rob", None),
    ("One Glasgow woman, who asked to be called Louise, said her husband had lost their savings.", "Louise", None),
])
def test_a_pseudonym_the_person_asked_for(nlp, narrative, speaker, title):
    text = narrative + "\n\n\"I did not know who to tell,\" she said."
    quote = quotes_of(text, nlp)[-1]
    assert quote.speaker == speaker and not quote.official


@pytest.mark.parametrize("narrative,speaker,words", [
    ("Hugh, who has been a listening volunteer at the branch for twelve years, said nights were hardest.",
     "Hugh", "listening volunteer"),
    ("Colin, who has been a listening volunteer for eight years, said nights were hardest.", "Colin", "listening volunteer"),
    ("Raj, one of the charity's helpline advisers, said chats were more open than calls.", "Raj", "helpline advisers"),
    ("Jo Roe, who works as an adviser for the line, said chats were more open.", "Jo Roe", "adviser"),
    # neighbours: a relative clause that is no role, and "who directs"
    ("Jo Roe, who directs the helpline, said chats were more open.", "Jo Roe", "director"),
])
def test_a_role_in_a_relative_clause_or_one_of(nlp, narrative, speaker, words):
    text = "The charity Clearwater Support took 980 calls.\n\n" + narrative + "\n\n\"People type things,\" said " + speaker + "."
    quote = quotes_of(text, nlp)[-1]
    assert quote.speaker == speaker and words in (quote.title or "") and quote.official


@pytest.mark.parametrize("narrative,speaker,org", [
    ("SDLP MLA Niamh Carey, who represents East Londonderry, said the figures needed attention.", "Niamh Carey", "SDLP"),
    ("SDLP MLA Orla Dunne, who represents Foyle, said the figures needed attention.", "Orla Dunne", "SDLP"),
    ("The figures came in answer to a question from SDLP MLA Orla Dunne.\n\nMs Dunne said they were a warning.",
     "Orla Dunne", "SDLP"),
    ("Conservative MSP Alan Rennie said the figures were stark.", "Alan Rennie", "Conservative Party"),
    ("Liberal Democrat councillor Amy Price said the line should be on every bus stop.", "Amy Price", "Liberal Democrats"),
    ("Sinn Fein councillor Declan Bradley said the council would fund a second line.", "Declan Bradley", "Sinn Fein"),
    ("Labour MP Simon Leckie said the levy was needed.", "Simon Leckie", "Labour"),
    # a councillor's place names the council
    ("Highland councillor Donnie Ross said the figures were stark.", "Donnie Ross", "Highland Council"),
])
def test_parties_and_councils_before_the_title(nlp, narrative, speaker, org):
    text = narrative + "\n\n\"This is a warning to all of us,\" she said."
    quote = quotes_of(text, nlp)[-1]
    assert quote.speaker == speaker and quote.org == org and quote.official


@pytest.mark.parametrize("title,role,council", [
    ("Highland councillor", None, "Highland Council"),
    ("Bristol Councillor", None, "Bristol City Council"),  # the name the council calls itself (quotes20)
    ("Councillor", "Cabinet Member for Public Health", None),  # a portfolio is no body
    ("Kirkton councillor", None, None),  # a word the gazetteer does not know names nothing
    ("Director", None, None),
])
def test_council_for_councillor(title, role, council):
    speaker = Speaker(name="Jo Roe", kind="named", title=title, role=role, org=None, official=True)
    assert council_for_councillor(speaker) == council


def test_a_portfolio_is_no_body(nlp):
    text = "Councillor Ayesha Karim, Cabinet Member for Adult Care, said:\n\n\"We are proud to fund this line.\""
    quote = quotes_of(text, nlp)[-1]
    assert quote.speaker == "Ayesha Karim" and quote.org != "Cabinet" and quote.official


@pytest.mark.parametrize("text,org", [
    # the kind word's own head first, even a body of the data file: "the foundation's" is the Foundation
    ("The Lucy Faithfull Foundation, which runs Stop It Now!, wants longer funding.\n\n"
     "Dr Sara Bell, the foundation's head of research, said: \"The evidence is strong.\"", "Lucy Faithfull Foundation"),
    # neighbour: "the charity's" with no body ending in the word keeps the charity named last
    ("Stop It Now! took 9,400 calls.\n\nDr Sara Bell, the charity's head of research, said: \"The evidence is strong.\"",
     "Stop It Now!"),
])
def test_a_kind_word_takes_the_body_it_ends(nlp, text, org):
    assert quotes_of(text, nlp)[-1].org == org


def test_a_ranked_officer_leading_our_unit_speaks_for_the_force(nlp):
    text = ("Posted by Westmere Police\n\nWe are backing the campaign, Westmere Police said.\n\n"
            "Detective Inspector Carla Nunn, who leads our online safeguarding team, said: \"Getting help does not stop us.\"")
    quote = quotes_of(text, nlp)[-1]
    assert quote.speaker == "Carla Nunn" and quote.org == "Westmere Police"
