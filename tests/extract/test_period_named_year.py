"""An undated article that says "last year" and names one year for its figures: that year.

"171 people sought help last year. ... The 16 calls from the county in 2016 ...": with no
publication date, "last year" is the one calendar year the figures name. Not when the article
also says "this year", names two years, names the year beside "last year" or for the earlier
figure of a comparison, or counts the same thing in the named year and "last year". Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _period(text: str, value: int):
    record = extract_article(text, source="named-year.txt")
    [count] = [c for c in record.counts if c.value == value]
    return count.period_start


@pytest.mark.parametrize("text, value, start", [
    ("Some 171 people from the county sought help last year.\n\nThe 16 calls from Redtown in 2016 were a small part "
     "of the total.", 171, "2016-01-01"),
    ("The branch took 35,000 calls last year.\n\nIt answered 95 contacts a day in 2010, its director said.", 35000,
     "2010-01-01"),
    ("More than 400 people asked the charity for help last year. They were 1.6 per cent of the 1,504 calls "
     "received across the country throughout 2016.", 400, "2016-01-01"),
])
def test_last_year_is_the_year_the_figures_name(text, value, start):
    assert _period(text, value) == start


@pytest.mark.parametrize("text, value", [
    # "this year" too: two different years
    ("Some 171 people sought help last year. In 2016, 120 did. So far this year 90 have called.", 171),
    # two years named
    ("Some 171 people sought help last year. In 2016, 120 did, and in 2015, 100 did.", 171),
    # the year beside "last year" is another year
    ("Calls rose from 50,000 in 2013 to more than 100,000 last year.", 100000),
    # a total of the same measure in each: two years
    ("In 2016, the charity helped 3,971 people. Its office moved. It helped 7,117 people last year.", 7117),
])
def test_last_year_stays_open(text, value):
    assert _period(text, value) is None


def test_the_year_of_an_earlier_figure_is_a_base():
    """"up from 512 in 2019" makes "last year" 2020 (the rule before this one), not 2019."""
    assert _period("Some 700 people called last year, up from 512 in 2019.\n\nThe line opened in a town hall.",
                   700) == "2020-01-01"
