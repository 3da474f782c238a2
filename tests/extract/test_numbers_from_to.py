"""A year-like figure as the later end of a from-to pair: "from 1781 in 2020/21 to 1970 in 2021/22".

Our own sentences.  The figure is a count when the pair's earlier end is a figure, not a year,
and a year of its own follows it; otherwise a year-like number stays a year.
"""
from __future__ import annotations

import pytest

from pipeline.extract.numbers import find_numbers

CASES = [
    ("Referrals rose from 1781 in 2020/21 to 1970 in 2021/22.", [1781, 1970]),
    ("Referrals rose from 1,640 in 2019 to 2004 in 2020.", [1640, 2004]),
    ("Referrals rose from 1,640 to 2004.", [1640]),                       # "2004" may be a year: left out
    ("The line moved from 1984 to 2001 in 2003.", []),                    # a pair of years
    ("It was founded in 1970 and took 2,000 calls in 2021.", [2000]),
]


@pytest.mark.parametrize("text,values", CASES)
def test_year_like_figure_after_a_from_figure(text, values):
    assert [n.value for n in find_numbers(text) if not n.percent] == values


@pytest.mark.parametrize("text,values", [
    ("4 000 calls came in during 2021", [4000]),          # thousands grouped by a space, at the very start
    ("In 2021, 4 000 calls came in", [4000]),
    ("£4 000 was raised", []),
])
def test_space_grouped_thousands_anywhere(text, values):
    assert [n.value for n in find_numbers(text) if not n.percent and n.value >= 100 and n.value != 2021] == values
