"""Times a count's sentence names that are not its own: a release date, an aside.

"The figures, published in March, show the line took 3,300 calls": March is when the figures
came out, so the count keeps no period from it (its own time, if the sentence names one, still
dates it). "Ms Green, who became director in 2019, said the line now takes 90 calls a day": a
standing rate takes no period from a time in an aside. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _start(text: str, value: int, published: str = "2024-05-20"):
    record = extract_article("Helpline figures\n\n" + text, source="other-times.txt", published=published)
    [count] = [c for c in record.counts if c.value == value]
    return count.period_start


@pytest.mark.parametrize("text, value", [
    ("The figures, published in March, show the line took 3,300 calls.", 3300),
    ("The report, released in January 2024, shows 7,100 people contacted the line.", 7100),
    ("Data issued on 4 April suggests the helpline handled 2,650 calls.", 2650),
    ("Ms Green, who became director in 2019, said the line now takes 90 calls a day.", 90),
    ("The service, which moved to new offices in 2021, answers about 60 calls a week.", 60),
])
def test_a_time_that_is_not_the_counts(text, value):
    assert _start(text, value) is None


@pytest.mark.parametrize("text, value, start", [
    # its own time still dates it
    ("The report, released in January 2024, shows 7,000 people contacted the line in 2023.", 7000, "2023-01-01"),
    ("Speaking in April, the director said the line took 5,300 calls in 2023.", 5300, "2023-01-01"),
    # a count (not a rate) in an aside's sentence keeps the sentence's time
    ("In 2023 the line, which moved in 2021, took 4,200 calls.", 4200, "2023-01-01"),
])
def test_its_own_time_dates_it(text, value, start):
    assert _start(text, value) == start
