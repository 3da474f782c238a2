"""A change whose sentence states no figure but names its periods: checked against the counts of those periods.

Every sentence is our own writing.  "Calls rose from 1,000 in 2019 to 1,200 in 2020 ... the
total rose by 20% between 2019 and 2020": the base count is the count of the base period,
the later count the one count of the change's own period, of the same measure and place.
"""
from __future__ import annotations

import pytest

from check_factories import assert_decided
from pipeline import extract_article

BY_PERIOD = [
    # text, (earlier, later) inputs or None (no decided check), verdict
    ("Calls to the line rose from 1,000 in 2019 to 1,200 in 2020, and again to 1,500 in 2021. "
     "The figures showed the total rose by 20% between 2019 and 2020.", (1000, 1200), "consistent"),
    ("Calls to the line rose from 1,000 in 2019 to 1,200 in 2020, and again to 1,500 in 2021. "
     "The total went up by 25% between 2020 and 2021.", (1200, 1500), "consistent"),
    ("Calls to the line rose from 1,000 in 2019 to 1,200 in 2020, and again to 1,500 in 2021. "
     "From 2019 to 2021, the figure climbed by 50%.", (1000, 1500), "consistent"),
    # 30% for a 20% rise, on counts of another sentence: a miss by more than a quarter is more often another
    # pair than a misprint, so no verdict (eighth round; change_pairs.in_its_sentence)
    ("Calls to the line rose from 1,000 in 2019 to 1,200 in 2020, and again to 1,500 in 2021. "
     "The figures showed the total rose by 30% between 2019 and 2020.", None, None),
    ("Calls to the line rose from 1,000 in 2019 to 1,200 in 2020, and again to 1,500 in 2021. "
     "The figures showed the total rose by 22% between 2019 and 2020.", (1000, 1200), "inconsistent"),
    # another measure, or two figures of the year: no later count to take
    ("Police made 1,000 arrests in 2019 and 1,200 arrests in 2020. Calls to the helpline rose by 20% "
     "between 2019 and 2020.", None, None),
    ("The charity took 1,000 calls in 2019. In 2020 it took 1,200 calls, and its night line took 300 calls. "
     "Calls rose by 20% between 2019 and 2020.", None, None),
    # a figure stated as a part of the year's ("300 of them"), no second figure of the year (changes21,
    # check/stated_parts.py): the one later count
    ("The charity took 1,000 calls in 2019. In 2020 it took 1,200 calls, 300 of them at night. "
     "Calls rose by 20% between 2019 and 2020.", (1000, 1200), "consistent"),
    # a part of the whole counted before: no figure pointing back to it
    ("Calls to the line rose from 1,000 in 2019 to 1,200 in 2020. "
     "Calls from young people rose by 30% between 2019 and 2020.", None, None),
    ("The service took 1,000 calls in 2019 and 1,200 calls in 2020. "
     "However, 30 per cent more Welsh callers got in touch in 2020 than in 2019.", None, None),
]


@pytest.mark.parametrize("text,inputs,verdict", BY_PERIOD)
def test_change_checked_by_its_periods(text, inputs, verdict):
    record = extract_article(text, source="periods.txt", published="2022-03-01")
    assert_decided(record, inputs, verdict)
