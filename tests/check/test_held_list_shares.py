"""A share of a list of places that names, by its parts, a place the article counts (shares23a,
``pipeline/check/place_list_shares.py`` ``held_list_share``).

"Nationally, the charity answered 182,600 calls in 2024. That means some 3.5 per cent of them came from Leeds,
Bradford, Wakefield, Kirklees and Calderdale" after "6,400 calls from West Yorkshire": the listed places have no
count of their own; the one count of the innermost place holding them all is the part, the nearest larger count
before the share that its words point back at is the whole.  Agreement only (the gazetteer cannot tell whether the
list names every part of the holding place).  The table varies the number of places (two, three, five), where they
stand (after the share, "came from"; before it, the subject), where the whole stands (the sentence before, the
share's own sentence), the pointer ("of them", "of the total", "of all calls"), the hedge (some, about, around,
none) and the region.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from test_named_wholes import MIDDLE, decided

YORKS = "The line answered 6,400 calls from West Yorkshire in 2024, up from 5,100 in 2023." + MIDDLE
NATION = "Nationally, the charity answered 182,600 calls in 2024."
MANC = "The line took 9,000 calls from Greater Manchester in 2024, up from 8,200 in 2023." + MIDDLE


@pytest.mark.parametrize("text, stated, inputs", [
    # five places after the share, "of them", the whole in the sentence before, "some"
    (YORKS + NATION + " That means some 3.5 per cent of them came from Leeds, Bradford, Wakefield, Kirklees and "
     "Calderdale.", 3.5, [6400, 182600]),
    # three places, the whole in the share's own sentence, "about"
    (YORKS + "Nationally, the charity answered 182,600 calls in 2024, meaning about 3.5 per cent of them came from "
     "Leeds, Bradford and Wakefield.", 3.5, [6400, 182600]),
    # the places as the share's subject, "of the total", "around"
    (YORKS + NATION + " Leeds, Bradford and Wakefield together accounted for around 3.5 per cent of the total.", 3.5,
     [6400, 182600]),
    # two places, "of all calls", no hedge, a rounded share
    (YORKS + NATION + " Leeds and Bradford made up 4% of all calls.", 4.0, [6400, 182600]),
    # another region, five places after the share
    (MANC + "Across the UK it took 150,000 calls in 2024. Around 6 per cent of them came from Manchester, Salford, "
     "Bolton, Stockport and Wigan.", 6.0, [9000, 150000]),
])
def test_a_list_naming_a_counted_place(text, stated, inputs):
    assert decided(text, stated) == [("consistent", inputs)]


@pytest.mark.parametrize("text, stated", [
    # a misprint: the list may leave out a part of the holding place, so no verdict (6,400 / 182,600 is 3.5%)
    (YORKS + NATION + " That means some 8 per cent of them came from Leeds, Bradford, Wakefield, Kirklees and "
     "Calderdale.", 8.0),
    # a listed place counted on its own: its counts are the part (place_list_share), not the holding place's
    (YORKS + "Leeds accounted for 2,900 of the calls. " + NATION + " That means some 3.5 per cent of them came from "
     "Leeds, Bradford, Wakefield, Kirklees and Calderdale.", 3.5),
    # no whole before the share that its words point back at
    (YORKS + "Some 3.5 per cent of calls came from Leeds, Bradford, Wakefield, Kirklees and Calderdale.", 3.5),
])
def test_no_verdict_without_the_shape(text, stated):
    got = decided(text, stated)
    assert all(inputs != [6400, 182600] and v != "inconsistent" for v, inputs in got), got
