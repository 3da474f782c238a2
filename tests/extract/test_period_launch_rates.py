"""Launch dates: a standing rate is not of the launch's year, and "in its first week" runs from the launch.

"The line, which opened in 2011, handles around 5,000 calls a year": the year dates the opening,
and a rate of the present takes no period from it (a count with a time of its own keeps that
time; a running total "since it launched in 2019" runs from the launch, as before). After a
sentence that names a launch, "in its first week" (fortnight, day) is the span of days from it,
as "in its first year" is the twelve months from it. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _period(text: str, value: int, published: str = "2024-05-20"):
    record = extract_article("Helpline figures\n\n" + text, source="launch-rates.txt", published=published)
    [count] = [c for c in record.counts if c.value == value]
    return count.period_start, count.period_end


@pytest.mark.parametrize("text, value", [
    ("The line, which opened in 2011, handles around 5,000 calls a year.", 5000),
    ("Founded in 1998, the helpline takes about 40 calls a day.", 40),
    ("The service, launched in March 2020, answers some 300 calls each week.", 300),
])
def test_a_standing_rate_is_not_of_the_launch(text, value):
    assert _period(text, value) == (None, None)


@pytest.mark.parametrize("text, value, start", [
    # a time of its own
    ("The line, founded in 1998, took 3,000 calls last year.", 3000, "2023-01-01"),
    ("The helpline, which was set up in 2002, answered 4,400 calls in 2023.", 4400, "2023-01-01"),
    # a running total from the launch
    ("Launched in 2019, the webchat has had 12,500 conversations.", 12500, "2019-01-01"),
    ("The line opened in 2004 and has since taken more than 30,000 calls, including 2,000 in the past year.", 30000,
     "2004-01-01"),
    # an average over a dated span is dated as a count is
    ("In 2023 the line, which opened in 2011, took an average of 14 calls a day.", 14, "2023-01-01"),
])
def test_counts_with_a_time_of_their_own(text, value, start):
    assert _period(text, value)[0] == start


@pytest.mark.parametrize("text, value, start, end", [
    ("The crisis text line opened on 6 May. In its first week it received 480 messages.", 480, "2024-05-06",
     "2024-05-12"),
    ("The helpline launched on 1 March 2024. During its first fortnight it took 650 calls.", 650, "2024-03-01",
     "2024-03-14"),
    ("The number went live on 3 April 2023. In its first day, 120 people called it.", 120, "2023-04-03",
     "2023-04-03"),
    ("The line launched on 1 March 2023. In its first year it answered 12,000 calls.", 12000, "2023-03-01",
     "2024-02-29"),
    ("The new line launched on 16 July 2022. In its first 100 days, it took 9,000 calls.", 9000, "2022-07-16",
     "2022-10-23"),
])
def test_first_days_after_a_launch(text, value, start, end):
    assert _period(text, value) == (start, end)
