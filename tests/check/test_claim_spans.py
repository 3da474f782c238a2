"""A change or a multiplier whose words name how far apart its figures are ("trebled in two years", "in a year",
"in six months") judged on the latest figure and the one that span before it (:mod:`pipeline.check.claim_spans`),
and the neighbours that must stay without a verdict.

Sentences of our own writing, published 2023-05-01 ("last year" is 2022).
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _checks(text: str, kind: str, stated: float) -> list[tuple[str, tuple]]:
    record = extract_article(text, source="spans.txt", published="2023-05-01")
    by_id = {c.id: c for c in record.counts}
    return [(c.verdict, tuple(by_id[i].value for i in c.inputs if i in by_id)) for c in record.checks
            if c.kind == kind and c.stated == stated]


RUN = ("\n\nThe line took {c} calls from Rutland in 2022.\n\nIn 2021 it took {b} calls from Rutland, and in 2020, "
       "{a}.")


@pytest.mark.parametrize("claim, run, kind, stated, verdict, inputs", [
    # three years of figures: "in two years" reaches back past the year before
    ("Calls from Rutland to the helpline have trebled in two years.", (200, 420, 600), "multiplier", 3.0,
     "consistent", (200, 600)),
    ("Calls from Rutland to the helpline have trebled in two years.", (200, 420, 520), "multiplier", 3.0,
     "inconsistent", (200, 520)),
    ("Calls from Rutland to the helpline have more than doubled in two years.", (200, 390, 450), "multiplier", 2.0,
     "consistent", (200, 450)),
    ("Calls from Rutland to the helpline rose by 50 per cent over two years.", (400, 500, 600), "percentage", 50.0,
     "consistent", (400, 600)),
])
def test_the_figures_as_far_apart_as_its_words_say(claim, run, kind, stated, verdict, inputs):
    text = claim + RUN.format(a=f"{run[0]:,}", b=f"{run[1]:,}", c=f"{run[2]:,}")
    assert (verdict, inputs) in _checks(text, kind, stated)


def test_six_months_apart():
    text = ("Calls from Rutland rose by 25 per cent in six months.\n\nThe line took 500 calls from Rutland between "
            "July and December 2022, and 400 between January and June 2022.")
    assert ("consistent", (400, 500)) in _checks(text, "percentage", 25.0)


@pytest.mark.parametrize("text, kind, stated", [
    # the span reaches a year the figures do not give: the two latest are another comparison
    ("Contacts from Rutland to the helpline have doubled in three years.\n\nIt heard from 700 people in Rutland in "
     "2022 and 500 in 2021.", "multiplier", 2.0),
    ("Calls from Rutland to the helpline have risen by 60 per cent in five years.\n\nThe line took 800 calls from "
     "Rutland in 2022.\n\nIn 2021 it took 700 calls from Rutland.", "percentage", 60.0),
    # "in a year" over a run of three years: two one-year comparisons, no telling which
    ("Calls from Rutland to the helpline have risen by 25 per cent in a year." + RUN.format(a="400", b="500",
     c="600"), "percentage", 25.0),
    # a span of another place's figures
    ("Calls from Rutland to the helpline have trebled in two years." + RUN.replace("Rutland", "Leicestershire")
     .format(a="200", b="300", c="400"), "multiplier", 3.0),
])
def test_no_verdict_on_figures_another_span_apart(text, kind, stated):
    assert "inconsistent" not in [v for v, _ in _checks(text, kind, stated)]
