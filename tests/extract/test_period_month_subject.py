"""A month that is the subject of its sentence dates the figures that follow it.

"April was the busiest month in the line's history. Advisers answered 1,050 calls.": the
month opens the sentence as its subject ("was", "saw", "proved", "brought"), so it is a
period as "in April" is (the latest such month by the publication date), and the next
sentence's count inherits it. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _start(text: str, value: int, published: str = "2024-05-10"):
    record = extract_article("Helpline figures\n\n" + text, source="month-subject.txt", published=published)
    [count] = [c for c in record.counts if c.value == value]
    return count.period_start


@pytest.mark.parametrize("text, value, start", [
    ("April was the busiest month in the line's history. Advisers answered 1,050 calls, the charity said.", 1050,
     "2024-04-01"),
    ("March saw 820 calls to the helpline, a record.", 820, "2024-03-01"),
    ("January proved its busiest month yet: 930 people got in touch.", 930, "2024-01-01"),
    ("The charity is stretched. February brought 760 calls, it said.", 760, "2024-02-01"),
    # after the publication month: the year before
    ("August was the quietest month, with 410 calls to the line.", 410, "2023-08-01"),
])
def test_month_as_subject_dates_its_figures(text, value, start):
    assert _start(text, value) == start


@pytest.mark.parametrize("text, value", [
    # a month after its subject is no subject ("the line in April was ..." is for the clause rule)
    ("Its busiest month was not named. Advisers answered 300 calls, the charity said.", 300),
    # a month in the middle of a sentence with no preposition is no period
    ("The report by April Jones said the line takes 45 calls a day.", 45),
])
def test_no_month_subject(text, value):
    assert _start(text, value) is None
