"""A bare figure named by its clause's subject, the largest or smallest part (places21b,
``extract/bare_figures.py``).

"Webchats made up the biggest share at 900, followed by calls at 600": the first figure has no noun of its own, and
its clause's subject, a count noun, says what it counts. Sentences of our own writing; a subject that is no count
noun (a place, a kind of people) names nothing the figure counts here, and a figure with no superlative part word
before it is not read this way.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

LEAD = "The Moorland Line received 2,000 calls, texts and emails from Devon in 2024.\n\n"


def _values(text: str) -> dict[int, str]:
    record = extract_article(LEAD + text, source="parts.txt", published="2025-02-01")
    return {int(c.value): c.measure for c in record.counts}


@pytest.mark.parametrize("sentence, value, measure", [
    ("Texts made up the largest share at 900, followed by calls at 700 and emails at 400.", 900,
     "helpline_contacts"),
    ("Webchats were the biggest group, with 1,100, followed by calls at 900.", 1100, "helpline_contacts"),
    ("Emails formed the smallest part at 250, while calls came to 1,750.", 250, "helpline_contacts"),
    ("Calls accounted for by far the largest share, at 1,500, followed by texts at 500.", 1500, "helpline_calls"),
    ("As before, texts made up the biggest proportion at 1,200, followed by calls at 800.", 1200,
     "helpline_contacts"),
])
def test_the_subject_names_the_figure(sentence, value, measure):
    assert _values(sentence).get(value) == measure


@pytest.mark.parametrize("sentence, value", [
    # a year after the part word is no count
    ("Texts made up the largest share in 2024, followed by calls at 700.", 2024),
])
def test_no_count_read(sentence, value):
    assert value not in _values(sentence)
