""""Over the whole of 2024/25", "over the course of 2023": the time a figure or a change spans, never its base.

"over" after a change word names the period compared with ("up 9% over 2023"); with "the whole of" or "the course
of" between, it names the span the figures are of ("it means the line handled 768 calls over the whole of 2024/25",
after "a rise of 36 per cent"), as "during" does (``extract/period_roles.attach_role``). Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract import periods

FY24, FY23 = ("2024-04-01", "2025-03-31"), ("2023-04-01", "2024-03-31")
Y23, Y22 = ("2023-01-01", "2023-12-31"), ("2022-01-01", "2022-12-31")


def _iso(p):
    return (p.start.isoformat() if p and p.start else None, p.end.isoformat() if p and p.end else None)


@pytest.mark.parametrize("text, role, period", [
    ("Calls rose by 12% over the course of 2023, to 2,240.", "time", Y23),
    ("It was a rise of 36 per cent, and the line handled 768 calls over the whole of 2024/25.", "time", FY24),
    ("Texts went up by a fifth over the whole of 2023.", "time", Y23),
    ("The charity took 900 calls over the course of 2023/24.", "time", FY23),
    # neighbours: "over" alone after a change names the base; "during the course of" was a time already
    ("Calls rose 12% over 2023.", "base", Y23),
    ("Calls rose 12% during the course of 2023.", "time", Y23),
])
def test_over_a_span_is_a_time(text, role, period):
    found = [(m.role, _iso(m.period)) for m in periods.find_periods(text)]
    assert found == [(role, period)]


def _facts(text: str, published: str) -> tuple[dict, dict]:
    record = extract_article("Helpline figures\n\n" + text, source="span.txt", published=published)
    counts = {int(c.value): (c.period_start, c.period_end) for c in record.counts}
    pcts = {p.value: (p.period_start, p.base_period_start) for p in record.percentages}
    return counts, pcts


@pytest.mark.parametrize("text, published, counts, pcts", [
    ("The Bath line answered an average of 52 calls a month in 2024/25, up from 40 a month in 2023/24.\n\n"
     "That is a rise of 30 per cent, and it means the line handled 624 calls over the whole of 2024/25.",
     "2025-12-01", {52: FY24, 40: FY23, 624: FY24}, {30.0: (FY24[0], FY23[0])}),
    ("Calls to the gambling line from Leeds rose by 12% over the course of 2023, to 2,240.",
     "2024-02-01", {2240: Y23}, {12.0: (Y23[0], Y22[0])}),
])
def test_the_figures_of_a_span(text, published, counts, pcts):
    got_counts, got_pcts = _facts(text, published)
    assert {k: got_counts.get(k) for k in counts} == counts
    assert {k: got_pcts.get(k) for k in pcts} == pcts
