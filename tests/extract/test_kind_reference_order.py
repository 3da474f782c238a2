"""A body told by an indefinite ("A new crisis centre opened in March.") after a quote in the quote's own paragraph
is told after it: the title of the quote's speaker ("manager of the centre") still points back to the body named
before (review of round 11; pipeline/extract/quotes.py and kind_references.untold_since).  Before the quote, in the
same paragraph or an earlier one, it is the body the title means.  Articles of our own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article

_BEFORE = "The Larkspur Centre has helped families in Dunmore for ten years."


@pytest.mark.parametrize("text, org", [
    # the indefinite after the quote, in its paragraph: the body named before
    (f'{_BEFORE}\n\n"Demand keeps growing," said Ana Pell, manager of the centre. A new crisis centre opened '
     "in Dunmore in March.", "Larkspur Centre"),
    (f'{_BEFORE}\n\n"Demand keeps growing," said Ana Pell, director of the centre. A second support centre is '
     "planned for next year.", "Larkspur Centre"),
    (f'{_BEFORE}\n\nAna Pell, manager of the centre, said: "Demand keeps growing." A new crisis centre opened '
     "in Dunmore in March.", "Larkspur Centre"),
    # the indefinite in a later paragraph: no change
    (f'{_BEFORE}\n\n"Demand keeps growing," said Ana Pell, manager of the centre.\n\nA new crisis centre opened '
     "in Dunmore in March.", "Larkspur Centre"),
    # the indefinite before the quote, in its paragraph or before it: the body that runs it
    ("The Larkspur Centre closed last year. Brackley Trust now runs a crisis centre in Dunmore.\n\n"
     '"Demand keeps growing," said Ana Pell, manager of the centre.', "Brackley Trust"),
    ("The Larkspur Centre closed last year.\n\nBrackley Trust now runs a crisis centre in Dunmore, and Ana Pell, "
     'manager of the centre, said: "Demand keeps growing."', "Brackley Trust"),
])
def test_an_indefinite_after_the_quote_is_told_after_it(text, org):
    record = extract_article(text, source="order.txt", published="2023-05-01")
    assert [q.org for q in record.quotes] == [org]
