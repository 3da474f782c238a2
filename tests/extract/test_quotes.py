"""Quotes with speaker, title and organisation: attribution patterns, fixtures, seeds."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.quotes import extract_quotes
from pipeline.records import Quote

GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "seeds_gold.json"

# text -> the LAST quote's (speaker, title, org, official, attribution, paragraphs)
ATTRIBUTIONS = [
    pytest.param('Jane Smith, chief executive of the Lucy Faithfull Foundation, said: "We are seeing more calls."',
                 ("Jane Smith", "chief executive of the Lucy Faithfull Foundation", "Lucy Faithfull Foundation", True, "explicit", 1),
                 id="name-role-of-org-said"),
    pytest.param("Detective Chief Inspector Paul Grant, of Kent Police, said:\u201cWe will find you.\u201d",
                 ("Paul Grant", "Detective Chief Inspector", "Kent Police", True, "explicit", 1), id="title-name-no-space"),
    pytest.param("Hertfordshire Constabulary's head of public protection, Detective Superintendent Mark Lowe, said: \"This is a priority.\"",
                 ("Mark Lowe", "Detective Superintendent", "Hertfordshire Constabulary", True, "explicit", 1), id="org-role-title-name"),
    pytest.param('Superintendent Claire Dean from Greater Manchester Police said: "Our officers work tirelessly."',
                 ("Claire Dean", "Superintendent", "Greater Manchester Police", True, "explicit", 1), id="title-name-from-org"),
    pytest.param('"We cannot arrest our way out of this," said Tom Reed, a researcher at the University of Leeds.',
                 ("Tom Reed", "a researcher at the University of Leeds", "University of Leeds", True, "explicit", 1), id="quote-said-name"),
    pytest.param('Nina Patel, of the NSPCC, spoke at the launch.\n\n"The figures are worrying," Ms Patel said.',
                 ("Nina Patel", None, "NSPCC", True, "explicit", 1), id="quote-surname-said"),
    pytest.param('Sarah Patel, a councillor in Norwich, welcomed the scheme.\n\n"The figures are worrying," she added.',
                 ("Sarah Patel", "a councillor in Norwich", None, True, "pronoun", 1), id="pronoun-added"),
    pytest.param('According to Dr Amina Khan, "The helpline saves lives every day."',
                 ("Amina Khan", "Dr", None, True, "explicit", 1), id="according-to"),
    pytest.param('Chief Constable Laura Bright is the force\'s lead on safeguarding.\n\n"Every referral matters to us."',
                 ("Laura Bright", "Chief Constable", None, True, "explicit", 1), id="speaker-in-paragraph-before"),
    pytest.param('"It is not just pictures," said Helen Ward, director of Barnardo\'s. "Every image is a crime scene."',
                 ("Helen Ward", "director of Barnardo's", "Barnardo's", True, "explicit", 1), id="between-halves"),
    pytest.param('A mother from Norwich said: "I had no idea where to turn."',
                 (None, None, None, False, "explicit", 1), id="anonymous-mother"),
    pytest.param('One caller said: "I knew I had to stop before it was too late."',
                 (None, None, None, False, "explicit", 1), id="anonymous-caller"),
    pytest.param('A spokesperson for the NSPCC said: "Children must be protected online."',
                 (None, None, "NSPCC", True, "explicit", 1), id="spokesperson-for-org"),
    pytest.param("'We are delighted with the response,' said PC Owen Hughes of North Wales Police.",
                 ("Owen Hughes", "PC", "North Wales Police", True, "explicit", 1), id="single-quotes-said-pc"),
    pytest.param('Valleys Lifeline is run by volunteers.\n\nLifeline co-ordinator Bethan Rees said: "Every call matters to us."',
                 ("Bethan Rees", "Lifeline co-ordinator", "Valleys Lifeline", True, "explicit", 1),
                 id="org-by-its-last-word"),
    pytest.param('The Tyneside Gambling Support Line answers 20 calls a day.\n\n'
                 '"We never judge anyone," said Amy Reed, the line\'s service manager.',
                 ("Amy Reed", "the line's service manager", "Tyneside Gambling Support Line", True, "explicit", 1),
                 id="org-not-in-data-by-its-shape"),
    pytest.param("PC Owen Hughes, of North Wales Police, said: 'Think about the consequences.\n\n'We will not stop.'",
                 ("Owen Hughes", "PC", "North Wales Police", True, "explicit", 2), id="single-quotes-open-paragraph"),
    pytest.param('Speaking at the launch, Professor Ruth Evans said: "The science is clear."',
                 ("Ruth Evans", "Professor", None, True, "explicit", 1), id="lead-in-clause"),
    pytest.param('"This is the biggest rise we have seen," the NPCC\'s lead for child protection, Deputy Chief Constable Ian Critchley, said.',
                 ("Ian Critchley", "Deputy Chief Constable", "NPCC", True, "explicit", 1), id="quote-org-role-title-said"),
    pytest.param('Mark, a former user of the service, said: "The advice helped me change."',
                 ("Mark", "a former user of the service", None, False, "explicit", 1), id="first-name-anonymised"),
    pytest.param('Home Secretary Priya Shah told the Eastern Daily Press: "We are funding more officers."',
                 ("Priya Shah", "Home Secretary", "Home Office", True, "explicit", 1), id="told-outlet"),
    pytest.param('Ian Critchley, of the NPCC, said the figures were stark. "We have never seen demand like this," he said.',
                 ("Ian Critchley", None, "NPCC", True, "pronoun", 1), id="pronoun-same-paragraph"),
    pytest.param('"I have been clean for three years," said Liam, 34.',
                 ("Liam", None, None, False, "explicit", 1), id="first-name-age"),
    pytest.param('Barnardo\'s chief executive Lynn Perry said: "Children deserve better."',
                 ("Lynn Perry", "Barnardo's chief executive", "Barnardo's", True, "explicit", 1), id="org-role-name"),
    pytest.param('Donald Findlater, director of the Stop it Now helpline, said: "Call us.\n\n"Nobody is alone.\n\n"We can help."',
                 ("Donald Findlater", "director of the Stop it Now helpline", "Stop It Now!", True, "explicit", 3), id="news-convention-three"),
    pytest.param('DC Amy Lee, of the National Police Chiefs\u2019 Council, said:\u201cOne.\u201d\n\u201cTwo.\u201d\n\u201cThree.\u201d',
                 ("Amy Lee", "DC", "National Police Chiefs' Council", True, "explicit", 3), id="every-paragraph-quoted-curly-apostrophe"),
    pytest.param('Donald Findlater, of Stop It Now!, said: "First."\n\nThe charity opened in 2002.\n\nMr Findlater added: "Second."',
                 ("Donald Findlater", None, "Stop It Now!", True, "explicit", 1), id="surname-resolves-later"),
    pytest.param('Grace Okafor works for the Lucy Faithfull Foundation.\n\nThe foundation\'s regional manager, Grace Okafor, said: "Call us."',
                 ("Grace Okafor", None, "Lucy Faithfull Foundation", True, "explicit", 1), id="anaphoric-org"),
]


@pytest.mark.parametrize("text,expected", ATTRIBUTIONS)
def test_attribution_patterns(text, expected):
    speaker, title, org, official, attribution, paragraphs = expected
    quotes = extract_quotes(text)
    assert quotes, "no quote found"
    q = quotes[-1]
    assert q.speaker == speaker
    if title is not None:
        assert q.title == title
    assert q.org == org
    assert q.official is official
    assert q.attribution == attribution
    assert q.paragraphs == paragraphs


NOT_QUOTES = [
    "The charity says the 'only pictures' excuse is common.",
    'Officers say the number of "self-generated" images is growing.',
    'The report, called "Safe by Design", is published today.',
    "Police chiefs' figures show the don't-ask culture of the '90s has gone.",
    'A stray " mark in a caption.',
    "Calls rose again.\n\n'Don't think it won't catch up with you'\n\nThe campaign starts today.",
    'The line opened in May.\n\n\u201cA place to turn\u201d\n\nIt takes 40 calls a day.',
    # a name or title in quote marks opening its paragraph, then its apposition
    '\u201cSafe Harbour\u201d, a confidential line for men worried about their thoughts, took 900 calls.',
    '"Talk First", the charity\'s new webchat, opened in March.',
    # a fragment after "that" in reported speech
    'The charity warned that "late-night scrolling" is a common path into offending.',
    'Ms Hale told the Gazette that "quiet weekends" were now rare.',
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_scare_quotes_titles_and_apostrophes_are_not_quotes(text):
    assert extract_quotes(text) == []


def test_text_offsets_and_ids():
    text = 'Intro.\n\nJo Hart, of Kent Police, said: "One."\n\n"Two," said Sam Lee, of the NSPCC.'
    quotes = extract_quotes(text)
    assert [q.id for q in quotes] == ["q1", "q2"]
    assert [text[q.start:q.end] for q in quotes] == ["One.", "Two,"]
    assert [q.text for q in quotes] == ["One.", "Two"]


def test_multi_paragraph_text_is_joined_without_marks():
    text = 'Jo Hart, of Kent Police, said: \u201cOne.\u201d\n\n\u201cTwo.\u201d\n\nNarrative.\n\n"Three," said Sam Lee.'
    first, second = extract_quotes(text)
    assert first.text == "One.\nTwo."
    assert (first.paragraphs, second.paragraphs) == (2, 1)
    assert text[first.start - 1] == "\u201c" and text[first.end] == "\u201d"


@pytest.mark.parametrize("text", [
    "", "\n\n", '"', '""""', "\u201c\u201d\u2018\u2019", 'said: "', '"Unclosed\n\n"still\n\nnot',
    "He said: \u201cBroken \u201cmarks\u201d everywhere\u201d and \u201d", "x" * 10000,
])
def test_odd_input_never_crashes(text):
    quotes = extract_quotes(text)
    assert all(isinstance(q, Quote) and 0 <= q.start <= q.end <= len(text) for q in quotes)


def test_unbalanced_mark_loses_only_its_quote():
    text = ('Jo Hart, of Kent Police, said: "We act.\n\nThe force was "praised.\n\n'
            '"Help is there," said Sam Lee, of the NSPCC.')
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Jo Hart", "Sam Lee"]
    assert quotes[-1].org == "NSPCC"


# text -> each quote's (speaker, paragraphs, first words): how far a speaker turn runs
TURNS = [
    # a paragraph of the turn with its closing mark but not its opening one (straight, curly, doubled apostrophes)
    pytest.param('Amy Lee, of the NSPCC, said: "We hear from parents.\n\n"We hear from teachers.\n\n'
                 "So please call us if you are worried.''\n\nThe line opened in 2010.",
                 [("Amy Lee", 3, "We hear from parents")], id="last-paragraph-opening-mark-left-out"),
    pytest.param('Amy Lee said: \u201cWe hear from parents.\n\nAnd we hear from teachers every day.\u201d',
                 [("Amy Lee", 2, "We hear from parents")], id="curly-close-without-open"),
    pytest.param('Amy Lee said: "We hear from parents."\n\nThe line is free to call from any phone."',
                 [("Amy Lee", 1, "We hear from parents")], id="closed-turn-is-not-continued"),
    pytest.param('Amy Lee said: "We hear from parents.\n\nA stray closing mark here"',
                 [("Amy Lee", 1, "We hear from parents")], id="no-stop-before-the-mark"),
    # the same speaker named again inside a paragraph that continues the turn
    pytest.param('Dr Tom Hale, chief executive, said: "We grew this year.\n\n'
                 '"We will grow again," said Hale. "The need is there."',
                 [("Tom Hale", 2, "We grew this year")], id="same-speaker-named-again"),
    pytest.param('Dr Tom Hale, chief executive, said: "We grew this year.\n\n'
                 '"We will grow again," he added. "The need is there."',
                 [("Tom Hale", 2, "We grew this year")], id="same-speaker-pronoun-again"),
    pytest.param('Dr Tom Hale, chief executive, said: "We grew this year.\n\n'
                 '"We will grow again," said Ann Cole, of the NSPCC.',
                 [("Tom Hale", 1, "We grew this year"), ("Ann Cole", 1, "We will grow again")], id="another-speaker-new-turn"),
    pytest.param('Dr Tom Hale, chief executive, said: "We grew this year."\n\n'
                 '"We will grow again," said Hale.',
                 [("Tom Hale", 1, "We grew this year"), ("Tom Hale", 1, "We will grow again")], id="closed-quote-new-turn"),
    # sentences each closed and reopened, or one closing mark left out, in one paragraph
    pytest.param('Jo Marsh, of Gwent Police, said:\n\n\u201cWe started in 2015. \u201cWe made 40 arrests.\u201d \u201cWe will go on.\u201d',
                 [("Jo Marsh", 1, "We started in 2015")], id="closing-mark-left-out-mid-paragraph"),
    # a quote within the quote in the other glyphs
    pytest.param('Jo Marsh said: "Some users of what they call \u201cadult\u201d sites are worried.\n\n"They should call us."',
                 [("Jo Marsh", 2, "Some users of what they call")], id="curly-inside-straight"),
    # crossheads and page furniture inside a turn do not end it, and are nobody
    pytest.param('Amy Lee, of the NSPCC, said: "We hear from parents.\n\nHide Ad\n\n"We hear from teachers."',
                 [("Amy Lee", 2, "We hear from parents")], id="hide-ad-inside-turn"),
    pytest.param('Amy Lee, of the NSPCC, said: "We hear from parents."\n\nHelp for worried families\n\n"We hear from teachers."',
                 [("Amy Lee", 2, "We hear from parents")], id="crosshead-between-quoted-paragraphs"),
    pytest.param('Amy Lee, of the NSPCC, said: "We hear from parents."\n\nThe line opened in 2010.\n\n'
                 'Help for families\n\n"We hear from teachers," said Tom Hale.',
                 [("Amy Lee", 1, "We hear from parents"), ("Tom Hale", 1, "We hear from teachers")], id="crosshead-after-narrative"),
    # a line sending readers to a web address, set into a turn, does not end it; narrative does
    pytest.param('Amy Lee, of the NSPCC, said: "We hear from parents."\n\nJoin us\n\n'
                 'Anyone who would like to help can visit harbourline.org.uk/volunteer\n\n"We hear from teachers too."',
                 [("Amy Lee", 2, "We hear from parents")], id="signpost-inside-turn"),
    pytest.param('Amy Lee, of the NSPCC, said: "We hear from parents."\n\nFor advice go to www.example.org or call the line.\n\n'
                 '"We hear from teachers too."',
                 [("Amy Lee", 2, "We hear from parents")], id="www-signpost-inside-turn"),
    pytest.param('Amy Lee, of the NSPCC, said: "We hear from parents."\n\nThe charity opened its line in 1986 and now has 20,000 '
                 'volunteers.\n\n"We hear from teachers too."',
                 [("Amy Lee", 1, "We hear from parents"), ("Amy Lee", 1, "We hear from teachers")], id="narrative-ends-turn"),
    # an unnamed speaker has no name (ANNOTATION.md); the role stays in the title
    pytest.param('When one user complained, a friend replied: "Get a grip, this is serious."',
                 [(None, 1, "Get a grip")], id="a-friend-replied"),
    pytest.param('Samaritans said: "We are here every day of the year."',
                 [(None, 1, "We are here")], id="organisation-speaks"),
    # narrative between two quotes of one paragraph ends the turn; an attribution between them does not
    pytest.param('Ruth Lane, a volunteer, took our call. Later she talks about her own past. "I rang a line like this one myself, years ago." '
                 'That is why she stays on. "I know what a kind voice at night can do."',
                 [("Ruth Lane", 1, "I rang a line like"), ("Ruth Lane", 1, "I know what a kind voice")], id="narrative-between-quotes"),
    pytest.param('Callers, Ruth Lane says, often open with lines like: "I have never told anyone this." '
                 'Or: "I do not know why I am calling." Or: "Please do not hang up."',
                 [(None, 1, "I have never told"), (None, 1, "I do not know why"), (None, 1, "Please do not hang up")],
                 id="or-colon-between-quotes"),
    pytest.param('"We were busy," said Tom Hale, who has run the branch since 2010. "We hired six more staff."',
                 [("Tom Hale", 1, "We were busy")], id="attribution-between-quotes-one-turn"),
    pytest.param('"We were busy," he said. "We hired six more staff."',
                 [(None, 1, "We were busy")], id="pronoun-attribution-between-quotes-one-turn"),
    # a pronoun subject in the narrative before a mid-paragraph quote: the person met last
    pytest.param('Jo Reed, 34, answers texts at night.\n\nSadly, she knows the feeling herself. "I was once where they are now, alone and scared."',
                 [("Jo Reed", 1, "I was once where")], id="pronoun-narrative-before-quote"),
    pytest.param('Jo Reed, 34, answers texts at night.\n\nHe explains why in a quiet voice. "I was once where they are now, alone and scared."',
                 [("Jo Reed", 1, "I was once where")], id="pronoun-narrative-before-quote-he"),
    # a group of people, with the person reporting them set off by commas, is nobody's name
    pytest.param('Abusers, Jo Reed says, will ring and say: "I cannot stop shouting at her."',
                 [(None, 1, "I cannot stop shouting")], id="group-noun-with-aside"),
    pytest.param('Gamblers, he says, tell the line: "I lost the rent again this month."',
                 [(None, 1, "I lost the rent")], id="group-noun-with-pronoun-aside"),
]


@pytest.mark.parametrize("text,expected", TURNS)
def test_speaker_turns(text, expected):
    quotes = extract_quotes(text)
    assert [(q.speaker, q.paragraphs, q.text[:len(words)]) for q, (_, _, words) in zip(quotes, expected)] == expected
    assert len(quotes) == len(expected)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list("ab C.,:\n'\"\u201c\u201d\u2018\u2019") + ["said", "Mr Jo", " he added"]), max_size=40).map("".join))
def test_any_text_gives_well_formed_quotes(text):
    for n, q in enumerate(extract_quotes(text), 1):
        assert q.id == f"q{n}"
        assert 0 <= q.start <= q.end <= len(text)
        assert q.paragraphs >= 1


FIXTURES = ["single-quotes-suffolk", "curly-every-paragraph", "straight-single-newlines"]


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_articles(fixtures_dir, name):
    text = (fixtures_dir / "quotes" / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((fixtures_dir / "quotes" / f"{name}.json").read_text(encoding="utf-8"))
    quotes = extract_quotes(text)
    assert len(quotes) == len(gold)
    for q, g in zip(quotes, gold):
        assert q.text.startswith(g["starts_with"])
        assert (q.speaker, q.org, q.official, q.attribution, q.paragraphs) == (
            g["speaker"], g["org"], g["official"], g["attribution"], g["paragraphs"])


def _surname(name):
    return name.split()[-1].lower() if name else None


def _seed_cases():
    if not GOLD.is_file():
        return [pytest.param(None, marks=pytest.mark.skip(reason="seeds_gold.json is not present"))]
    return [pytest.param(g, id=g["id"]) for g in json.loads(GOLD.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("gold", _seed_cases())
@pytest.mark.parametrize("use_model", [False, True], ids=["rules", "model"])
def test_seed_quotes(seeds_dir, gold, use_model, request):
    nlp = request.getfixturevalue("nlp") if use_model else None
    text = (seeds_dir / f"{gold['id']}.txt").read_text(encoding="utf-8")
    quotes = extract_quotes(text, nlp=nlp)
    assert len(quotes) == len(gold["quotes"])
    for q, g in zip(quotes, gold["quotes"]):
        assert q.text.startswith(g["starts_with"])
        assert _surname(q.speaker) == _surname(g["speaker"])
        assert q.official is g["official"]
        assert (q.org or None) == g["org"] or (g["org"] and q.org and g["org"] in q.org)
        assert q.paragraphs == g["paragraphs"]
        assert q.attribution == "explicit"


@pytest.mark.parametrize("text,expected", ATTRIBUTIONS)
def test_attribution_patterns_with_model(nlp, text, expected):
    speaker, _, org, official, attribution, paragraphs = expected
    q = extract_quotes(text, nlp=nlp)[-1]
    assert (q.speaker, q.org, q.official, q.attribution, q.paragraphs) == (speaker, org, official, attribution, paragraphs)
