"""A total whose words count its parts ("three Samaritans branches") against a list of as many places: a shortfall
is a misstatement (branch sums20).  Sentences of our own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.check.counted_parts import parts_counted
from pipeline.records import Count


def _sums(text: str) -> dict[float, str]:
    record = extract_article(text, source="branches.txt", published="2025-02-01")
    return {c.stated: c.verdict for c in record.checks if c.kind == "sum"}


def _count(text: str) -> Count:
    return Count(id="c1", text="", start=0, end=1, sentence=(0, len(text)), qualifier="exact", regions=[],
                 period_start=None, period_end=None, value=1.0, measure="helpline_calls")


@pytest.mark.parametrize("text, n", [
    ("Volunteers at three Samaritans branches in Kent answered 30,500 calls during 2024.", 3),
    ("Four branches in Sussex answered 41,000 calls during 2024.", 4),
    ("The five local council areas made 2,195 contacts.", 5),
    ("The 4 centres took 9,000 calls.", 4),
    ("The line took 30,500 calls during 2024.", None),  # counts no parts
    ("Three branches took 9,000 calls and two areas 4,000.", None),  # two numbers: none
    ("The three callers rang 40 times.", None),  # no unit of places
])
def test_parts_counted(text, n):
    assert parts_counted(_count(text), text) == n


@pytest.mark.parametrize("text, verdict", [
    # three branches, three listed, short of the total: a misstatement
    ("Volunteers at three Samaritans branches in Kent answered 30,500 calls during 2024.\n\n"
     "The figures for each branch were:\n\nMaidstone: 12,100\n\nCanterbury: 10,200\n\nDover: 7,600", "inconsistent"),
    # five branches, three listed: the two left out may be the rest
    ("Five Samaritans branches in Kent answered 38,000 calls during 2024.\n\n"
     "The three busiest were:\n\nMaidstone: 12,100\n\nCanterbury: 10,200\n\nDover: 7,600", "unverifiable"),
])
def test_a_counted_list_decides_a_shortfall(text, verdict):
    sums = _sums(text)
    assert sums.get(30500.0, sums.get(38000.0)) == verdict, sums
