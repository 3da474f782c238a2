"""KeyedPhrases gives what spaCy's PhraseMatcher keyed by each key gives, in the same order, without
making a lexeme of each key."""
from __future__ import annotations

import pytest
import spacy
from spacy.matcher import PhraseMatcher

from pipeline.extract.phrase_keys import KeyedPhrases

#: Keys and their pattern texts: one pattern owned by two keys ("Port Ellis"), patterns inside others
#: ("Ellis", "Port Ellis", "Port Ellis Bay"), a "the" pattern beside the bare one, one key of several patterns.
BY_KEY = {
    "Port Ellis|city": ["Port Ellis", "PORT ELLIS"],
    "Port Ellis|county": ["Port Ellis", "Port Ellis Shire"],
    "__stop__": ["Port Ellis Bay", "Duke of Marren"],
    "Ellis|city": ["Ellis"],
    "Marren|region": ["Marren", "the Marren Coast", "The Marren Coast"],
    "Marren Coast|region": ["Marren Coast"],
    "Tollbridge|city": ["Tollbridge", "Toll-bridge"],
}


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def matchers(nlp):
    """The PhraseMatcher with every key added, and KeyedPhrases over the same patterns (of their own vocabularies'
    strings: both match on hashes)."""
    plain = PhraseMatcher(nlp.vocab, attr="ORTH")
    for key, texts in BY_KEY.items():
        plain.add(key, [nlp.make_doc(t) for t in texts])
    keyed = KeyedPhrases(nlp.vocab, ((key, [[tok.orth for tok in nlp.make_doc(t)] for t in texts])
                                     for key, texts in BY_KEY.items()))
    return plain, keyed


@pytest.mark.parametrize("text, some", [
    ("Calls from Port Ellis rose last year.", "Port Ellis|county"),
    ("PORT ELLIS and Port Ellis Shire took 40 calls.", "Port Ellis|city"),
    ("Boats left Port Ellis Bay for Ellis at dawn.", "__stop__"),
    ("the Marren Coast and The Marren Coast and Marren Coast, said the Duke of Marren.", "Marren Coast|region"),
    ("Volunteers in Tollbridge and Toll-bridge answered 300 calls.", "Tollbridge|city"),
    ("Ellis Ellis Port Ellis Port Ellis Shire Port", "Ellis|city"),
    ("Nothing here names a place at all.", None),
    ("", None),
])
def test_the_same_matches_in_the_same_order(text, some, nlp, matchers):
    plain, keyed = matchers
    doc = nlp.make_doc(text)
    expected = [(nlp.vocab.strings[match_id], start, end) for match_id, start, end in plain(doc)]
    assert keyed(doc) == expected
    assert (some is None and not expected) or some in {key for key, _, _ in expected}


def test_a_pattern_two_keys_own_gives_both_keys(nlp, matchers):
    _, keyed = matchers
    keys = [key for key, start, end in keyed(nlp.make_doc("In Port Ellis today.")) if (start, end) == (1, 3)]
    assert sorted(keys) == ["Port Ellis|city", "Port Ellis|county"]


def test_no_lexeme_is_made_of_a_key_one_owner_holds():
    vocab = spacy.blank("en").vocab
    orths = [vocab.strings.add(word) for word in ("Ossing", "Vale")]
    KeyedPhrases(vocab, [("Ossing Vale|county", [orths])])
    assert "Ossing Vale|county" not in vocab.strings
    held = PhraseMatcher(vocab, attr="ORTH")
    held.add("Ossing Vale|county", [orths])
    assert "Ossing Vale|county" in vocab.strings


def test_each_keys_patterns(nlp, matchers):
    _, keyed = matchers
    held = keyed.patterns()
    assert sorted(held) == sorted(BY_KEY)
    assert len(held["Port Ellis|county"]) == 2 and len(held["Marren|region"]) == 3
