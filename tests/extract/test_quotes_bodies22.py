"""A quote's speaker, organisation and official flag as papers write them (issue 10, branch quotes22): a statement a
body issued, a name asked for in a said-attribution, a place before a member of the public, a caller told by reported
speech, an officer heading a work of the force, a body named back as "the agency", an aside of speaking before the
verb, a speaker brought in by reported speech after a sentence about a body, two people of one surname.

Each table varies one general shape, with neighbours that must keep what they had. All sentences are our own writing.
"""
from __future__ import annotations

import pytest

from pipeline.extract.article import quotes_of
from pipeline.extract.attribution import issued_statement
from pipeline.extract.speaker_kinds import asked_name_first


def quote(text, nlp, index=-1):
    return quotes_of(text, nlp)[index]


@pytest.mark.parametrize("narrative,org", [
    ("Avon and Somerset Police has issued the following statement about the campaign.", "Avon and Somerset Police"),
    ("Avon and Somerset Police issued a short statement on Monday.", "Avon and Somerset Police"),
    ("Avon and Somerset Police has released this statement:", "Avon and Somerset Police"),
    ("Avon and Somerset Police put out a press release on Friday.", "Avon and Somerset Police"),
    # neighbour: a paragraph that tells of no statement gives the quote no speaker of its own
    ("Avon and Somerset Police took part in the week of action.", None),
])
def test_a_statement_a_body_issued_is_the_body_s_words(narrative, org, nlp):
    text = (f"Police back helpline\n\n{narrative}\n\n\"Last year 1,200 people in the county contacted the helpline.\n\n"
            f"\"Anyone worried about their thoughts can get help before it is too late.\"\n")
    got = quote(text, nlp, 0)
    if org is None:
        assert got.org is None and not got.official
    else:
        assert got.speaker is None and got.org == org and got.official


@pytest.mark.parametrize("paragraph,told", [
    ("Kent Police has issued the following statement.", True),
    ("The council published a statement on its website.", True),
    ("The charity shared a brief statement with us.", True),
    # neighbours: a statement not issued, issuing with no statement
    ("The council said in its statement that calls rose.", False),
    ("The force issued 300 fines last year.", False),
])
def test_issued_statement(paragraph, told):
    assert issued_statement(paragraph) is told


@pytest.mark.parametrize("phrase,rewritten", [
    ("A volunteer listener, who has been with the branch for six years and asked to be identified only as Bryn",
     "Bryn, volunteer listener"),
    ("A volunteer listener, who asked to be identified only as Bryn", "Bryn, volunteer listener"),
    ("One adviser, who joined the line in 2019 and is known only as Ffion", "Ffion, adviser"),
    ("A caller who asked to be called Dafydd", "Dafydd, caller"),
    # neighbours: no name given, a named person: the phrase as it was
    ("A volunteer listener, who has been with the branch for six years", None),
    ("Bryn Owen, a volunteer listener", None),
])
def test_a_name_asked_for_comes_first(phrase, rewritten):
    assert asked_name_first(phrase) == (rewritten or phrase)


@pytest.mark.parametrize("attribution,name,official", [
    ("A volunteer listener, who has been with the branch for six years and asked to be identified only as Bryn, said:",
     "Bryn", True),
    ("A volunteer listener, who asked to be identified only as Bryn, said:", "Bryn", True),
    ("One of the branch's listeners, who trained last spring and asked to be known only as Bryn, said:", "Bryn", True),
    # neighbour: a volunteer who gave no name stays unnamed
    ("A volunteer listener, who has been with the branch for six years, said:", None, True),
])
def test_the_name_asked_for_in_a_said_attribution_is_the_speaker(attribution, name, official, nlp):
    text = (f"Listeners busy\n\nVolunteers at the Samaritans branch answered 9,000 calls last year.\n\n"
            f"{attribution} \"Some nights the phone never stops.\"\n")
    got = quote(text, nlp)
    assert got.speaker == name and got.official is official


@pytest.mark.parametrize("attribution,title", [
    ("A Norwich mother who called the helpline, who cannot be named to protect her son, said:", "A Norwich mother"),
    ("A Truro father who rang the line, who asked not to be named, said:", "A Truro father"),
    ("A Lincoln woman, who cannot be named, said:", "A Lincoln woman"),
    # neighbour: a place the model reads as a place already
    ("A Bristol caller, who cannot be named, said:", "A Bristol caller"),
])
def test_a_place_before_a_member_of_the_public_is_no_name(attribution, title, nlp):
    text = (f"Calls rise\n\nThe Stop It Now helpline took 900 calls from the county last year.\n\n"
            f"{attribution} \"I did not know where to turn until I rang.\"\n")
    got = quote(text, nlp)
    assert got.speaker is None and got.title.startswith(title) and not got.official and got.org is None


@pytest.mark.parametrize("narrative,official", [
    ("Speaking on our Drive Time show, listener Janet from Splott said she had rung the line after her divorce.", False),
    ("On our phone-in, caller Janet from Splott said she had called the helpline last winter.", False),
    ("Speaking on our Drive Time show, listener Janet from Splott said that she had contacted the line twice.", False),
    # neighbour: a volunteer telling of the calls she answered keeps the line's
    ("Speaking on our Drive Time show, volunteer Janet from Splott said she had answered calls for ten years.", True),
])
def test_reported_speech_that_tells_of_seeking_help_makes_a_caller(narrative, official, nlp):
    text = (f"Samaritans busy\n\nThe Samaritans branch in Cardiff answered 12,000 calls last year.\n\n{narrative}\n\n"
            f"\"Nobody judged me and I have never forgotten it,\" she said.\n")
    got = quote(text, nlp)
    assert got.speaker == "Janet" and got.official is official


@pytest.mark.parametrize("role,org", [
    ("head of public protection", "Avon and Somerset Police"),
    ("head of safeguarding", "Avon and Somerset Police"),
    ("the head of crime", "Avon and Somerset Police"),
    # neighbours: a remit beyond the force is not the force's; a unit named back as before
    ("national head of public protection", None),
    ("head of the force's public protection unit", "Avon and Somerset Police"),
])
def test_a_ranked_officer_heading_a_work_of_the_force(role, org, nlp):
    if org is None:
        assert quote(text_of_officer(role), nlp).org != "Avon and Somerset Police"
        return
    assert quote(text_of_officer(role), nlp).org == org


def text_of_officer(role):
    text = (f"Police back helpline\n\nThis month's campaign is backed by Avon and Somerset Police.\n\n"
            f"Detective Superintendent Lyn Hart, {role}, said: \"Prevention protects children.\"\n")
    return text


@pytest.mark.parametrize("named,role,org", [
    ("The service, which is funded by the Mental Health Agency, took 8,000 calls.", "the agency's head of prevention",
     "Mental Health Agency"),
    ("The Northern Health Agency funds the line, which took 8,000 calls.", "the agency's director of nursing",
     "Northern Health Agency"),
    # neighbour: a body of the data file named back by its own kind word
    ("The Samaritans branch took 8,000 calls.", "the charity's head of policy", "Samaritans"),
])
def test_a_body_named_back_as_the_agency(named, role, org, nlp):
    text = f"Calls rise\n\n{named}\n\nDr Ann Boyd, {role}, said the figures should be read with care.\n\n" \
           f"\"More people know the number,\" she said.\n"
    assert quote(text, nlp).org == org


@pytest.mark.parametrize("aside,org", [
    ("speaking on condition of anonymity", "Stop It Now!"),
    ("speaking anonymously", "Stop It Now!"),
    ("talking to us last week", "Stop It Now!"),
    # neighbours: the relative clause read as before, no aside at all
    ("who cannot be named", "Stop It Now!"),
])
def test_an_aside_of_speaking_before_the_verb(aside, org, nlp):
    text = (f"Helpline busy\n\nThe Stop It Now! helpline took 3,000 calls last year.\n\n"
            f"One of the charity's helpline advisers, {aside}, said many callers were young.\n\n"
            f"\"A lot of them have never told anyone,\" the adviser said.\n")
    got = quote(text, nlp)
    assert got.speaker is None and got.org == org and got.official


@pytest.mark.parametrize("subject,org", [
    ("Papyrus, which runs HOPELINE247, says advisers are hearing from more students.", "Papyrus"),
    ("GamCare, which runs the National Gambling Helpline, says advisers are hearing from more young men.", "GamCare"),
    ("The Cedar Trust says its advisers are hearing from more young men.", "Cedar Trust"),
    # neighbour: a sentence about a person gives no body
    ("Many callers say they are hearing about the line from friends.", None),
])
def test_a_speaker_brought_in_by_reported_speech_takes_the_body_before(subject, org, nlp):
    text = (f"Calls rise\n\nCalls to the line rose by a third last year.\n\n{subject}\n\n"
            f"Adviser Sam Ikeda says many callers have never spoken to anyone before.\n\n"
            f"\"A lot of people ring us late at night, when everything feels worse.\n\n"
            f"\"We just talk it through with them.\"\n")
    assert quotes_of(text, nlp)[0].org == org


@pytest.mark.parametrize("member,said,org", [
    ("SDLP MLA for Foyle Ciaran Boyle – no relation – said the laws were out of date.", "said Mr Boyle", "SDLP"),
    ("Sinn Féin MLA for Foyle Ciaran Boyle said the laws were out of date.", "said Mr Boyle", "Sinn Féin"),
    # neighbour: the surname alone after only the manager keeps her line's body (none named)
    ("The laws are out of date, campaigners said.", "said Ms Boyle", None),
])
def test_a_party_s_office_before_a_member_of_a_surname_met_before(member, said, org, nlp):
    text = (f"Support line busy\n\nThe line's manager, Orla Boyle, said more young people now used webchat.\n\n"
            f"\"Most of them would never phone,\" Ms Boyle said.\n\n{member}\n\n"
            f"\"We still have no levy here,\" {said}.\n")
    assert quote(text, nlp).org == org
