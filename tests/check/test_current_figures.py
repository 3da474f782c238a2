"""A claim counted from an earlier figure whose linked later figure is the base another stated change counts from
("up 40% on 2022/23, when 2,290 people got in touch, and a threefold rise since 2019/20, when 1,070 did so") is
judged on its earlier figure and the figure that other change reached, the article's current one
(``pipeline/check/current_figures.py``).  The table varies the multiplier's word (threefold, quadrupled, doubled,
trebled, "four times as many as in"), the order of the two changes in their sentence, financial and calendar years,
a misprint near the mark (a verdict) and a gross miss (none).  Sentences of our own writing; the neighbour (a
claim's own from-to pair) keeps its figures.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _multiplier_checks(text: str) -> list[tuple[str, list[float]]]:
    record = extract_article(text, source="current_figures.txt", published="2025-03-01")
    values = {c.id: c.value for c in record.counts}
    return [(c.verdict, sorted(values[i] for i in c.inputs if i in values)) for c in record.checks
            if c.kind == "multiplier"]


@pytest.mark.parametrize("text, verdict, inputs", [
    # the other change first, financial years, "a threefold rise since"
    ("In 2023/24, 3,210 people in Surrey contacted the helpline.\n\nThe figure is up 40% on 2022/23, when 2,290 "
     "people got in touch, and represents a threefold rise since 2019/20, when 1,070 did so.",
     "consistent", [1070, 3210]),
    # calendar years, "have quadrupled since"
    ("Last year 2,000 people in Kent called the helpline.\n\nThat is up 25% on 2022, when 1,600 people called, and "
     "calls have quadrupled since 2019, when 500 rang.", "consistent", [500, 2000]),
    # the multiplier first, the other change after it
    ("In 2023, 1,200 people in Norfolk called the helpline.\n\nCalls have doubled since 2020, when 600 people rang, "
     "and are up 20% on 2022, when 1,000 called.", "consistent", [600, 1200]),
    # "four times as many as in" read over time: agreement
    ("In 2023, 1,600 people in Essex called the helpline.\n\nThat is up 25% on 2022, when 1,280 people called, and "
     "four times as many as in 2019, when 400 did so.", "consistent", [400, 1600]),
    # a misprint near the mark, both changes in one sentence: a verdict
    ("In 2023, 2,600 people in Devon called the helpline.\n\nThat is up 30% on 2022, when 2,000 people called, and "
     "calls have trebled since 2019, when 1,000 rang.", "inconsistent", [1000, 2600]),
    # a gross miss: more likely another thing's figure, no verdict
    ("In 2023, 2,600 people in Devon called the helpline.\n\nThat is up 30% on 2022, when 2,000 people called, and "
     "calls have trebled since 2019, when 300 rang.", "unverifiable", [300, 2600]),
    # neighbour: the claim's own from-to pair keeps its figures, whatever came later
    ("In 2023, 1,500 people in Dorset called the helpline.\n\nCalls doubled from 500 in 2019 to 1,000 in 2021.",
     "consistent", [500, 1000]),
])
def test_a_claim_runs_to_the_figure_the_other_change_reached(text: str, verdict: str, inputs: list[float]) -> None:
    assert _multiplier_checks(text) == [(verdict, inputs)]
