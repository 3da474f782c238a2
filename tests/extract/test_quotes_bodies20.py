"""A quote's organisation as the blind golds write it (issue 10, branch quotes20): a line's staff for the charity the
data file knows runs the line when the article names it, a council under the name it calls itself, an elected member
with no party for no body met elsewhere, a body named before its kind in a relative clause, a person who rang the line
as a member of the public, a line's own kind word, a street that is no body.

Each table varies one general shape, with neighbours that must keep their body. All sentences are our own writing.
"""
from __future__ import annotations

import pytest

from pipeline.extract.article import quotes_of


def quote(text, nlp, index=-1):
    return quotes_of(text, nlp)[index]


@pytest.mark.parametrize("told,attribution,org", [
    ("GamCare said the National Gambling Helpline took more calls.", "Jo Roe, a team leader on the helpline, said:", "GamCare"),
    ("The National Gambling Helpline, which GamCare answers, took more calls.", "Adviser Jo Roe said:", "GamCare"),
    ("Papyrus said its HOPELINE247 service took more calls.", "One HOPELINE247 adviser said:", "Papyrus"),
    ("HOPELINE247 took more calls, Papyrus said.", "Jo Roe, a HOPELINE247 adviser, said:", "Papyrus"),
    # neighbours: the runner never named keeps the line; a line the data file knows no runner of keeps its staff
    ("The National Gambling Helpline took more calls.", "Jo Roe, a team leader on the helpline, said:", "National Gambling Helpline"),
    ("HOPELINE247 took more calls this year.", "One HOPELINE247 adviser said:", "HOPELINE247"),
])
def test_a_line_s_staff_speak_for_its_known_runner_when_the_article_names_it(told, attribution, org, nlp):
    text = f"Calls rise\n\n{told}\n\n{attribution} \"Most people ring us late at night.\"\n"
    assert quote(text, nlp).org == org


@pytest.mark.parametrize("narrative,attribution,org", [
    ("The line took more calls.", "Bristol councillor Amy Tate said:", "Bristol City Council"),
    ("The line took more calls.", "Essex councillor Amy Tate said:", "Essex County Council"),
    ("The line took more calls.", "York councillor Amy Tate said:", "City of York Council"),
    ("The council's line took more calls.", "Dr Amy Tate, Lincolnshire's director of public health, said:", "Lincolnshire County Council"),
    # neighbours: a place the data file holds no other name for; a council the text names whole
    ("The line took more calls.", "Stockport councillor Amy Tate said:", "Stockport Council"),
    ("The line took more calls.", "Cllr Amy Tate, Kent County Council's cabinet member for health, said:", "Kent County Council"),
])
def test_a_council_under_the_name_it_calls_itself(narrative, attribution, org, nlp):
    text = f"Council backs line\n\n{narrative}\n\n{attribution} \"We will keep funding it.\"\n"
    assert quote(text, nlp).org == org


@pytest.mark.parametrize("before,attribution,org", [
    ("The line took more calls.", "Senedd Member Carys Lloyd, who chairs the group on suicide, said:", None),
    ("Dundee East MSP Anna Reid, who answered calls before entering Holyrood, said the line needed funding.", "She said:", None),
    ("Recovery North East, a gambling charity, saw more people. North East MSP Kay Munro said it needed funding.", "She said:", None),
    # neighbours: a chamber the member's own title names; a party before the office
    ("The line took more calls.", "Carys Lloyd, the Member of the Senedd for Arfon, said:", "Senedd"),
    ("The line took more calls.", "Plaid Cymru MS Carys Lloyd, who worked at a food bank before Holyrood, said:", "Plaid Cymru"),
    ("The line took more calls.", "Carys Lloyd MS, chair of the Senedd's group on gambling harm, said:", "Senedd"),
])
def test_a_member_speaks_for_a_party_or_a_chamber_of_their_own_words(before, attribution, org, nlp):
    text = f"Member on figures\n\n{before}\n\n{attribution} \"This charity does vital work on a shoestring.\"\n"
    got = quote(text, nlp)
    assert got.org == org and got.official


@pytest.mark.parametrize("attribution,org", [
    ("Dan Kerr, who chairs the Tayside Recovery Circle peer support group, said:", "Tayside Recovery Circle"),
    ("Dan Kerr, chair of the Harbour Street Pantry support network, said:", "Harbour Street Pantry"),
    ("Dan Kerr, who leads the Brightwater Men's Shed project, said:", "Brightwater Men's Shed"),
    # neighbours: one capitalised word (a place) before the kind describes it; a group with no name is no body
    ("Dan Kerr, director of the Iowa program, said:", None),
    ("Dan Kerr, who runs a support group in Dundee, said:", None),
])
def test_a_body_named_before_its_kind_in_a_role(attribution, org, nlp):
    text = f"Group sees rise\n\nThe line took more calls.\n\n{attribution} \"New faces come through our door every week.\"\n"
    assert quote(text, nlp).org == org


@pytest.mark.parametrize("narrative,official", [
    ("One woman from Stamford, who we are calling Beth, phoned the helpline after losing her savings.", False),
    ("Beth, 41, rang the helpline after losing her savings.", False),
    ("A man from Hove, who asked to be called Tom, contacted the line last spring.", False),
    # neighbour: an adviser of the line who rang back is no caller
    ("Beth Lowe, an adviser with the charity Open Door, said callers were anxious.", True),
])
def test_someone_who_rang_the_line_is_a_member_of_the_public(narrative, official, nlp):
    text = f"One story\n\nGamCare said the line took more calls.\n\n{narrative}\n\n\"I could not face telling anyone,\" she said.\n"
    got = quote(text, nlp)
    assert got.official is official and (official or got.org is None)


@pytest.mark.parametrize("told,attribution,org", [
    ("The Respect Phoneline took more calls.", "Sam Idris, who manages the Phoneline's team of advisers, said:", "Respect"),
    ("The Respect Phoneline took more calls.", "Sam Idris, manager of the phoneline's advisers, said:", "Respect"),
])
def test_a_line_s_own_kind_word_names_the_body_met_before(told, attribution, org, nlp):
    text = f"Phoneline busier\n\n{told}\n\n{attribution} \"Calls peak after big matches.\"\n"
    assert quote(text, nlp).org == org


@pytest.mark.parametrize("narrative,org", [
    ("Ben, who has volunteered at the branch on Castle Street for two years, did the Christmas shift.", "Samaritans"),
    ("Ben, who has volunteered at the branch on Mill Road for two years, did the Christmas shift.", "Samaritans"),
    # neighbour: a body whose name the street is no part of keeps its name
    ("Ben, who has volunteered with Harbour Trust for two years, did the Christmas shift.", "Harbour Trust"),
])
def test_a_street_is_no_body(narrative, org, nlp):
    text = f"Volunteers busy\n\nSamaritans volunteers answered more calls this winter.\n\n{narrative}\n\n\"People want someone to listen,\" he said.\n"
    assert quote(text, nlp).org == org


@pytest.mark.parametrize("attribution,official,org", [
    ("Tom Bell, who runs a peer support group for recovering gamblers in Leith, said:", False, None),
    ("Tom Bell, founder of a recovery group in Torry, said:", False, None),
    ("Tom Bell, a volunteer with a support group in west Belfast, said:", False, None),
    # neighbours: a group the text names is a body; a group a named charity runs is that charity's
    ("Tom Bell, who chairs the Leith Recovery Circle peer support group, said:", True, "Leith Recovery Circle"),
    ("Tom Bell, manager of a recovery group run by GamCare, said:", True, "GamCare"),
])
def test_a_role_in_a_group_with_no_name_is_a_peer_s(attribution, official, org, nlp):
    text = f"Peer support\n\nThe line took more calls.\n\n{attribution} \"Most of the men I meet have never told their GP.\"\n"
    got = quote(text, nlp)
    assert got.official is official and got.org == org
