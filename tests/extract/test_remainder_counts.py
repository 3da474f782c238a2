"""The rest of a list is a count of what the list counts ("and the remaining 860", "The rest - 640 -", a row
"Rest of the region: 690"), and "made up N of them" is a part, not the size of a change ("up 300").  Sentences of
our own writing; neighbours keep their reading ("up 300 on 2023" is a difference; "the remaining 80 places" counts
no calls).
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _counts(text: str) -> dict[float, tuple[str, object]]:
    record = extract_article(text, source="remainder_counts.txt", published="2025-03-01")
    return {c.value: (c.measure, c.difference) for c in record.counts}


@pytest.mark.parametrize("text, value, measure", [
    ("The line took 2,400 calls in 2024: 900 came from Leeds, 640 from Bradford and the remaining 860 from "
     "elsewhere.", 860, "helpline_calls"),
    ("Of those calls, 2,300 came from Kent and 1,900 from Hampshire, with the remaining 920 coming from other "
     "counties.", 920, "helpline_calls"),
    ("Of the 1,260 calls, 830 were from men and the remaining 430 from women.", 430, "helpline_calls"),
    ("HOPELINE247 received 1,740 contacts in 2024. Manchester accounted for 620 and Liverpool for 480. The rest - "
     "640 - came from across the region.", 640, "helpline_contacts"),
    ("Breathing Space took 2,980 calls in 2024.\n\nBy council area:\n\nArgyll and Bute: 540\nRest of the region: 690\n",
     690, "helpline_calls"),
    # a neighbour: the rest of another list than the calls'
    ("Stop It Now! took 1,900 calls in 2024. The charity trained 120 volunteers and hopes to fill the remaining 80 "
     "places on its course.", 80, "other"),
])
def test_the_rest_of_a_list_counts_what_it_counts(text: str, value: float, measure: str) -> None:
    assert _counts(text).get(value, (None,))[0] == measure


@pytest.mark.parametrize("text, value, difference", [
    ("The line took 2,600 calls in 2024. Calls from Croydon made up 520 of them.", 520, None),
    ("The line took 4,000 calls in 2024. Bristol made up 1,100 of those calls.", 1100, None),
    ("Calls were up 300 on 2023, the charity said.", 300, "increase"),
    ("The number of callers rose by 2,000 last year.", 2000, "increase"),
])
def test_made_up_is_no_change(text: str, value: float, difference: object) -> None:
    assert _counts(text)[value][1] == difference
