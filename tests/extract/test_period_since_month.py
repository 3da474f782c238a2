"""A change "since" a month, a day or an event dated by one runs from it, with no base period.

"Calls are up 40% since March 2020" and "up 52% since the move to a free number in March"
run from the start of March on (ANNOTATION.md decision 6) against no one period before; a
whole year ("since 2021") stays the change's base, as before.
Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, published, expected", [
    ("Calls to the helpline in Ohio are up 203% since October.", "2021-11-20", ("2021-10-01", None, None)),
    ("Calls to the helpline have risen by 40% since March 2020.", "2021-06-01", ("2020-03-01", None, None)),
    ("Calls to the helpline have risen by 40% since 1 March 2020.", "2021-06-01", ("2020-03-01", None, None)),
    ("Calls to the helpline rose by 52 per cent since the move to a free number in March.", "2020-09-01",
     ("2020-03-01", None, None)),
    ("Texts to the line are up 18% since it moved to a new office in June 2019.", "2020-09-01",
     ("2019-06-01", None, None)),
    # a whole year stays the base
    ("Calls to the helpline have risen 37% since 2021.", "2022-05-01", (None, None, "2021-01-01")),
    # a time of the change's own, before it, is no event's
    ("In March, calls to the helpline rose 20%, since more people knew of it.", "2021-06-01",
     ("2021-03-01", "2021-03-31", "2020-03-01")),
])
def test_a_change_since_a_month_or_day(text, published, expected):
    record = extract_article(text, source="since.txt", published=published)
    assert [(p.period_start, p.period_end, p.base_period_start) for p in record.percentages] == [expected]
