"""A figure after "Month D to" is a count, not a range's last day, when a count noun follows it.

"From June 1 to 30 people called" counts 30 people; "from June 1 to 30, 45 people called" is
a range of days and a count of 45.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, values, period", [
    ("From June 1 to 30 people called the helpline.", [30], (None, None)),
    ("From March 3 to 9 texts were sent to the line.", [9], (None, None)),
    ("Between May 3 and 40 callers were helped by the line.", [40], (None, None)),
    ("From August 2 until 25 callers rang the helpline.", [25], (None, None)),
    # a range of days stays one
    ("From June 1 to 30, 45 people called the helpline.", [45], ("2023-06-01", "2023-06-30")),
    ("From June 1 to 30 June, 45 people called the helpline.", [45], ("2023-06-01", "2023-06-30")),
    ("Between May 3 and 9, 40 callers were helped by the line.", [40], ("2023-05-03", "2023-05-09")),
    ("The line ran from May 3 to 9 and 40 people called it.", [40], ("2023-05-03", "2023-05-09")),
])
def test_count_noun_after_a_day_range_end(text, values, period):
    record = extract_article(text, source="t.txt", published="2024-03-01")
    assert [c.value for c in record.counts] == values
    assert (record.counts[0].period_start, record.counts[0].period_end) == period
