"""Shares that exhaust one whole are checked as adding up to 100% (ANNOTATION.md decision 10: kind sum).

Every sentence here is our own writing.  A list of shares is one whole when a
closing word ("the remaining", "the rest", "the other") ends it, or when its exact
shares add up to 100 within their rounding; shares of two wholes side by side are
never summed, so no "inconsistent" comes from them.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline import extract_article
from pipeline.check.tolerances import Tolerances
from pipeline.check.verdicts import check_partition

TOL = Tolerances()

SENTENCES = [
    # text, the shares summed (as stated values, each list in text order), verdicts
    ("Of the callers, 58% were men, 35% were women and the remaining 7% gave no answer.",
     [[58, 35, 7]], ["consistent"]),
    ("Of the callers, 50% were men, 30% were women and the remaining 10% gave no answer.",
     [[50, 30, 10]], ["inconsistent"]),
    ("In all, 81 per cent rang about their own thoughts while 19 per cent rang about a relative.",
     [[81, 19]], ["consistent"]),
    ("Of those who rang, 12 per cent were under 25, 41 per cent were 25 to 44 and the rest, 47 per cent, "
     "were older.", [[12, 41, 47]], ["consistent"]),
    ("Around 70% lived in towns and the other 30% in the countryside.", [[70, 30]], ["unverifiable"]),
    ("Nine in ten callers were men; 64% were first-time callers and the rest had called before.", [], []),
    # two wholes side by side: never one sum
    ("Of callers 60% were men and 40% women, while of texters 70% were women and 30% men.", [], []),
    ("Of callers 60% were men and the remaining 40% women, while of texters 70% were women and the rest, "
     "30%, men.", [[60, 40], [70, 30]], ["consistent", "consistent"]),
    ("In 2022, 45% of calls came from Kent and 55% of texts came from Essex.", [], []),
    # shares that do not add up, with nothing closing them: several wholes, never a verdict
    ("About 62% had never called before and 51% found the line online.", [], []),
    ("A total of 77% were men and 22% were women.", [], []),
    ("The line found that 80% had no earlier contact, 94% were worried about themselves and 6% about "
     "a friend.", [], []),
]


@pytest.mark.parametrize("text,lists,verdicts", SENTENCES)
def test_shares_of_one_whole(text, lists, verdicts):
    record = extract_article(text, source="shares.txt", published="2023-04-01")
    by_id = {p.id: p for p in record.percentages}
    checks = [c for c in record.checks if c.kind == "sum" and c.stated == 100.0]
    assert [[by_id[i].value for i in c.inputs] for c in checks] == lists, [c.explanation for c in checks]
    assert [c.verdict for c in checks] == verdicts


def test_a_list_under_a_bullet_per_line():
    text = ("What the callers told the line in 2022:\n\n"
            "\u2022 74 per cent lived in a city while 26 per cent lived in a village\n\n"
            "\u2022 31 per cent were aged under 30, 44 per cent were 30 to 49 and 22 per cent were 50 or over "
            "(the remaining three per cent did not say)\n")
    record = extract_article(text, source="bullets.txt", published="2023-04-01")
    by_id = {p.id: p for p in record.percentages}
    got = [([by_id[i].value for i in c.inputs], c.verdict) for c in record.checks if c.stated == 100.0]
    assert got == [([74, 26], "consistent"), ([31, 44, 22, 3], "consistent")]


PARTS = [
    # shares as (value, qualifier), verdict: exact shares stand for what rounds to them
    ([("60", "exact"), ("32", "exact"), ("8", "exact")], "consistent"),
    ([("33", "exact"), ("33", "exact"), ("33", "exact")], "consistent"),       # [97.5, 100.5)
    ([("33", "exact"), ("33", "exact")], "inconsistent"),                      # [65, 67)
    ([("60.5", "exact"), ("39.7", "exact")], "inconsistent"),                  # [100.1, 100.3)
    ([("60.5", "exact"), ("39.6", "exact")], "consistent"),                    # [100, 100.2)
    ([("77", "exact"), ("22", "exact")], "inconsistent"),                      # [98, 100)
    ([("about 70", "about"), ("30", "exact")], "unverifiable"),
    ([("more than 80", "more_than"), ("25", "exact")], "inconsistent"),        # above 104.5 whatever it is
]


@pytest.mark.parametrize("parts,verdict", PARTS)
def test_partition_verdicts(parts, verdict):
    shares = [(Decimal(v.split()[-1]), q) for v, q in parts]
    assert check_partition(shares, tolerances=TOL).verdict == verdict
