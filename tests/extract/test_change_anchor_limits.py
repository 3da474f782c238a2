"""A change is re-anchored on a later count by arithmetic (``pipeline/extract/change_anchors.py``) only when its words
name, as a date of their own, no earlier base than its count's period, and only when the later figure is one figure of one place.  Sentences of
our own writing; each row gives the period and the later figure the change keeps.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _change(text: str, value: float) -> tuple[str, float]:
    record = extract_article(text, source="change_anchor_limits.txt", published="2025-03-01")
    values = {c.id: c.value for c in record.counts}
    pct = next(p for p in record.percentages if p.kind == "change" and p.value == value)
    return pct.period_start, values.get(pct.count_ref)


@pytest.mark.parametrize("text, value, period, later", [
    # its words name the base year before its count's: the count is its later figure
    ("In 2022 the line took 800 texts, a rise of 25 per cent on 2021. It took 1,000 texts in 2023.", 25.0,
     "2022-01-01", 800),
    ("In 2023 the charity answered 600 calls from Leeds, up 50 per cent on 2022. In 2024 it answered 900 calls "
     "from Leeds.", 50.0, "2023-01-01", 600),
    # one value for two places is two figures
    ("The line took 1,000 calls in 2023, up 25 per cent. In 2024 it took 1,250 calls from Kent and 1,250 calls "
     "from Essex.", 25.0, "2023-01-01", 1000),
    ("The line took 900 calls in 2023, up 20 per cent. In 2024 it took 1,080 calls from Derby and 1,080 from "
     "Leicester.", 20.0, "2023-01-01", 900),
    # controls: re-anchored (a base of the count's own period; one later figure)
    ("The line took 1,300 calls between January and March this year. Compared with the same three months of 2024, "
     "when the figure stood at 1,000, the increase was 30 per cent.", 30.0, "2025-01-01", 1300),
    ("The line took 1,000 calls in 2023, up 25 per cent. In 2024 it took 1,250 calls.", 25.0, "2024-01-01", 1250),
    # a base read from the change's own period ("the same period last year") shares its error: re-anchored
    ("In the first half of 2024, 900 people contacted the line. The total is up from 600 in the same period last "
     "year, a rise of 50 per cent.", 50.0, "2024-01-01", 900),
])
def test_change_anchor(text: str, value: float, period: str, later: float) -> None:
    assert _change(text, value) == (period, later)
