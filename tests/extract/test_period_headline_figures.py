"""A headline's figure takes the period of the body figure it restates.

Headlines round the body's figure and leave its time to the body. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, value, period, regions", [
    ("More than 170 people in Kent sought help\n\nFigures show 171 people from Kent sought help from the charity "
     "in 2016.", 170, ("2016-01-01", "2016-12-31"), ["Kent"]),
    ("Helpline took nearly 5,000 calls\n\nThe helpline took 4,950 calls in 2019, the charity said.", 5000,
     ("2019-01-01", "2019-12-31"), []),
    # the headline names no place: the body figure's place too
    ("Almost 2,000 people used the website\n\nIn 2021, 1,980 people from Devon used the website.", 2000,
     ("2021-01-01", "2021-12-31"), ["Devon"]),
    # no body figure it rounds: undated, as before
    ("Over 900 people called\n\nIn 2018, 1,200 people called the line.", 900, (None, None), []),
    # another measure is another figure
    ("More than 170 people sought help\n\nThe line took 171 calls in 2016.", 170, (None, None), []),
])
def test_a_headline_figure_is_the_body_figures(text, value, period, regions):
    record = extract_article(text, source="t.txt")
    [fact] = [c for c in record.counts if c.value == value]
    assert ((fact.period_start, fact.period_end), fact.regions) == (period, regions)
