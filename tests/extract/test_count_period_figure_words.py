"""A figure restated by a figure word with a period adjective between ("the monthly total had reached 318", "the annual
figure stood at 4,100") counts what the count before counts, as "the total had reached 318" does (``anaphora`` of
``data/measures.json``).  Sentences of our own writing; a bare figure with no such word keeps no count.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _values(text: str) -> set[float]:
    record = extract_article("Helpline figures\n\n" + text, source="period-figure-words.txt", published="2024-06-01")
    return {c.value for c in record.counts if c.qualifier != "vague"}


@pytest.mark.parametrize("text, value", [
    ("The Papyrus line took 140 texts from Devon in January. By April, the monthly total had reached 230.", 230),
    ("The Papyrus line took 140 texts from Devon in January. By April the monthly figure had climbed to 230.", 230),
    ("Samaritans in Hull answered 3,900 calls in 2022. In 2023 the annual figure stood at 4,100.", 4100),
    ("The gambling line took 90 calls from Rutland in the first week of May. The weekly total then reached 120.", 120),
    ("Stop It Now heard from 610 people in the first quarter. The quarterly total had reached 700 by June.", 700),
])
def test_a_figure_word_with_a_period_adjective_restates(text: str, value: float) -> None:
    assert value in _values(text)
