"""A quote's speaker and organisation as papers write them (issue 10, branch quotes19): a member named back by seat
and office, parties under the names the blind golds give, a line's staff when the text says a charity runs the line,
an official whose own words name no body after a sentence whose subject is one, one of a plural role named back.

Each table varies one general shape, with neighbours that must keep their speaker and body. All sentences are our
own writing.
"""
from __future__ import annotations

import pytest

from pipeline.extract.article import quotes_of


def quote(text, nlp, index=-1):
    return quotes_of(text, nlp)[index]


@pytest.mark.parametrize("narrative,back,speaker,org", [
    ("SDLP MLA Orla Keane said the line needed more staff.", "the Strangford MLA", "Orla Keane", "SDLP"),
    ("Sinn Féin MLA Ruth Kerr said the figures were stark.", "the Lagan Valley MLA", "Ruth Kerr", "Sinn Féin"),
    ("Labour MP Tom Vale obtained the figures.", "the Ashworth North MP", "Tom Vale", "Labour"),
    ("SNP MSP Ann Bell raised the figures at Holyrood.", "the Kilbrae MSP", "Ann Bell", "SNP"),
    # neighbours: no member met is an unnamed member with no body; a party before the office is the party's voice
    ("The figures were published on Monday.", "the Strangford MLA", None, None),
    ("Labour MP Tom Vale obtained the figures.", "the Labour MP", None, "Labour"),
])
def test_a_member_named_back_by_seat_and_office(narrative, back, speaker, org, nlp):
    text = f"Line figures\n\n{narrative}\n\n\"Every call answered is a life held steady,\" {back} said.\n"
    got = quote(text, nlp)
    assert got.speaker == speaker and got.org == org and got.official


@pytest.mark.parametrize("attribution,org", [
    ("Conservative MP Jo Roe said:", "Conservative Party"),
    ("Tory MP Jo Roe said:", "Conservative Party"),
    ("Scottish Conservative MSP Jo Roe said:", "Scottish Conservatives"),
    ("Welsh Conservative MS Jo Roe said:", "Welsh Conservatives"),
    # neighbours: other parties as they were
    ("Labour MP Jo Roe said:", "Labour"),
    ("Plaid Cymru MS Jo Roe said:", "Plaid Cymru"),
])
def test_a_party_under_the_name_the_golds_give(attribution, org, nlp):
    text = f"Funding call\n\nThe figures were published on Monday.\n\n{attribution} \"This line deserves secure funding.\"\n"
    got = quote(text, nlp)
    assert got.speaker == "Jo Roe" and got.org == org


@pytest.mark.parametrize("told,attribution,org", [
    ("The Tamar Gambling Line, run by the charity Southwest Recovery Network, took more calls.",
     "Line manager Rosie Hale said:", "Southwest Recovery Network"),
    ("The Moorside Night Line, which is run by local charity Kindred Minds Calder, took more calls.",
     "Clinical lead Dr Ben Hart said:", "Kindred Minds Calder"),
    ("Contacts to TEENLINE365, the helpline run by the charity Young Minds Matter North, rose.",
     "One TEENLINE365 adviser said:", "Young Minds Matter North"),
    ("The Fenland Listening Line took more calls. The line is run by the charity Open Door Fens.",
     "Tom Ashby, a volunteer on the Fenland Listening Line, said:", "Open Door Fens"),
    # neighbours: a known line of its own named whole keeps its staff; a body of the speaker's own stays
    ("Stop It Now! is run by the Lucy Faithfull Foundation.",
     "Jan Morley, a senior practitioner on the Stop It Now! helpline, said:", "Stop It Now!"),
    ("The Tamar Gambling Line, run by the charity Southwest Recovery Network, took more calls.",
     "A spokesperson for Kernow Police said:", "Kernow Police"),
])
def test_a_lines_staff_speak_for_the_charity_the_text_says_runs_it(told, attribution, org, nlp):
    text = f"Helpline news\n\n{told}\n\n{attribution} \"We listen first and judge never.\"\n"
    assert quote(text, nlp).org == org


@pytest.mark.parametrize("before,attribution,org", [
    ("Redmoor Council says it will promote the line in every library.", "A spokesperson said:", "Redmoor Council"),
    ("The Scottish Government provides part of the service's funding.", "A spokesperson said:", "Scottish Government"),
    ("GamCare, the charity that runs the helpline, said most callers were in debt.", "One adviser said:", "GamCare"),
    ("Samaritans said its volunteers answered more calls.", "Volunteer Priya Nair said:", "Samaritans"),
    # neighbours: a body in the speaker's own words stays; a sentence about a person gives none; a member keeps the party
    ("Westmarch Council says it has trained staff.", "A GamCare spokesperson said:", "GamCare"),
    ("Chief Inspector Dan Ebbs, of Kestrelshire Police, backed the campaign.", "A spokesperson for Stop It Now! said:",
     "Stop It Now!"),
    ("Redmoor Council says it will promote the line.", "Labour MP Sunita Rao said:", "Labour"),
])
def test_a_bare_official_speaks_for_the_subject_of_the_sentence_before(before, attribution, org, nlp):
    text = f"Help is there\n\nThe figures were published on Monday.\n\n{before} {attribution} \"Help is free and confidential.\"\n"
    assert quote(text, nlp).org == org


@pytest.mark.parametrize("narrative,back,org", [
    ("One of the charity's helpline advisers, who cannot be named, said callers were young.", "the adviser", "Stop It Now!"),
    ("One of the charity's counsellors, who asked not to be named, said nights were hardest.", "the counsellor",
     "Stop It Now!"),
])
def test_one_of_a_plural_role_is_the_holder_named_back(narrative, back, org, nlp):
    text = (f"Helpline news\n\nThe Stop It Now! helpline took more calls.\n\n{narrative}\n\n"
            f"\"Most of them have never told anyone,\" {back} said.\n")
    got = quote(text, nlp)
    assert got.speaker is None and got.org == org and got.official
