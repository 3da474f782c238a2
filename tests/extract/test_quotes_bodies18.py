"""A quote's organisation and official flag as papers write them (issue 10, branch quotes18): a line's runner has the
chief executive, its staff the line; a police rank leading a unit of the force speaks for the force; a person who
contacted, rang or used the line is a member of the public (ANNOTATION.md decision 9); an unnamed user brought in after
a lead-in clause ("Speaking to Radio X, one man ... said") speaks the quote after; the name a person asked to be given
keeps the description before it ("One volunteer listener, who asked to be identified only as Pat,"); a portfolio after
an office's "for" is no body.

Each table varies one general shape, with neighbours that must keep their speaker and body. All sentences are our
own writing.
"""
from __future__ import annotations

import pytest

from pipeline.extract.article import quotes_of


def quote(text, nlp, index=-1):
    return quotes_of(text, nlp)[index]


@pytest.mark.parametrize("lead,attribution,org", [
    # the runner's executive officers speak for the charity the article tells runs the line
    ("Stop It Now! is run by the Lucy Faithfull Foundation.", "Chief executive Ann Cole said:", "Lucy Faithfull Foundation"),
    ("The Lucy Faithfull Foundation, which runs the Stop It Now! helpline, took 300 calls.",
     "Tom Vale, the charity's chief executive, said:", "Lucy Faithfull Foundation"),
    ("Stop It Now!, run by the Lucy Faithfull Foundation, took 300 calls.", "Director of policy Jo Roe said:",
     "Lucy Faithfull Foundation"),
    # neighbours: the line's own staff keep the line; a title naming the line keeps it; no runner told, no change
    ("Stop It Now! is run by the Lucy Faithfull Foundation.", "Helpline manager Ann Cole said:", "Stop It Now!"),
    ("Stop It Now!, run by the Lucy Faithfull Foundation, took 300 calls.", "Ann Cole, director of Stop It Now!, said:",
     "Stop It Now!"),
    ("Stop It Now! took 300 calls.", "Chief executive Ann Cole said:", "Stop It Now!"),
])
def test_a_lines_runner_has_the_chief_executive(lead, attribution, org, nlp):
    text = f"Prevention helpline busier\n\n{lead}\n\n{attribution} \"Every call is a chance to protect a child.\"\n"
    got = quote(text, nlp)
    assert (got.org, got.official) == (org, True)


@pytest.mark.parametrize("lead,attribution,org", [
    # a ranked officer who leads a unit of the force the text names back speaks for the force
    ("Durham Constabulary's online abuse team made 40 arrests.", "Detective Inspector Kay Moss, who leads the team, said:",
     "Durham Constabulary"),
    ("Cleveland Police made 55 arrests.",
     "Detective Superintendent Neil Ward, who heads the force's child protection unit, said:", "Cleveland Police"),
    ("Gwent Police made 30 arrests.", "Chief Inspector Jo Roe, head of the online abuse team, said:", "Gwent Police"),
    # neighbours: a remit beyond the force keeps none
    ("Merseyside Police made 30 arrests.",
     "Assistant Chief Constable Sue Platt, the national policing lead for child protection, said:", None),
])
def test_a_rank_leading_a_unit_speaks_for_the_force(lead, attribution, org, nlp):
    text = f"Police back the helpline\n\n{lead}\n\n{attribution} \"Prevention stops children being harmed.\"\n"
    got = quote(text, nlp)
    assert (got.org, got.official) == (org, True)


@pytest.mark.parametrize("paragraph,speaker,official,org", [
    # a person who contacted, rang or used the line is a member of the public: no official, no body
    ("\"They listened to me,\" said Tom, 33, from Yeovil, who contacted the line last spring.", "Tom", False, None),
    ("Sam, who rang the helpline in March, said: \"They listened to me.\"", "Sam", False, None),
    ("Kim, who first called Samaritans in 2019, said: \"They listened to me.\"", "Kim", False, None),
    ("Lee, who had used the service twice, said: \"They listened to me.\"", "Lee", False, None),
    # neighbours: a person who runs or manages the line is its official
    ("Jo Roe, who manages the Harbour Line, said: \"They listen to everyone.\"", "Jo Roe", True, "Harbour Line"),
])
def test_a_person_who_contacted_the_line_is_a_member_of_the_public(paragraph, speaker, official, org, nlp):
    text = f"Helpline calls rise\n\nThe Harbour Line answered 2,210 calls in 2024.\n\n{paragraph}\n"
    got = quote(text, nlp)
    assert (got.speaker, got.official, got.org) == (speaker, official, org)


@pytest.mark.parametrize("narrative,attribution,speaker,official", [
    # an unnamed user brought in after a lead-in clause reports speech: the quote after is theirs, not the body's
    ("Speaking to Radio Wessex, one man from Dorchester who used the line said he had felt lost.", "he said.", None, False),
    ("Talking to the Gazette, a woman from Frome who called the line said it had helped her.", "she said.", None, False),
    # neighbours: a named official after the same lead-in keeps name and office
    ("Speaking to Radio Wessex, Jo Roe, the line's manager, said demand had grown.", "she said.", "Jo Roe", True),
])
def test_an_unnamed_user_after_a_lead_in_clause(narrative, attribution, speaker, official, nlp):
    text = (f"Crisis line takes more calls\n\nThe Wessex Crisis Line is run by Wessex Partnership NHS Foundation Trust.\n\n"
            f"The trust says the line took 6,200 calls in 2024.\n\n{narrative}\n\n\"I am still here because of that call,\" {attribution}\n")
    got = quote(text, nlp)
    assert (got.speaker, got.official) == (speaker, official)
    assert got.org is None or official


@pytest.mark.parametrize("narrative,attribution,speaker,official,org", [
    # the name a person asked to be given keeps the words that describe them
    ("One volunteer listener, who asked to be identified only as Pat, has answered calls for ten years.",
     "\"Some nights the phone never stops,\" she said.", "Pat", True, "Samaritans"),
    ("A volunteer, who asked to be called only Chris, has answered calls on the line for four years.",
     "He said: \"Some nights the phone never stops.\"", "Chris", True, "Samaritans"),
    # neighbours: a caller who gives a name is still a member of the public
    ("One caller, who asked to be identified only as Declan, told this newspaper the line had kept him going.",
     "\"Some nights I could not sleep.\"", "Declan", False, None),
])
def test_a_name_given_on_request_keeps_the_description(narrative, attribution, speaker, official, org, nlp):
    text = f"Branch needs volunteers\n\nThe Exeter branch of Samaritans answered 5,400 calls in 2024.\n\n{narrative}\n\n{attribution}\n"
    got = quote(text, nlp)
    assert (got.speaker, got.official, got.org) == (speaker, official, org)


@pytest.mark.parametrize("attribution,name", [
    # a portfolio after an office's "for" is no body
    ("West Yorkshire's Deputy Mayor for Policing and Crime, Ann Vale, said:", "Ann Vale"),
    ("Greater Wessex's Deputy Mayor for Policing and Crime, Tom Reid, said:", "Tom Reid"),
    ("The Deputy Mayor for Policing and Crime, Tom Reid, said:", "Tom Reid"),
])
def test_a_portfolio_after_an_office_is_no_body(attribution, name, nlp):
    text = f"More men seek help\n\nThe Respect Phoneline took 700 calls in 2024.\n\n{attribution} \"Perpetrators who want to change must get help.\"\n"
    got = quote(text, nlp)
    assert (got.speaker, got.org, got.official) == (name, None, True)
