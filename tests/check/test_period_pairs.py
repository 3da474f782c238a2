"""A change or multiplier judged on the one pair of its measure, place and periods anywhere in the article
(:mod:`pipeline.check.period_pairs`), and the neighbours that must stay without a verdict.

Sentences of our own writing, published 2023-05-01 ("last year" is 2022).  One extract run per sentence, through
the shared pipeline.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _checks(text: str, kind: str, stated: float) -> list[tuple[str, tuple]]:
    record = extract_article(text, source="pairs.txt", published="2023-05-01")
    by_id = {c.id: c for c in record.counts}
    return [(c.verdict, tuple(by_id[i].value for i in c.inputs if i in by_id)) for c in record.checks
            if c.kind == kind and c.stated == stated]


KENT = "The line took 1,200 calls from Kent in 2022.\n\nStaff said demand was steady.\n\nIn 2021 it took 1,000 calls from Kent."


@pytest.mark.parametrize("text, kind, stated, verdict, inputs", [
    # the change first, its later figure after it, the base two paragraphs on
    (f"Calls from Kent to the helpline rose by 20 per cent last year.\n\n{KENT}", "percentage", 20.0,
     "consistent", (1000, 1200)),
    # the same with a misprint: its own periods gave the pair, so a disagreement is a verdict
    (f"Calls from Kent to the helpline rose by 25 per cent last year.\n\n{KENT}", "percentage", 25.0,
     "inconsistent", (1000, 1200)),
    # a fall, the figures in the two sentences after
    ("Calls from Kent to the helpline fell by 10 per cent last year.\n\nThe line took 900 calls from Kent in 2022."
     "\n\nIn 2021 it took 1,000 calls from Kent.", "percentage", 10.0, "consistent", (1000, 900)),
    # a multiplier whose figures follow, the later first
    ("Contacts from Fife to the helpline more than doubled last year.\n\nThe charity heard from 430 people in Fife "
     "in 2022.\n\nIn 2021, 200 people from Fife got in touch.", "multiplier", 2.0, "consistent", (200, 430)),
    # a multiplier misprinted, the earlier figure written first
    ("Contacts from Fife to the helpline doubled last year.\n\nIn 2021, 250 people from Fife got in touch.\n\n"
     "The charity heard from 430 people in Fife in 2022.", "multiplier", 2.0, "inconsistent", (250, 430)),
])
def test_the_one_pair_of_its_measure_place_and_periods(text, kind, stated, verdict, inputs):
    assert (verdict, inputs) in _checks(text, kind, stated)


@pytest.mark.parametrize("text, kind, stated", [
    # the claim's words name website visits; the figures are calls
    (f"Website visits from Kent rose by 25 per cent last year.\n\n{KENT}", "percentage", 25.0),
    # another place's figures
    (f"Calls from Essex to the helpline rose by 25 per cent last year.\n\n{KENT}", "percentage", 25.0),
    # a change of an earlier year than the figures given
    (f"Calls from Kent to the helpline rose by 25 per cent in 2020.\n\n{KENT}", "percentage", 25.0),
    # two figures for one period: no telling which
    ("Calls from Kent to the helpline rose by 25 per cent last year.\n\nThe line took 1,200 calls from Kent in "
     "2022.\n\nThe council's own audit counted 1,260 calls from Kent in 2022.\n\nIn 2021 it took 1,000 calls from Kent.",
     "percentage", 25.0),
    # "three times as many men as women": two groups, not a figure over time
    ("Three times as many men as women called the line from Kent last year.\n\n" + KENT, "multiplier", 3.0),
])
def test_no_inconsistent_without_the_one_pair(text, kind, stated):
    assert "inconsistent" not in [v for v, _ in _checks(text, kind, stated)]


@pytest.mark.parametrize("text, inputs", [
    # the figure after "double the" is the base, whatever periods the two took
    ("The line handled 640 webchats from Kent between January and June, nearly double the 331 in the same months "
     "of 2022.", (331, 640)),
    ("In Kent the helpline answered 1,250 calls last year, almost double the 650 of the year before.", (650, 1250)),
])
def test_the_object_of_a_multiplier_is_its_base(text, inputs):
    assert ("consistent", inputs) in _checks(text, "multiplier", 2.0)


def test_linked_figures_of_other_sentences_read_in_time_order():
    text = ("Contacts from Swindon to the helpline more than doubled last year.\n\nThe charity heard from 470 people in "
            "Swindon in 2022.\n\nIn 2021 the figure for Swindon was 215.")
    assert [v for v, _ in _checks(text, "multiplier", 2.0)] == ["consistent"]
