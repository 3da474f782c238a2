"""An earlier figure that names no date ("up from 24", ", from 410") is of the twelve months before its sentence's
later figure.

"A further 36 calls came from Anglesey last year, up from 24." left the 24 undated; it is of the year before
(``pair_context.year_before_later``). A figure with a date of its own, the first end of "from X to Y", a sentence
that names its time in words, or a later figure of no twelve whole months keep what they had. Sentences of our own
writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _periods(text: str, published: str) -> dict[int, tuple]:
    record = extract_article(text, source="from-figure.txt", published=published)
    return {int(c.value): (c.period_start, c.period_end) for c in record.counts}


@pytest.mark.parametrize("text, published, value, period", [
    ("The line took 610 calls in 2023.\n\nA further 36 calls came from Anglesey last year, up from 24.", "2024-01-25",
     24, ("2022-01-01", "2022-12-31")),
    ("The line took 1,480 calls in 2024, down from 1,600 in 2023.\n\nWeb chats rose to 640, from 410.", "2025-01-20",
     410, ("2023-01-01", "2023-12-31")),
    ("The branch answered 21,400 calls in 2024/25, compared with 23,100 in 2023/24.\n\nOver the same period unanswered "
     "calls rose to 3,300, up from 2,750.", "2025-06-30", 2750, ("2023-04-01", "2024-03-31")),
    ("In 2023 visits to the website climbed to 9,800, up from almost 7,000.", "2024-03-01", 7000,
     ("2022-01-01", "2022-12-31")),
    # neighbours: the later figure keeps its own period, a dated earlier figure its own date
    ("The line took 610 calls in 2023.\n\nA further 36 calls came from Anglesey last year, up from 24.", "2024-01-25",
     36, ("2023-01-01", "2023-12-31")),
    ("Calls rose to 450 in 2023, up from 300 in 2021.", "2024-03-01", 300, ("2021-01-01", "2021-12-31")),
    ("Calls rose from 300 to 450 in 2023.", "2024-03-01", 300, ("2022-01-01", "2022-12-31")),
    # a range, not a change's earlier figure
    ("The line took 610 calls in 2023.\n\nA further 17 helplines took from 300-600 calls each.", "2024-01-25", 300,
     (None, None)),
    # a time in words, or a later figure of six months: no year before
    ("Before the pandemic, calls in 2019 rose to 500, up from 400.", "2024-03-01", 400, (None, None)),
    ("The line took 610 calls in 2023.\n\nIn the six months to September 2024 the line took 1,500 calls, up from 900.",
     "2024-11-01", 900, (None, None)),
])
def test_an_undated_earlier_figure(text, published, value, period):
    assert _periods(text, published)[value] == period
