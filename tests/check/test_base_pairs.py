"""A change whose sentence gives its base, judged on the one count before it that gives the change with it.

"This was 5 per cent up on the year before, when 6,000 people had been in touch.": the
later count is the total a paragraph or two before, not the nearest count.  Only a single agreeing count is a
verdict; a disagreement leaves the change as the other rules judge it.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _percentage_checks(text: str, stated: float) -> list[tuple[str, tuple]]:
    record = extract_article(text, source="base.txt", published="2023-05-01")
    by_id = {c.id: c for c in record.counts}
    return [(c.verdict, tuple(by_id[i].value for i in c.inputs)) for c in record.checks
            if c.kind == "percentage" and c.stated == stated]


@pytest.mark.parametrize("text, stated, inputs", [
    ("A total of 6,300 people contacted the charity in 2022.\n\nMost came by phone (5,100 calls), and 45 people "
     "came to a drop-in session.\n\nThis was a 5 per cent rise on the year before, "
     "when 6,000 people had been in touch.", 5.0, (6000, 6300)),
    ("The line took 4,200 calls in 2022. Of these, 900 came from women and 60 from young people.\n\n"
     "The total was a 20 per cent increase on 2021, when 3,500 calls were taken.", 20.0, (3500, 4200)),
    ("The helpline answered 12,000 calls last year.\n\nSome 2,000 of the calls were about images online.\n\n"
     "That represents a 50% rise on the year before, when it answered 8,000 calls.", 50.0, (8000, 12000)),
    ("The line took 3,000 calls in 2022, 400 of them at night.\n\nIt was a fall of 25% on 2021, when it took "
     "4,000 calls.", 25.0, (4000, 3000)),
])
def test_a_base_and_the_count_before_it(text, stated, inputs):
    assert _percentage_checks(text, stated) == [("consistent", inputs)]


@pytest.mark.parametrize("text, stated", [
    # no count before it gives the change with the base: no verdict against the paper
    ("The line took 4,200 calls in 2022. Of these, 900 came from women and 60 from young people.\n\n"
     "The total was a 40 per cent increase on 2021, when 3,500 calls were taken.", 40.0),
    # two counts before it would give it: no telling which
    ("The line took 1,200 calls in 2022 and 1,201 calls in the year to March.\n\nOf these, 50 were at night.\n\n"
     "That was a 20 per cent rise on 2021, when it took 1,000 calls.", 20.0),
])
def test_no_verdict_without_one_fitting_count(text, stated):
    assert [v for v, _ in _percentage_checks(text, stated)] in ([], ["unverifiable"])
