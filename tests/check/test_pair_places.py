"""The places the period resolver reads (:mod:`pipeline.check.pair_places`): a place that holds the others only
says where they are, a list of every place of a kind inside the claim's place is that place, a claim naming no place
is about the place that holds every other; and a far misprint on the pair of the claim's own place and periods is a
verdict.

Sentences of our own writing, published 2023-05-01 ("last year" is 2022).
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _checks(text: str, kind: str, stated: float) -> list[tuple[str, tuple]]:
    record = extract_article(text, source="places.txt", published="2023-05-01")
    by_id = {c.id: c for c in record.counts}
    return [(c.verdict, tuple(by_id[i].value for i in c.inputs if i in by_id)) for c in record.checks
            if c.kind == kind and c.stated == stated]


@pytest.mark.parametrize("text, kind, stated, verdict, inputs", [
    # the line's home nation beside the places it names
    ("The number of people in Tayside and Fife contacting the helpline rose by 40 per cent last year.\n\nStop It Now! "
     "Scotland heard from 210 people in Tayside and Fife in 2022.\n\nIn 2021 the figure was 150.", "percentage", 40.0,
     "consistent", (150, 210)),
    # every borough of Gwent named for Gwent
    ("Calls to the helpline from Gwent more than doubled last year.\n\nIt answered 910 calls from Newport, Caerphilly, "
     "Torfaen, Blaenau Gwent and Monmouthshire in 2022.\n\nIn 2021 it answered 430 calls.", "multiplier", 2.0,
     "consistent", (430, 910)),
    # a claim naming no place: the place that holds the others
    ("Calls to the helpline have nearly doubled in four years.\n\nThe line took 7,600 calls from across the UK in "
     "2022.\n\nLondon accounted for 1,900 of them and Wales 600.\n\nIn 2018 the line took 4,000 calls.",
     "multiplier", 2.0, "consistent", (4000, 7600)),
    # a far misprint on the claim's own place and periods
    ("Calls to the helpline from Wales rose by 50 per cent last year.\n\nThe helpline took 1,200 calls from Wales in "
     "2022, compared with 1,000 in 2021.", "percentage", 50.0, "inconsistent", (1000, 1200)),
])
def test_the_pair_of_its_place(text, kind, stated, verdict, inputs):
    assert (verdict, inputs) in _checks(text, kind, stated)


@pytest.mark.parametrize("text, kind, stated", [
    # the figures are of the nation around the claim's city
    ("Calls to the helpline from Cardiff rose by 50 per cent last year.\n\nAcross Wales the helpline took 1,200 calls "
     "in 2022, compared with 1,000 in 2021.", "percentage", 50.0),
    # a claim naming no place over the UK's figures: a guess, so a disagreement is no verdict
    ("Calls to the helpline have doubled in four years.\n\nThe line took 7,600 calls from across the UK in 2022.\n\n"
     "London accounted for 1,900 of them and Wales 600.\n\nIn 2018 the line took 4,900 calls.", "multiplier", 2.0),
    # two of Gwent's boroughs are not Gwent
    ("Calls to the helpline from Gwent more than doubled last year.\n\nIt answered 610 calls from Newport and "
     "Caerphilly in 2022.\n\nIn 2021 it answered 430 calls from Newport and Caerphilly.", "multiplier", 2.0),
    # a far miss the wrong way: more likely another pair than a misprint
    ("Calls to the helpline from Wales fell by 50 per cent last year.\n\nThe helpline took 1,200 calls from Wales in "
     "2022, compared with 1,000 in 2021.", "percentage", 50.0),
])
def test_no_inconsistent_off_its_place(text, kind, stated):
    assert "inconsistent" not in [v for v, _ in _checks(text, kind, stated)]
