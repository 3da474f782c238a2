"""A span of months named without a year after an open span ("Since 2019, ... Between January and June, ...") is the
latest such span begun by the publication date, not a span of the open span's first year: "since 2019" runs up to
the publication, so its start year says nothing of the months.  A closed period before (a year, a financial year)
still gives the months its year, and with no publication date the open span's year is still the one the text names
("since February 2024" ... "in September": pair_context.month_in_year_before).  Articles of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _starts(text: str, published: str | None) -> dict[float, str | None]:
    record = extract_article("Helpline figures\n\n" + text, source="months-after-open.txt", published=published)
    found = {c.value: c.period_start for c in record.counts}
    found.update({p.value: p.period_start for p in record.percentages})
    return found


@pytest.mark.parametrize("text, published, value, start", [
    # after an open span: the latest such months by the publication date
    ("Since 2019, 5,000 people have called the helpline.\n\nBetween January and June, 45% of callers were women.",
     "2023-06-14", 45, "2023-01-01"),
    ("Since 2019, 5,000 people have called the helpline.\n\nFrom January to April, 300 people called it.",
     "2023-09-14", 300, "2023-01-01"),
    ("Since March 2020 the line has taken 8,200 calls.\n\nBetween June and August, 410 men contacted it.",
     "2022-10-03", 410, "2022-06-01"),
    ("Since the start of 2018, the service has had 12,000 chats.\n\nFrom October to December, 900 people called.",
     "2023-02-01", 900, "2022-10-01"),
    # the open span itself keeps its start
    ("Since 2019, 5,000 people have called the helpline.\n\nBetween January and June, 45% of callers were women.",
     "2023-06-14", 5000, "2019-01-01"),
    # near misses: a closed period before gives its year; no publication date keeps the open span's year
    ("In 2021, 2,000 people called the helpline.\n\nBetween January and June, 45% of callers were women.",
     "2023-06-14", 45, "2021-01-01"),
    ("In 2021, 2,000 people called the helpline.\n\nFrom April to September, 300 people called it.",
     "2023-06-14", 300, "2021-04-01"),
    ("Until 2020 the line took 900 calls a year.\n\nBetween March and May, 300 people called it.",
     "2023-06-14", 300, "2020-03-01"),
    ("Since 2019, 5,000 people have called the helpline.\n\nFrom January to April, 300 people called it.",
     None, 300, "2019-01-01"),
])
def test_months_without_a_year_after_an_open_span(text, published, value, start):
    assert _starts(text, published)[value] == start
