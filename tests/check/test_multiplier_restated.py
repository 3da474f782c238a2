"""A headline's "twice as many", kept as the one fact of the headline's and the body's statements, reads the body's
words of time ("as two years before") as its own (``pipeline/check/multiplier_restated.py``): a change over time
judged on the figures, not two groups.  Sentences of our own writing; the neighbours (two groups, a headline the body
never states again) stay unjudged or judged as before.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _multiplier_checks(text: str) -> list[tuple[str, list[float]]]:
    record = extract_article(text, source="multiplier_restated.txt", published="2025-03-01")
    values = {c.id: c.value for c in record.counts}
    return [(c.verdict, sorted(values[i] for i in c.inputs if i in values)) for c in record.checks
            if c.kind == "multiplier"]


@pytest.mark.parametrize("text, verdict, inputs", [
    # the body's statement names the earlier time; the figures follow, the later first
    ("Twice as many in Fife seek help\n\nThe charity says twice as many people in Fife sought its help in 2023 as "
     "two years before.\n\nIt heard from 1,800 people in Fife in 2023. In 2021 the figure was 900.",
     "consistent", [900, 1800]),
    ("Twice as many in Fife seek help\n\nThe charity says twice as many people in Fife sought its help in 2023 as "
     "two years before.\n\nIt heard from 1,500 people in Fife in 2023. In 2021 the figure was 900.",
     "inconsistent", [900, 1500]),
    # "as in 2019", another factor
    ("Three times as many in Moray seek help\n\nThree times as many Moray residents rang the line last year as in "
     "2019, the charity said.\n\nIt heard from 1,200 people in Moray in 2024. In 2019 the figure was 400.",
     "consistent", [400, 1200]),
    # neighbours: a headline the body never states again names no time: two groups, no verdict
    ("Twice as many in Fife seek help\n\nThe line heard from 1,800 people in Fife in 2023. In 2021 the figure was "
     "900.", "unverifiable", []),
    # the body states it again of two groups, with no time: still two groups, no pair of them in the text
    ("Twice as many in Fife seek help\n\nTwice as many men as women rang the line, the charity said.\n\n"
     "It heard from 1,800 people in Fife in 2023. In 2021 the figure was 900.", "unverifiable", []),
])
def test_a_headline_reads_the_body_statement(text: str, verdict: str, inputs: list[float]) -> None:
    assert _multiplier_checks(text) == [(verdict, inputs)]

