"""Phrases grouped by first letter (twenty-fourth round, speed24): the topic words' and helplines' patterns match as
the flat alternation, longest first, does, for phrase sets and folded texts of our own writing that vary what could
part them: a phrase inside a longer one ("help line" and "help line for men"), phrases of one first letter and of
many, a one-letter phrase, phrases that end where another starts, a phrase before a word character (the whole-word
lookahead sends the match back to a shorter phrase), punctuation and digits first, an apostrophe, repeated phrases,
and the real lists of ``data/topics.json`` and ``data/helplines.jsonl`` over the same texts."""
from __future__ import annotations

import re

import pytest

from pipeline.read.topic_words import _phrase_regex, helpline_regex, topic_regex, topics
from pipeline.wordlists import alternation, first_letter_alternation

PHRASE_SETS = [
    ["help line", "help line for men", "helpline", "hotline", "he"],
    ["call", "calls", "called", "caller", "callers", "call centre", "c"],
    ["a", "ab", "abc", "b", "bc", "abcd"],
    ["sought help", "seek help", "help", "self-help", "self help website"],
    ["1800respect", "116 123", "nhs 111", "nhs 24", "men's advice line", "(0)"],
    ["stop it now", "stop", "stop it", "it now", "now"],
    ["x", "x", "xy", "xy"],
]

TEXTS = [
    "the help line for men took calls; a helpline and a hotline too",
    "callers called the call centre, and a caller calls again: c, cc, call-ins",
    "abcd abc ab a b bc abcde xabc",
    "people sought help or seek help on the self help website, self-help, helpful",
    "ring 1800respect, 116 123, nhs 111 or nhs 24; the men's advice line (0) listens",
    "stop it now, stop it, it now, now then; stopping it nowhere",
    "x xy xyz x-y xy.",
    "",
]


@pytest.mark.parametrize("phrases", PHRASE_SETS)
@pytest.mark.parametrize("text", TEXTS)
def test_grouped_phrases_match_as_the_flat_alternation(phrases: list[str], text: str) -> None:
    flat = re.compile(rf"(?<![\w])(?:{alternation(phrases)})(?![\w])")
    grouped = re.compile(rf"(?<![\w])(?:{first_letter_alternation(phrases)})(?![\w])")
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]
    bare_flat, bare_grouped = re.compile(alternation(phrases)), re.compile(first_letter_alternation(phrases))
    assert [m.span() for m in bare_grouped.finditer(text)] == [m.span() for m in bare_flat.finditer(text)]


def test_an_empty_phrase_keeps_the_flat_alternation() -> None:
    assert first_letter_alternation(["", "ab"]) == alternation(["", "ab"])


def test_the_phrases_are_grouped() -> None:
    assert first_letter_alternation(["hotline", "helpline", "calls"]) == "h(?:elpline|otline)|c(?:alls)"


@pytest.mark.parametrize("key", sorted(topics()))
@pytest.mark.parametrize("text", TEXTS)
def test_the_topic_words_match_as_before(key: str, text: str) -> None:
    flat = re.compile(rf"(?<![\w])(?:{alternation({p.lower() for p in topics()[key]})})(?![\w])")
    assert [m.span() for m in topic_regex(key).finditer(text)] == [m.span() for m in flat.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_the_helplines_names_match_as_before(text: str) -> None:
    regex, names = helpline_regex()
    flat = re.compile(rf"(?<![\w])(?:{alternation({p.lower() for p in names})})(?![\w])")
    assert regex.pattern == _phrase_regex(names).pattern
    assert [m.span() for m in regex.finditer(text)] == [m.span() for m in flat.finditer(text)]
