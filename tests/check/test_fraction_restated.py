"""A fraction word the extractor tied to no figure, against the share written as a figure right after it.

Only the first figure after the fraction word, in its sentence or the next, is taken; only agreement is a
verdict; an open fraction ("more than a third") agrees with too much to be judged.  Sentences of our own
writing.
"""
from __future__ import annotations

import pytest

from check_factories import checks_stated
from pipeline import extract_article


def fraction_checks(text: str, stated: float) -> list:
    return checks_stated(text, stated, ("share",), published="2019-04-01")


@pytest.mark.parametrize("text, stated", [
    ("Nearly half of the calls to the helpline came from men worried about their own thoughts.\n"
     "In all, 46 per cent of callers said they had never told anyone.", 50.0),
    ("Seven in 10 people who called the line were men (69 per cent), the charity said.", 70.0),
    ("About a quarter of the calls came from family members.\nIn all, 26% of callers were relatives of a man "
     "who had been arrested.", 25.0),
])
def test_a_fraction_word_and_the_figure_after_it(text, stated):
    checks = fraction_checks(text, stated)
    assert checks and checks[0].verdict == "consistent", [c.explanation for c in checks]


@pytest.mark.parametrize("text, stated", [
    # a figure that does not restate it: no proof against it
    ("Nearly half of the calls to the helpline came from men worried about their own thoughts.\n"
     "In all, 30 per cent of callers said they had never told anyone.", 50.0),
    # an open fraction agrees with every larger figure
    ("More than a third of the calls came from family members.\nIn all, 70% of callers were relatives of a man "
     "who had been arrested.", 33.3),
])
def test_no_check_without_a_figure_that_restates_it(text, stated):
    record = extract_article(text, source="fraction.txt", published="2019-04-01")
    fractions = [p for p in record.percentages if p.kind == "share" and p.value == stated]
    figures = [p for p in record.percentages if p.kind == "share" and p.value != stated]
    assert fractions and figures, "the fraction word or the figure after it was not extracted"
    checks = [c for c in record.checks if c.kind == "share" and c.stated == stated]
    assert "consistent" not in [c.verdict for c in checks], [c.explanation for c in checks]
