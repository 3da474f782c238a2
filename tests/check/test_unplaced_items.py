"""A one-place total's list of places, one of whose items the extractor read with no place ("West 980, South 610,
the Coast 356 and North 338"): the items of the list's sentence that name no place close the sum
(``pipeline/check/unplaced_items.py``, asked by ``place_sums.breakdown_check`` on a shortfall).  Agreement only: a
list that still falls short stays unverifiable, never "inconsistent".  The table varies the number of parts (three
to five), where the unplaced item stands (first, inside, last), the verb of the list ("accounted for", "came from",
none), the noun (conversations, calls, contacts, people) and the periods (a calendar year, a financial year).
Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _sums(text: str, total: float) -> list[str]:
    record = extract_article(text, source="unplaced_items.txt", published="2024-06-01")
    return [c.verdict for c in record.checks if c.kind == "sum" and c.stated == total and c.relation is None]


@pytest.mark.parametrize("text, total, verdicts", [
    ("Shout held 14,210 conversations with people in Yorkshire and the Humber in 2023. West Yorkshire accounted for "
     "6,100 conversations, South Yorkshire 4,020, the Coast 2,150 and North Yorkshire 1,940.", 14210, ["consistent"]),
    ("The helpline took 9,300 calls from the North West in 2022/23. Greater Manchester accounted for 4,100 calls, "
     "the Moors 1,300 and Merseyside 2,800, with Cumbria on 1,100.", 9300, ["consistent"]),
    ("Stop It Now heard from 2,460 people in Scotland in 2023. Glasgow accounted for 1,020, the Islands 310, "
     "Edinburgh 770 and Aberdeen 360.", 2460, ["consistent"]),
])
def test_an_unplaced_item_closes_a_place_list(text, total, verdicts):
    assert _sums(text, total) == verdicts


@pytest.mark.parametrize("text, total", [
    # the items with no place still fall short: the list may leave places out
    ("Shout held 14,910 conversations with people in Yorkshire and the Humber in 2023. West Yorkshire accounted for "
     "6,100 conversations, South Yorkshire 4,020, the Coast 2,150 and North Yorkshire 1,940.", 14910),
    # the unplaced figure is of another year: not an item of this list
    ("Shout held 14,210 conversations with people in Yorkshire and the Humber in 2023. West Yorkshire accounted for "
     "6,100 conversations, South Yorkshire 4,020 and North Yorkshire 1,940, against 2,150 in 2022.", 14210),
])
def test_no_inconsistent_on_a_short_list(text, total):
    assert "inconsistent" not in _sums(text, total)
