"""A change stated beside the two levels it runs between ("from 40% to 46%, a 6% increase"): agreement is
consistent, percentage points given as per cent inconsistent, anything else no verdict.  Sentences of our
own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article


def change_checks(text: str, stated: float) -> list[str]:
    record = extract_article(text, source="levels.txt", published="2024-02-01")
    return [c.verdict for c in record.checks if c.kind == "percentage" and c.stated == stated]


@pytest.mark.parametrize("text, stated, verdict", [
    ("The share of callers under 25 rose from 20% to 25% in 2023, an increase of 25%.", 25.0, "consistent"),
    ("Women made up a growing part of callers, up from 30 per cent in 2021 to 36 per cent in 2023, a rise of "
     "20 per cent.", 20.0, "consistent"),
    # points written as per cent
    ("The proportion of chats among all contacts grew from 40% in 2022 to 46% in 2023, a 6% increase.", 6.0,
     "inconsistent"),
    ("The share of first-time callers fell from 62 per cent to 55 per cent, a drop of 7 per cent.", 7.0,
     "inconsistent"),
])
def test_a_change_between_two_levels(text, stated, verdict):
    assert change_checks(text, stated) == [verdict]


@pytest.mark.parametrize("text, stated", [
    # neither the relative change nor the points: another figure's change, perhaps
    ("The share of women callers rose from 20% to 25%, an increase of 30%.", 30.0),
    # two shares of one year are no levels of a change
    ("Calls rose 6% in 2023, when 40% came from men and 46% from women.", 6.0),
    # a change of another figure later in the sentence, not set beside the levels
    ("The share of callers who were women grew from 40% in 2022 to 46% in 2023, while calls rose 6% overall.", 6.0),
    ("Its share fell from 30% to 25% in Leeds, and a 5% drop in staff followed.", 5.0),
    ("Calls from men rose from 40% of the total to 46%, and volunteer hours increased by 6%.", 6.0),
    ("The share of chats went from 40% to 46% as the number of volunteers rose by 6%.", 6.0),
])
def test_no_verdict_on_levels_that_do_not_give_it(text, stated):
    assert [v for v in change_checks(text, stated) if v != "unverifiable"] == []
