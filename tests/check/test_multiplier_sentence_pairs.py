"""A multiplier nothing linked is judged on the only pair of counts of its sentence or the sentence beside it.

"This shows a four-fold rise" after the sentence that gives both figures; a headline's "three times
the number" over the sentence that gives them.  A sentence with more than two counts holds no pair; a
likelihood ("twice as likely") is no ratio of counts; a change over time is never judged on two counts
of one period.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def multiplier_checks(text: str, stated: float) -> list:
    record = extract_article(text, source="times.txt", published="2020-06-01")
    return [c for c in record.checks if c.kind == "multiplier" and c.stated == stated]


@pytest.mark.parametrize("text, stated, verdict", [
    # the pair in the sentence before: "this shows a N-fold rise"
    ("In 2019 the helpline took 1,000 calls from this group, up from 250 in 2015.\nThis shows a four-fold "
     "increase, the report said.", 4.0, "consistent"),
    ("In 2019 the helpline took 1,300 calls from this group, up from 250 in 2015.\nThis shows a four-fold "
     "increase, the report said.", 4.0, "inconsistent"),
    # a headline over the sentence that gives both figures
    ("Helpline misses three times the number of calls it answers\n\nThe helpline is missing an average of 1,500 "
     "calls a month, on top of the 500 calls a month it answers.", 3.0, "consistent"),
    ("Helpline misses three times the number of calls it answers\n\nThe helpline is missing an average of 2,000 "
     "calls a month, on top of the 500 calls a month it answers.", 3.0, "inconsistent"),
])
def test_a_multiplier_on_the_pair_beside_it(text, stated, verdict):
    checks = multiplier_checks(text, stated)
    assert checks and checks[0].verdict == verdict, [c.explanation for c in checks]


@pytest.mark.parametrize("text, stated", [
    # three counts in the sentence before: no one pair
    ("In 2019 the helpline took 1,300 calls, up from 250 in 2015 and 400 in 2017.\nThis shows a four-fold "
     "increase, the report said.", 4.0),
    # a likelihood compares rates, not the counts beside it
    ("Men who called the helpline were three times more likely to seek help again.\nSome 1,000 men called in "
     "2019 and 500 women.", 3.0),
])
def test_no_verdict_without_one_pair(text, stated):
    checks = multiplier_checks(text, stated)
    assert all(c.verdict == "unverifiable" for c in checks), [c.explanation for c in checks]
