"""Figures of another thing than a change counts are no pair for its verdict.

"The number of <noun> ... from A to B" counts the noun of its clause, even a hyphenated
compound the word lists do not know ("drop-in centres", "brick-and-mortar shops"), not the
helpline use a later clause names; a change of that later clause ("and the calls linked to
them rose 25%") is not checked against the pair. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from check_factories import check_of
from pipeline import extract_article


@pytest.mark.parametrize("text, values, unit", [
    ("The number of brick-and-mortar shops in the county has grown from 12 to 17 since 2019.", (12, 17), "shops"),
    ("The number of drop-in centres in the city rose from 4 to 9 in two years.", (4, 9), "centres"),
    ("Last year the number of walk-in clinics fell from 30 to 22.", (30, 22), "clinics"),
    ("The total of licensed betting venues went up from 140 to 165 over the decade.", (140, 165), "venues"),
])
def test_a_from_to_pair_counts_its_clause_noun(text, values, unit):
    counts = {c.value: c for c in extract_article(text, source="things.txt", published="2023-02-01").counts}
    for value in values:
        assert counts[value].measure == "other" and counts[value].unit == unit


@pytest.mark.parametrize("text, value", [
    # the noun is a known unit: the pair keeps its measure
    ("The number of people calling the helpline rose from 1,200 to 1,500 in 2022.", 1500),
    ("The number of calls to the helpline rose from 1,200 to 1,500 in 2022.", 1500),
])
def test_a_known_noun_keeps_its_measure(text, value):
    counts = {c.value: c for c in extract_article(text, source="things.txt", published="2023-02-01").counts}
    assert counts[value].measure != "other"


@pytest.mark.parametrize("text, stated", [
    ("Helpline calls climbed 25% last year.\n\nThe number of brick-and-mortar shops in the state has increased "
     "from 12 to 17 in the past few years, and the calls apparently linked to them increased 25.2% between 2021 "
     "and 2022.", 25.2),
    ("Helpline calls climbed 25% last year.\n\nThe number of brick-and-mortar shops in the state has increased "
     "from 12 to 17 in the past few years, and the calls apparently linked to them increased 25.2% between 2021 "
     "and 2022.", 25.0),
    ("The number of drop-in centres went from 8 to 10 in 2022, while calls to the line grew by 40% in 2022.", 40.0),
    ("Calls to the line grew by 40% in 2022.\n\nThe number of drop-in centres went from 8 to 10 in 2022.", 40.0),
])
def test_no_verdict_on_another_things_pair(text, stated):
    check = check_of(text, stated, published="2023-02-01")
    assert check.verdict == "unverifiable", check.explanation


def test_a_change_of_the_things_themselves_is_still_checked():
    record = extract_article("The number of drop-in centres rose from 8 to 10 in 2022, an increase of 25%.",
                             source="things.txt", published="2023-02-01")
    [check] = [c for c in record.checks if c.stated == 25.0]
    assert check.verdict == "consistent", check.explanation
