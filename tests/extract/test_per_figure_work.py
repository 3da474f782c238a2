"""The per-figure rules' shortcuts: the same answers as the searches they replaced, without reading the
whole sentence once for each of its figures.

A sentence of n figures (a table run together, a run of digit groups cut at ``MAX_SENTENCE``) was read n
times by each rule that searched the sentence, or the words before a figure, or every figure after it.
``ends_with_word`` searches only where the word can start, ``next_figure`` bisects the figures' starts,
``token_around`` cuts with ``str.split``, and the sentence-wide searches are made once a sentence."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from pipeline.extract import count_nouns, nounless_counts
from pipeline.extract.not_numbers import token_around
from pipeline.extract.numbers import find_numbers
from pipeline.extract.segments import Sentence, clauses
from pipeline.extract.sentence_context import SentenceFacts, next_figure
from pipeline.extract.phrase_ends import ends_with_word

# text, word: our own wordings, the word at the end, spaced, inside a longer word, behind a hyphen or a newline
ENDINGS = [
    ("Calls rose from", "from"), ("Calls rose from   ", "from"), ("Calls rose from\n", "from"),
    ("Calls rose from \n", "from"), ("Calls rose\u00a0from\u00a0", "from"), ("from", "from"), (" from", "from"),
    ("Calls rose fromage", "from"), ("Calls rose-from", "from"), ("Calls rose_from", "from"),
    ("Calls rose from it", "from"), ("Calls rose From", "from"), ("", "from"), ("   ", "from"),
    ("went up to", "to"), ("went up 2to", "to"), ("went up to\n\n", "to"), ("to", "to"), ("o", "to"),
    ("went up toto", "to"), ("it fell into", "to"), ("9," * 3000 + " to", "to"), ("9," * 3000, "to"),
]


@pytest.mark.parametrize("text, word", ENDINGS)
def test_ends_with_word_answers_as_the_search_of_the_whole_text(text: str, word: str) -> None:
    assert ends_with_word(text, word) is bool(re.search(rf"\b{word}\s*$", text))


def _token_around_by_loop(text: str, start: int, end: int, reach: int = 100) -> str:
    """The character-by-character walk ``token_around`` replaced."""
    left = start
    while left > max(0, start - reach) and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < min(len(text), end + reach) and not text[right].isspace():
        right += 1
    return text[left:right]


# text, the figure's span: a figure alone, glued to words, at either end, in a run longer than the reach
TOKENS = [
    ("about 1,200 calls", 6, 11), ("about\u00a01,200\u2009calls", 6, 11), ("(1,200)", 1, 6), ("1,200", 0, 5),
    ("ref:1,200/a", 4, 9), ("x" * 150 + "1,200" + "y" * 150, 150, 155), ("12," * 400 + "345", 600, 602),
    ("calls\n1,200\nin 2021", 6, 11), ("a 1,200", 2, 7), ("1,200 b", 0, 5), ("", 0, 0),
]


@pytest.mark.parametrize("text, start, end", TOKENS)
@pytest.mark.parametrize("reach", [100, 3])
def test_token_around_is_the_walk_over_the_characters(text: str, start: int, end: int, reach: int) -> None:
    assert token_around(text, start, end, reach) == _token_around_by_loop(text, start, end, reach)


def _context(text: str, offset: int = 500) -> SentenceFacts:
    numbers = find_numbers(text)
    shifted = [replace(n, start=n.start + offset, end=n.end + offset, num_start=n.num_start + offset,
                       num_end=n.num_end + offset) for n in numbers]
    return SentenceFacts(sentence=Sentence(offset, offset + len(text), text, 0), doc=None, numbers=shifted,
                         regions=[], periods=[], clauses=clauses(text))


SENTENCES = [
    "Between 600 and 800 people called, 40% of them women, and 1,200 texted.",
    "It took 12 calls, then 45% more, then 30 per cent more again, then 9 chats.",
    "Calls rose from 1,020 in 2021 to 1,268 in 2022 and 1,400 in 2023.",
    "No figure here at all.",
    "The helpline took " + "12," * 300 + "345 calls.",
]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("counts", [False, True])
def test_next_figure_is_the_first_later_figure_in_order(text: str, counts: bool) -> None:
    ctx = _context(text)
    offsets = sorted({n.start for n in ctx.numbers} | {n.end for n in ctx.numbers} | {0, 500, 10 ** 6})
    for offset in offsets:
        later = [n for n in ctx.numbers if n.start >= offset and not (counts and n.percent)]
        assert next_figure(ctx, offset, counts=counts) == (later[0] if later else None)


def test_next_figure_follows_numbers_given_out_of_order() -> None:
    ctx = _context("It took 12 calls, then 9 chats, then 30 texts.")
    ctx.numbers = list(reversed(ctx.numbers))  # a context made by hand: the figures in order of position all the same
    assert [next_figure(ctx, 0).value, next_figure(ctx, next_figure(ctx, 0).end).value] == [12, 9]


@pytest.mark.parametrize("text", [
    "The number of callers rose from 400 to 650.",
    "Volunteer numbers fell from 96 to 81, while call figures rose.",
    "Calls from parents rose to 1,200, and that was 300 more than the 900 of this figure's year before.",
    "Nothing counted here but 12 and 14.",
])
def test_sentence_wide_searches_are_those_of_the_sentence(text: str) -> None:
    def span(match: re.Match[str] | None) -> tuple[int, int] | None:
        return match and match.span()

    subject, opening = count_nouns._sentence_subject(text)
    assert (span(subject), span(opening)) == (span(count_nouns._SUBJECT.search(text)), span(count_nouns._opening_unit(text)))
    found = nounless_counts._NUMBERS_OF.search(text)
    assert nounless_counts._numbers_of(text) == (found.group("unit").lower() if found else None)
    anaphora = nounless_counts.word_regex("anaphora").pattern
    assert nounless_counts._anaphoric(text) is bool(re.search(rf"\b(?:{anaphora})\b", text, re.I))
