"""A share's whole in an undated text, told by the relative period the part's words name (places21b,
``pipeline/check/share_whole_finder.py``).

"N of last year's calls - about a third" after "M calls ... last year" and "In 2022 there were K": with no date the
text's "last year" stays unresolved, and the count dated by a year is no whole the words can be shown to mean; the
count whose own clause says "last year" is.  A part whose words name no relative period keeps the nearest whole.
Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

HEAD = "Coastal helpline busier\n\n"


def _shares(text: str) -> list[tuple[str, list[float]]]:
    record = extract_article(HEAD + text, source="check.txt")
    values = {c.id: c.value for c in record.counts}
    return [(c.verdict, [values[i] for i in c.inputs]) for c in record.checks if c.kind == "share"]


@pytest.mark.parametrize("text, inputs", [
    ("The Harbour Line took 1,800 calls from Kent last year.\n\nIn 2021 there were 900.\n\n"
     "Dover callers accounted for 590 of last year's calls \u2013 about a third.", [590, 1800]),
    ("The Harbour Line answered 2,400 calls from Kent last year.\n\nIn 2020 it answered 1,000.\n\n"
     "Margate callers made 610 of last year's calls \u2013 about a quarter.", [610, 2400]),
    ("The Harbour Line has taken 1,200 calls from Kent this year.\n\nIn 2021 there were 700.\n\n"
     "Folkestone callers made 400 of this year's calls \u2013 a third.", [400, 1200]),
])
def test_the_whole_of_the_named_relative_period(text, inputs):
    assert [i for _, i in _shares(text)] == [inputs]


@pytest.mark.parametrize("text, inputs", [
    # the part names no relative period: the nearest whole before it, as before
    ("The Harbour Line took 1,800 calls from Kent last year.\n\nIn 2021 there were 900.\n\n"
     "Dover callers accounted for 300 of them \u2013 a third.", [300, 900]),
])
def test_no_named_period_keeps_the_nearest(text, inputs):
    assert [i for _, i in _shares(text)] == [inputs]
