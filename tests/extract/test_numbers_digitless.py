"""``find_numbers`` skips the patterns that need a digit (phone numbers, "1,200", "4 000", "call 1737")
on a text without one: the same numbers as searching with every pattern."""
from __future__ import annotations

import re

import pytest

from pipeline.extract import numbers

TEXTS = [
    "One in five callers were women, and a quarter of a million people visited the site.",
    "Twelve hundred calls came in; dozens of volunteers answered them.",
    "Calls rose by a third, and two thirds of callers were men.",
    "Call 0808 1000 900 or text 1737: 1,200 people did, up 40% on 2021.",
    "Almost 4 000 Cumbrians and 276, 414 people called 1-800-GAMBLER.",
    "ring \u0661\u0663\u0661 \u0661\u0661\u0664 for help; \u0663\u0660% more called",  # Arabic-Indic digits are \d too
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_digitless_shortcut_finds_what_every_pattern_finds(text, monkeypatch):
    fast = numbers.find_numbers(text)
    monkeypatch.setattr(numbers, "_ANY_DIGIT", re.compile(""))  # every text searched with every pattern
    assert numbers.find_numbers(text) == fast


@pytest.mark.parametrize("text, values", [
    ("Twelve hundred calls came in.", [1200]),
    ("One in five callers were women.", [20.0]),
    ("Call 0808 1000 900 or text 1737: 1,200 people did.", [1200]),
])
def test_numbers_with_and_without_digits(text, values):
    assert [n.value for n in numbers.find_numbers(text)] == values
