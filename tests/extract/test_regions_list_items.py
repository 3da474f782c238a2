"""The places of the items of a list of places, in sentences of our own (ANNOTATION.md decision 12).

- **A kind's head left out** (``place_elided_heads``): in a text that names a place of a kind whose names end in a
  head word (Northern Ireland's trusts: "the Belfast Trust area"), "the Northern area" is the Northern Trust; in a
  text that names none, no place.
- **The remainder of a list** (``place_remainders``): "1,120 from Glasgow, 864 from Edinburgh, with the remaining
  1,025 ..." is from none of the places listed.
- **A bare figure said to come from a place** ("A further 4,180 came from the Western Trust area";
  ``place_lists.came_from_place``): a count (decision 2) of what the count before counts, its place its own.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

TRUSTS = "Every trust area saw more calls in 2024. "


def _places(text: str, value: int) -> list[str]:
    record = extract_article(text, source="lists.txt", published="2025-03-01")
    return next(c for c in record.counts if c.value == value).regions


@pytest.mark.parametrize("text, value, places", [
    (TRUSTS + "The Belfast Trust area accounted for 9,800 calls, the Northern area for 6,500 and the Southern area "
     "for 5,600.", 6500, ["Northern Trust"]),
    (TRUSTS + "The Belfast Trust area accounted for 9,800 calls, the Northern area for 6,500 and the Southern area "
     "for 5,600.", 5600, ["Southern Trust"]),
    (TRUSTS + "The Belfast Trust area accounted for 9,800 calls, the Northern area for 6,500 and the Southern area "
     "for 5,600.", 9800, ["Belfast Trust"]),
    ("The Western Trust area took 4,100 calls in 2024. The South Eastern area took 5,200 calls in 2024.", 5200,
     ["South Eastern Trust"]),
    # no trust named: "the Northern area" is no place
    ("Police said the Northern area had 300 calls to the line in 2024.", 300, []),
])
def test_a_kinds_head_left_out(text, value, places):
    assert _places(text, value) == places


@pytest.mark.parametrize("text, value, places", [
    ("Stop It Now! Scotland said 2,690 people got in touch in 2024. Of the total, 1,120 came from Glasgow, 864 from "
     "Edinburgh and 403 from Dundee, with the remaining 303 spread across the rest of the country.", 303, []),
    ("Stop It Now! said 980 people called in 2024: 420 from Leeds, 310 from Bradford and the remaining 250 from "
     "elsewhere.", 250, []),
    # a listed item keeps its place
    ("Stop It Now! Scotland said 2,690 people got in touch in 2024. Of the total, 1,120 came from Glasgow, 864 from "
     "Edinburgh and 403 from Dundee, with the remaining 303 spread across the rest of the country.", 864,
     ["Edinburgh"]),
])
def test_the_remainder_of_a_list(text, value, places):
    assert _places(text, value) == places


@pytest.mark.parametrize("text, value, measure, places", [
    ("The line answered 31,800 calls in 2024. A further 4,180 came from the Western Trust area.", 4180,
     "helpline_calls", ["Western Trust"]),
    ("The line answered 31,800 calls in 2024. Some 4,180 came from Kent.", 4180, "helpline_calls", ["Kent"]),
    ("Stop It Now! heard from 2,300 people in 2024. Another 610 were from Kent.", 610, "helpline_contacts", ["Kent"]),
])
def test_a_bare_figure_from_a_place(text, value, measure, places):
    record = extract_article(text, source="lists.txt", published="2025-03-01")
    count = next(c for c in record.counts if c.value == value)
    assert (count.measure, count.regions) == (measure, places)
