"""A total against the parts listed in the sentence beside it, whatever nouns the parts take.

Only agreement is a verdict: parts that miss the total may leave some out, so no check is made.
Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def sums(text: str) -> list:
    record = extract_article(text, source="parts.txt", published="2022-05-01")
    return [c for c in record.checks if c.kind == "sum"]


@pytest.mark.parametrize("text, stated", [
    # the parts in the sentence after the total
    ("The service took on 120 cases for counselling last year.\nOf these, 90 were men worried about their own "
     "thoughts and 30 were partners of men who had been arrested.", 120.0),
    ("The helpline worked with 64 families in depth.\nOf them, 41 families were referred by social workers, "
     "15 families by schools and eight families by the police.", 64.0),
    # the parts after it in its own sentence
    ("Last year 5,000 people contacted the helpline: 3,000 by phone, 1,500 online and 500 by email.", 5000.0),
    # an exact total paragraphs after the list of its parts (of its own measure, and large enough)
    ("In May, 141 calls came from men and 37 calls came from women." + "\n\nThe charity thanked its volunteers."
     "\n\nIt said the line took 178 calls in all that month.", 178.0),
    # the parts in the sentence before it
    ("In May, 45 men and 15 women called the helpline.\nIn all, 60 people called the helpline about their "
     "worries that month.", 60.0),
])
def test_parts_beside_a_total_that_add_up(text, stated):
    found = [c for c in sums(text) if c.stated == stated]
    assert found and found[0].verdict == "consistent", [(c.stated, c.explanation) for c in sums(text)]


@pytest.mark.parametrize("text, stated", [
    # parts that miss the total: the list may leave some out
    ("The service took on 120 cases for counselling last year.\nOf these, 70 were men worried about their own "
     "thoughts and 30 were partners of men who had been arrested.", 120.0),
    # a larger figure among them: no list of parts
    ("Last year 5,000 people contacted the helpline: 3,000 by phone, 6,000 online and 500 by email.", 5000.0),
    # a rounded total is judged on the sentences beside it only ("Of the cases, ..." would point back at it by its
    # own words: pointed_sums, tests/check/test_pointed_sums.py)
    ("The service took on about 120 cases for counselling last year.\nThe charity thanked its volunteers.\n"
     "Men were 90 and partners were 30.", 120.0),
])
def test_no_sum_from_parts_that_miss_or_stand_apart(text, stated):
    assert not [c for c in sums(text) if c.stated == stated], [(c.stated, c.explanation) for c in sums(text)]


@pytest.mark.parametrize("text, stated", [
    # a small total of no known measure and two far counts of other things that add up to it by chance
    ("The line has 12 staff.\nThe charity thanked its volunteers.\nIt opened 5 new hubs and 7 clinics this year.",
     12.0),
    ("The charity runs 20 groups.\nIts patrons met in March.\nIt trained 8 nurses and 12 teachers in May.", 20.0),
    # a small total of calls and two far counts of calls: two parts are not enough below 100
    ("The helpline took 30 calls on Monday.\nThe charity thanked its volunteers.\nOn Friday 14 calls came "
     "from men and 16 calls came from women.", 30.0),
])
def test_no_far_sum_by_coincidence(text, stated):
    """A far list must be of the total's own measure, and three parts long or under a total of 100 or more."""
    assert not [c for c in sums(text) if c.stated == stated], [(c.stated, c.explanation) for c in sums(text)]
