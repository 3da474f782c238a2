"""A share of a list of places, each with its own count: the part is their counts added up, the whole the count of the
place that holds them all (shares21, ``pipeline/check/place_list_shares.py``).  The part is derived, so only
agreement is a verdict.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from test_named_wholes import decided

COUNTS = ("The line took 3,000 calls from people in Wales in 2024, up from 2,400 in 2023.\n\n"
          "Cardiff accounted for 700 of the calls, Swansea for 500 and Newport for 300.")


@pytest.mark.parametrize("text, stated, inputs", [
    ("Cardiff, Swansea and Newport account for half of those calls.\n\n" + COUNTS, 50.0, [700, 500, 300, 3000]),
    ("Calls from Wales rise again\n\nCardiff, Swansea and Newport made up half of the total.\n\n" + COUNTS,
     50.0, [700, 500, 300, 3000]),
    ("Cardiff and Swansea account for 40 per cent of those calls.\n\n" + COUNTS, 40.0, [700, 500, 3000]),
])
def test_a_share_of_places_added_up(text, stated, inputs):
    assert decided(text, stated) == [("consistent", inputs)]


@pytest.mark.parametrize("text, stated", [
    # the derived part disagrees: no verdict against the paper
    ("Cardiff, Swansea and Newport account for almost a third of those calls.\n\n" + COUNTS, 33.3),
    # a place of the list has no count of its own
    ("Cardiff, Swansea and Wrexham account for almost a third of those calls.\n\n" + COUNTS, 33.3),
    ("Cardiff, Swansea and Wrexham account for half of those calls.\n\n" + COUNTS, 50.0),
])
def test_no_verdict_against_a_derived_part(text, stated):
    assert [v for v, _ in decided(text, stated)] in ([], ["unverifiable"]), decided(text, stated)
