"""The figure a change's or a multiplier's words take as their base, its period named between ("four times the
2021 figure of 610", "up 9% on the previous year's total of 4,410", "a 31% increase on the 2021 figure of 791"):
the two figures the words tie, whatever periods the extractor gave them.

Sentences of our own writing, published 2023-05-01 ("last year" is 2022).
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _checks(text: str, kind: str, stated: float) -> list[tuple[str, tuple]]:
    record = extract_article(text, source="bases.txt", published="2023-05-01")
    by_id = {c.id: c for c in record.counts}
    return [(c.verdict, tuple(by_id[i].value for i in c.inputs if i in by_id)) for c in record.checks
            if c.kind == kind and c.stated == stated]


@pytest.mark.parametrize("text, kind, stated, verdict, inputs", [
    ("The charity heard from 1,500 people in Bedford in 2022, almost three times the 520 recorded in 2020.",
     "multiplier", 3.0, "consistent", (520, 1500)),
    ("The line took 2,400 calls from Luton last year, four times the 2021 figure of 700.", "multiplier", 4.0,
     "inconsistent", (700, 2400)),
    ("Calls from Slough reached 1,210 in 2022, twice the 2020 total of 600.", "multiplier", 2.0, "consistent",
     (600, 1210)),
    ("Its website had 5,000 users from Reading last year, nearly five times the 1,040 of the year before.",
     "multiplier", 5.0, "consistent", (1040, 5000)),
    ("The helpline answered 2,200 calls from Oxford in 2022, up 10% on the previous year's total of 2,000.",
     "percentage", 10.0, "consistent", (2000, 2200)),
    ("The helpline answered 2,300 calls from Oxford in 2022, up 10% on the previous year's total of 2,000.",
     "percentage", 10.0, "inconsistent", (2000, 2300)),
    ("The charity heard from 660 people in Swindon in 2022, a 20 per cent rise on the 2021 figure of 550.",
     "percentage", 20.0, "consistent", (550, 660)),
    ("Its website had 1,300 users from Bath last year, a 30 per cent rise on the figure for the previous year of "
     "1,000.", "percentage", 30.0, "consistent", (1000, 1300)),
])
def test_the_figure_its_words_name_is_its_base(text, kind, stated, verdict, inputs):
    assert (verdict, inputs) in _checks(text, kind, stated)


@pytest.mark.parametrize("text", [
    # "three times" a count of occasions, and "the 999 line": no multiplier of a figure
    "She rang the helpline three times the 999 line could not help her.",
    "He called three times the night before.",
])
def test_no_multiplier_of_a_figure(text):
    record = extract_article(text, source="bases.txt", published="2023-05-01")
    assert [c for c in record.checks if c.kind == "multiplier" and c.verdict == "inconsistent"] == []
