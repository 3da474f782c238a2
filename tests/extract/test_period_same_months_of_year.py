""""compared with 300 in the same six months of 2023": the fact's own months, in 2023.

A span of months between "same" and its year ("the same six months of 2023", "the same three months in 2022") was
no period, and the figure took the sentence's own (``period_patterns`` "same_period_year"). Sentences of our own.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, published, periods", [
    ("Between January and June this year, 450 people called the helpline, compared with 300 in the same six "
     "months of 2023.", "2024-08-05",
     {450: ("2024-01-01", "2024-06-30"), 300: ("2023-01-01", "2023-06-30")}),
    ("In the three months to September, 210 people called the helpline, against 180 in the same three months "
     "of 2022.", "2023-10-20",
     {210: ("2023-07-01", "2023-09-30"), 180: ("2022-07-01", "2022-09-30")}),
    # neighbours: "the same period of 2022" as before; a year alone is the whole year
    ("In the first half of 2023, 510 people called the helpline, up from 400 in the same period of 2022.",
     "2023-08-22", {510: ("2023-01-01", "2023-06-30"), 400: ("2022-01-01", "2022-06-30")}),
    ("In 2023, 510 people called the helpline, up from 400 in 2022.", "2024-02-01",
     {510: ("2023-01-01", "2023-12-31"), 400: ("2022-01-01", "2022-12-31")}),
])
def test_the_same_months_of_a_year(text, published, periods):
    record = extract_article("Helpline figures\n\n" + text, source="same.txt", published=published)
    assert {int(c.value): (c.period_start, c.period_end) for c in record.counts} == periods
