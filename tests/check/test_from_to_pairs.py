"""A change stated after the "from A to B" pair it describes is checked against that pair.

The two figures of the pair may take one period (both "at half-year", both "in 2022"):
the words compare them all the same, so the verdict rests on them. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from check_factories import check_of


@pytest.mark.parametrize("text, stated, verdict", [
    # the pair before the change
    ("Referrals increased from 300 to 360 at half-year, a rise of 20% on the same period last year.", 20.0, "consistent"),
    ("Referrals increased from 300 to 360 at half-year, a rise of 15% on the same period last year.", 15.0, "inconsistent"),
    ("The number of drop-in centres rose from 8 to 10 in 2022, an increase of 25%.", 25.0, "consistent"),
    ("Calls to the line went from 1,000 to 1,250 in the first quarter, up 25 per cent.", 25.0, "consistent"),
    ("Calls to the line went from 1,000 to 1,250 in the first quarter, up 40 per cent.", 40.0, "inconsistent"),
    ("Reports fell from 500 to 450 in 2021, a drop of 10%.", 10.0, "consistent"),
    # the pair after the change, its earlier figure with a rate, a time of its own and a hedge word
    ("Calls to the line have gone up by nearly 200 percent, from just 40 per month in Fiscal Year 2018 to "
     "120 calls per month this year.", 200.0, "inconsistent"),  # exactly 200%: not "nearly"
    ("Calls to the line have gone up by nearly 200 percent, from just 42 per month in Fiscal Year 2018 to "
     "120 calls per month this year.", 200.0, "consistent"),
    ("Referrals rose by 40%, from 300 a week in the 2019/20 year to 420.", 40.0, "consistent"),
    ("Referrals rose by 40%, from only 300 a week during 2019 to 480.", 40.0, "inconsistent"),
])
def test_a_change_checked_against_its_pair(text, stated, verdict):
    check = check_of(text, stated, published="2023-02-01")
    assert check.verdict == verdict, check.explanation


@pytest.mark.parametrize("text, stated", [
    # two figures of one period that no "from ... to" compares are no change
    ("The line took 4,130 calls and 1,260 chats in 2022, a rise of 20%.", 20.0),
])
def test_no_pair_no_verdict(text, stated):
    check = check_of(text, stated, published="2023-02-01")
    assert check.verdict == "unverifiable", check.explanation


@pytest.mark.parametrize("text, stated, verdict", [
    # the pair after the change, the later figure first: "up to B from A"
    ("Contacts with the line are 20 per cent higher than at the same point last year, up to 1,200 from 1,000.",
     20.0, "consistent"),
    ("Contacts with the line are 11 per cent higher than at the same point last year, up to 1,200 from 1,000.",
     11.0, "inconsistent"),
    ("Referrals were up 25% on the same months of 2021, rising to 500 from 400.", 25.0, "consistent"),
    ("Reports are down 10 per cent, falling to 450 from 500.", 10.0, "consistent"),
])
def test_a_change_checked_against_its_pair_later_figure_first(text, stated, verdict):
    check = check_of(text, stated, published="2023-02-01")
    assert check.verdict == verdict, check.explanation
