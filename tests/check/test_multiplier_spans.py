"""A multiplier whose sentence's two figures are not as far apart as its words say ("almost doubled in three
years" over a 2022 and a 2020 figure) is judged on the one pair of its measure and place that is
(``pipeline/check/multiplier_spans.py``).  Sentences of our own writing; the neighbours keep what the rules gave
before: the sentence's own pair when it is that span apart, no verdict when no pair is.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _multiplier_checks(text: str) -> list[tuple[str, list[float]]]:
    record = extract_article(text, source="multiplier_spans.txt", published="2025-03-01")
    values = {c.id: c.value for c in record.counts}
    return [(c.verdict, sorted(values[i] for i in c.inputs if i in values)) for c in record.checks
            if c.kind == "multiplier"]


@pytest.mark.parametrize("text, verdict, inputs", [
    # the sentence's pair two years apart, "in three years": the latest figure and the one three years before it
    ("The line took 2,300 calls from Fife in 2023.\n\nIt had 1,700 calls from Fife in 2022 and 1,200 in 2020, so "
     "calls have almost doubled in three years.", "consistent", [1200, 2300]),
    ("The line took 2,000 calls from Fife in 2023.\n\nIt had 1,700 calls from Fife in 2022 and 1,200 in 2020, so "
     "calls have almost doubled in three years.", "inconsistent", [1200, 2000]),
    # one year apart, "in two years", another measure's words, the figure the span reaches in the sentence before
    ("Calls from Angus reached 900 in 2024.\n\nIn 2023 the line took 700 calls from Angus, and in 2022 it took "
     "300 calls, so calls have trebled in two years.", "consistent", [300, 900]),
    ("Calls from Angus reached 700 in 2024.\n\nIn 2023 the line took 650 calls from Angus, and in 2022 it took "
     "300 calls, so calls have trebled in two years.", "inconsistent", [300, 700]),
    # neighbours: the sentence's own pair as far apart as its words say keeps its verdict
    ("The line took 2,300 calls from Fife in 2023 and 1,200 in 2020, so calls have almost doubled in three years.",
     "consistent", [1200, 2300]),
    # no pair three years apart: no verdict, on the sentence's pair or any other
    ("The line took 2,300 calls from Fife in 2023.\n\nIt had 1,700 calls from Fife in 2022 and 1,200 in 2021, so "
     "calls have almost doubled in three years.", "unverifiable", [1200, 1700]),
])
def test_a_span_the_sentence_pair_does_not_fit(text: str, verdict: str, inputs: list[float]) -> None:
    assert _multiplier_checks(text) == [(verdict, inputs)]
