"""Quote attribution in shapes the fourteenth round's blind set showed (issue 10, branch quotes15): the line a
front-line speaker works on when a charity runs it, commissioners' offices, bodies whose names list their parts
with commas, a member's seat before their office, an aside after a name, a pronoun's colon paragraph after the
person it means, a body's spokesperson met in reported speech, presenters.

Each table varies one general shape, with neighbours that must keep their speaker and body. All sentences are our
own writing.
"""
from __future__ import annotations

import pytest

from pipeline.extract.article import quotes_of


def quote(text, nlp, index=-1):
    return quotes_of(text, nlp)[index]


@pytest.mark.parametrize("told,attribution,org", [
    # a front-line role on a line a known charity runs: the line
    ("Stop It Now! is run by the child protection charity the Lucy Faithfull Foundation.",
     "Ann Vale, a senior practitioner on the helpline, said:", "Stop It Now!"),
    ("Stop It Now! is run by the child protection charity the Lucy Faithfull Foundation.",
     "Tom Hale, an adviser with the charity, said:", "Stop It Now!"),
    ("The Lucy Faithfull Foundation, which runs Stop It Now!, published the figures.",
     "Helpline manager Jo Roe said:", "Stop It Now!"),
    ("Calls to Stop It Now! rose in the spring. The service, run by the Lucy Faithfull Foundation, is confidential.",
     "Kim Lowe, a practitioner with the charity, said:", "Stop It Now!"),
    # neighbours: the runner's own officers keep it
    ("Stop It Now! is run by the child protection charity the Lucy Faithfull Foundation.",
     "The foundation's chief executive, Ray Dunn, said:", "Lucy Faithfull Foundation"),
    ("Stop It Now! is run by the child protection charity the Lucy Faithfull Foundation.",
     "Lee Marr, the foundation's senior practitioner, said:", "Lucy Faithfull Foundation"),
    # a line that is a service of its runner leaves its advisers the runner's
    ("GamCare, which runs the National Gambling Helpline, took more calls.",
     "Sam Idle, an adviser with GamCare, said:", "GamCare"),
])
def test_a_front_line_speaker_speaks_for_the_line_a_charity_runs(told, attribution, org, nlp):
    text = f"Helpline news\n\n{told}\n\n{attribution} \"We listen first and judge never.\"\n"
    assert quote(text, nlp).org == org


@pytest.mark.parametrize("lead,attribution,org", [
    ("Buses will carry the adverts.", "Norfolk Police and Crime Commissioner Jo Roe said:", "Norfolk Police and Crime Commissioner"),
    ("Buses will carry the adverts.", "Norfolk's Police and Crime Commissioner, Jo Roe, said:",
     "Norfolk Police and Crime Commissioner"),  # a place's possessive names its office (quotes17)
    ("Buses will carry the adverts.", "Derbyshire Police and Crime Commissioner Jo Roe said:", "Derbyshire Police and Crime Commissioner"),
    ("Buses will carry the adverts.", "Cheshire Commissioner Tom Vale said:", "Cheshire Commissioner"),
    ("Buses will carry the adverts.", "Tom Vale, the Police, Fire and Crime Commissioner for Gwent, said:",
     "Police, Fire and Crime Commissioner for Gwent"),
    ("The Victims' Commissioner, Dame Ann Cole, welcomed the funding.", "A spokeswoman for the commissioner said:",
     "Victims' Commissioner"),
    ("The Domestic Abuse Commissioner has backed the line.", "A spokesman for the commissioner said:",
     "Domestic Abuse Commissioner"),
    # neighbours: a commissioner's title with no place or remit names no office; a body of one's own stays
    ("Buses will carry the adverts.", "The Commissioner, Jo Roe, said:", None),
    ("Buses will carry the adverts.", "Chief Constable Ann Reid, of Norfolk Constabulary, said:", "Norfolk Constabulary"),
])
def test_a_commissioner_speaks_for_their_office(lead, attribution, org, nlp):
    text = f"Prevention campaign\n\n{lead}\n\n{attribution} \"Every offence prevented is a child kept safe.\"\n"
    got = quote(text, nlp)
    assert got.org == org and got.official


@pytest.mark.parametrize("attribution,org", [
    ("A spokesperson for Bath, Swindon and Wiltshire Integrated Care Board said:", "Bath, Swindon and Wiltshire Integrated Care Board"),
    ("A spokesman for Leeds, Wakefield and North Kirklees Health Partnership said:",
     "Leeds, Wakefield and North Kirklees Health Partnership"),
    ("A spokeswoman for Carers, Families and Friends Together said:", "Carers, Families and Friends Together"),
    # neighbours: a comma with no "and" after it ends the body
    ("A spokesman for Kent Police said:", "Kent Police"),
    ("A spokeswoman for Harbour Trust said:", "Harbour Trust"),
])
def test_a_spokesperson_for_a_body_whose_name_lists_its_parts(attribution, org, nlp):
    text = f"Crisis line news\n\n{attribution} \"People in crisis should not have to wait.\"\n"
    got = quote(text, nlp)
    assert got.speaker is None and got.org == org


@pytest.mark.parametrize("told,org", [
    ("The line is run by the charity Mental Health, Wellbeing and Recovery Dunmore.", "Mental Health, Wellbeing and Recovery Dunmore"),
    ("The line is run by the charity Farming, Families and Wellbeing Cymru.", "Farming, Families and Wellbeing Cymru"),
])
def test_the_charity_named_with_commas_is_what_a_house_role_means(told, org, nlp):
    text = f"Listening line news\n\n{told}\n\nClinical lead Dr Jo Roe said: \"We have trained more volunteers.\"\n"
    assert quote(text, nlp).org == org


@pytest.mark.parametrize("narrative,speaker,org", [
    ("Skye and Lochaber MSP Tom Vale said the charity deserved long-term funding.", "Tom Vale", None),
    ("Borders MSP Iain Kerr said the volunteers deserved more support.", "Iain Kerr", None),
    ("Gower MS Ann Pryce said the line needed more money.", "Ann Pryce", None),
    # neighbours: a party before the office is the member's body
    ("Labour MP Jess Wilde said the line works.", "Jess Wilde", "Labour"),
    ("Plaid Cymru MS Ann Pryce said the line needed more money.", "Ann Pryce", "Plaid Cymru"),
])
def test_a_members_seat_is_no_person_and_no_body(narrative, speaker, org, nlp):
    text = f"Line praised\n\n{narrative}\n\n\"They give up their nights for strangers,\" he said.\n"
    got = quote(text, nlp)
    assert got.speaker == speaker and got.org == org and got.official


@pytest.mark.parametrize("narrative,speaker,org", [
    ("Mark Innes, no relation, has volunteered with the charity for four years.", "Mark Innes", "Tay Listening"),
    ("Joan Innes, not related, has volunteered with the charity since 2019.", "Joan Innes", "Tay Listening"),
    # neighbours: an appositive that is a role stays the title
    ("Mark Innes, a volunteer with the charity, has answered calls for four years.", "Mark Innes", "Tay Listening"),
])
def test_an_aside_after_a_name_is_no_title(narrative, speaker, org, nlp):
    text = ("Listening line\n\nThe line is run by the charity Tay Listening.\n\nSarah Innes, the charity's director, said: "
            "\"Winter is our busiest time.\"\n\n" f"{narrative}\n\nHe said: \"You learn to sit with silence.\"\n")
    got = quote(text, nlp)
    assert got.speaker == speaker and got.org == org and got.official


@pytest.mark.parametrize("opener,speaker", [
    ("Kerry, from Great Yarmouth, stopped gambling a year ago after calling the helpline.", "Kerry"),
    ("Megan, from Ely, first rang the line in March.", "Megan"),
    ("Lena Price, from Hull, gave up betting last year.", "Lena Price"),
])
def test_a_pronoun_paragraph_ending_in_a_colon_means_the_person_the_paragraph_before_opens_on(opener, speaker, nlp):
    text = ("Gambling calls rise\n\nAdviser Sam Okafor says many callers have never told anyone.\n\n"
            "\"We just talk it through with them.\"\n\n" f"{opener}\n\nShe told us:\n\n\"I hid it from my family for years.\"\n")
    got = quote(text, nlp)
    assert got.speaker == speaker and not got.official and got.org is None


@pytest.mark.parametrize("reported,org", [
    ("A Department of Health spokesperson said the line remained a priority.", "Department of Health"),
    ("A Home Office spokeswoman said the funding was under review.", "Home Office"),
])
def test_the_spokesperson_of_reported_speech_is_whom_the_spokesperson_means(reported, org, nlp):
    text = (f"Line funding\n\nDr Ann Lee, clinical lead at the service, said: \"Demand is growing.\"\n\n{reported}\n\n"
            "\"The funding will continue in full,\" the spokesperson added.\n")
    got = quote(text, nlp)
    assert got.speaker is None and got.org == org


@pytest.mark.parametrize("attribution,speaker", [
    ("Presenter Jill Hart said:", "Jill Hart"),
    ("The show's presenter, Tom Reid, said:", "Tom Reid"),
])
def test_a_presenter_is_no_official_and_speaks_for_no_body(attribution, speaker, nlp):
    text = ("Phone-in on loneliness\n\nListeners rang the Silver Line after the show.\n\n"
            f"{attribution} \"We have had more calls this morning than ever.\"\n")
    got = quote(text, nlp)
    assert got.speaker == speaker and not got.official and got.org is None


@pytest.mark.parametrize("reported,org", [
    ("A Stop It Now! helpline adviser, who cannot be named, said most callers were frightened.", "Stop It Now!"),
    ("A Samaritans volunteer, who asked not to be named, said the nights were long.", "Samaritans"),
    ("A Stop It Now! adviser said most callers were frightened.", "Stop It Now!"),
])
def test_an_unnamed_official_of_reported_speech_is_whom_a_later_pronoun_means(reported, org, nlp):
    text = ("Helpline figures\n\nOne man, who we are calling Tom, rang the helpline after his arrest.\n\n"
            "\"I told myself it was harmless,\" he said.\n\n" f"{reported}\n\n\"Nobody rings us because they feel proud,\" she said.\n")
    got = quote(text, nlp)
    assert got.speaker is None and got.org == org and got.official
    # neighbour: the caller's own quote keeps the caller
    first = quote(text, nlp, 0)
    assert first.speaker == "Tom" and not first.official and first.org is None
