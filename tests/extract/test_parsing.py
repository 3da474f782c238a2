"""Selective parsing: the words around a count are tagged as a whole-sentence parse would tag them."""
from __future__ import annotations

import pytest
import spacy

from pipeline.extract.article import candidates
from pipeline.extract.measures import unit_from_words
from pipeline.extract.parsing import (
    FACT_PARSE_DISABLED,
    READ_AFTER,
    count_windows,
    entity_pieces,
    entity_requests,
    tag_counts,
    tag_reach,
)
from pipeline.extract.segments import split_sentences

#: Sentences of our own writing whose counts' nouns the word rules miss (so the tagger is asked).
SENTENCES = [
    "After a long and difficult year for everyone involved in the project, the volunteers answered 4,312 anxious "
    "approaches from people across the valleys and beyond, which the board said was its busiest year since the line opened.",
    "When the review was finally published in the spring, it showed that officers in the three divisions had recorded "
    "218 separate worries about children in their care, most of them from schools and doctors.",
    "Speaking at the annual meeting in the town hall on Friday evening, the chair said staff had handled 640 distinct "
    "concerns raised by worried relatives over the winter, far more than they had planned for.",
    "Between April and June, 75 men who feared their own thoughts rang, as did 31 partners and 9 grandparents.",
]


def _read_words(doc, numbers):
    """The token indices whose ``pos_`` the count-noun rule reads (``measures.unit_from_tags``)."""
    read = set()
    for number in numbers:
        if number.percent or unit_from_words(doc.text, number.end)[0] is not None:
            continue
        span = doc.char_span(number.num_start, number.end, alignment_mode="expand")
        read.update(range(span[-1].i + 1, min(len(doc), span[-1].i + 1 + READ_AFTER)))
    return read


@pytest.mark.parametrize("text", SENTENCES)
def test_windowed_tags_are_the_whole_sentence_tags_on_every_word_read(nlp, text):
    found = candidates(split_sentences(text))
    assert found, "the sentence must hold a number"
    sentence, numbers = found[0]
    windowed = tag_counts(nlp, [(sentence, numbers)])[sentence.start]
    with nlp.select_pipes(disable=[p for p in FACT_PARSE_DISABLED if p in nlp.pipe_names]):
        whole = nlp(sentence.text)
    read = _read_words(whole, numbers)
    assert read, "some word after a number must be read"
    assert any(w != (0, len(whole)) for w in count_windows(whole, numbers, tag_reach(nlp))), "a window within the sentence"
    assert [(i, windowed[i].tag_, windowed[i].pos_) for i in sorted(read)] == \
        [(i, whole[i].tag_, whole[i].pos_) for i in sorted(read)]


def test_the_reach_of_the_small_english_model(nlp):
    assert tag_reach(nlp) == 5  # four CNN layers of window 1, and two-word attribute-ruler patterns


def test_a_pipeline_without_a_tagger_reaches_nothing():
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    assert tag_reach(blank) == 0


def test_an_encoder_we_cannot_read_gets_whole_sentences():
    other = spacy.blank("en")
    other.add_pipe("tagger")  # spaCy's default tagger: its own HashEmbedCNN, not the config shape we read
    assert tag_reach(other) is None
    doc = other.make_doc("We took 300 calls.")
    sentence, numbers = candidates(split_sentences(doc.text))[0]
    assert count_windows(doc, numbers, None) == [(0, len(doc))]


@pytest.mark.parametrize("text, expected", [
    ("The helpline took 300 calls last year.", []),                  # "calls": the word rules know the noun
    ("Some 45% of callers were men.", []),                            # a percentage has no noun to find
    ("They logged 300 anonymous approaches.", [(0, 6)]),              # one window, cut at the sentence's ends
    ("A quiet start, then in the long cold dark winter of that year the team logged 300 anonymous approaches "
     "and the staff, all of them volunteers from nearby towns, kept going.", [(13, 29)]),  # 5 before, 6 + 5 after
    ("We logged 300 anonymous approaches and 200 odd requests.", [(0, 10)]),  # two windows merged
])
def test_count_windows(nlp, text, expected):
    doc = nlp.make_doc(text)
    numbers = candidates(split_sentences(text))[0][1]
    assert count_windows(doc, numbers, 5) == expected


def test_a_sentence_with_no_number_to_tag_is_left_untagged(nlp):
    text = "The helpline took 300 calls last year."
    sentence, numbers = candidates(split_sentences(text))[0]
    doc = tag_counts(nlp, [(sentence, numbers)])[sentence.start]
    assert not any(token.tag_ for token in doc)


@pytest.mark.parametrize("text, expected", [
    ("No quotes here at all.", []),
    ('A first paragraph.\nA second one.\n"We are busy," said Jo Roe, the director.',
     ["A first paragraph.", "A second one.", " said Jo Roe, the director."]),
    ('Far back.\nTwo before.\nOne before.\n"Busy," she said.', ["Two before.", "One before.", " she said."]),
])
def test_entity_pieces(text, expected):
    assert entity_pieces(text) == expected


@pytest.mark.parametrize("text, first, whole", [
    ("No quotes here at all.", [], []),
    # the narrative before a quote and the words before its marks, asked first; the words after, only if asked
    ('A first paragraph.\nThe line is busy. "We are busy," said Jo Roe, the director.',
     ["A first paragraph.", "The line is busy. "], []),
    # "Name, role, said:" is read by a rule; its words name a person, so NER is not asked about them
    ('Jo Roe, director of the Stop It Now helpline, said: "We are busy."', [], []),
    # ... unless the rule's phrase names a body the word lists do not know
    ('Jo Roe, director of the Harbour Trust, said: "We are busy."', ["Jo Roe, director of the Harbour Trust, said: "], []),
    # scare quotes: the paragraph is narrative, asked about whole; the words before the first speech too
    ('The line, a "lifeline" to many, is busy.\n"We are busy," said Jo Roe.', [], ['The line, a "lifeline" to many, is busy.']),
    ('Jo Roe called it a "lifeline" and told us: "We are busy all day and all night."', [],
     ['Jo Roe called it a "lifeline" and told us: ']),
])
def test_entity_requests(text, first, whole):
    pieces, got_first, got_whole = entity_requests(text)
    assert pieces == entity_pieces(text)
    assert (got_first, got_whole) == (first, whole)
