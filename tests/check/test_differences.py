"""Differences: the size of a stated change checked against its two counts (kind ``sum``, relation difference).

Every sentence is our own writing.  The annotators' form: ``stated`` the later count, inputs the earlier
count and the difference (ANNOTATION.md decision 10 for the verdict: the qualifier rules of the change checks
("nearly 300,000" is [270,000, 300,000)); approximate counts decide a verdict only
when their whole range agrees.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from check_factories import difference_form
from pipeline import extract_article
from pipeline.check.tolerances import Tolerances
from pipeline.check.verdicts import check_difference

TOL = Tolerances()

SENTENCES = [
    # text, (earlier count, difference) inputs, the later count (stated), verdict
    ("The line handled more than 2.3 million calls in 2021, an increase of nearly 200,000 on the year before. "
     "It took 2,318,400 calls in 2021, compared with 2,130,950 in 2020.", (2130950, 200000), 2318400, "consistent"),
    ("The line handled more than 2.3 million calls in 2021, an increase of nearly 100,000 on the year before. "
     "It took 2,318,400 calls in 2021, compared with 2,130,950 in 2020.", (2130950, 100000), 2318400, "inconsistent"),
    ("In 2023 the helpline took 4,120 calls, 120 more than in 2022, when it took 4,000 calls.",
     (4000, 120), 4120, "consistent"),
    ("In 2023 the helpline took 4,120 calls, 300 more than in 2022, when it took 4,000 calls.",
     (4000, 300), 4120, "inconsistent"),
    ("The website had 9,400 visitors in 2020, a rise of 1,400 on the 8,000 visitors of 2019.",
     (8000, 1400), 9400, "consistent"),
    ("Calls fell to 3,100 in 2022, a drop of 400 on the 3,500 calls of 2021.", (3500, 400), 3100, "consistent"),
    ("Calls rose to 3,100 in 2022, an increase of 400 on the 3,500 calls of 2021.", (3500, 400), 3100,
     "inconsistent"),
]


@pytest.mark.parametrize("text,inputs,later,verdict", SENTENCES)
def test_difference_against_its_counts(text, inputs, later, verdict):
    record = extract_article(text, source="diff.txt", published="2024-03-01")
    checks = [c for c in record.checks if c.kind == "sum" and c.relation == "difference"]
    assert [difference_form(c, record) for c in checks] == [(later, inputs)], [c.explanation for c in checks]
    assert checks[0].verdict == verdict, checks[0].explanation


NO_CHECK = [
    # a difference whose two counts are not both in the text, or of another thing: no check at all
    "In 2023 the helpline took 4,120 calls, an increase of 120 on the year before.",
    "An increase of 120 was reported in 2023.",
    "About 3,100 calls came in 2022, an increase of 100 on the 3,000 calls of 2021.",  # a rounded later count
    "In 2023 the helpline took 4,120 calls and its website had 9,000 visitors, an increase of 300 on 2022, "
    "when the charity trained 50 volunteers.",
    "Police made 520 arrests in 2023, up 40 on 2022; the helpline took 4,120 calls in 2023 and 3,000 in 2022.",
]


@pytest.mark.parametrize("text", NO_CHECK)
def test_no_difference_check_without_both_counts(text):
    record = extract_article(text, source="diff.txt", published="2024-03-01")
    assert [c.explanation for c in record.checks if c.kind == "sum" and c.relation == "difference"
            and c.verdict != "unverifiable"] == []


VERDICTS = [
    # stated, qualifier, old, new, direction, input qualifiers, verdict
    ("300000", "nearly", 5404331, 5703830, "increase", ("exact", "exact"), "consistent"),   # 299,499
    ("300000", "nearly", 5404331, 5754331, "increase", ("exact", "exact"), "inconsistent"),  # 350,000
    ("300000", "exact", 5404331, 5703830, "increase", ("exact", "exact"), "consistent"),    # rounds to 300,000
    ("135000", "nearly", 265445, 400357, "increase", ("exact", "exact"), "consistent"),     # 134,912
    ("100", "more_than", 1000, 1150, "increase", ("exact", "exact"), "consistent"),
    ("100", "more_than", 1000, 1050, "increase", ("exact", "exact"), "inconsistent"),
    ("100", "exact", 1000, 1100, "increase", ("exact", "about"), "unverifiable"),           # 1,100 +/- 55
    ("100", "exact", 1100, 1000, "increase", ("exact", "exact"), "inconsistent"),           # wrong direction
    ("100", "exact", 1100, 1000, "decrease", ("exact", "exact"), "consistent"),
]


@pytest.mark.parametrize("stated,qualifier,old,new,direction,inputs,verdict", VERDICTS)
def test_difference_verdicts(stated, qualifier, old, new, direction, inputs, verdict):
    v = check_difference(Decimal(stated), qualifier, Decimal(old), Decimal(new), tolerances=TOL,
                         direction=direction, inputs=inputs)
    assert v.verdict == verdict, v.explanation
