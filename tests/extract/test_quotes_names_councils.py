"""Quote attribution in shapes the fourteenth round's sets showed (issue 10): names with particles, the
council a councillor or cabinet member speaks for, and a place's or body's possessive before a role.

Each table varies one general shape, with neighbours that must keep their speaker and body. All sentences
are our own writing.
"""
from __future__ import annotations

import pytest

from pipeline.extract.article import quotes_of


def quote(text, nlp, index=-1):
    return quotes_of(text, nlp)[index]


@pytest.mark.parametrize("intro,later,name", [
    ("Pieter van der Berg, director of the line, said the office would open soon.", "Mr van der Berg said.", "Pieter van der Berg"),
    ("Marie de la Cruz, a volunteer, said the nights were long.", "Ms de la Cruz said.", "Marie de la Cruz"),
    ("Jan de Vries, the branch chair, said calls had risen.", "Mr de Vries said.", "Jan de Vries"),
    ("Dr Omar al-Hashimi, a GP, said patients talk about debt.", "Dr al-Hashimi said.", "Omar al-Hashimi"),
    ("Leila el-Amin, a counsellor, said shame keeps people quiet.", "Ms el-Amin said.", "Leila el-Amin"),
    ("Anna von Berg, the line's manager, said the phones never stop.", "said Dr von Berg.", "Anna von Berg"),
    # neighbours: names with no particle keep theirs
    ("Aoife Mac Lochlainn, a counsellor, said the first call is hard.", "Ms Mac Lochlainn said.", "Aoife Mac Lochlainn"),
    ("Siobhan O'Rourke, the clinic's lead, said waits were long.", "Ms O'Rourke said.", "Siobhan O'Rourke"),
])
def test_a_surname_with_a_particle_is_the_person_met_before(intro, later, name, nlp):
    text = f"Helpline news\n\n{intro}\n\n\"We answer every call we can,\" {later}\n"
    assert quote(text, nlp).speaker == name


@pytest.mark.parametrize("attribution,name", [
    ("said Dr Omar al-Hashimi, a GP in the town.", "Omar al-Hashimi"),
    ("said Pieter van der Berg, who runs the line.", "Pieter van der Berg"),
    ("said Marie de la Cruz.", "Marie de la Cruz"),
    ("said Tom Vale, a volunteer.", "Tom Vale"),
])
def test_a_full_name_with_a_particle_after_the_verb(attribution, name, nlp):
    text = f"Helpline news\n\n\"We answer every call we can,\" {attribution}\n"
    assert quote(text, nlp).speaker == name


@pytest.mark.parametrize("lead,attribution,body", [
    # a council named before by its shape: the office holder speaks for it
    ("Kirkton Borough Council will keep funding the line.", "Cllr Jo Roe, Cabinet Member for Health, said:", "Kirkton Borough Council"),
    ("Sheffield City Council has backed the line.", "A council spokesman said:", "Sheffield City Council"),
    ("Sheffield City Council has backed the line.", "Cllr Ann Cole, the council's portfolio holder for housing, said:", "Sheffield City Council"),
    ("Police, a charity and Brighton and Hove City Council have launched a campaign.",
     "Councillor Jo Roe, the city council's lead member for children, said:", "Brighton and Hove City Council"),
    ("Members of Bolton Council's scrutiny committee met the line's staff.", "Cllr Tom Vale, who chairs the committee, said:", "Bolton Council"),
    ("Cheshire West and Chester Council will keep the line open.", "Councillor Jo Roe, cabinet member for health, said:",
     "Cheshire West and Chester Council"),
    ("Sussex Police and Brighton and Hove City Council back the line.", "Cllr Jo Roe, the council's lead member, said:",
     "Brighton and Hove City Council"),
    # no council named, but "the council" and a place named twice: that place's council
    ("The line the council funds in Dorset is busier than ever, and more people in Dorset call it.",
     "Cllr Jo Roe, Cabinet Member for Adult Care, said:", "Dorset Council"),
])
def test_a_council_office_holder_speaks_for_the_council(lead, attribution, body, nlp):
    text = f"Helpline news\n\n{lead}\n\n{attribution} \"We are proud to fund this line.\"\n"
    assert quote(text, nlp).org == body


@pytest.mark.parametrize("lead,attribution,body", [
    # a party, a body of the speaker's own, or no council anywhere: left as they were
    ("Sheffield City Council has backed the line.", "Labour councillor Jo Roe said:", "Labour"),
    ("Sheffield City Council has backed the line.", "Jo Roe, director of the Harbour Trust, said:", "Harbour Trust"),
    ("Sheffield City Council has backed the line.", "Detective Inspector Jo Roe, of South Yorkshire Police, said:", "South Yorkshire Police"),
    ("The line is busier than ever.", "Cllr Jo Roe, Cabinet Member for Adult Care, said:", None),
    # a place named once, or a surname that is a place, is not the article's place
    ("The council funds the line in Dorset.", "Cllr Jo Roe, Cabinet Member for Adult Care, said:", None),
    ("The council funds the line. Jo Halstead and Ann Halstead run it.", "Cllr Jo Roe, Cabinet Member for Adult Care, said:", None),
])
def test_other_speakers_keep_their_body(lead, attribution, body, nlp):
    text = f"Helpline news\n\n{lead}\n\n{attribution} \"We are proud to fund this line.\"\n"
    assert quote(text, nlp).org == body


@pytest.mark.parametrize("narrative,title", [
    # a member of the public brought in unnamed, described at length, reporting to the paper: the quote after is theirs
    ("A man in his fifties from the west of the county, who asked not to be named, told the Chronicle he rang the line.",
     "A man in his fifties from the west of the county"),
    ("A man in his fifties told the Chronicle he rang the line.", "A man in his fifties"),
    ("A mother of three from Leeds, who did not want to be named, told the Post she rang the line.", "A mother of three from Leeds"),
    ("A woman from Co Antrim, who called about her brother, told the paper the advice was calm.", "A woman from Co Antrim"),
    ("A caller in Market Harborough told the Mercury he had been scared to ring.", "A caller in Market Harborough"),
])
def test_an_unnamed_member_of_the_public_reporting_speaks_the_quote_after(narrative, title, nlp):
    text = f"Helpline news\n\nJo Roe, the branch director, said calls had risen.\n\n{narrative}\n\n\"I did not know who else to ask.\"\n"
    found = quote(text, nlp)
    assert found.speaker is None and found.title == title and not found.official


@pytest.mark.parametrize("narrative,speaker", [
    # neighbours: a named person telling the paper, or the paper's name after "told the", keep the person
    ("Tom Vale, a volunteer, told the Chronicle he rang the line.", "Tom Vale"),
    ("Ann Cole, 52, from Leeds, told the Post she rang the line.", "Ann Cole"),
])
def test_a_named_person_telling_the_paper_keeps_the_quote(narrative, speaker, nlp):
    text = f"Helpline news\n\nJo Roe, the branch director, said calls had risen.\n\n{narrative}\n\n\"I did not know who else to ask.\"\n"
    assert quote(text, nlp).speaker == speaker


def test_he_told_the_paper_after_an_unnamed_person_is_that_person(nlp):
    text = ("Helpline news\n\nIts manager, Jo Roe, said calls had risen.\n\n\"We are busy,\" said Ms Roe.\n\n"
            "A 40-year-old builder, who did not want to be named, rang the line last year.\n\n"
            "He told the Gazette: \"I could not stop on my own.\"\n")
    found = quote(text, nlp)
    assert found.speaker is None and not found.official


@pytest.mark.parametrize("description,body", [
    # a role's field in lower case, then the body it is held at
    ("the head of treatment at Harbour Recovery", "Harbour Recovery"),
    ("head of policy and public affairs at the Harbour Trust", "Harbour Trust"),
    ("director of services for Lakeside Crisis Line", "Lakeside Crisis Line"),
    ("manager of volunteer training with Kindred Voices", "Kindred Voices"),
    # neighbours: a place after the field, or an article opening a second role, is no such body
    ("director of public health for Plymouth", None),
    ("head of policy", None),
])
def test_a_body_after_a_roles_field(description, body):
    from pipeline.extract.titled_bodies import titled_body
    assert titled_body(description) == body


@pytest.mark.parametrize("attribution,body", [
    # a place's possessive before an office's title: the place's office (quotes17), no body's name cut from it
    ("Derbyshire's Police and Crime Commissioner, Ann Cole, said:", "Derbyshire Police and Crime Commissioner"),
    ("Kent's Police and Crime Commissioner Tom Vale said:", "Kent Police and Crime Commissioner"),
    ("Scotland's Chief Medical Officer, Jo Roe, said:", None),
    # neighbours: a body's possessive keeps its body
    ("Harbour Trust's chief executive, Ann Cole, said:", "Harbour Trust"),
    ("Kirkton Borough Council's cabinet member for health, Tom Vale, said:", "Kirkton Borough Council"),
])
def test_a_places_office_is_no_body(attribution, body, nlp):
    text = f"Helpline news\n\nCalls to the line rose.\n\n{attribution} \"We back this work.\"\n"
    assert quote(text, nlp).org == body


@pytest.mark.parametrize("middle,body", [
    # the body the story itself calls by the kind word, though no list knows it, beats a known body of that kind
    ("The service is run by the charity Harbour Listening, which three former volunteers founded.", "Harbour Listening"),
    ("The line is run by Quiet Hours, a local charity.", "Quiet Hours"),
    ("It is run by the small charity Open Porch in the town.", "Open Porch"),
    # neighbours: no body told by the word, or a person after it: the known charity stays
    ("The new line opened in the town last week.", "Samaritans"),
    ("It is run by the charity Jo Roe founded in 2001.", "Samaritans"),
])
def test_the_kind_word_means_the_body_the_story_calls_so(middle, body, nlp):
    text = ("Samaritans volunteers help set up new line\n\nVolunteers who trained with Samaritans helped set up a new line.\n\n"
            f"{middle}\n\nThe charity's manager, Kerry Yeo, said: \"We saw people were not getting through.\"\n")
    assert quote(text, nlp).org == body
