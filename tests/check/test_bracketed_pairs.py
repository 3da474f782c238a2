"""A "doubled" whose two counts stand in brackets after their periods: "from February (68) to March (157)".

Every sentence is our own writing.  ANNOTATION.md decision 10: the multiplier is checked against
the earlier and the later figure it names.  A percentage in brackets after a change word ("a slight
decrease (1.5%) in new callers, from A to B") is that from-to pair's change.
"""
from __future__ import annotations

import pytest

from check_factories import check_of
from pipeline import extract_article

PAIRS = [
    # text, (earlier, later) inputs or None (no decided check), verdict
    ("Calls to the helpline more than doubled from January (70) to February (160).", (70, 160), "consistent"),
    ("Calls to the helpline more than doubled from January (70) to February (130).", (70, 130), "inconsistent"),
    ("Chats with the service doubled from 2020 (400) to 2021 (805), the charity said.", (400, 805), "consistent"),
    ("Calls to the line nearly trebled from March 2019 ( 120 ) to March 2020 ( 350 ).", (120, 350), "consistent"),
    # one figure without its period's bracket, or the earlier one missing: no pair
    ("Calls to the helpline more than doubled from January to February (160).", None, None),
    ("Calls to the helpline more than doubled, the charity said (160 in all).", None, None),
]


@pytest.mark.parametrize("text,inputs,verdict", PAIRS)
def test_multiplier_against_bracketed_pair(text, inputs, verdict):
    record = extract_article(text, source="pairs.txt", published="2022-06-01")
    by_id = {c.id: c for c in record.counts}
    decided = [c for c in record.checks if c.kind == "multiplier" and c.verdict != "unverifiable"]
    if inputs is None:
        assert decided == [], [c.explanation for c in decided]
        return
    assert [tuple(by_id[i].value for i in c.inputs) for c in decided] == [inputs], [c.explanation for c in record.checks]
    assert decided[0].verdict == verdict, decided[0].explanation


@pytest.mark.parametrize("text, stated, verdict", [
    # a percentage in brackets after a change word sizes the from-to pair after it
    ("While more people sought help, there was a slight decrease (1.5%) in new callers to the line, "
     "from 4,715 in 2002 to 4,644 in 2003.", 1.5, "consistent"),
    ("There was a small drop (3%) in referrals, from 2,000 in 2019 to 1,900 in 2020.", 3.0, "inconsistent"),
    ("The service saw a rise (25 per cent) in web chats, from 800 in 2021 to 1,000 in 2022.", 25.0, "consistent"),
])
def test_a_bracketed_percentage_after_a_change_word(text, stated, verdict):
    check = check_of(text, stated, published="2023-02-01")
    assert check.verdict == verdict, check.explanation


@pytest.mark.parametrize("text", [
    # the word and the pair disagree on the direction: a share of something else, no change
    "There was a decrease (20%) in calls, from 1,000 in 2020 to 1,200 in 2021.",
])
def test_no_change_from_a_bracket_without_its_pair(text):
    record = extract_article(text, source="brackets.txt", published="2023-02-01")
    assert all(p.kind == "share" for p in record.percentages)
