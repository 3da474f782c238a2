"""A stated difference is checked as a ``sum`` (RECORDS.md's kind: the later count is the earlier plus it) with
``relation`` ``"difference"``, and kept apart from a total's sum check of the same article, even of one stated value."""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.check.summary import summarise
from pipeline.records import Check, adds_parts


@pytest.mark.parametrize("text, expected", [
    # a difference and a total of one stated value (400), both right: two checks of kind sum, both kept
    ("The helpline took 1,400 calls in 2024, up by 400 on the 1,000 calls it took in 2023.\n\nIts webchat had 400 "
     "chats in 2024: 250 from Leeds and 150 from York.",
     {("sum", None, 400.0, "consistent"), ("sum", "difference", 400.0, "consistent")}),
    # the same, with a part misprinted: the total's verdict is its own, the difference's stays consistent
    ("The helpline took 1,400 calls in 2024, up by 400 on the 1,000 calls it took in 2023.\n\nIts webchat had 400 "
     "chats in 2024: 260 from Leeds and 150 from York.",
     {("sum", None, 400.0, "inconsistent"), ("sum", "difference", 400.0, "consistent")}),
    # a total and a difference of other values, in one sentence pair
    ("In 2024 the line took 3,000 calls, up by 500 from 2,500 in 2023. Of the 3,000 calls, 1,800 came from men and "
     "1,200 from women.",
     {("sum", None, 3000.0, "consistent"), ("sum", "difference", 500.0, "consistent")}),
    # the difference misstated: its own "inconsistent", the total's sum untouched
    ("In 2024 the line took 3,000 calls, up by 700 from 2,500 in 2023. Of the 3,000 calls, 1,800 came from men and "
     "1,200 from women.",
     {("sum", None, 3000.0, "consistent"), ("sum", "difference", 700.0, "inconsistent")}),
])
def test_a_difference_and_a_sum_in_one_article_are_both_kept(text: str, expected: set) -> None:
    record = extract_article(text, source="kind.txt", published="2025-02-01")
    got = {(c.kind, c.relation, c.stated, c.verdict) for c in record.checks}
    assert expected <= got, got
    assert not any(c.kind == "difference" for c in record.checks)


@pytest.mark.parametrize("kind, relation, parts", [
    ("sum", None, True),
    ("sum", "difference", False),
    ("percentage", None, False),
])
def test_only_a_total_adds_parts(kind: str, relation: str | None, parts: bool) -> None:
    check = Check(id="k1", kind=kind, claim_ref="c1", inputs=["c2", "c3"], stated=1.0, computed=1.0,
                  verdict="consistent", tolerance="", explanation="", relation=relation)
    assert adds_parts(check) is parts


def test_the_summary_counts_a_difference_apart_from_the_sums() -> None:
    def check(relation: str | None) -> Check:
        return Check(id="k1", kind="sum", claim_ref="c1", inputs=[], stated=1.0, computed=1.0,
                     verdict="consistent", tolerance="", explanation="", relation=relation)
    summary = summarise([check(None), check("difference"), check("difference")])
    assert {k: sum(c.values()) for k, c in summary.by_kind.items()} == {"sum": 1, "sum (difference)": 2}
    assert "sum (difference)" in summary.render()
