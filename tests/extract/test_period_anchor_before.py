""""Last year" anchored by the sentence before, in sentences of our own (ANNOTATION.md decision 6).

With no publication date, a change stated with "last year" (or "this year") right after a
sentence that counts in a named year sets the two years side by side: "In 2016, it helped
3,971 people. It helped 7,117 last year, an increase of 80%." makes last year 2017 and this
year 2018. A named year with no count before it, or a sentence with no change, anchors
nothing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _facts(text: str):
    record = extract_article(text, source="anchor.txt")
    return ({c.value: c.period_start for c in record.counts},
            [(p.value, p.period_start, p.base_period_start) for p in record.percentages])


@pytest.mark.parametrize("text, counts, changes", [
    ("In 2016, the charity helped 3,971 people. It helped 7,117 last year, an increase of around 80%.",
     {3971: "2016-01-01", 7117: "2017-01-01"}, [(80.0, "2017-01-01", "2016-01-01")]),
    ("In 2019 the line took 1,200 calls. Last year it took 1,500 calls, a rise of 25%. So far this year it has taken 400 calls.",
     {1200: "2019-01-01", 1500: "2020-01-01", 400: "2021-01-01"}, [(25.0, "2020-01-01", "2019-01-01")]),
    ("During 2012 volunteers answered 8,000 calls. This year they have answered 9,000 calls, up 12.5%.",
     {8000: "2012-01-01", 9000: "2013-01-01"}, [(12.5, "2013-01-01", "2012-01-01")]),
])
def test_last_year_anchored_by_the_count_before(text, counts, changes):
    assert _facts(text) == (counts, changes)


@pytest.mark.parametrize("text, value", [
    ("In 2010 the charity opened its first branch. Last year it took 600 calls, a rise of 20%.", 600),
    ("In 2016, the charity helped 3,971 people. It helped 7,117 last year.", 7117),
    ("In 2016, the charity helped 3,971 people. Its website was redesigned. Last year it helped 7,117, up 80%.", 7117),
])
def test_nothing_anchors_last_year(text, value):
    assert _facts(text)[0][value] is None
