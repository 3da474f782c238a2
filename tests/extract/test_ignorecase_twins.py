"""Letters that ``re.IGNORECASE`` matches to ASCII letters but ``str.lower`` keeps (the dotless i, the dotted
capital I, the long s, the Kelvin sign): a word-list pattern matches them, so the word list's lookup must find
them too.  Before ``wordlists.fold`` each raised ``KeyError`` and the article lost its facts.  Phrases of our
own writing, each with one such letter in a word of a list."""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.numbers import find_numbers
from pipeline.wordlists import fold

_TAIL = ". The helpline took 300 calls in 2022, up from 200 in 2021."


@pytest.mark.parametrize("phrase", [
    "a th\u0131rd of callers were new",          # a fraction
    "a f\u0131fth of callers were new",
    "2 m\u0131ll\u0131on calls were logged",      # a scale
    "almo\u017ft 300 calls were made",            # qualifiers
    "at lea\u017ft 300 calls were made",
    "\u017fome 300 calls were made",
    "calls double\u017f to 300",                  # multiplier words
    "calls tr\u0131pled in a year",
    "300 thou\u017fand\u017f of calls",
    "publi\u017fhed 3 May 2022",                  # a dateline label
    "300 calls in the fir\u017ft half of 2022",   # period words
    "300 calls in the \u0130ast month",
    "\u212aent police said 300 calls came in",
])
def test_a_twin_letter_in_a_listed_word_loses_nothing(phrase):
    record = extract_article(phrase + _TAIL, source="twins.txt")
    assert not [e for e in record.errors if "failed" in e], record.errors
    assert any(c.value == 300 for c in record.counts)


@pytest.mark.parametrize("twin, plain", [
    ("a th\u0131rd of callers", "a third of callers"),
    ("2 m\u0131llion calls", "2 million calls"),
    ("almo\u017ft 300 calls", "almost 300 calls"),
])
def test_a_twin_letter_reads_as_its_ascii_letter(twin, plain):
    assert [(n.value, n.qualifier) for n in find_numbers(twin)] == [(n.value, n.qualifier) for n in find_numbers(plain)]


@pytest.mark.parametrize("text, key", [
    ("Th\u0131rd", "third"), ("\u0130N", "in"), ("almo\u017fT", "almost"), ("\u212aent", "kent"), ("plain", "plain"),
])
def test_fold(text, key):
    assert fold(text) == key
