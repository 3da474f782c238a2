""""Over the past decade" is "over the last ten years": a running total over it has no one period, and takes
none from the sentences before ("In 2022/23 the line took 3,150 calls. Over the past decade, it has answered
40,000."); a change over it compares the last of those years with the first, and the earlier end of a pair over it
("calls went from 40 to 900") is of the first.  Sentences of our own writing.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline import extract_article
from pipeline.extract.periods import find_periods


@pytest.mark.parametrize("phrase", [
    "Over the past decade", "In the last decade", "During the previous decade", "Across the past decade",
    "Over the last ten years", "Over the last 10 years",
])
def test_a_total_over_a_decade_inherits_no_period(phrase):
    text = (f"Helpline figures\n\nThe helpline received 3,150 calls in the 2022/23 financial year.\n\n"
            f"{phrase}, the charity has answered more than 40,000 calls.")
    record = extract_article(text, source="decade.txt", published="2023-11-20")
    total = next(c for c in record.counts if c.value == 40000)
    assert (total.period_start, total.period_end) == (None, None)


@pytest.mark.parametrize("text, start, end", [
    ("Calls rose over the past decade.", "2013-01-01", "2022-12-31"),
    ("Calls rose in the last decade.", "2013-01-01", "2022-12-31"),
    ("Calls rose over the last ten years.", "2013-01-01", "2022-12-31"),
    ("Calls rose over the last three years.", "2020-01-01", "2022-12-31"),
])
def test_the_span_a_decade_names(text, start, end):
    [mention] = [m for m in find_periods(text, published=datetime.date(2023, 11, 20)) if m.period]
    assert (mention.period.start.isoformat(), mention.period.end.isoformat()) == (start, end)


@pytest.mark.parametrize("text", [
    "The helpline opened a decade ago.",  # no span the figures are of
    "It was the busiest decade for the charity.",
])
def test_other_decades_name_no_span(text):
    assert [m for m in find_periods(text, published=datetime.date(2023, 11, 20)) if m.relative == "last_n_years"] == []


@pytest.mark.parametrize("span", ["Over the past decade", "Over the last ten years"])
def test_a_pair_over_a_decade_is_dated_as_over_ten_years(span):
    """The earlier end of a pair over the span is of its first year, as for "the last ten years"."""
    text = f"Helpline figures\n\nThe line took 900 calls in 2023. {span} calls went from 40 to 900."
    record = extract_article(text, source="decade.txt", published="2024-03-01")
    assert {c.value: c.period_start for c in record.counts} == {900: "2023-01-01", 40: "2014-01-01"}
