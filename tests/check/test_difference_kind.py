"""A stated difference is checked as a ``sum`` (RECORDS.md's kind: the later count is the earlier plus it) with
``relation`` ``"difference"``, in the annotators' form (``stated`` the later count, ``inputs`` the earlier count and
the difference, ``computed`` their sum), and kept apart from a total's sum check of the same article, even of one
stated value.  Sentences of our own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.check.summary import summarise
from pipeline.records import Check, adds_parts


@pytest.mark.parametrize("text, expected", [
    # a difference and a total of one stated value (1,400), both right: two checks of kind sum, both kept
    ("The helpline took 1,400 calls in 2024, up by 400 on the 1,000 calls it took in 2023.\n\nIts webchat had 1,400 "
     "chats in 2024: 1,250 from Leeds and 150 from York.",
     {("sum", None, 1400.0, "consistent"), ("sum", "difference", 1400.0, "consistent")}),
    # a webchat total of its own with a part misprinted: its verdict is its own, the difference's stays consistent
    ("The helpline took 1,400 calls in 2024, up by 400 on the 1,000 calls it took in 2023.\n\nIts webchat had 700 "
     "chats in 2024: 600 from Leeds and 150 from York.",
     {("sum", None, 700.0, "inconsistent"), ("sum", "difference", 1400.0, "consistent")}),
    # a total and a difference of one later count (3,000), in one sentence pair
    ("In 2024 the line took 3,000 calls, up by 500 from 2,500 in 2023. Of the 3,000 calls, 1,800 came from men and "
     "1,200 from women.",
     {("sum", None, 3000.0, "consistent"), ("sum", "difference", 3000.0, "consistent")}),
    # the difference misstated: its own "inconsistent", the total's sum untouched
    ("In 2024 the line took 3,000 calls, up by 700 from 2,500 in 2023. Of the 3,000 calls, 1,800 came from men and "
     "1,200 from women.",
     {("sum", None, 3000.0, "consistent"), ("sum", "difference", 3000.0, "inconsistent")}),
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


@pytest.mark.parametrize("text, stated, inputs, computed, verdict, arithmetic", [
    # a rise that agrees: the sum both ways
    ("In 2024 the line took 1,318 calls, 214 more than in 2023, when it took 1,104 calls.",
     1318.0, (1104, 214), 1318.0, "consistent", ("1,104 + 214 = 1,318, the stated 1,318", "1,318 - 1,104 = 214")),
    # a misprinted rise: the sum misses the later count, the difference misses the stated one
    ("In 2024 the line took 1,318 calls, 241 more than in 2023, when it took 1,104 calls.",
     1318.0, (1104, 241), 1345.0, "inconsistent",
     ("1,104 + 241 = 1,345, not 1,318", "1,318 - 1,104 = 214, not a rise of 241")),
    # a fall: the later count is the earlier less the difference
    ("Calls fell to 3,100 in 2022, a drop of 400 on the 3,500 calls of 2021.",
     3100.0, (3500, 400), 3100.0, "consistent", ("3,500 - 400 = 3,100, the stated 3,100",)),
    ("Calls fell to 3,100 in 2022, a drop of 500 on the 3,500 calls of 2021.",
     3100.0, (3500, 500), 3000.0, "inconsistent", ("3,500 - 500 = 3,000, not 3,100",)),
    # a hedged difference: judged on the difference and its qualifier, the sum given as it stands
    ("The line handled 2,318,400 calls in 2021, an increase of nearly 200,000 on the 2,130,950 calls of 2020.",
     2318400.0, (2130950, 200000), 2330950.0, "consistent",
     ("2,130,950 + 200,000 = 2,330,950 against the stated 2,318,400 (judged on the difference)",
      "2,318,400 - 2,130,950 = 187,450, consistent with a rise of nearly 200,000")),
])
def test_a_difference_in_the_annotators_form(text: str, stated: float, inputs: tuple, computed: float, verdict: str,
                                             arithmetic: tuple) -> None:
    record = extract_article(text, source="form.txt", published="2025-01-01")
    [check] = [c for c in record.checks if c.relation == "difference"]
    by_id = {c.id: c for c in record.counts}
    assert (check.kind, check.stated, tuple(by_id[i].value for i in check.inputs), check.computed, check.verdict) \
        == ("sum", stated, inputs, computed, verdict), check.explanation
    assert by_id[check.claim_ref].difference and check.inputs[1] == check.claim_ref
    assert all(part in check.explanation for part in arithmetic), check.explanation
