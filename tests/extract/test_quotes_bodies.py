"""Speakers and their bodies in the shapes of other house styles (issue 10, fourth round).

Each table varies one general shape: letters after a name, a place before a name,
a body's name that reads like a clause, a brand's "!", a title opening with digits,
a colon after reported speech, a body's possessive or its shape after a name, an
unnamed speaker met again, a private person's body, bodies of the data file.
All sentences are our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.quotes import extract_quotes
from pipeline.extract.speakers import parse_speaker


@pytest.mark.parametrize("phrase,name,official", [
    # letters after a name: an office makes an official, an honour says nothing
    ("Tom Kerr MP", "Tom Kerr", True),
    ("Tom Kerr MSP", "Tom Kerr", True),
    ("Tom Kerr MLA, the member for Dunmore", "Tom Kerr", True),
    ("Tom Kerr OBE", "Tom Kerr", False),
    ("Tom Kerr OBE, chief executive of Refuge", "Tom Kerr", True),
    # a place after a title's "for" is not part of the name
    ("Member for Kelso Tom Kerr", "Tom Kerr", True),
    ("Lifeline ambassador and Member for Kelso Tom Kerr MP", "Tom Kerr", True),
    # a body after "of the" is no name
    ("Ann Marsh of the Riverside Justice Center", "Ann Marsh", True),
    ("Ann Marsh of the Harbour Community Network", "Ann Marsh", True),
    # police ranks written short
    ("ACC Drew", "Drew", True),
    ("DCC Ann Marsh", "Ann Marsh", True),
    ("Senator Ann Marsh", "Ann Marsh", True),
    ("Premier Ann Marsh", "Ann Marsh", True),
])
def test_names_among_titles_and_letters(phrase, name, official):
    speaker = parse_speaker(phrase)
    assert (speaker.name, speaker.official) == (name, official)


@pytest.mark.parametrize("text,speaker,org,official", [
    # a body's name that opens with an -ing word is no clause before the speaker
    ('Gambling Helpline chief executive, Kim Vale, said: "Demand is steady."', "Kim Vale", "Gambling Helpline", True),
    ('Reading Samaritans director Kim Vale said: "Demand is steady."', "Kim Vale", "Samaritans", True),
    # a brand's "!" ends no sentence before the speech verb
    ('Kim Vale, Director of Stop It Now! Wales says: "Calls keep rising."', "Kim Vale", "Stop It Now! Wales", True),
    ('Kim Vale, of Stop it Now! said: "Calls keep rising."', "Kim Vale", "Stop It Now!", True),
    # a title that opens with the line's digits
    ('"We answer every call," 988 counsellor Kim Vale said.', "Kim Vale", None, True),
    ('"We answer every call," said 111 call handler Kim Vale.', "Kim Vale", None, True),
    # "had this to say" introduces speech
    ('Commenting on the figures, Samaritans director Kim Vale had this to say: "Every call counts."',
     "Kim Vale", "Samaritans", True),
    # a private person speaks for no body, whatever service they used
    ('Kim \u2013 a former offender who sought help via the Stop It Now! helpline \u2013 says: "I was lost."', "Kim", None, False),
    ('Kim, a caller to Samaritans, said: "I was lost."', "Kim", None, False),
    # a party, a state government, a helpline of the data file
    ('Labour MP Kim Vale said: "The figures are stark."', "Kim Vale", "Labour", True),
    ('"The figures are stark," said Kim Vale, a spokesperson for the Queensland Government.', "Kim Vale", "Queensland Government", True),
    ('Kim Vale, director of 1Life, said: "Calls doubled."', "Kim Vale", "1Life", True),
    ('Lifeline chief executive Kim Vale said: "Calls doubled."', "Kim Vale", "Lifeline", True),
])
def test_speakers_in_other_house_styles(text, speaker, org, official):
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.org, quote.official) == (speaker, org, official)


@pytest.mark.parametrize("text,speaker", [
    # a colon closes a sentence of reported speech whose subject is the speaker
    ('Vale told the Herald that the new law affects calls in two ways:\n\n"People try a new game. Then it takes hold."', "Vale"),
    ('Kim Vale explained to councillors why the line matters so much:\n\n"People try a new game. Then it takes hold."', "Kim Vale"),
    # the subject must be the speech verb's: no speaker from a sentence about something else
    ('The report found the line had three aims:\n\n"People try a new game. Then it takes hold."', None),
])
def test_colon_after_reported_speech(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text,speaker,org", [
    # a body's possessive before a name named in narrative
    ("For Refuge's Ned Ward and Sam Cole, the grant is welcome.\n\n\"The men feel safe,\" said Ward.",
     "Ned Ward", "Refuge"),
    ("Samaritans' Ned Ward took the first call.\n\n\"The men feel safe,\" Ward said.", "Ned Ward", "Samaritans"),
    # a body by its shape right after a name in narrative
    ("Calls climb in winter, according to Ned Ward at Lakeside University Crisis Services in Ohio.\n\n"
     "\"The nights are long,\" Ward said.", "Ned Ward", "Lakeside University Crisis Services"),
    ("Ned Ward of the Lakeside Crisis Center answered the first call.\n\n\"The nights are long,\" Ward said.",
     "Ned Ward", "Lakeside Crisis Center"),
    # a charity's own role in narrative, then "she said": the charity the article names
    ("The Florida Council on Compulsive Gambling took 900 calls, executive director Ann Fox said.\n\n"
     "\"People are running out of money,\" she said.", "Ann Fox", "Florida Council on Compulsive Gambling"),
])
def test_body_of_a_speaker_named_in_narrative(nlp, text, speaker, org):
    quote = extract_quotes(text, nlp=nlp)[-1]
    assert (quote.speaker, quote.org, quote.official) == (speaker, org, True)


@pytest.mark.parametrize("text,org", [
    # "The spokesperson" points back to the unnamed speaker with a body met before
    ("\"The budget is a record,\" said a spokesperson for the Victorian Government.\n\n"
     "The spokesperson said the money would go to helplines.\n\n\"We are investing in prevention.\"",
     "Victorian Government"),
    ("\"The budget is a record,\" a Home Office spokeswoman said.\n\n"
     "The spokeswoman said the money would go to helplines.\n\n\"We are investing in prevention.\"",
     "Home Office"),
    # a different unnamed speaker is not the one met before
    ("\"The budget is a record,\" said a spokesperson for the Victorian Government.\n\n"
     "The caller said the money was welcome.\n\n\"We are investing in prevention.\"",
     None),
])
def test_unnamed_speaker_met_again(text, org):
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.org) == (None, org)


@pytest.mark.parametrize("text,speaker,org", [
    # a body's initials point back to the body named before
    ("The region's service is the Beacon Counselling Trust.\n\nLaura Camp, the BCT's treatment manager, "
     "emphasised the work.\n\nShe said: \"It is vital work. We keep people safe.\"", "Laura Camp", "Beacon Counselling Trust"),
    ("The Department of Public Health counted the calls.\n\nAl Ruiz, director of DPH's Office of Problem Gambling, "
     "told the board about them.\n\n\"These calls are for support. We answer them all,\" he said.", "Al Ruiz", "Department of Public Health"),
    # initials that spell no body named before stay as written
    ("The board met.\n\nAl Ruiz, director of the KLM office, spoke.\n\n\"These calls are for support,\" Ruiz said.", "Al Ruiz", "KLM"),
    # a kind word's possessive or a kind word in a body's name points back to that body
    ("Calls to the National Council on Problem Gambling doubled.\n\n\"People share more now,\" said Mae Tan, "
     "Chairperson of the Council's Public Communications Committee.", "Mae Tan", "National Council on Problem Gambling"),
    ("The Council on Compulsive Gambling of Pennsylvania logged the calls.\n\nJo Erl, executive director of the "
     "nonprofit council, was unmoved.\n\n\"It is still an increase,\" she said.", "Jo Erl", "Council on Compulsive Gambling of Pennsylvania"),
    # a minister with no body speaks for the government the story names
    ("A campaign of the Queensland Government urges men to call.\n\nCommunities Minister Jo Vale said the adverts "
     "start on Sunday.\n\n\"We hope men will call the line,\" Ms Vale said.", "Jo Vale", "Queensland Government"),
    ("The NSW Government funds the line.\n\n\"We hope men will call,\" said Jo Vale, the minister for families.",
     "Jo Vale", "NSW Government"),
    # a shadow minister does not speak for the government
    ("The NSW Government funds the line.\n\n\"The money is too little,\" said Jo Vale, the shadow minister for families.",
     "Jo Vale", None),
    # a role in lower case runs on to the name after the quote
    ("\"Our report shows the need,\" said principal investigator and director of CREVAWC, professor Kate Stone.",
     "Kate Stone", "CREVAWC"),
])
def test_bodies_pointed_back_to(nlp, text, speaker, org):
    quote = extract_quotes(text, nlp=nlp)[-1]
    assert (quote.speaker, quote.org) == (speaker, org)


@pytest.mark.parametrize("text,quoted", [
    # the words of a thing named: a slogan, theme or title before the marks, or "is the message" after
    ('More than 300 men answered the advert, which ran under the slogan, "Are you worried about your thoughts?" '
     'Forty were offered a place.', []),
    ('This year\'s theme, "No Shame. Just Help," marks the line\'s second year.\n\nCalls rose by a fifth.', []),
    ('"Reaching out is brave. Help is there" is the message being sent to men across the county.', []),
    ('The charity made a short film called "Tell Someone Today" for schools.', []),
    # a headline's quote marks: the first line, no closing stop
    ('"Alarming" rise in calls to the helpline over the summer\n\nCalls rose by a fifth, the charity said.', []),
    ("'A great deal of pressure on families': helpline takes record calls\n\nThe line took 3,000 calls.", []),
    # a lower-case fragment the sentence runs on after
    ('Staff saw a rise; one caller said "the story made him see his own habits" while another said it hit home.', []),
    # speech stays speech
    ('The line took 3,000 calls.\n\nJo Roe said: "Calls rose. We are busy."', ["Calls rose. We are busy."]),
    ('"Calls rose. We are busy," said Jo Roe, the charity\'s director.', ["Calls rose. We are busy"]),
    ('Jo Roe explained that "normally men do not open up about what bothers them.', ["normally men do not open up about what bothers them."]),
])
def test_named_things_and_headlines_are_not_speech(text, quoted):
    assert [q.text for q in extract_quotes(text)] == quoted


@pytest.mark.parametrize("text,turns", [
    # a lower-case role with a word before it after the quote
    ('The line \'Hope Now\' is busy. "A daily slot would be no luxury," says project coordinator Mia Dunn.',
     [("Mia Dunn", 1)]),
    # speech in the other marks beside a name in the house marks (single marks for names, double for speech)
    ("The line 'Hope Now' took calls. 'Hope Now' is free.\n\nThe service 'Hope Now' is busy. "
     "\"A daily slot would be no luxury for us at all,\" says Mia Dunn, the line's coordinator.", [("Mia Dunn", 1)]),
    # narrative after a quote ends the turn: the next quote paragraph is a new turn of the same speaker
    ('Mia Dunn runs the centre.\n\n"We have seen a rise since the launch," she said.\n\n'
     '"We have seen a rise since July." At the centre, Dunn says, calls doubled. That number is still growing.\n\n'
     '"We have seen more calls at night."', [("Mia Dunn", 1), ("Mia Dunn", 1), ("Mia Dunn", 1)]),
    # an attribution alone after a quote does not end the turn
    ('Mia Dunn runs the centre.\n\n"We have seen a rise since the launch," she said.\n\n"We have seen more calls at night."',
     [("Mia Dunn", 2)]),
    # a quoted fragment closed by its attribution: the quote after it is the same speaker's
    ('The figures show "people are struggling with new kinds of betting," Ercole said. '
     '"Sports betting is nothing new. Legal sports betting is."', [("Ercole", 1)]),
])
def test_turns_in_other_house_styles(text, turns):
    assert [(q.speaker, q.paragraphs) for q in extract_quotes(text)] == turns


@pytest.mark.parametrize("phrase,org", [
    # a title before a body found by its shape is not part of the body's name
    ("Jo Roe, President and CEO for Harbour Crisis Services", "Harbour Crisis Services"),
    ("Jo Roe, Chairperson of the Harbour Trust", "Harbour Trust"),
    ("Jo Roe, of the Department for Transport", "Department for Transport"),
])
def test_title_before_a_body_by_its_shape(phrase, org):
    assert parse_speaker(phrase).org == org


@pytest.mark.parametrize("text,org", [
    # the one other name an article gives a body throughout is the name it is given
    ('DI Jo Roe, of Lancashire Police, said: "We act on every report."', "Lancashire Police"),
    ('Jo Roe, of Lifeline Aotearoa, said: "We act on every call."', "Lifeline Aotearoa"),
    # the canonical name written too, a short form, a role or the name with a kind word keep the canonical name
    ('Lancashire Constabulary took 40 reports.\n\nDI Jo Roe, of Lancashire Police, said: "We act on every report."',
     "Lancashire Constabulary"),
    ('Jo Roe, of the Met Police, said: "We act on every report."', "Metropolitan Police Service"),
    ('Jo Roe, of the Stop it Now helpline, said: "We act on every call."', "Stop It Now!"),
])
def test_org_as_the_article_names_it(text, org):
    assert extract_quotes(text)[-1].org == org


@pytest.mark.parametrize("text,speaker,org,official,paragraphs", [
    # a crosshead in quote marks inside a turn does not end it
    ('Jo Roe, director of the line, says: "We know many people call.\n\n"They come from every walk of life.\n\n'
     "'Walls come down'\n\n\"Many never meant to look.\"", "Jo Roe", None, True, 3),
    # a body's word before the name in a title's run of capitals
    ('Samaritans Chair of Board Jo Roe had this to say: "Thank you to every volunteer."', "Jo Roe", "Samaritans", True, 1),
    # the line's own roles in other countries' words, with the charity the story names
    ('Lifeline took 900 calls.\n\n"We answer every one," said crisis supporter Jo Roe.', "Jo Roe", "Lifeline", True, 1),
    ('Calls to the 988 Suicide & Crisis Lifeline rose.\n\n"We help them," 988 operator Jo Roe said.',
     "Jo Roe", "988 Suicide & Crisis Lifeline", True, 1),
])
def test_turns_and_roles_of_helplines(text, speaker, org, official, paragraphs):
    quote = extract_quotes(text)[0]
    assert (quote.speaker, quote.org, quote.official, quote.paragraphs) == (speaker, org, official, paragraphs)


@pytest.mark.parametrize("text,turns", [
    # a statement printed without marks, signed by a line of a full name and a title
    ("Four forces worked together on the operation.\n\nKeeping children safe is our first duty, and the work has "
     "protected dozens of them. Despite this, we still have much to do.\n\nJon Drake, All Wales Lead for Child Protection",
     [("Jon Drake", "Keeping children safe")]),
    # no statement: third person, one sentence, or a line that is no signature
    ("The figures were published on Monday. They show the county saw a rise of a fifth in reports to the line.\n\n"
     "Jon Drake, All Wales Lead for Child Protection", []),
    ("Keeping children safe is our first duty, and the work has protected dozens of them. Despite this, we "
     "still have much to do.\n\nJon Drake, a father of two from Cardiff", []),
    ("Keeping children safe is our first duty, and the work has protected dozens of them. Despite this, we "
     "still have much to do.\n\nJon Drake said more work was needed.", []),
])
def test_statement_without_marks(nlp, text, turns):
    from pipeline.extract.article import quotes_of
    quotes = quotes_of(text, nlp)
    assert [(q.speaker, q.text[:len(words)]) for q, (_, words) in zip(quotes, turns)] == turns
    assert len(quotes) == len(turns)


@pytest.mark.parametrize("text,speaker", [
    # reported speech by a surname met before, then the quote in the same paragraph
    ('Jo Erl runs the council.\n\nErl says the rise does not mean more gamblers. "I think the real number is a small part of it."', "Jo Erl"),
    # a surname never met is not taken on trust
    ('Calls rose last year.\n\nSmith says the rise does not mean more gamblers. "I think the real number is a small part of it."', None),
    # a pronoun subject of a long sentence that ends in a speech verb
    ('Tom Vale, the Home Secretary, spoke on Monday.\n\nHe went on by explaining how he would tackle the problem '
     'saying "I will make sure the police have the powers they need.', "Tom Vale"),
])
def test_speaker_of_narrative_before_a_quote(nlp, text, speaker):
    assert [q.speaker for q in extract_quotes(text, nlp=nlp)] == ([speaker] if speaker else [])


@pytest.mark.parametrize("forms, expected", [
    # spellings of one length: the one with more capitals, whatever order the set holds them in
    ({"Lancashire Police", "Lancashire police"}, "Lancashire Police"),
    ({"Kent Police", "Kent police"}, "Kent Police"),
    ({"Lancashire Police"}, "Lancashire Police"),
])
def test_a_bodys_own_spelling_does_not_depend_on_set_order(forms, expected):
    from pipeline.extract.turn_bodies import own_spelling
    name = "Lancashire Constabulary" if expected.startswith("Lancashire") else "Kent Constabulary"
    assert own_spelling(name, forms) == expected


@pytest.mark.parametrize("text,org", [
    # a kind word after "the" in a title points back to the body of that kind named before: "center" as "centre"
    ('Calls to the Harbour Crisis Center rose sharply this year.\n\n'
     '"We are seeing more people than ever," said Jo Marsh, executive director of the center.', "Harbour Crisis Center"),
    ('Calls to the Harbour Crisis Centre rose sharply this year.\n\n'
     '"We are seeing more people than ever," said Jo Marsh, executive director of the centre.', "Harbour Crisis Centre"),
    ('The Oakfield Support Trust answered 4,000 calls in 2023.\n\n'
     'Sam Reed, chief executive of the trust, said: "Demand keeps growing."', "Oakfield Support Trust"),
])
def test_a_title_points_back_to_its_body_by_kind(text, org):
    [quote] = extract_article(text, source="kinds.txt", published="2024-03-01").quotes
    assert quote.org == org
