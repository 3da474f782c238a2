"""Sentences and clauses."""
from __future__ import annotations

import pytest

from pipeline.extract.segments import clauses, split_sentences


def test_sentences_keep_offsets_into_the_text():
    text = "Headline without a stop\n\nFirst sentence here. Second one, too.\nA third line."
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["Headline without a stop", "First sentence here.", "Second one, too.", "A third line."]
    assert all(text[s.start:s.end] == s.text for s in sents)
    assert [s.paragraph for s in sents] == [0, 1, 1, 2]


def test_a_name_ending_in_an_exclamation_mark_does_not_end_the_sentence():
    text = "Stop It Now! is a charity that runs a helpline."
    assert [s.text for s in split_sentences(text)] == [text]


@pytest.mark.parametrize("sentence, expected", [
    ("In 2019 there were 40 calls - a 10% rise from 2018, when 36 people called.",
     ["In 2019 there were 40 calls", "a 10% rise from 2018", "when 36 people called."]),
    ("In Kent, 60 people sought help which is a 5% increase.", ["In Kent, 60 people sought help", "which is a 5% increase."]),
    ("Officers made 300 arrests, and they protected 90 children.", ["Officers made 300 arrests", "and they protected 90 children."]),
    ("The figure rose; it fell later.", ["The figure rose", "it fell later."]),
    ("A plain sentence with no break.", ["A plain sentence with no break."]),
])
def test_clauses(sentence, expected):
    assert [sentence[a:b] for a, b in clauses(sentence)] == expected


def test_a_run_without_full_stops_is_cut_into_bounded_sentences():
    from pipeline.extract.segments import MAX_SENTENCE

    text = "word " * 3000
    sents = split_sentences(text)
    assert len(sents) >= 7
    assert all(len(s.text) <= MAX_SENTENCE and text[s.start:s.end] == s.text for s in sents)


@pytest.mark.parametrize("text, count", [
    ("The figure, published by Stop It Now! Northern Ireland, is a 31% increase.", 1),
    ("People called Stop It Now! more often. Then it rose.", 2),
    ("It worked! Then it rose.", 2),
])
def test_a_name_ending_in_an_exclamation_mark_before_a_capital(text, count):
    assert len(split_sentences(text)) == count


@pytest.mark.parametrize("paragraph, alone", [
    ("Calls to the line rose by a fifth", True),
    ("Calls to the line rose by a fifth.", True),
    ("\u201cWe need more volunteers,\u201d she said.\u201d", True),
    ('She said: "Ring us."', True),
    ("Why did nobody ring?!", True),
    ("Up 20% (from 1,020).", True),
    ("The U.S. line took 312 calls.", False),  # a mark before more words: the sentencizer decides
    ("It rose. Then it fell.", False),
    ("Stop It Now! is a charity.", False),
    ("It ended... ", False),
    ("Calls fell. ", False),
    ("A figure of 2.5 per cent.", False),
])
def test_a_paragraph_read_as_one_sentence_without_tokenizing_it(paragraph, alone):
    from pipeline.extract.segments import _splitter, one_sentence

    assert one_sentence(paragraph) is alone
    if alone:  # never one sentence where the sentencizer sees two
        assert len(list(_splitter()(paragraph).sents)) == 1


@pytest.mark.parametrize("text", [
    "Helpline calls rise\nCalls rose by a fifth.\nStop It Now! is a charity. It took 312 calls.\n\n\u201cRing us,\u201d she said.",
    "One line without a mark\n  Indented, and ended.  \nThe U.S. line took 312 calls. Then 400.\nWhy?!",
    "A run of " + "x" * 1200 + " ended.\nShort.",
    "Calls rose. " * 300,
])
def test_sentences_are_those_of_the_sentencizer_on_every_paragraph(text, monkeypatch):
    from pipeline.extract import segments

    fast = split_sentences(text)
    monkeypatch.setattr(segments, "one_sentence", lambda paragraph: False)
    assert fast == split_sentences(text)


@pytest.mark.parametrize("text", [
    "12,400 people" + '"' * 400 + "``" * 300 + " 12,400 people",
    "The line took 300 calls. " + "x" * 900 + " and 200 texts.",
    "-" * 700 + " 150 calls in 2022.",
])
def test_a_sentence_holds_the_texts_own_characters_after_an_overlong_run(text):
    """safe_text blanks overlong runs for the splitter only; each sentence is still its slice of the text."""
    for sentence in split_sentences(text):
        assert text[sentence.start:sentence.end] == sentence.text
