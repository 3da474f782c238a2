"""A month named right after a change and "on" or "over" is the month the change compares with.

"down 40% over May", "up 12 per cent on April": the base period is that month (of the fact's own
year, or the latest such month up to the publication date). Sentences of our own writing.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline import extract_article
from pipeline.extract.periods import find_periods

D = datetime.date


@pytest.mark.parametrize("text, published, mention, role, start", [
    ("Calls in June 2021 recorded a 40% decrease over May calls.", D(2021, 7, 20), "over May", "base", "2021-05-01"),
    ("Webchats were up 12 per cent on April, the charity said.", D(2022, 6, 3), "on April", "base", "2022-04-01"),
    ("In March, texts rose 30 per cent over February.", D(2023, 4, 12), "over February", "base", "2023-02-01"),
    ("The helpline opened on May 5 2020.", None, "May 5 2020", "time", "2020-05-05"),
    ("Volunteers answered calls over December.", D(2019, 1, 10), "December", "time", "2018-12-01"),
])
def test_a_month_after_on_or_over(text, published, mention, role, start):
    found = next(m for m in find_periods(text, published=published) if m.text.endswith(mention))
    assert found.role == role and found.period is not None and found.period.iso()[0] == start


@pytest.mark.parametrize("text, published, period, base", [
    ("Help-seeker calls in June 2021 fell by 30% over May.", None, "2021-06-01", "2021-05-01"),
    ("Calls to the line in March 2022 were up 15 per cent on February.", None, "2022-03-01", "2022-02-01"),
])
def test_a_change_on_the_month_before(text, published, period, base):
    record = extract_article(text, source="monthbase.txt", published=published)
    [change] = [p for p in record.percentages if p.kind == "change"]
    assert (change.period_start, change.base_period_start) == (period, base)
