"""A change set against a usual level has no base period, in sentences of our own.

A change "on usual traffic", "higher than normal", or one in the few days after an
event ("in the week after the final", "in the 24 hours following the speech", "during
the week of the match") compares with an ordinary week, not with a year earlier: its
base period is null, while its own period stays what the sentence dates. A change with
no base at all is still year on year.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _change(text: str):
    record = extract_article(text, source="usual.txt", published="2022-05-01")
    [change] = [p for p in record.percentages if p.kind == "change"]
    return change.period_start, change.base_period_start


@pytest.mark.parametrize("text, period_start", [
    ("In 2021, calls in the week following the cup final increased by 34 per cent.", "2021-01-01"),
    ("In 2021 there was a 34 per cent increase in referrals the week after the cup final.", "2021-01-01"),
    ("Referrals rose 28% in 2020 during the week of the derby.", "2020-01-01"),
    ("In 2019, chats rose by a fifth over the weekend after the final.", "2019-01-01"),
    ("The charity saw a 120% increase in calls in the 24 hours following the broadcast in 2021.", "2021-01-01"),
    ("In 2020 there was a 94 per cent increase on usual traffic.", "2020-01-01"),
    ("Calls in 2021 were 23 per cent higher than normal.", "2021-01-01"),
    ("Contacts in 2021 were up 40% compared with a typical week.", "2021-01-01"),
    ("Calls in 2021 rose 15% against normal levels.", "2021-01-01"),
])
def test_a_change_against_a_usual_level_has_no_base(text, period_start):
    assert _change(text) == (period_start, None)


@pytest.mark.parametrize("text, expected", [
    ("Calls rose 40% in 2021.", ("2021-01-01", "2020-01-01")),
    ("In 2021 calls rose 40% on 2019.", ("2021-01-01", "2019-01-01")),
    ("In the week starting 30 March 2020, calls rose 25% on the week before.", ("2020-03-30", "2020-03-23")),
])
def test_a_change_with_no_usual_level_keeps_its_base(text, expected):
    assert _change(text) == expected
