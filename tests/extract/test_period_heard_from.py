""""heard from 1,240 people" counts who got in touch; it is not the earlier figure of a comparison.

So the count keeps the period its sentence names and dates the share after it. Sentences of our
own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, published, value, period, share, share_period", [
    ("Between April and September the service heard from 1,240 people. Of those, 35% had never spoken to anyone.",
     "2023-11-20", 1240, "2023-04-01", 35, "2023-04-01"),
    ("In 2022 the helpline heard from 3,050 adults. Around 70% of them were men.", "2023-03-01", 3050, "2022-01-01",
     70, "2022-01-01"),
    ("Last year advisers heard from more than 900 parents. Some 40% of them were fathers.", "2024-02-01", 900,
     "2023-01-01", 40, "2023-01-01"),
])
def test_heard_from_is_a_count_of_its_period(text, published, value, period, share, share_period):
    record = extract_article(text, source="heard.txt", published=published)
    [count] = [c for c in record.counts if c.value == value]
    [pct] = [p for p in record.percentages if round(p.value) == share]
    assert (count.period_start, pct.period_start) == (period, share_period)


@pytest.mark.parametrize("text, published, value", [
    # "up from" stays a comparison: the earlier figure is of the year before
    ("In 2022 the helpline heard from 3,050 adults, up from 2,400 the year before.", "2023-03-01", 2400),
])
def test_up_from_stays_the_earlier_figure(text, published, value):
    record = extract_article(text, source="heard.txt", published=published)
    [count] = [c for c in record.counts if c.value == value]
    assert count.period_start == "2021-01-01"
