"""Places as papers write them around a figure (extract21).

A place joined by "-based" to a body's noun ("the Tyneside-based charity") says where the body sits, not where the
figure is (``place_roles._based_body``); a place whose first word a lead sets in capitals ("NORTHERN Ireland's")
is that place (``regions_matcher._variants``). Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _regions(text: str) -> dict[int, list[str]]:
    record = extract_article("Helpline figures\n\n" + text, source="places.txt", published="2024-06-01")
    return {c.value: list(c.regions) for c in record.counts}


@pytest.mark.parametrize("text, value, expected", [
    ("The gambling line, run by the Tyneside-based charity Northern Steps, took 2,870 calls in 2023.", 2870, []),
    ("The Cardiff-based youth organisation Safe Talk answered 1,430 messages in 2023.", 1430, []),
    ("A Leeds-based charity said the line took 940 calls from Bradford in 2023.", 940, ["Bradford"]),
    ("NORTHERN Ireland's crisis line answered 31,200 calls in 2023.", 31200, ["Northern Ireland"]),
    ("SOUTH Yorkshire's gambling line took 1,760 calls in 2023.", 1760, ["South Yorkshire"]),
])
def test_the_place_of_a_figure(text, value, expected):
    assert _regions(text)[value] == expected


@pytest.mark.parametrize("text, value, expected", [
    # a place that is the branch's, not a body's home, stays the figure's
    ("The Leeds branch of the charity took 2,100 calls in 2023.", 2100, ["Leeds"]),
    ("Northern Ireland's crisis line answered 31,200 calls in 2023.", 31200, ["Northern Ireland"]),
])
def test_neighbours_keep_their_places(text, value, expected):
    assert _regions(text)[value] == expected
