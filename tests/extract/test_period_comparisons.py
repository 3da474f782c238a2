"""Comparison periods of changes, in sentences of our own (ANNOTATION.md decisions 6 and 7).

A dated event after a base connector is the change's comparison period ("up 24%
compared to the first three months of lockdown"); elsewhere it is the time it names
("At the start of lockdown, ...").
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _change(text: str, published: str | None, value: float):
    record = extract_article(text, source="comparisons.txt", published=published)
    return next(p for p in record.percentages if p.kind == "change" and p.value == value)


@pytest.mark.parametrize("text, value, start, base", [
    ("Between June and August 165 people called, an increase of 24% compared to the first three months of lockdown.",
     24, "2020-06-01", "2020-03-23"),
    ("Over the summer of 2020, calls were up 30% on the first three months of the lockdown.", 30, "2020-01-01",
     "2020-03-23"),
    ("In July 2020 the website had 2,400 visitors, a rise of 51% compared with the start of lockdown.", 51,
     "2020-07-01", "2020-03-23"),
    ("Contacts in August 2020 were 18% higher than at the beginning of the first lockdown.", 18, "2020-08-01",
     "2020-03-23"),
])
def test_an_event_after_a_base_connector_is_the_base(text, value, start, base):
    change = _change(text, "2020-10-02", value)
    assert (change.period_start, change.base_period_start) == (start, base)


@pytest.mark.parametrize("text, value, start", [
    ("At the start of lockdown, the helpline saw a 12% fall in calls.", 12, "2020-03-23"),
    ("Calls have risen by 40% since the first lockdown.", 40, "2020-03-23"),
])
def test_an_event_without_a_connector_is_the_time(text, value, start):
    assert _change(text, "2020-10-02", value).period_start == start
