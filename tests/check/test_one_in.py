"""Shares written as "one in N" (or a fraction) of a stated count, checked against their part and whole.

Every sentence is our own writing.  ANNOTATION.md decision 10 writes these as
``kind: share``, ``stated`` the percentage (one in five -> 20), inputs [part, whole].
"One in N" stands for the shares nearer 1/N than any other "one in M"
(``tolerances.one_in_band``).
"""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from pipeline import extract_article
from pipeline.check.tolerances import Tolerances, one_in_band
from pipeline.check.verdicts import check_share

TOL = Tolerances()

SENTENCES = [
    # text, (part, whole) of the share check, its kind and verdict
    ("In 2022 the line heard from 6,000 callers. One in four of the 6,000 callers (about 1,500) were women.",
     (1500, 6000), "share", "consistent"),
    ("In 2022 the line heard from 6,000 callers. One in three of the 6,000 callers (about 1,500) were women.",
     (1500, 6000), "share", "inconsistent"),
    ("The charity said 50,000 people used its web chat in 2023. Of these users, 13,000 (about one in four) "
     "sought support from the helpline.", (13000, 50000), "share", "consistent"),
    ("The charity said 50,000 people used its web chat in 2023. Of these users, 9,000 (about one in four) "
     "sought support from the helpline.", (9000, 50000), "share", "inconsistent"),
    ("In 2021, 800 of the 4,000 callers, or one in five, were calling for the first time.",
     (800, 4000), "share", "consistent"),
    ("In 2021, 800 of the 4,000 callers, or 20 per cent, were calling for the first time.",
     (800, 4000), "share", "consistent"),  # a part against its whole is a share check, however written
    ("In 2021, 950 of the 4,000 callers, or one in five, were calling for the first time.",
     (950, 4000), "share", "inconsistent"),
]


@pytest.mark.parametrize("text,inputs,kind,verdict", SENTENCES)
def test_share_of_a_stated_count(text, inputs, kind, verdict):
    record = extract_article(text, source="one_in.txt", published="2023-06-01")
    by_id = {c.id: c for c in record.counts}
    checks = [c for c in record.checks if c.kind in ("share", "percentage") and c.verdict != "unverifiable"]
    assert [tuple(by_id[i].value for i in c.inputs) for c in checks] == [inputs], [c.explanation for c in checks]
    assert (checks[0].kind, checks[0].verdict) == (kind, verdict), checks[0].explanation


NOT_LINKED = [
    # a share beside counts that are not its part and whole, or not right beside them: no verdict
    "One in four of the 6,000 callers (in 2021) were women.",
    "In 2022 the line took 6,000 calls (up from 5,000), one in four from women.",
    "Of these users, 13,000 (about one in four) sought support, the charity said, up from 20,000 in 2022.",
    "In 2021, 800 of the 4,000 callers rang at night; one in five were women.",
]


@pytest.mark.parametrize("text", NOT_LINKED)
def test_no_share_check_without_its_part_and_whole(text):
    record = extract_article(text, source="one_in.txt", published="2023-06-01")
    assert [c.verdict for c in record.checks if c.kind in ("share", "percentage") and c.verdict != "unverifiable"] == []


BANDS = [
    # N, share in per cent, consistent with "one in N"
    (4, "28", True),      # one in 3.57: nearer a quarter than a third
    (4, "22.5", True),
    (4, "22.4", False),   # nearer one in five
    (4, "29.2", False),   # nearer one in three
    (5, "20", True),
    (5, "17", False),
    (10, "9.6", True),
]


@pytest.mark.parametrize("n,share,ok", BANDS)
def test_one_in_n_band(n, share, ok):
    lo, hi = one_in_band(n)
    assert (lo <= Fraction(share) < hi) == ok
    v = check_share(Decimal(100) / n, "exact", Decimal(share) * 100, Decimal(10000), tolerances=TOL,
                    words=f"one in {n}")
    assert (v.verdict == "consistent") == ok, v.explanation


def test_fraction_words_are_about_their_value():
    third = Decimal("33.3")
    assert check_share(third, "exact", Decimal(31), Decimal(100), tolerances=TOL, words="a third").verdict == "consistent"
    assert check_share(third, "about", Decimal(23), Decimal(100), tolerances=TOL, words="around a third").verdict \
        == "inconsistent"
    # written as a percentage, the stated precision rules
    assert check_share(Decimal(33), "exact", Decimal(31), Decimal(100), tolerances=TOL, words="33%").verdict \
        == "inconsistent"


@pytest.mark.parametrize("text,expected", [
    # parts listed with their shares in brackets all take the one whole the sentence points back to
    ("The line was used by 4,200 people in 2021. Of them, 2,300 (54.8%) were men and 480 (11.4%) were under 25.",
     [((2300, 4200), "consistent"), ((480, 4200), "consistent")]),
    ("The line was used by 4,200 people in 2021. Of these, 2,300 (54.8%) were men and 480 (20%) were under 25.",
     [((2300, 4200), "consistent"), ((480, 4200), "inconsistent")]),
    ("Of the 4,200 people who used the line in 2021, 2,300 (54.8%) were men and 480 (11.4%) were under 25.",
     [((2300, 4200), "consistent"), ((480, 4200), "consistent")]),
])
def test_bracketed_shares_of_one_whole(text, expected):
    record = extract_article(text, source="one_in.txt", published="2023-06-01")
    by_id = {c.id: c for c in record.counts}
    checks = [c for c in record.checks if c.kind == "share"]
    assert [(tuple(by_id[i].value for i in c.inputs), c.verdict) for c in checks] == expected, \
        [c.explanation for c in checks]
