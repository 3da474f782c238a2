"""A share "over the past three years" is a share of a running total: no one period.

As a count over "the last five years" is a running total of no period, so is a share of
it ("45% of calls over the past three years came from women"); a change over such a span
still compares its last year with its first. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, published, kind, period, base", [
    ("Some 45 per cent of calls to the helpline over the past three years came from women.", "2019-05-10",
     "share", None, None),
    ("Over the last five years, 30% of callers to the helpline were under 25.", "2020-02-01", "share", None, None),
    ("In the past four years, 20% of contacts to the helpline were by email.", "2021-06-01", "share", None, None),
    # a share of one year keeps it
    ("Some 45 per cent of calls to the helpline in 2018 came from women.", "2019-05-10", "share", "2018-01-01", None),
    # a change over the span: its last year, on its first
    ("Calls to the helpline rose by 60% over the last three years.", "2019-05-10", "change", "2018-01-01",
     "2016-01-01"),
])
def test_a_share_over_several_years(text, published, kind, period, base):
    record = extract_article(text, source="running.txt", published=published)
    [pct] = [p for p in record.percentages if p.kind == kind]
    assert (pct.period_start, pct.base_period_start) == (period, base)
