"""A "doubled" whose two counts stand in brackets after their periods: "from February (68) to March (157)".

Every sentence is our own writing.  ANNOTATION.md decision 10: the multiplier is checked against
the earlier and the later figure it names.
"""
from __future__ import annotations

import pytest

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
