"""Work of the number finder done once per text, not once per pattern (twenty-fourth round, speed24).

- The phone, digit, stray-space, "one in" and spelled-number patterns open (after a word boundary, for the last two)
  with a lookahead of the characters every match of theirs starts with: the same matches as without it, the other
  positions turned away at once.
- :func:`~pipeline.extract.numbers.find_numbers` searches a text once for the words of every pattern it runs
  only where a word it needs stands: the same answer, pattern by pattern, as searching for each one's words.

Sentences of our own writing, varied along what the patterns read: phone numbers of each shape printed (UK,
North American, Australian, toll-free words, spaced groups), figures with commas, decimals, per cent and scale
words, thousands printed with a space, the text's first and last characters, brackets and a plus sign first,
Unicode digits, and number words of every pattern (spelled, fractions, "one in", vague amounts, scale fractions).
"""
from __future__ import annotations

import re

import pytest

from pipeline.extract.number_patterns import needs, patterns
from pipeline.extract.numbers import _SCANNED_KEYS, _scanned_words, find_numbers
from pipeline.extract.required_words import lowered_for, may_match, may_match_present, words_present

#: Each guarded pattern and its lookahead of the characters every match starts with (after a word boundary, for the
#: patterns of words; the spelled numbers' letters come from the word lists of ``data/numbers.json``).
GUARDS = {"phone": r"(?=[\d+(])", "digits": r"(?=\d)", "stray_space": r"(?=\d)", "one_in": r"\b(?=[otfsen\d])",
          "spelled": r"\b(?=[abcdefhlmnost])"}


def unguarded(key: str) -> re.Pattern[str]:
    """Pattern ``key`` without its lookahead (a word boundary kept)."""
    guarded = patterns()[key]
    return re.compile(guarded.pattern.replace(GUARDS[key], r"\b" if GUARDS[key].startswith(r"\b") else "", 1),
                      guarded.flags)

SENTENCES = [
    "Call 0808 1000 900 or text 81066 for help.",
    "+44 (0)20 7946 0991 is the number; 0161 496 0000 is another.",
    "The line (800) 327-5050 took 1,204 calls, and 1-800-522-4700 took 310.",
    "Ring 13 11 14 or 1300 659 467, or dial 1-800-GAMBLER today.",
    "A vanity number, (855) 9-LISTEN, and the 1-800 helpline both opened.",
    "971 46 11 12 is printed in groups; 12 340 500 is a count in thousands.",
    "In 2019 12 000 people called, and almost 4 000 Cumbrians wrote.",
    "It rose from 276, 414 people to 3.5 million, up 12.5% or 40 per cent.",
    "(116) 123 is free, as is 116 123.",
    "999",
    "Calls: 1,23,456 in India, 7.25m elsewhere, ٣٤٥ in one region.",
    "No figure here, only words about a helpline.",
    "Twenty-one people, a third of callers, one in four men and hundreds of women called.",
    "Half a million visits; two-thirds said yes; a quarter of a million texts.",
    "Calls rose by a fifth, with almost half saying they were worried, a third more calls.",
    "ONE IN FIVE wrote, and Seven Hundred rang, dozens of them twice.",
    "Eleven callers, fifteen thousand visits, a million texts and 2 in 5 parents; ſix of them, one out of every ten.",
    "Someone often listens: none of these words is a number, nor is tennis or sixty-ish.",
    "Forty-two per cent, ninety percent and twelve pc wrote; between four and six per cent; one hundred and six.",
]


@pytest.mark.parametrize("key", sorted(GUARDS))
@pytest.mark.parametrize("text", SENTENCES)
def test_the_lookahead_changes_no_match(key: str, text: str) -> None:
    guarded = patterns()[key]
    assert guarded.pattern.startswith(GUARDS[key])
    assert [(m.span(), m.groupdict()) for m in guarded.finditer(text)] \
        == [(m.span(), m.groupdict()) for m in unguarded(key).finditer(text)]


@pytest.mark.parametrize("key", sorted(GUARDS))
@pytest.mark.parametrize("text", SENTENCES)
def test_every_match_starts_with_a_character_of_the_lookahead(key: str, text: str) -> None:
    """The property the lookahead rests on, of the pattern without it: where it fails the guard is wrong."""
    guarded = patterns()[key]
    first = re.compile(GUARDS[key].removeprefix(r"\b")[3:-1], guarded.flags)
    assert all(first.match(m.group()) for m in unguarded(key).finditer(text))


def test_the_guarded_patterns_still_find_phone_numbers_and_figures() -> None:
    mentions = find_numbers("Ring 0808 1000 900: 1,204 people called, 12.5% more, and 4 000 Cumbrians wrote.")
    assert [(n.value, n.percent) for n in mentions] == [(1204, False), (12.5, True), (4000, False)]


def test_every_scanned_pattern_needs_words_of_the_one_search() -> None:
    wanted = needs()
    assert all(wanted[key] <= _scanned_words() for key in _SCANNED_KEYS)
    assert {"half", "one", "dozens"} <= _scanned_words()


@pytest.mark.parametrize("key", _SCANNED_KEYS)
@pytest.mark.parametrize("text", [*SENTENCES, "A th\u0131rd of them", "ſeven callers", ""])
def test_one_search_answers_each_pattern_as_its_own_search_would(key: str, text: str) -> None:
    lowered = lowered_for(text)
    present = words_present(_scanned_words(), lowered)
    assert may_match_present(needs()[key], present) == may_match(needs()[key], lowered)
