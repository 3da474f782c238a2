""""Since the beginning of the year" is "so far this year": from 1 January of the publication year.

Read as "this year" is (the year of publication, from 1 January); with no publication date,
no period; "since the start of the campaign" stays an undated event. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, published, expected", [
    ("Since the beginning of the year, the line has answered 2,480 calls.", "2012-11-10", "2012-01-01"),
    ("Since the start of this year, the helpline has taken 1,450 calls from Kent.", "2019-06-01", "2019-01-01"),
    ("The helpline has taken 1,450 calls since the start of the year.", "2021-03-01", "2021-01-01"),
    ("So far this year, the helpline has taken 1,450 calls.", "2019-06-01", "2019-01-01"),
    # no publication date, or an event: no period
    ("Since the start of the year, the helpline has taken 1,450 calls.", None, None),
    ("Since the start of the campaign, the helpline has taken 900 calls.", "2019-06-01", None),
])
def test_since_the_start_of_the_year(text, published, expected):
    record = extract_article(text, source="ytd.txt", published=published)
    assert [c.period_start for c in record.counts] == [expected]
