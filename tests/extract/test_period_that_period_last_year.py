"""'that period last year': the period the text is about, a year back, as 'the same period last year' is.

pipeline/data/periods.json (relative ``year_earlier``): "that" and "those" open the phrase as "the same" does. The
rows vary the determiner (that, those, the same), the span's noun (period, time, six months, quarter), the words of
the year back (last year, a year earlier, the year before) and the verb; a near miss: "over that period" with no
year back is the fact's own period. Each row is a text of our own and the period of its second figure.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

LEAD = "Volunteers answered 9,880 calls between April and September. "

ROWS = [
    (LEAD + "The branch took 8,210 calls over that period last year.", ("2022-04-01", "2022-09-30")),
    (LEAD + "It answered 8,210 calls in that period a year earlier.", ("2022-04-01", "2022-09-30")),
    (LEAD + "The branch took 8,210 calls in those six months last year.", ("2022-04-01", "2022-09-30")),
    (LEAD + "The branch had 8,210 calls during that time the year before.", ("2022-04-01", "2022-09-30")),
    (LEAD + "The branch took 8,210 calls over the same period last year.", ("2022-04-01", "2022-09-30")),
    # near miss: no year back, the fact's own period
    (LEAD + "It took 8,210 texts over that period.", ("2023-04-01", "2023-09-30")),
]


@pytest.mark.parametrize("text,period", ROWS)
def test_that_period_last_year_is_a_year_back(text: str, period: tuple[str, str]) -> None:
    record = extract_article(text, source="that-period.txt", published="2023-11-02")
    found = {c.value: (c.period_start, c.period_end) for c in record.counts}
    assert found.get(8210) == period
