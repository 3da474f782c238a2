"""A survey's share takes no period from the helpline's figures before it.

"In 2021 the line took 3,100 calls. A survey of 2,000 adults found 58% worried about money.": the 58%
is the survey's, not of 2021's calls, though it is "of" a counted sample; nor does "them" in
"Respondents said ... smiling at them (53%)" point back to a dated count. A share "of" the line's own
figure still takes that figure's period. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

LEAD = "In 2021 the line took 3,100 calls.\n\n"


@pytest.mark.parametrize("text, value, expected", [
    ("A survey of 2,000 adults found 58% worried about money.", 58, (None, None)),
    ("Respondents said small kindnesses, such as someone smiling at them (53%), helped.", 53, (None, None)),
    ("A poll of 1,500 callers found 40% of them had rung before.", 40, (None, None)),
    ("Researchers found that 35% of those who called had debts.", 35, (None, None)),
    # a survey that names its own time is dated by it
    ("A survey in 2019 found 44% of adults gambled online.", 44, ("2019-01-01", "2019-12-31")),
    # the line's own share "of" its figure keeps that figure's period
    ("Of the 3,100, some 72 per cent were men.", 72, ("2021-01-01", "2021-12-31")),
])
def test_a_survey_share_is_not_dated_by_the_line(text, value, expected):
    record = extract_article(LEAD + text + "\n", source="t.txt")
    [share] = [p for p in record.percentages if round(p.value) == value]
    assert (share.period_start, share.period_end) == expected
