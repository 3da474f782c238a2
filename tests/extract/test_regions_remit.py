"""A body's remit is not the place of a figure, in sentences of our own.

A place named at the end of a sentence in an apposition that says what a body does
(", the peak body funded to work with men in Victoria and Tasmania") is the body's remit:
it stays in the article's regions but no figure takes it. A place in such an apposition
with the figure after it ("The line, the only service working across Wales, took 500
calls") is still the figure's place.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.place_roles import organisation_places
from pipeline.extract.regions import find_regions


@pytest.mark.parametrize("text, expected", [
    ("Calls rose 40% in 2021 at the line run by Safe Men, the peak body funded to work with men in Victoria and Tasmania.",
     ["Victoria", "Tasmania"]),
    ("The 300 calls went to Safe Homes, the charity commissioned to support families across Kent, Surrey and Sussex.",
     ["Kent", "Surrey", "Sussex"]),
    ("Referrals rose 12% at Open Door, the service set up to help young people in Wales.", ["Wales"]),
    ("The line, the only service working across Wales, took 500 calls in 2021.", []),
    ("Refuge, the charity that runs the helpline, said 500 people in Wales called.", []),
    ("In Wales, the charity took 500 calls, up 12% on 2020.", []),
])
def test_places_in_a_body_remit(text, expected):
    assert [m.name for m in organisation_places(text, find_regions(text))] == expected


@pytest.mark.parametrize("text, value, regions", [
    ("Calls rose 40% in 2021 at the line run by Safe Men, the peak body funded to work with men in Victoria and Tasmania.",
     40, []),
    ("The line, the only service working across Wales, took 500 calls in 2021.", 500, ["Wales"]),
])
def test_a_figure_beside_a_remit(text, value, regions):
    record = extract_article(text, source="remit.txt", published="2022-05-01")
    facts = [f for f in record.counts + record.percentages if round(f.value) == value]
    assert facts[0].regions == regions
