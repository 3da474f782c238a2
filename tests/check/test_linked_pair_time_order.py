"""A change whose linked counts run backwards in time is read in the order their periods give.

"240 calls in March 2021 compared to 300 in March 2022, a 25% rise": the words name the earlier figure
first and "compared to" the later, but a change compares the earlier with the later.  Agreement is a verdict,
and so is a small miss when both counts stand in the change's sentence; a gross miss, or a pair from other
sentences that disagrees, stays unverifiable.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _percentage_checks(text: str, stated: float) -> list[tuple[str, tuple]]:
    record = extract_article(text, source="order.txt", published="2022-02-15")
    by_id = {c.id: c for c in record.counts}
    return [(c.verdict, tuple(by_id[i].value for i in c.inputs)) for c in record.checks
            if c.kind == "percentage" and c.stated == stated]


@pytest.mark.parametrize("text, stated, expected", [
    ("The line took 240 calls in March 2021 compared to 300 in March 2022, a 25% rise.", 25.0,
     [("consistent", (240, 300))]),
    ("The charity had 1,000 calls in 2020 against 1,300 calls in 2021 - an increase of 30 per cent.", 30.0,
     [("consistent", (1000, 1300))]),
    ("There were 640 contacts in 2019, compared with 800 in 2021: a 25% increase.", 25.0,
     [("consistent", (640, 800))]),
    ("The line took 2,000 calls in 2020 compared to 1,500 calls in 2021, a fall of 25 per cent.", 25.0,
     [("consistent", (2000, 1500))]),
    # a small miss with both counts in the change's sentence is the paper's
    ("The charity had 1,000 calls in 2020 compared to 1,350 calls in 2021, a 30% rise.", 30.0,
     [("inconsistent", (1000, 1350))]),
])
def test_a_linked_pair_read_in_time_order(text, stated, expected):
    assert _percentage_checks(text, stated) == expected


@pytest.mark.parametrize("text, stated", [
    # a gross miss is more likely another pair than the paper's slip
    ("The charity had 1,000 calls in 2020 compared to 1,500 calls in 2021, a 30% rise.", 30.0),
])
def test_no_verdict_on_a_gross_miss(text, stated):
    assert [v for v, _ in _percentage_checks(text, stated)] == ["unverifiable"]


@pytest.mark.parametrize("text, stated", [
    # two measures, or two groups, read in time order: another comparison, not the paper's slip
    ("The line took 240 calls in 2021 compared to 300 texts in 2022, a 20% rise in calls.", 20.0),
    ("The line took 240 calls from men in 2021 compared to 300 from women in 2022, a rise of 20%.", 20.0),
    ("The line took 240 calls from young people in 2021 compared to 300 calls in 2022, a rise of 20%.", 20.0),
])
def test_no_inconsistent_on_a_pair_of_two_things_read_in_time_order(text, stated):
    assert "inconsistent" not in [v for v, _ in _percentage_checks(text, stated)]
