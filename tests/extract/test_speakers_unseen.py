"""Speakers and their bodies in general shapes of news writing (issue 10, seventh round).

Each table varies one shape that covers many wordings at once: a title set before the
name between commas, a surname with a particle opening a sentence, names with accents,
a role's unit before the body it works at, a country ending the body before the name,
a programme named in a lead-in clause, a body's name that holds name-like words, and
the body a person with one of a body's own roles works for when the article names none
of the data file. All sentences are our own writing.
"""
from __future__ import annotations

import pytest

from pipeline.extract.article import quotes_of
from pipeline.extract.organisations import lexicon
from pipeline.extract.speakers import parse_speaker, without_country_first
from pipeline.extract.speakers_voice import speaks_for


def last_quote(text, nlp):
    return quotes_of(text, nlp)[-1]


@pytest.mark.parametrize("phrase,name", [
    # capitalised words ending in a role, then the name in the next segment: the name is the person
    ("Regional Director for Wales, Kim Vale", "Kim Vale"),
    ("Programme Manager, Kim Vale", "Kim Vale"),
    ("Executive Director, Kim Vale", "Kim Vale"),
    ("Deputy Chair, Kim Vale, of the board", "Kim Vale"),
    # a title whose list ends in capitalised words after "for" or "of" and an "and": the list is no name
    ("The Minister for Justice and Law Reform, Kim Vale", "Kim Vale"),
    ("the Minister for Health and Social Care, Kim Vale", "Kim Vale"),
    ("Head of Safeguarding and Public Protection, Kim Vale", "Kim Vale"),
    ("Kim Vale, the Minister for Justice and Law Reform", "Kim Vale"),
    ("The Minister for Justice and Law Reform, Mr Vale", "Vale"),
    ("Regional Director for Wales, Ms Vale", "Vale"),
    # a surname that is a role word stays the name when nothing else names a person
    ("Tom Head, Head of Policy", "Tom Head"),
    ("Kim Vale, Regional Director", "Kim Vale"),
    # near miss: with no person in another segment, the words after "and" stay the name
    ("Friends of Ann and Tom Kerr", "Tom Kerr"),
])
def test_title_between_commas_before_the_name(phrase, name):
    assert parse_speaker(phrase).name == name


@pytest.mark.parametrize("text,speaker,org", [
    # a surname with a particle opens a sentence with a capital: still the person met before
    ("The Harbour Help Trust took more calls.\n\nIts operations manager, Kim de Vale, said calls rose.\n\n"
     'De Vale said: "We answer every call."', "Kim de Vale", "Harbour Help Trust"),
    ("The Harbour Help Trust took more calls.\n\nIts director, Lee van der Berg, said calls rose.\n\n"
     '"We answer every call," Van der Berg said.', "Lee van der Berg", "Harbour Help Trust"),
    ("The Harbour Help Trust took more calls.\n\nIts director, Lee von Dunn, said calls rose.\n\n"
     '"We answer every call," said Von Dunn.', "Lee von Dunn", "Harbour Help Trust"),
])
def test_particle_surnames_opening_a_sentence(nlp, text, speaker, org):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.org, quote.official) == (speaker, org, True)


@pytest.mark.parametrize("text,speaker", [
    ('"We answer every call," said Seán Vale, director of the line.', "Seán Vale"),
    ('"We answer every call," said Zoë Dunmore, director of the line.', "Zoë Dunmore"),
    ('"We answer every call," said Jörg Müller, director of the line.', "Jörg Müller"),
    ('Its chief executive, José Ortíz, said calls rose.\n\n"We answer every call," he said.', "José Ortíz"),
])
def test_names_with_accents(nlp, text, speaker):
    assert last_quote(text, nlp).speaker == speaker


@pytest.mark.parametrize("text,org", [
    # "of X at Y": X is a unit within the body, Y the body
    ('"We answer every call," said Kim Vale, Interim Director of Programs at Harbour Help Centre.', "Harbour Help Centre"),
    ('"We answer every call," said Kim Vale, Head of Operations at the Dunmore Trust.', "Dunmore Trust"),
    ('"We answer every call," said Kim Vale, Director of Communications with Harbour Help Network.', "Harbour Help Network"),
    # with no body after it, "of X" still names the body
    ('"We answer every call," said Kim Vale, chief executive of Harbour Help Network.', "Harbour Help Network"),
])
def test_unit_of_a_role_before_the_body(nlp, text, org):
    assert last_quote(text, nlp).org == org


@pytest.mark.parametrize("phrase,name", [
    # a country or nation ends the body's name before the person
    ("Director of Stop It Now! UK and Ireland Kim Vale", "Kim Vale"),
    ("Chief executive of Harbour Help Scotland Kim Vale", "Kim Vale"),
    ("Head of Harbour Help Wales Lee Dunn", "Lee Dunn"),
    # a name of three words keeps its first when that is no country
    ("Director of the line Mary Ann Vale", "Mary Ann Vale"),
])
def test_country_ending_a_body_before_the_name(phrase, name):
    assert parse_speaker(phrase).name == name


@pytest.mark.parametrize("text,speaker", [
    # a programme or paper in a lead-in clause, with its owner's possessive, is no person
    ("Kim Vale, who runs the line, said demand grew.\n\nSpeaking on Radio Dunmore's Morning Harbour, she said calls rose.\n\n"
     'She said: "We answer every call."', "Kim Vale"),
    ("Kim Vale, who runs the line, said demand grew.\n\nWriting in the Dunmore Post's Weekend Review, she said calls rose.\n\n"
     'She said: "We answer every call."', "Kim Vale"),
    ("Kim Vale, who runs the line, said demand grew.\n\nSpeaking to Harbour FM, she said calls rose.\n\n"
     'She said: "We answer every call."', "Kim Vale"),
])
def test_programme_in_a_lead_in_is_no_speaker(nlp, text, speaker):
    assert last_quote(text, nlp).speaker == speaker


@pytest.mark.parametrize("text,speaker,org", [
    # capitalised words of a body's name, set before a relative clause, are no person
    ("The Harbour Men's Network, which runs five centres, said calls rose, and its CEO, Kim Vale, said more men called.\n\n"
     '"We answer every call," he said.', "Kim Vale", "Harbour Men's Network"),
    ("The Dunmore Family Trust, which opened in 2001, said calls rose, and its director, Kim Vale, said more men called.\n\n"
     '"We answer every call," she said.', "Kim Vale", "Dunmore Family Trust"),
])
def test_name_like_words_of_a_body(nlp, text, speaker, org):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.org) == (speaker, org)


@pytest.mark.parametrize("text,org", [
    # a crosshead line before the sentence is no word of the body's name
    ("Referrals\nThe Harbour Men's Network said calls rose.", "Harbour Men's Network"),
    ("Help at hand\nDunmore Family Trust took calls.", "Dunmore Family Trust"),
])
def test_crosshead_is_no_part_of_a_body(text, org):
    assert [name for _, name in lexicon().find_named_orgs(text)] == [org]


@pytest.mark.parametrize("text,speaker,org,official", [
    # a colleague with a role of the same kind quoted before: the same body
    ("Harbourline chief executive Kim Vale said calls rose.\n\n"
     'Client services manager Lee Dunn said: "We answer every call."', "Lee Dunn", "Harbourline", True),
    ("Harbourline founder Kim Vale said calls rose.\n\n"
     '"We answer every call," said co-ordinator Lee Dunn.', "Lee Dunn", "Harbourline", True),
    # no colleague: the body found by its shape the article names most
    ("Calls to the Dunmore Men's Network rose by a third.\n\n"
     'CEO Kim Vale said: "We answer every call."', "Kim Vale", "Dunmore Men's Network", True),
    ("The Harbour Family Trust took more calls.\n\n"
     '"We answer every call," said Kim Vale, a volunteer.', "Kim Vale", "Harbour Family Trust", True),
    # a remit after the role is a place, not a body elsewhere
    ("The Harbour Family Trust took more calls.\n\n"
     'Regional Director for Wales, Kim Vale, said: "We answer every call."', "Kim Vale", "Harbour Family Trust", True),
    # a role pointing elsewhere, or no role of a body, gets no body
    ("The Harbour Family Trust took more calls.\n\n"
     '"We answer every call," said Kim Vale, director of public health.', "Kim Vale", None, True),
    ("The Harbour Family Trust took more calls.\n\n"
     '"I called them twice," said Kim Vale.', "Kim Vale", None, False),
])
def test_body_of_a_house_role(nlp, text, speaker, org, official):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.org, quote.official) == (speaker, org, official)


@pytest.mark.parametrize("phrase,name,org", [
    # a clause opening the sentence before the person, with capitalised words of its own, is no name and no body
    ("For families hit by the Dunmore Floods, Ms Vale", "Vale", None),
    ("For young people who lost work during COVID, Mr Dunn", "Dunn", None),
    ("Since the Dunmore Floods, Kim Vale", "Kim Vale", None),
    ("Despite cuts by Harbour Council, Kim Vale", "Kim Vale", None),
    ("With the Harbour Storm over, Kim Vale", "Kim Vale", None),
    ("Because the Dunmore Line closed, Kim Vale", "Kim Vale", None),
])
def test_lead_in_clause_before_the_person(nlp, phrase, name, org):
    speaker = parse_speaker(phrase, nlp=nlp)
    assert (speaker.name, speaker.org) == (name, org)


@pytest.mark.parametrize("text,speaker,org", [
    ("Calls to the Harbour Family Trust rose.\n\nTrust director Kim Vale said more men called.\n\n"
     'For families hit by the Dunmore Floods, Ms Vale said: "We answer every call."', "Kim Vale", "Harbour Family Trust"),
    ("Calls to the Harbour Family Trust rose.\n\nTrust director Kim Vale said more men called.\n\n"
     'Despite the Harbour Council cuts, Ms Vale said: "We answer every call."', "Kim Vale", "Harbour Family Trust"),
])
def test_lead_in_clause_before_a_known_person(nlp, text, speaker, org):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.org) == (speaker, org)


@pytest.mark.parametrize("text,speaker", [
    # in narrative too, a country ends the body before the name of a person who speaks
    ("Director of Stop It Now! UK and Ireland Kim Vale said calls rose.\n\n"
     '"We answer every call," he said.', "Kim Vale"),
    ("Head of Harbour Help Scotland Lee Dunn said calls rose.\n\n"
     '"We answer every call," he said.', "Lee Dunn"),
])
def test_country_ending_a_body_in_narrative(nlp, text, speaker):
    assert last_quote(text, nlp).speaker == speaker


@pytest.mark.parametrize("text,org,official", [
    # a person named with no title who speaks for the body's work in the first person plural
    ("The Harbour Family Trust took more calls.\n\nKim Vale answers the phones.\n\n"
     '"Our volunteers answer every call," Kim Vale said.', "Harbour Family Trust", True),
    ("The Harbour Family Trust took more calls.\n\n"
     '"We had more callers this winter than ever," said Kim Vale.', "Harbour Family Trust", True),
    ("The Harbour Family Trust took more calls.\n\n"
     '"At the Harbour Family Trust we never turn anyone away," said Kim Vale.', "Harbour Family Trust", True),
    # members of the public speak of themselves, or of their family: no body
    ("The Harbour Family Trust took more calls.\n\n"
     '"I called them twice before anyone answered," said Kim Vale.', None, False),
    ("The Harbour Family Trust took more calls.\n\n"
     '"We were desperate and did not know where to turn," said Kim Vale.', None, False),
    # no body named in the article: nothing to speak for
    ('"Our volunteers answer every call," said Kim Vale.', None, False),
    # a caller's "we" beside a word of the body's work is no voice of the body
    ("The Harbour Family Trust runs the line. The Harbour Family Trust took more calls.\n\n"
     '"We called the helpline every night and nobody answered," said Kim Vale.', None, False),
])
def test_voice_of_the_body(nlp, text, org, official):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.org, quote.official) == ("Kim Vale", org, official)


@pytest.mark.parametrize("text,speaker,official", [
    # a pronoun after narrative that brings in an unnamed member of the public is that person
    ("Kim Vale runs the Harbour line.\n\n"
     'A year ago a man called the Harbour line. "I want to stop," he told the adviser.', None, False),
    ("Kim Vale runs the Harbour line.\n\n"
     'One caller rang the line twice last week. "I need help now," he said.', None, False),
    # lower-case words the model reads as a person ("rang twice") are no name
    ("Kim Vale runs the Harbour line.\n\n"
     'One caller, a young father, rang twice. "I need help now," he said.', None, False),
    ("Kim Vale runs the Harbour line.\n\n"
     'One woman, a nurse, called once. "I need help now," she said.', None, False),
    ("Kim Vale said calls rose.\n\n"
     'Last winter a woman rang the line in tears. "I was scared to call," she said.', None, False),
    # narrative naming the person, or bringing in no one, leaves the pronoun to the person met before
    ("Kim Vale said calls rose.\n\n"
     'Kim Vale, who runs the line, said a man called. "He was scared," she said.', "Kim Vale", True),
    ("Kim Vale said calls rose.\n\n"
     'Demand kept growing through the winter. "We answer every call," she said.', "Kim Vale", False),
    # a pronoun of the other gender is not the unnamed person: the person met before
    ("Kim Vale said calls rose.\n\n"
     'Last winter a father rang the line in tears. "I was scared to call," she said.', "Kim Vale", False),
    ("Line manager Kim Vale said demand had grown.\n\n"
     'A man called the line last week, she said. "He was in tears," she said.', "Kim Vale", True),
    # an official's "we" speaks as the body, not as the caller the narrative brings in
    ("Line manager Kim Vale said demand had grown.\n\n"
     'Last year a caller rang at 3am. "We stayed on the line for two hours," she said.', "Kim Vale", True),
    # a pronoun of the person's gender is still that person
    ("Line manager Kim Vale said demand had grown.\n\n"
     'Last winter a mother rang the line in tears. "I was scared to call," she said.', None, False),
])
def test_pronoun_after_an_unnamed_person(nlp, text, speaker, official):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.official) == (speaker, official)


@pytest.mark.parametrize("text,speaker,org", [
    # a body's possessive before the name is the body, not words of the name
    ('The Harbour Trust\'s Kim Vale said: "We answer every call."', "Kim Vale", "Harbour Trust"),
    ('The Dunmore Trust\u2019s Lee Dunn said: "We answer every call."', "Lee Dunn", "Dunmore Trust"),
    # a possessive inside a name stays: "O'Shea"
    ('"We answer every call," said Kim O\'Shea, director of the Harbour Trust.', "Kim O'Shea", "Harbour Trust"),
    # a body's possessive before a unit of it gives the body without the possessive
    ('Kim Vale, who leads the Harbour Trust\'s helpline team, said: "We answer every call."', "Kim Vale", "Harbour Trust"),
    ('Kim Vale, the Harbour Trust\'s Director of Services, said: "We answer every call."', "Kim Vale", "Harbour Trust"),
])
def test_body_possessive_before_a_name(nlp, text, speaker, org):
    quote = last_quote(text, nlp)
    assert (quote.speaker, quote.org) == (speaker, org)


@pytest.mark.parametrize("text,org", [
    # a ranked officer with no body speaks for the force the article names, known or by its shape
    ('Officers from Dunmore Police made 40 arrests.\n\nDetective Chief Inspector Kim Vale said: "We answer every call."',
     "Dunmore Police"),
    ('Harbour Constabulary made 40 arrests.\n\n"We answer every call," said Superintendent Kim Vale.', "Harbour Constabulary"),
    # a minister with no body speaks for the government the article names, known or by its shape
    ('The Harbour Government funds the line.\n\nHealth Minister Kim Vale said: "We answer every call."', "Harbour Government"),
    # a role of a charity is not a police officer's: no force for a director
    ('Officers from Dunmore Police made 40 arrests.\n\nKim Vale, director, said: "We answer every call."', None),
    # a titleless person's "we" does not make them the voice of the police
    ('Officers from Dunmore Police made 40 arrests.\n\n"We answer every call from our callers," said Kim Vale.', None),
])
def test_force_and_government_by_shape(nlp, text, org):
    assert last_quote(text, nlp).org == org


@pytest.mark.parametrize("text,speakers", [
    # a quote left open at its paragraph's end, attributed only in the next: one turn, that speaker's
    ('The Harbour Family Trust runs the line.\n\n"We answer every call.\n\n"Nobody waits long," said Kim Vale, the director.',
     [("Kim Vale", 2)]),
    ('Calls rose again in May.\n\n"Demand has doubled since the spring.\n\n"We need more volunteers," Lee Dunn told the Echo.',
     [("Lee Dunn", 2)]),
    # a closed quote is a turn of its own
    ('Kim Vale runs the line.\n\n"We answer every call."\n\n"Nobody waits long," said Lee Dunn, the chair.',
     [("Kim Vale", 1), ("Lee Dunn", 1)]),
    # an attribution in the first paragraph keeps it: the next speaker's words are a new turn
    ('"We answer every call," said Kim Vale, the director. "Nobody waits long.\n\n"I waited an hour," said Lee Dunn, a caller.',
     [("Kim Vale", 1), ("Lee Dunn", 1)]),
])
def test_open_quote_attributed_in_the_next_paragraph(nlp, text, speakers):
    assert [(q.speaker, q.paragraphs) for q in quotes_of(text, nlp)] == speakers


@pytest.mark.parametrize("text,speaker", [
    # a given name whose second part is in lower case after its hyphen ("Wai-ming", "Min-jun")
    ('"We answer every call," said Lam Wai-ming, of the Harbour Trust.', "Lam Wai-ming"),
    ('Kim Min-jun, director of the Harbour Trust, said: "We answer every call."', "Kim Min-jun"),
    # hyphenated words of a title before the name stay the title
    ('Co-founder Kim Vale said: "We answer every call."', "Kim Vale"),
    ('"We answer every call," said Night-time Economy Adviser for Dunmore, Kim Vale.', "Kim Vale"),
    ('"We answer every call," said Jo Smith-Jones, director of the line.', "Jo Smith-Jones"),
])
def test_hyphenated_names(nlp, text, speaker):
    assert last_quote(text, nlp).speaker == speaker


@pytest.mark.parametrize("text,org", [
    # Canada's 988 line by its names (data/orgs.jsonl), apart from the US 988 Lifeline
    ('"We answer every call," said Kim Vale, a responder with 988, Canada\'s Suicide Crisis Helpline.', "988 Suicide Crisis Helpline"),
    # the one other spelling an article gives the body throughout is kept
    ('"We answer every call," said Kim Vale of the 9-8-8 Suicide Crisis Helpline.', "9-8-8 Suicide Crisis Helpline"),
    ('"We answer every call," said Kim Vale of the 988 Suicide & Crisis Lifeline.', "988 Suicide & Crisis Lifeline"),
])
def test_national_988_lines(nlp, text, org):
    assert last_quote(text, nlp).org == org


def test_house_role_takes_no_police_colleagues_body(nlp):
    text = ("Officers from Dunmore Police made 40 arrests.\n\n"
            'Dunmore Police spokesperson Lee Dunn said: "We made the arrests."\n\n'
            'Kim Vale, director, said: "We answer every call."')
    assert last_quote(text, nlp).org is None


@pytest.mark.parametrize("words,voice", [
    # "we" as the subject of a verb of the body's work, "our" and a word of its work, its name
    ("Our volunteers answer every call.", True),
    ("We had more callers this winter than ever.", True),
    ("We've answered more calls than ever before.", True),
    ("We have trained forty new counsellors.", True),
    ("Callers tell us they feel heard.", True),
    ("At the Harbour Trust we never turn anyone away.", True),
    ("People also call us when they feel alone.", True),
    ("We had a total of 420 calls in May.", True),
    # "we" doing something else with a word of work nearby is not the body's voice
    ("Together we can work out how to bring this down.", False),
    # callers' verbs beside words of the body's work: members of the public
    ("We called the helpline every night and nobody answered.", False),
    ("We rang the line and waited for an hour.", False),
    ("We waited on the line for the service.", False),
    ("We had to wait for the helpline for hours.", False),
    ("We called the Harbour Trust twice.", False),
    ("We were desperate and did not know where to turn.", False),
])
def test_speaks_for_the_body_only_doing_its_work(words, voice):
    assert speaks_for(words, "Harbour Trust") is voice


@pytest.mark.parametrize("run,before,expected", [
    # a first name that is also a country is the person's own
    ("India Rose Smith", "", "India Rose Smith"),
    ("Jordan Lee Brown", "Last week ", "Jordan Lee Brown"),
    ("Chad Michael Peel", "Speaking at the launch, ", "Chad Michael Peel"),
    ("Jordan Lee Brown", "Director ", "Jordan Lee Brown"),
    # a country ending the body's name before the person is cut
    ("Ireland Kim Vale", "Director of Stop It Now! UK and ", "Kim Vale"),
    ("Scotland Lee Dunn", "Head of Harbour Help ", "Lee Dunn"),
    ("Wales Jo Roe", "Manager at Harbour Trust ", "Jo Roe"),
])
def test_a_country_is_cut_only_after_a_body_word(run, before, expected):
    assert without_country_first(run, before) == expected


@pytest.mark.parametrize("text,speaker", [
    ('Last week Jordan Lee Brown told reporters the wait was long.\n\n"It was hard," he said.', "Jordan Lee Brown"),
    ('India Rose Smith rang the line twice.\n\n"It was hard," she said.', "India Rose Smith"),
])
def test_a_first_name_that_is_also_a_country(nlp, text, speaker):
    assert last_quote(text, nlp).speaker == speaker
