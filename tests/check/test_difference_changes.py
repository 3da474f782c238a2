"""A change told by its difference ("1,870 contacts, up by 410 on 2023. That is a 28% rise.") is judged on the level
and the base derived from it (``pipeline/check/difference_changes.py``); a difference found against counts of other
sentences that misses grossly is no verdict (``difference_checks.GROSS_ACROSS``).  Sentences of our own writing; the
near-neighbours must keep no "inconsistent".
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.check.summary import kind_of


def _checks(text: str, kind: str, stated: float, published: str = "2025-05-02") -> list[tuple[str, list[float]]]:
    record = extract_article(text, source="difference_changes.txt", published=published)
    values = {c.id: c.value for c in record.counts}
    return [(c.verdict, sorted(values[i] for i in c.inputs if i in values)) for c in record.checks
            if kind_of(c) == kind and abs((c.stated or 0) - stated) < 0.06]


@pytest.mark.parametrize("text, stated, verdict, inputs", [
    # the change in the sentence after the difference: both verdicts, on the level and the difference
    ("In the first quarter of 2025 the gambling helpline took 2,600 calls from Kent, up by 600 on the same quarter "
     "of 2024. That is a 30% rise.", 30.0, "consistent", [600, 2600]),
    ("In the first quarter of 2025 the gambling helpline took 2,600 calls from Kent, up by 600 on the same quarter "
     "of 2024. That is a 40% rise.", 40.0, "inconsistent", [600, 2600]),
    # a fall: the base is the level plus the difference
    ("Calls to the Samaritans branch in Bangor fell to 900 in 2024, down by 100 on 2023, a fall of 10 per cent.",
     10.0, "consistent", [100, 900]),
    ("Calls to the Samaritans branch in Bangor fell to 900 in 2024, down by 100 on 2023, a fall of 12 per cent.",
     12.0, "inconsistent", [100, 900]),
    # the change in the difference's own sentence, the level a count of contacts
    ("Stop It Now took 5,400 contacts from Wales in 2024, an increase of 900 on the year before and a rise of 20%.",
     20.0, "consistent", [900, 5400]),
])
def test_a_change_told_by_its_difference(text: str, stated: float, verdict: str, inputs: list[float]) -> None:
    assert _checks(text, "percentage", stated)[:1] == [(verdict, inputs)]


@pytest.mark.parametrize("text, kind, stated", [
    # a misprint far from the derived base (10% is no fall of 20%): the change may be of other figures
    ("Calls to the Samaritans branch in Bangor fell to 900 in 2024, down by 100 on 2023, a fall of 20 per cent.",
     "percentage", 20.0),
    # the base stated as well: the usual rules judge the change on it, not on the derived base
    ("Calls to the Samaritans branch in Ely fell to 900 in 2024 from 1,000 in 2023, down by 120, a fall of 10 per "
     "cent.", "percentage", 10.0),
    # a change two sentences after its difference: agreement only (28.6% is no 50% rise, but it may be another change)
    ("In 2024 the gambling helpline took 1,800 calls from Hull, up by 400 on 2023.\n\nThe line also runs a webchat."
     "\n\nThe charity said this was a 50% rise.", "percentage", 50.0),
    # a difference whose stated base year has no figure, set against another year's three sentences on
    ("In the first quarter of 2025 the gambling helpline took 1,500 calls from Leeds, up by 300 on the same quarter "
     "of 2024.\n\nThe line opened a webchat in March.\n\nIn the first quarter of 2020 it took 400 calls from Leeds.",
     "sum (difference)", 300.0),
])
def test_no_misprint_claimed_on_another_pair(text: str, kind: str, stated: float) -> None:
    assert all(verdict != "inconsistent" for verdict, _ in _checks(text, kind, stated))


def test_a_change_linked_to_no_difference_is_judged_as_before() -> None:
    text = ("The gambling helpline took 1,300 calls from York in 2024, compared with 1,000 in 2023, a rise of 30%.")
    assert _checks(text, "percentage", 30.0)[:1] == [("consistent", [1000, 1300])]
