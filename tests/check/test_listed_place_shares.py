"""A place's share of the total that lists it, and of the one count of the place a whole holds (twenty-fourth round,
shares24; ``pipeline/check/place_shares.py``: :func:`listing_total`, the sibling rule, the held part).

"Medway accounted for 23% of the total." after "The charity received 1,318 contacts from Kent and Medway in 2022 -
1,023 from Kent and 295 from Medway.": the whole is the total whose listed parts include the place's count, never a
sibling part; a disagreement is a verdict when the listed parts add up to it.  And "Fife accounted for 6% of the
national total" when Fife has a count of this year and one of last year: the part is the one a whole of its period
holds.  The table varies the places (two or three listed, the part first, middle or last), the link between total
and parts (a dash, a colon, "of which", "with"), the share's verb (accounted for, made up, 's share was), the words
pointing at the whole (of the total, of all contacts, of them), the distance (next sentence, a paragraph between),
parts that add up or not, and both verdicts.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from test_named_wholes import MIDDLE, decided

DASH = "The line received 1,320 contacts from Lancashire in 2024 \u2013 1,020 from Preston and 300 from Blackpool. "
COLON = "The line took 2,000 calls from Lancashire in 2024: 1,200 from Preston, 500 from Blackpool and 300 from Lancaster. "
WHICH = "The line took 2,000 calls from Lancashire in 2024, of which 1,200 came from Preston and 800 from Blackpool. "
SHORT = "The line received 1,500 contacts from Lancashire in 2024 \u2013 1,020 from Preston and 300 from Blackpool. "
# a sibling named by the place that holds the share's ("from Lancashire and Blackpool - 1,020 from Lancashire")
BOTH = ("The line received 1,320 contacts from Lancashire and Blackpool in 2024 \u2013 1,020 from Lancashire and 300 "
        "from Blackpool. ")
BOTH3 = ("The line took 2,000 calls from Devon, Plymouth and Torbay in 2024: 1,200 from Devon, 500 from Plymouth and "
         "300 from Torbay. ")
YEARS = ("The line said 190 people from Fife contacted it in 2023/24. The year before, 120 did so. Across Scotland, "
         "the line handled 3,000 contacts in 2023/24, of which 1,700 were calls and 1,300 were webchats. ")


@pytest.mark.parametrize("text, stated, expected", [
    (DASH + "Blackpool accounted for 23% of the total.", 23.0, [("consistent", [300, 1320])]),
    (DASH + "Blackpool accounted for 25% of the total.", 25.0, [("inconsistent", [300, 1320])]),
    (DASH + MIDDLE + "Preston made up 77 per cent of all contacts.", 77.0, [("consistent", [1020, 1320])]),
    (DASH + MIDDLE + "Preston made up 80 per cent of all contacts.", 80.0, [("inconsistent", [1020, 1320])]),
    (COLON + "Blackpool accounted for a quarter of them.", 25.0, [("consistent", [500, 2000])]),
    (COLON + "Blackpool accounted for 30% of the total.", 30.0, [("inconsistent", [500, 2000])]),
    (COLON + "Lancaster made up 15 per cent of the total.", 15.0, [("consistent", [300, 2000])]),
    (BOTH + "Blackpool accounted for 23% of the total.", 23.0, [("consistent", [300, 1320])]),
    (BOTH + "Blackpool accounted for 25% of the total.", 25.0, [("inconsistent", [300, 1320])]),
    (BOTH + MIDDLE + "Blackpool made up almost a quarter of all contacts.", 25.0, [("consistent", [300, 1320])]),
    (BOTH3 + "Plymouth accounted for a quarter of them.", 25.0, [("consistent", [500, 2000])]),
    (BOTH3 + "Plymouth made up 30 per cent of the total.", 30.0, [("inconsistent", [500, 2000])]),
    (BOTH3 + MIDDLE + "Torbay's share was 15 per cent.", 15.0, [("consistent", [300, 2000])]),
    (WHICH + "Blackpool's share was 40 per cent.", 40.0, [("consistent", [800, 2000])]),
    (WHICH + "Blackpool accounted for 45% of the total.", 45.0, [("inconsistent", [800, 2000])]),
    # the listed parts fall short of the total: agreement only
    (SHORT + "Blackpool accounted for 20% of the total.", 20.0, [("consistent", [300, 1500])]),
    (SHORT + "Blackpool accounted for 25% of the total.", 25.0, [("inconsistent", [300, 1500])]),
    # the place has a count of another year too: the one a whole of its period holds, agreement only
    (YEARS + "Fife accounted for 6% of the national total.", 6.0, [("consistent", [190, 3000])]),
    (YEARS + "Fife accounted for 6% of the national total, in line with its population.", 6.0,
     [("consistent", [190, 3000])]),
    (YEARS + MIDDLE + "Fife made up about 6 per cent of all contacts.", 6.0, [("consistent", [190, 3000])]),
    (YEARS + "Fife accounted for 9% of the national total.", 9.0, []),
])
def test_a_place_share_of_the_total_that_lists_it(text, stated, expected):
    assert decided(text, stated) == expected


@pytest.mark.parametrize("text, stated", [
    # a sibling part is no whole, and the total lists no part of the share's place
    ("The line took 1,300 calls from Preston in 2024 and 300 from Blackpool. Blackpool accounted for 30% of the "
     "total.", 30.0),
])
def test_no_disagreement_on_a_sibling(text, stated):
    assert all(v != "inconsistent" for v, _ in decided(text, stated))
