"""A claim after a turn to a new subject in its sentence (", but", ", while", ";") takes the measure its own clause
names (:func:`pipeline.check.claim_measures.named_measure`): "Calls fell ..., but the number of people using its chat
almost doubled" is judged on the chats, not the calls.

Sentences of our own writing, published 2023-05-01 ("last year" is 2022).
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _checks(text: str, kind: str, stated: float) -> list[tuple[str, tuple]]:
    record = extract_article(text, source="clauses.txt", published="2023-05-01")
    by_id = {c.id: c for c in record.counts}
    return [(c.verdict, tuple(by_id[i].value for i in c.inputs if i in by_id)) for c in record.checks
            if c.kind == kind and c.stated == stated]


FIGURES = ("\n\nThe line took 1,800 calls in 2022, down from 2,000 in 2021.\n\nIts webchat held {new} conversations in "
           "2022, up from 400 in 2021.")


@pytest.mark.parametrize("claim, new, verdict", [
    ("Calls to the Luton helpline fell by 10% last year, but the number of people using its webchat almost doubled.",
     "780", "consistent"),
    ("Calls to the Luton helpline fell by 10% last year, while webchats to the line more than doubled.", "850",
     "consistent"),
])
def test_the_measure_of_its_own_clause(claim, new, verdict):
    assert (verdict, (400, int(new))) in _checks(claim + FIGURES.format(new=new), "multiplier", 2.0)


@pytest.mark.parametrize("claim", [
    # the turn's clause names no measure: the sentence's subject decides, and calls did not double
    "Calls to the Luton helpline fell by 10% last year, but its webchat figures were not published in full.",
    "Calls to the Luton helpline fell by 10% last year, while the number of volunteers almost doubled.",
    "Calls to the Luton helpline fell by 10% last year, but its volunteers almost doubled in number.",
])
def test_no_inconsistent_on_the_other_clause_figures(claim):
    assert "inconsistent" not in [v for v, _ in _checks(claim + FIGURES.format(new="780"), "multiplier", 2.0)]
