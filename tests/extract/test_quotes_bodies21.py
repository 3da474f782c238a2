"""A quote's speaker and organisation as papers write them (issue 10, branch quotes21): a name a person is identified
by, a council officer's title that opens a sentence, a body named after its kind word in a role, an office whose
area lists its parts.

Each table varies one general shape, with neighbours that must keep what they had. All sentences are our own writing.
"""
from __future__ import annotations

import pytest

from pipeline.extract.article import quotes_of
from pipeline.extract.speakers import parse_speaker


def quote(text, nlp, index=-1):
    return quotes_of(text, nlp)[index]


@pytest.mark.parametrize("introduced,said,name", [
    ("An adviser on the helpline, who is identified only as Mair, said most callers were frightened.", "she said", "Mair"),
    ("A volunteer, who is known only as Tomos, said the nights were long.", "he said", "Tomos"),
    ("One of the line's counsellors, who is named only as Ffion, said calls had risen.", "she said", "Ffion"),
    ("A helpline adviser, who can be identified only as Dewi, said many callers were ashamed.", "he said", "Dewi"),
    # neighbours: the request worded as before; an adviser given no name stays unnamed
    ("An adviser on the helpline, who asked to be identified only as Mair, said most callers were frightened.", "she said", "Mair"),
    ("A Stop It Now! helpline adviser, who cannot be named, said most callers were frightened.", "she said", None),
])
def test_the_name_a_person_is_identified_by_is_the_speaker(introduced, said, name, nlp):
    text = (f"Calls rise\n\nThe Stop It Now! helpline took more calls this year.\n\n{introduced}\n\n"
            f"\"Most of the people I speak to never thought they would ring,\" {said}.\n")
    got = quote(text, nlp)
    assert got.speaker == name
    assert got.official and got.org == "Stop It Now!"


@pytest.mark.parametrize("attribution,org", [
    ("Public health director Dr Amy Tate said:", "Bristol City Council"),
    ("Public health consultant Dr Amy Tate said:", "Bristol City Council"),
    ("Public Health Director Amy Tate said:", "Bristol City Council"),
    ("Director of public health Dr Amy Tate said:", "Bristol City Council"),
    # neighbours: a body's own capitalised name before a role keeps it; a council named in the title stays
    ("Harbour Trust chief executive Amy Tate said:", "Harbour Trust"),
    ("Cllr Amy Tate, Bristol City Council's cabinet member for health, said:", "Bristol City Council"),
])
def test_a_council_officer_s_title_opening_a_sentence_names_no_body_of_its_own(attribution, org, nlp):
    text = (f"Text line busy\n\nBristol City Council funds the text line, which took 4,000 messages.\n\n"
            f"{attribution} \"Every conversation on this line matters.\"\n")
    assert quote(text, nlp).org == org


@pytest.mark.parametrize("phrase,org", [
    ("Jo Roe, who chairs the east Leeds suicide prevention group Quiet Harbour", "Quiet Harbour"),
    ("Jo Roe, chair of the peer support group Harbour Circle", "Harbour Circle"),
    ("Jo Roe, a volunteer with the listening service Night Owls", "Night Owls"),
    ("Jo Roe, who leads the local recovery project Second Wind", "Second Wind"),
    # neighbours: a group with no name is no body; the name before the kind word stays the body
    ("Jo Roe, a volunteer with a peer support group in Dewsbury", None),
    ("Jo Roe, chair of the Harbour Recovery Circle peer support group", "Harbour Recovery Circle"),
])
def test_a_body_named_after_its_kind_word_in_a_role(phrase, org, nlp):
    assert parse_speaker(phrase, nlp=nlp).org == org


@pytest.mark.parametrize("attribution,org", [
    ("A spokesperson for the Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly said:",
     "Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    ("A spokeswoman for the Office of the Police and Crime Commissioner for Avon, Bath and North East Somerset said:",
     "Office of the Police and Crime Commissioner for Avon, Bath and North East Somerset"),
    ("A spokesman for the Commissioner for Cumbria, Lancashire and the Isle of Man said:",
     "Commissioner for Cumbria, Lancashire and the Isle of Man"),
    # neighbours: a list with no office before it; an office for one place; a comma with no "and" ends the body
    ("A spokesperson for Bath, Swindon and Wiltshire Integrated Care Board said:",
     "Bath, Swindon and Wiltshire Integrated Care Board"),
    ("A spokesperson for the Office of the Police and Crime Commissioner for Devon said:",
     "Office of the Police and Crime Commissioner for Devon"),
])
def test_a_spokesperson_for_an_office_whose_area_lists_its_parts(attribution, org, nlp):
    text = f"Adverts funded\n\nThe adverts ran for six months.\n\n{attribution} \"Preventing harm is the best outcome.\"\n"
    got = quote(text, nlp)
    assert got.speaker is None and got.org == org


@pytest.mark.parametrize("before,attribution,org", [
    ("Stop It Now! Scotland, which is part of the Lucy Faithfull Foundation, works with families.",
     "Its national manager, Jo Roe, said:", "Stop It Now! Scotland"),
    ("The NSPCC, which works with the Home Office, took more calls.", "Its head of services, Jo Roe, said:", "NSPCC"),
    ("GamCare, which is funded by the Gambling Commission, took more calls.", "Its helpline manager, Jo Roe, said:", "GamCare"),
    ("Samaritans, with help from Police Scotland, took more calls.", "Their branch director, Jo Roe, said:", "Samaritans"),
    # neighbours: the body named last when the sentence before opens on a person; a title naming its own body
    ("Jo Roe runs the line for Harbour Trust.", "Its manager, Sam Lee, said:", "Harbour Trust"),
    ("Harbour Trust, which is part of Anchor Group, took more calls.", "Sam Lee, director of Anchor Group, said:", "Anchor Group"),
])
def test_its_opening_a_title_points_at_the_body_the_sentence_before_opens_on(before, attribution, org, nlp):
    text = f"Calls rise\n\n{before}\n\n{attribution} \"Most people ring us late at night.\"\n"
    assert quote(text, nlp).org == org


@pytest.mark.parametrize("introduced,named_back,name,title,org", [
    ("Detective Chief Inspector Mark Roe, of Kent Police, said arrests were up.", "DCI Roe added", "Mark Roe",
     "Detective Chief Inspector", "Kent Police"),
    ("Chief Inspector Amy Tate, of Essex Police, said arrests were up.", "Ch Insp Tate said", "Amy Tate",
     "Chief Inspector", "Essex Police"),
    ("Detective Superintendent Amy Tate, of Gwent Police, said arrests were up. Her brother, Sam Tate, runs a charity.",
     "Det Supt Tate said", "Amy Tate", "Detective Superintendent", "Gwent Police"),
    ("Assistant Chief Constable Amy Tate, of Kent Police, said arrests were up.", "ACC Tate said", "Amy Tate",
     "Assistant Chief Constable", "Kent Police"),
    # neighbours: a surname named back with no rank is the one met last; a rank that fits no one keeps its own words
    ("Detective Inspector Amy Tate, of Kent Police, said arrests were up. Sam Tate, of the Harbour Trust, agreed.",
     "Tate said", "Sam Tate", None, "Harbour Trust"),
    ("Amy Tate, of the Harbour Trust, said calls were up.", "DCI Tate said", "Amy Tate", "DCI", "Harbour Trust"),
    # a rank that fits no one does not take the title of the person it falls back on
    ("Councillor Amy Tate, of the Harbour Trust, said calls were up.", "DCI Tate said", "Amy Tate", "DCI",
     "Harbour Trust"),
])
def test_a_person_named_back_by_a_rank_is_the_one_introduced_with_it(introduced, named_back, name, title, org, nlp):
    text = f"Arrests up\n\n{introduced}\n\n\"We will keep going after offenders,\" {named_back}.\n"
    got = quote(text, nlp)
    assert (got.speaker, got.org) == (name, org)
    if title is not None:
        assert got.title == title


@pytest.mark.parametrize("introduced,name,title", [
    ("Assistant Chief Constable Amy Tate, the national lead for child protection, said arrests were up.", "Amy Tate",
     "Assistant Chief Constable"),
    ("Deputy Chief Constable Amy Tate, of Kent Police, said arrests were up.", "Amy Tate", "Deputy Chief Constable"),
    ("Temporary Assistant Chief Constable Sam Lee, of Gwent Police, said arrests were up.", "Sam Lee",
     "Temporary Assistant Chief Constable"),
    # neighbours: a given name that is also a title word stays the name's; a surname that is a rank word too
    ("Dean Smith, of the Harbour Trust, said calls were up.", "Dean Smith", None),
    ("John Constable, of the Harbour Trust, said calls were up.", "John Constable", None),
])
def test_a_title_the_model_reads_into_a_name_stays_whole(introduced, name, title, nlp):
    text = f"Arrests up\n\n{introduced}\n\n\"We will keep going,\" they said.\n"
    got = quote(text, nlp)
    assert got.speaker == name
    assert title is None or got.title == title


@pytest.mark.parametrize("attribution,name,org", [
    ("said Coun Dunn, who is not related to the service manager", "Fiona Dunn", "Leeds City Council"),
    ("said Cllr Dunn, who is no relation to the service manager", "Fiona Dunn", "Leeds City Council"),
    ("Coun Dunn, no relation, said", "Fiona Dunn", "Leeds City Council"),
    ("said Councillor Dunn, who is not related to the line's manager", "Fiona Dunn", "Leeds City Council"),
    # neighbours: a relative clause that gives a role keeps it; a councillor named back with no aside
    ("said Coun Dunn", "Fiona Dunn", "Leeds City Council"),
    ("said Coun Dunn, who chairs the Harbour Trust", "Fiona Dunn", "Harbour Trust"),
])
def test_an_aside_that_the_speaker_is_no_kin_is_no_title(attribution, name, org, nlp):
    text = (f"Line funded\n\nThe service manager, Jo Dunn, said calls rose.\n\nCoun Fiona Dunn, Leeds City Council's executive "
            f"member for public health, said the council had increased its funding.\n\n\"Nobody should feel alone,\" {attribution}.\n")
    got = quote(text, nlp)
    assert (got.speaker, got.org) == (name, org)
    assert "related" not in (got.title or "") and "relation" not in (got.role or "")


@pytest.mark.parametrize("opening,reported,said,name", [
    ("Health Minister Sean Roe and Chief Constable Amy Tate met charity staff on Tuesday.",
     "The minister said his department would fund the line.", "he said", "Sean Roe"),
    ("Justice Minister Sean Roe and Detective Superintendent Amy Tate visited the helpline on Monday.",
     "The minister said the line would be funded.", "he said", "Sean Roe"),
    # neighbours: a reported speaker named by surname; one person alone opening the paragraph
    ("Health Minister Sean Roe and Chief Constable Amy Tate met charity staff on Tuesday.",
     "Ms Tate said officers supported the work.", "she said", "Amy Tate"),
    ("Health Minister Sean Roe met charity staff on Tuesday.",
     "The visit lasted an hour.", "he said", "Sean Roe"),
])
def test_a_definite_title_reporting_speech_is_the_person_who_holds_it(opening, reported, said, name, nlp):
    text = f"Line funded\n\n{opening}\n\n{reported}\n\n\"Prevention saves children from harm,\" {said}.\n"
    assert quote(text, nlp).speaker == name
