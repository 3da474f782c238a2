"""The group a count is of, recorded in ``Count.group`` when its words name one.

"300 calls from young people", "by women", "among men", "from the north", "by text", "300 young
callers"; no group for the whole ("300 calls", "300 calls from people").  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, groups", [
    ("The helpline took 240 calls in 2021 and 300 calls from young people in 2022.", [None, "young people"]),
    ("In 2022, 300 calls were made by women to the helpline.", ["women"]),
    ("The line took 300 calls from the north in 2022.", ["north"]),
    ("The helpline had 300 contacts by text in 2022.", ["text"]),
    ("The helpline took 300 young callers in 2022.", ["young callers"]),
    ("The helpline took 120 calls among men in 2022.", ["men"]),
    ("The helpline took 300 contacts from older people in 2022.", ["older people"]),
    # the whole
    ("The helpline took 300 calls in 2022.", [None]),
    ("The helpline took 300 calls from people across the county in 2022.", [None]),
    ("The helpline took 300 calls, up from 240 in 2021.", [None, None]),
    # a place named with a compass word is a place, for the regions to read
    ("The helpline took 300 calls from North Wales in 2022.", [None]),
    ("The helpline took 300 calls from the North West in 2022.", [None]),
])
def test_count_group(text, groups):
    record = extract_article(text, source="t.txt", published="2024-03-01")
    assert [c.group for c in record.counts] == groups
