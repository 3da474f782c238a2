"""Two months named together are one span; "the month of December" is December.

"In March and April", "during May and June", "between the months of March and June" run from the
first day of the first month to the last day of the second (ANNOTATION.md decision 6, "between
<month A> and <month B>"), in the latest such span begun by the publication date when no year is
named; "during the month of December" is that month. Sentences of our own writing.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline import extract_article
from pipeline.extract.periods import find_periods, resolve

D = datetime.date


@pytest.mark.parametrize("text, published, expected", [
    ("In March and April, the line answered 900 calls.", D(2020, 7, 2), ("2020-03-01", "2020-04-30")),
    ("During May and June 640 people called.", D(2022, 3, 1), ("2021-05-01", "2021-06-30")),
    ("Over October and November the charity heard from 75 men.", D(2019, 12, 5), ("2019-10-01", "2019-11-30")),
    ("Calls rose between the months of March and June.", D(2021, 8, 1), ("2021-03-01", "2021-06-30")),
    ("Throughout July and August 2018, 300 people got in touch.", None, ("2018-07-01", "2018-08-31")),
    ("Almost 4,000 people rang during the month of December.", D(2015, 1, 21), ("2014-12-01", "2014-12-31")),
    ("In the month of June, 210 people used the webchat.", D(2023, 9, 1), ("2023-06-01", "2023-06-30")),
])
def test_two_months_named_together_are_one_span(text, published, expected):
    mention = next(m for m in find_periods(text, published=published) if m.role == "time")
    found = resolve(mention, anchor=None, published=published)
    assert found is not None and found.iso() == expected


@pytest.mark.parametrize("text, published, period, base", [
    ("In March and April, we answered 35% more calls compared to the same time last year.", "2020-07-02",
     "2020-03-01", "2019-03-01"),
    ("The line saw a 40% rise in calls between the months of March and June, compared with the same months "
     "last year.", "2021-08-01", "2021-03-01", "2020-03-01"),
])
def test_a_change_over_two_months(text, published, period, base):
    record = extract_article(text, source="months.txt", published=published)
    [change] = [p for p in record.percentages if p.kind == "change"]
    assert (change.period_start, change.base_period_start) == (period, base)


def test_a_share_in_two_months():
    record = extract_article("In April and May, about 12 per cent of the calls were about the virus.",
                             source="months.txt", published="2020-06-28")
    [share] = record.percentages
    assert (share.period_start, share.period_end) == ("2020-04-01", "2020-05-31")
