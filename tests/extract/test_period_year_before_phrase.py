"""A count dated by a year-before phrase does not become the period "the same period" points back to.

"In the 12 months to March 2024, 868 people called. The year before, 701 got in touch. Over the same period visits
rose from 3,120 to 4,410.": the same period is the 12 months to March 2024, the period the paragraph is about, not
the year before it (``Context._year_before_restated`` in ``extract/inheritance.py``). Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _periods(text: str, published: str) -> dict[int, str]:
    record = extract_article(text, source="year-before.txt", published=published)
    return {int(c.value): c.period_start for c in record.counts}


@pytest.mark.parametrize("text, published, value, start", [
    ("In the year to March 2024, 760 people used the helpline. A year earlier the figure was 610.\n\nOver the same "
     "period, visits to its website rose from 2,400 to 3,000.", "2024-05-10", 3000, "2023-04-01"),
    ("In the 12 months to March 2024, 868 people contacted the line. The year before, 701 people got in touch.\n\n"
     "During the same 12 months, police made 96 arrests.", "2024-04-24", 96, "2023-04-01"),
    ("The line heard from 410 people between April and September this year. In the same six months of 2023, 330 "
     "people got in touch.\n\nIts live chat handled 150 conversations over the six months.", "2024-10-20", 150,
     "2024-04-01"),
    # a change dated for now by the year-before figure leaves the context to the later period
    ("In the 12 months to March 2024, 868 people contacted the line. The year before, 701 people got in touch.\n\n"
     "This represents an increase of 24 per cent.\n\nVisits to its website also climbed over the same period, from "
     "3,120 to 4,410.", "2024-04-24", 4410, "2023-04-01"),
    ("The line took 2,940 calls between April and September this year. In the same six months of 2023, 2,310 calls "
     "were answered, so the line is now 27% busier.\n\nIt handled 815 text conversations over the six months.",
     "2024-11-15", 815, "2024-04-01"),
    # neighbours: the year-before figure keeps its own year, the figure before it its own
    ("In the 12 months to March 2024, 868 people contacted the line. The year before, 701 people got in touch.",
     "2024-04-24", 701, "2022-04-01"),
    ("In the 12 months to March 2024, 868 people contacted the line. The year before, 701 people got in touch.",
     "2024-04-24", 868, "2023-04-01"),
    # a year-before phrase two sentences after its later figure: a period of its own, the context again
    ("In 2023 the line took 900 calls. It is run by volunteers.\n\nThe year before, 700 people called. Of them, 300 "
     "were women.", "2024-03-01", 300, "2022-01-01"),
])
def test_the_same_period_after_a_year_before_figure(text, published, value, start):
    assert _periods(text, published)[value] == start

