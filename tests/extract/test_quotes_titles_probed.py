"""Quote attribution in shapes found by probing (issue 10, ninth round): which run of a title is the
body, capitalised words the model reads as a person, and roles the story gives away from the quote.

Short articles of our own writing were annotated before the extractor ran; each table varies one
general shape behind a failure. All sentences are our own writing.
"""
from __future__ import annotations

import pytest

from pipeline.extract.article import quotes_of
from pipeline.extract.attribution import mention
from pipeline.extract.body_in_quote import body_in_own_words
from pipeline.extract.body_in_title import (
    body_after_kind,
    body_segment,
    former_member,
    opens_clause,
    parent_body,
    parent_of_known,
    unit_alone,
    without_title_words,
)
from pipeline.extract.bracketed_bodies import bracketed_bodies
from pipeline.extract.held_roles import held_role
from pipeline.extract.speakers import is_title, parse_speaker


def last_quote(text, nlp):
    return quotes_of(text, nlp)[-1]


def same_body(found, expected):
    """The scorer's reading of a body: one name holds the other ("Samaritans", "Tynedale Samaritans")."""
    return bool(found) and (found.lower() in expected.lower() or expected.lower() in found.lower())


@pytest.mark.parametrize("description,body", [
    ("the chief executive of Bayside support service The Harbour Project", "The Harbour Project"),
    ("director of Norfolk counselling charity Open Door", "Open Door"),
    ("the executive director of youth helpline Kids First", "Kids First"),
    ("CEO of domestic violence service Safe Steps", "Safe Steps"),
    ("manager of local men's project Next Step", "Next Step"),
    ("chair of Cardiff family support trust Safe Hands", "Safe Hands"),
    ("operations manager at the men's advice service Calm Waters", "Calm Waters"),
    ("the founder of Bristol recovery charity New Leaf", "New Leaf"),
    # no name after the kind word: a place, a role, an honorific, or nothing
    ("director of the charity in Leeds", None),
    ("a volunteer at the local charity", None),
    ("manager of the helpline Leeds", None),
    ("founder of the charity Director Jo Roe", None),
    ("the charity's director", None),
])
def test_body_named_after_a_kind_of_service_in_a_title(description, body):
    assert body_after_kind(description) == body


@pytest.mark.parametrize("description", [
    # a person who founded or runs it, or a day, after the kind word: no body's name
    "chair of the charity Jo Roe founded in 1990",
    "a trustee of the project Ann Cole set up",
    "manager of the helpline service Monday to Friday",
    "coordinator of the helpline open Saturday and Sunday",
    "director of the service January to March",
])
def test_no_body_of_a_person_or_a_day_after_a_kind_word(description):
    assert body_after_kind(description) is None


@pytest.mark.parametrize("description,org,parent", [
    ("director of the Institute for Sexual Health at Redmoor University", "Institute for Sexual Health", "Redmoor University"),
    ("head of the Centre for Gambling Research at the University of Eastbury", "Centre for Gambling Research",
     "University of Eastbury"),
    ("director of the Office of Crisis Services at the Harbour State Department of Health", "Office of Crisis Services",
     "Harbour State Department of Health"),
    ("head of the Crisis Response Team at Eastshire County Council", "Crisis Response Team", "Eastshire County Council"),
    ("director of the Unit for Child Safety at HSDH", "Unit for Child Safety", "HSDH"),
    # no "at" after the unit, or only a place after it
    ("director of the Institute for Sexual Health", "Institute for Sexual Health", None),
    ("manager of the Harbour Centre at Leeds", "Harbour Centre", None),
    ("manager of the Harbour Centre in Leeds", "Harbour Centre", None),
    ("director of the Harbour Trust", None, None),
])
def test_unit_at_its_parent_body(description, org, parent):
    assert parent_body(description, org) == parent


@pytest.mark.parametrize("description,org,parent", [
    ("a criminologist who leads the Stop It Now project at the Northgate Forensic Institute", "Stop It Now!",
     "Northgate Forensic Institute"),
    ("the manager of the Stop It Now helpline run by the Lucy Faithfull Foundation", "Stop It Now!", "Lucy Faithfull Foundation"),
    ("who runs the GamCare service at the Westfield Recovery Trust", "GamCare", "Westfield Recovery Trust"),
    ("who leads the Samaritans scheme at HMPS", "Samaritans", "HMPS"),
    # where the work is done, a place, a branch, or no parent: the known body stays
    ("a volunteer with Samaritans at Eastbury Hospital", "Samaritans", None),
    ("who coordinates Samaritans work at Harbour Prison", "Samaritans", None),
    ("a volunteer with Samaritans at the Leeds branch", "Samaritans", None),
    ("national manager at Stop It Now! Scotland", "Stop It Now Scotland", None),
    ("director of GamCare", "GamCare", None),
])
def test_parent_of_a_known_body_s_project(description, org, parent):
    assert parent_of_known(description, org) == parent


@pytest.mark.parametrize("org,body", [
    ("Grassroots Crisis Centre Executive Director", "Grassroots Crisis Centre"),
    ("Harbour Trust Chief Executive", "Harbour Trust"),
    ("Call2Talk Program Director", "Call2Talk Program"),
    ("Regional Programme Manager", None),
    ("Senior Project Officer", None),
    ("Harbour Trust", "Harbour Trust"),
    ("Board", "Board"),
])
def test_role_words_that_end_a_body_found_by_its_shape(org, body):
    assert without_title_words(org) == body


@pytest.mark.parametrize("org,alone", [
    ("Board", True), ("Fund", True), ("Committee", True),
    ("Harbour Board", False), ("Lifeline", False), (None, False),
])
def test_unit_word_alone_is_no_body(org, alone):
    assert unit_alone(org) is alone


@pytest.mark.parametrize("name,opens", [
    ("While Lifeline", True), ("As Samaritans", True), ("Although Harbour Trust", True),
    ("Valleys Lifeline", False), ("Harbour Trust", False),
])
def test_conjunction_opening_a_run_is_no_fuller_name(name, opens):
    assert opens_clause(name) is opens


@pytest.mark.parametrize("words,body", [
    ("At Safe Haven we see 40 families a year.", "Safe Haven"),
    ("Here at Open Door we rely on people like these runners.", "Open Door"),
    ("At the Quiet Room we never turn a caller away.", "Quiet Room"),
    ("It is hard work. At Brightway, we believe nobody should wait.", "Brightway"),
    ("Everyone here at the Willow Line, our volunteers most of all, cares.", "Willow Line"),
    ("We went to a talk at Harbour House, and we loved it.", None),
    ("She rang us at Lantern Court, we think.", None),
    ("Here at the Willow Line our volunteers are the service.", "Willow Line"),
    ("At One in Four we treat the whole family.", "One in Four"),
    # a place, a season, a day or a month is no body
    ("At Leeds we opened a second room.", None),
    ("At Christmas we see more calls than ever.", None),
    ("At Easter, our phones never stop.", None),
    ("On Monday we opened.", None),
    ("We met at Harbour House last week.", None),
])
def test_body_the_speaker_names_as_their_own(words, body):
    assert body_in_own_words(words) == body


@pytest.mark.parametrize("paragraph,role", [
    ("The Harbour branch is short of listeners, its director has said.", "its director"),
    ("Volunteers are leaving faster than ever, the charity's branch manager warned.", "the charity's branch manager"),
    ("The line will stay open all night over Christmas, its coordinator said on Monday.", "its coordinator"),
    ("More young men are calling, according to figures released by the chief executive.", None),
    ("Calls rose, its director Jo Roe said.", None),
    ("Calls rose, said Jo Roe.", None),
    ("The line is busy.", None),
])
def test_role_a_paragraph_ends_on_without_a_name(paragraph, role):
    assert held_role(paragraph) == role


@pytest.mark.parametrize("text,speaker,org", [
    # the body after a kind of service
    ('"We cannot keep up," said Kay Dunn, the chief executive of Bayside support service The Harbour Project.',
     "Kay Dunn", "The Harbour Project"),
    ('Ana Ruiz, CEO of domestic violence service Safe Steps, said: "We have opened two more refuges."', "Ana Ruiz", "Safe Steps"),
    ('"We are now in every county," said Dr Sam Patel, clinical director of national counselling service Open Mind.',
     "Sam Patel", "Open Mind"),
    # a unit at its parent: the parent
    ('"The closures changed how people gamble," said Omar Diaz, head of the Centre for Gambling Research at the '
     'University of Eastbury.', "Omar Diaz", "University of Eastbury"),
    ('Lucy Fenn, head of the Crisis Response Team at Eastshire County Council, said: "Our phones have not stopped."',
     "Lucy Fenn", "Eastshire County Council"),
    # a unit word alone: the body the story names
    ("Lifeline Westport kept its phones open.\n\nBoard chair Ann Rigg said: \"We are hopeful.\"", "Ann Rigg", "Lifeline Westport"),
    ("The Harbour Foundation renewed its grant.\n\nFund manager Kate Orr said: \"This money saves lives.\"", "Kate Orr",
     "Harbour Foundation"),
    # the title's capitals are no body: the body after the name
    ("Regional Programme Manager, Tom Ash, of the Harbour Trust welcomed guests. He said: \"We can now see people.\"",
     "Tom Ash", "Harbour Trust"),
])
def test_body_of_a_title_with_more_than_one_capitalised_run(nlp, text, speaker, org):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.official) == (speaker, True) and same_body(quote.org, org)


@pytest.mark.parametrize("text,speaker,org", [
    # a capitalised title before the name: its words are no person
    ("Branch Director, Ruth Kane, of Tynedale Samaritans thanked the volunteers. She said: \"The calls show we are needed.\"",
     "Ruth Kane", "Tynedale Samaritans"),
    ("Volunteer Support Officer Jane Pike of the Cedar Line said: \"Anyone with a few hours can help.\"", "Jane Pike",
     "Cedar Line"),
    ("Community Fundraising Manager, Lisa Hart, of the Cedar Trust, thanked everyone. She said: \"You kept our phones open.\"",
     "Lisa Hart", "Cedar Trust"),
    # places in a list before the speaker's surname
    ("Joan Doyle, chief executive of the Harbour Trust, opened the centre.\n\n"
     "Centres have also opened in Sligo and Kerry, and Ms Doyle said staff were stretched.\n\n"
     '"We have therapists ready to take on more work," she said.', "Joan Doyle", "Harbour Trust"),
    ("Ruth Dolan, director of the Harbour Trust, said demand was rising.\n\n"
     "New clinics opened in Leitrim and Clare last year, and Ms Dolan said both were full.\n\n"
     '"We could fill another clinic tomorrow," she said.', "Ruth Dolan", "Harbour Trust"),
])
def test_capitalised_words_that_are_no_person(nlp, text, speaker, org):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.official) == (speaker, True) and same_body(quote.org, org)


@pytest.mark.parametrize("text,speaker", [
    # a place beside a named person in the lead-in
    ("Former Galway hurler Sean Kelly, who has spoken about his own gambling, said the figures were shocking.\n\n"
     '"There is no warning sign with gambling," he said.', "Sean Kelly"),
    ("Former Kerry footballer Tom Walsh said the line had saved his life.\n\n" '"I would not be here," he said.', "Tom Walsh"),
])
def test_place_beside_a_named_private_person(nlp, text, speaker):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.official) == (speaker, False)


@pytest.mark.parametrize("text,speaker,org", [
    # the role given in a narrative paragraph well before the quote
    ("Harbour Community Health chief executive Greg Lyle said the group had run courses since 2006.\n\n"
     "He said the courses had helped hundreds of men.\n\n"
     "Mr Lyle said the new money would keep the course running.\n\n"
     '"Over the past year, we assessed about 130 men," he said.', "Greg Lyle", "Harbour Community Health"),
    ("Northgate Family Network chief executive Peter Hume said the grant would pay for two counsellors.\n\n"
     "He said the network had a waiting list.\n\n"
     "Mr Hume said the money came just in time.\n\n"
     '"Without it we would have had to close the list," he said.', "Peter Hume", "Northgate Family Network"),
    # "According to" opens reported speech: a later "he said" is that person's
    ("According to Lifeline Bayside centre manager Neil Moss, the organisation is struggling.\n\n"
     "He said it was a sad situation.\n\n"
     '"In the last 12 months we answered more calls than ever," he said.', "Neil Moss", "Lifeline"),
    ("According to Westbay Crisis Centre chief executive Maria Costa, calls rose by a third.\n\n"
     "She said many callers were young.\n\n"
     '"They tell us things they have never said out loud," she said.', "Maria Costa", "Westbay Crisis Centre"),
    # the body the speaker names as their own in the quote
    ("Safe Haven has a new patron.\n\nExecutive Director Ann Cole says \"At Safe Haven we see 40 families a year.\"",
     "Ann Cole", "Safe Haven"),
    ("Brightway is opening a drop-in centre.\n\nFounder Dee Moss said: \"At Brightway we believe nobody should wait.\"",
     "Dee Moss", "Brightway"),
])
def test_role_and_body_given_away_from_the_quote(nlp, text, speaker, org):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.official) == (speaker, True) and same_body(quote.org, org)


@pytest.mark.parametrize("text,speaker", [
    ("The Harbour branch of the charity is short of listeners, its director has said.\n\n"
     "Joy Rand said the branch needed 20 more volunteers.\n\n"
     'Ms Rand said: "Every shift we cannot fill is a call we cannot answer."', "Joy Rand"),
    ("Volunteers are leaving the Kendal line, the charity's branch manager has warned.\n\n"
     "Alan Webb said the night shifts were hardest to fill.\n\n"
     '"We need people who can give one night a month," he said.', "Alan Webb"),
])
def test_role_held_back_to_the_paragraph_naming_the_person(nlp, text, speaker):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.official) == (speaker, True)


@pytest.mark.parametrize("text,speaker", [
    # the next paragraph names someone with a role of their own, or a private person speaks
    ("The Harbour branch is short of listeners, its director has said.\n\n"
     "Caller Tom Hill said the line had helped him.\n\n"
     '"They listened when nobody else would," he said.', "Tom Hill"),
])
def test_role_held_back_not_given_to_a_caller(nlp, text, speaker):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.official) == (speaker, False)


@pytest.mark.parametrize("text,names", [
    ("The Harbour Gambling Support Network (HGSN) took 4,000 calls. HGSN said most were men.",
     ["Harbour Gambling Support Network (HGSN)", "Harbour Gambling Support Network (HGSN)"]),
    ("The Eastern Family Therapy Trust (Eftt) says its list has doubled.", ["Eastern Family Therapy Trust (Eftt)"]),
    ("The Safe Start Project (SSP) opened in May.", ["Safe Start Project (SSP)"]),
    ("Funding came from the Northgate Men's Wellbeing Alliance (NMWA).", ["Northgate Men's Wellbeing Alliance (NMWA)"]),
    # a person's party, a place, a law, a known body, initials that do not start the same
    ("Tom Smith (Labour) said the line mattered.", []),
    ("Calls came from Greater Harbour City (GHC).", []),
    ("The Police Service of Northern Ireland (PSNI) backed it.", []),
    ("The Harbour Gambling Support Network (Network) took calls.", []),
])
def test_bodies_named_with_a_bracketed_short_name(text, names):
    assert [name for _, name in bracketed_bodies(text)] == names


@pytest.mark.parametrize("descriptions,body", [
    (["north west coordinator", "Safe Start Ireland"], "Safe Start Ireland"),
    (["team leader", "Brightwater Men's Project"], "Brightwater Men's Project"),
    (["chief executive", "Open Door"], "Open Door"),
    # no title before, a place, a title after
    (["Safe Start Ireland"], None),
    (["a volunteer", "Northern Ireland"], None),
    (["director", "Regional Director"], None),
    # a title, a unit, the body: the last
    (["Vice President", "Crisis Services", "Harbour Health"], "Harbour Health"),
    (["head", "Child Safety Unit", "Eastshire County Council"], "Eastshire County Council"),
    (["a father of two", "Open Door"], None),
])
def test_body_named_as_an_appositive_of_its_own(descriptions, body):
    assert body_segment(descriptions) == body


@pytest.mark.parametrize("description,org,former", [
    ("a former Navy diver", "Navy", True),
    ("a retired Army major who served in Iraq", "Army", True),
    ("an ex-Marine", "Marine", True),
    ("former director of Harbour Samaritans", "Samaritans", False),
    ("a former trustee of the Harbour Trust", "Harbour Trust", False),
    ("a Navy diver", "Navy", False),
])
def test_body_a_speaker_has_left(description, org, former):
    assert former_member(description, org) is former


@pytest.mark.parametrize("text,speaker,org,official", [
    ("The Harbour Gambling Support Network (HGSN) has taken 4,000 calls.\n\n"
     '"Most callers are under 30," said Nia Ford, the network\'s clinical lead.', "Nia Ford",
     "Harbour Gambling Support Network (HGSN)", True),
    ("Speaking to the Gazette, Tracey Hall, north east coordinator, Safe Start Ireland, explained the course.\n\n"
     '"Men refer themselves more than people think," she said.', "Tracey Hall", "Safe Start Ireland", True),
    ('"I waited ten years before I picked up the phone," said Dean Cole, a former Navy diver.', "Dean Cole", None, False),
    ('"Nobody should do this alone," said Mark Tate, a retired Army major who served in Iraq.', "Mark Tate", None, False),
    ('"The volunteers are the heart of it," said Jean Park, former director of Harbour Samaritans.', "Jean Park",
     "Samaritans", True),
    ('"It has been a hard winter," said Dev Rao, Vice President, Crisis Services, Harbour Health.', "Dev Rao",
     "Harbour Health", True),
])
def test_appositive_bodies_and_former_members(nlp, text, speaker, org, official):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.official) == (speaker, official)
    assert same_body(quote.org, org) if org else quote.org is None


@pytest.mark.parametrize("fragment,name", [
    ("With demand growing, the town's new director Alice Brook is set on finding more listeners.", "Alice Brook"),
    ("The charity's chief executive Tom Reid has written to every councillor.", "Tom Reid"),
    ("Last year the branch manager Sue Hale took on ten more volunteers.", "Sue Hale"),
    # no role before the capitals, or the capitals are a body or a place
    ("Calls to the line rose in the Harbour Trust area.", None),
    ("He visited the office in Leeds City Centre on Friday.", None),
    ("The director of the Harbour Trust spoke.", None),
])
def test_person_named_after_a_role_in_narrative_the_model_does_not_read(fragment, name):
    phrase = mention(fragment)
    assert (phrase is None) if name is None else (phrase.endswith(name) and is_title(phrase[:-len(name)]))


@pytest.mark.parametrize("text,speaker", [
    ("Group chairman Peter Lam Ka-wing handed out the awards.\n\n"
     '"In answering calls I saw how lonely people are," said Lam, who also volunteers.', "Peter Lam Ka-wing"),
    ("Rep. Park Ji-hoon released the figures on Monday.\n\n" '"Teenagers are falling into gambling online," Park said.',
     "Park Ji-hoon"),
    ("With demand growing, the town's new director Alice Brook is set on finding more listeners.\n\n"
     "The branch has 60 volunteers.\n\nIt needs at least 20 more.\n\n"
     '"We are trying to be there for everyone," said Alice, who took over in May.', "Alice Brook"),
])
def test_speaker_by_a_part_of_a_name_met_before(nlp, text, speaker):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.official) == (speaker, True)


@pytest.mark.parametrize("text,quotes", [
    ('The rise alarmed the committee, with chair Ruth Oke exclaiming: "Wow".', 0),
    ('The chair read the figure and said: "Remarkable".', 0),
    ('The chair read the figure and said: "Remarkable!"', 1),
    ('The chair said: "We need to know why."', 1),
])
def test_one_word_without_a_stop_is_no_speech(nlp, text, quotes):
    assert len(quotes_of(text, nlp)) == quotes


@pytest.mark.parametrize("phrase,name", [
    ("the director of the Harbour Island-based organisation", None),
    ("Jo Roe, a Leeds-based counsellor", "Jo Roe"),
    ("Jo Roe of the Harbour-based charity", "Jo Roe"),
])
def test_a_based_word_ends_no_name(phrase, name):
    speaker = parse_speaker(phrase)
    assert (speaker.name if speaker is not None and speaker.kind == "named" else None) == name


@pytest.mark.parametrize("text,speaker,org", [
    # initials' stops inside a title set off by commas end no sentence
    ("Tom Diaz, director of the U.S. Harbour Line, said demand rose.\n\n"
     '"Text has overtaken calls for the first time," Diaz told the Gazette.', "Tom Diaz", "Harbour Line"),
    ("Mary Fox, executive director for N.W. Crisis Society, said staff had answered 6,000 calls.\n\n"
     '"People are reaching out and that is good," Fox said.', "Mary Fox", "N.W. Crisis Society"),
    ("Amy Cole, CEO of St. Luke's Helpline, said the line had its busiest month.\n\n"
     '"Every one of those calls was answered," Cole told the Gazette.', "Amy Cole", "St. Luke's Helpline"),
    # a label before the quote names no one: the attribution after it does
    ('What they are saying: "It is easier to remember," Harbour Health Authority spokesperson Dean Carr told the Gazette.\n\n'
     'It is meant as a front door. "There is a vision that the line will be the front door," Carr said.',
     "Dean Carr", "Harbour Health Authority"),
])
def test_titles_with_initials_and_labels_before_quotes(nlp, text, speaker, org):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.official) == (speaker, True) and same_body(quote.org, org)
