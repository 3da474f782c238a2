""""Since it launched" counts from the launch the article names once, even after the count.

Papers often give the running total first and the launch date further down: "In the six months since
it launched, the line has taken more than 2 million calls. ... The line launched on July 16, 2022."
With no launch named before the count, the one launch of a line named after it is the start; two
different launches after it leave the count undated. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, value, start", [
    ("In the six months since it launched, the line has taken more than 2 million calls.\n\n"
     "The 988 line launched on July 16, 2022, replacing a ten-digit number.", 2000000, "2022-07-16"),
    ("Since its launch the helpline has answered 4,000 calls, the charity said.\n\n"
     "The helpline was launched in March 2019 by the charity.", 4000, "2019-03-01"),
    # two launches after the count: which one it counts from is not said
    ("Since it launched, the line has taken 800 calls.\n\nThe Leeds line was launched in May 2018. "
     "The York line was launched in June 2019.", 800, None),
    # a launch before the count wins, as before
    ("The helpline was launched in March 2019.\n\nSince its launch it has answered 4,000 calls.\n\n"
     "A text line was launched in May 2021.", 4000, "2019-03-01"),
])
def test_since_a_launch_named_later(text, value, start):
    record = extract_article(text, source="t.txt", published="2023-01-10")
    [fact] = [c for c in record.counts if c.value == value]
    assert fact.period_start == start
