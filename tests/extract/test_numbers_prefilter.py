"""Number finding runs a word-list pattern (spelled numbers, fractions, "dozens", "one in four")
only over a text holding one of the words it cannot match without (``required_words``), so its
numbers are those of running every pattern everywhere."""
from __future__ import annotations

import pytest

from pipeline.extract import number_patterns, numbers
from pipeline.extract.required_words import fewest


@pytest.mark.parametrize("needs, kept", [
    ({"a half", "half", "a-half"}, {"half"}),
    ({"eight", "eighteen", "eighty", "two"}, {"eight", "two"}),
    ({"dozens", "scores"}, {"dozens", "scores"}),
    (set(), set()),
])
def test_fewest_drops_the_strings_that_hold_another(needs, kept):
    assert fewest(frozenset(needs)) == kept


@pytest.mark.parametrize("key, word", [
    ("spelled", "seven"), ("vague", "dozens"), ("fraction", "third"), ("fraction_change", "quarter"),
    ("fraction_aside", "half"), ("fraction_with", "with"), ("scale_fraction", "quarter of a"),
])
def test_the_word_list_patterns_have_words_to_filter_on(key, word):
    assert any(word in need or need in word for need in number_patterns.needs()[key])


def _everywhere(monkeypatch: pytest.MonkeyPatch, text: str) -> list:
    monkeypatch.setattr(numbers, "may_match", lambda needs, lowered: True)
    return numbers.find_numbers(text)


@pytest.mark.parametrize("text", [
    # spelled numbers, each case and joined
    "Seventy-two volunteers answered the lines last winter.",
    "TWO HUNDRED AND SIX families wrote to the service.",
    "Nineteen of the forty calls came at night.",
    "The line took a million calls, then a billion page views.",
    # vague amounts
    "Dozens of parents rang, and hundreds of thousands read the leaflet.",
    "Scores of callers were turned away; thousands had waited.",
    # fractions, with each of the four patterns
    "A third of callers were women, and two-thirds said they had waited.",
    "Calls rose by almost a quarter over the winter.",
    "Some 900 came from parents - nearly half.",
    "With a fifth saying they had called before, the line grew.",
    "About half the volunteers stayed on; three quarters of them were new.",
    "ONE-QUARTER OF CALLERS WERE UNDER 25.",
    # a fraction of a scale word, "one in four"
    "Three-quarters of a million leaflets went out, and a quarter of a billion views came in.",
    "One in five callers was a grandparent; 3 out of every 10 rang twice.",
    # none of the words: nothing of the word-list patterns may match
    "Calls rose by 12% to 4,310 in the spring.",
    "The service opened its doors on Monday.",
    "",
    # letters that IGNORECASE folds to ASCII but str.lower does not: never filtered
    "\u0130n total, seven volunteers and \u017fixty callers.",
    "Dozens of callers \u0131n total.",
    "Half of the Kelvin sign \u212a: eight hundred calls.",
])
def test_the_same_numbers_as_every_pattern_everywhere(monkeypatch, text):
    filtered = numbers.find_numbers(text)
    assert filtered == _everywhere(monkeypatch, text)


def test_a_text_without_the_words_runs_none_of_their_patterns(monkeypatch):
    ran = []
    real = numbers.patterns()

    class Counting:
        def __init__(self, key: str) -> None:
            self.key = key

        def finditer(self, text: str):
            ran.append(self.key)
            return real[self.key].finditer(text)

        def __getattr__(self, name: str):
            return getattr(real[self.key], name)

    monkeypatch.setattr(numbers, "patterns", lambda: {key: Counting(key) for key in real})
    numbers.find_numbers("Calls rose by 12% to 4,310 in the spring.")
    assert not {"spelled", "vague", "fraction", "fraction_change", "fraction_aside", "scale_fraction"} & set(ran)
