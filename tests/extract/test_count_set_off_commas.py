"""A figure set off by commas after a share's word, "of" and a pointer with its noun is the share's part, counting what
the count before counts.

Sentences of our own writing, varied along: the share's word (a third, most, a quarter, a percentage), the hedge
before the share and before the figure, the pointer (those, these, the, them) and its noun, and the near misses: an
opener's whole ("Of those, N ..."), a cost after "of those calls".
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

_BEFORE = ("Loneliness behind calls\n\n12 July 2023\n\nVolunteers responded to 412,300 calls in 2022, the charity "
           "said.\n\n")


@pytest.mark.parametrize("sentence, value, measure", [
    ("More than a third of those calls, 132,800, came from people who said they felt lonely.", 132800,
     "helpline_calls"),
    ("Most of these callers, about 1,200, were men.", 1200, "helpline_calls"),
    ("A quarter of the calls, 103,000, came at night.", 103000, "helpline_calls"),
    ("Some 40% of them, 164,900, were from women.", 164900, "helpline_calls"),
])
def test_a_figure_set_off_by_commas_after_a_share_is_its_part(sentence, value, measure):
    record = extract_article(_BEFORE + sentence + "\n", source="t.txt")
    assert {int(c.value): c.measure for c in record.counts}.get(value) == measure


@pytest.mark.parametrize("before, expected", [
    ("More than a third of those calls, ", True),
    ("Most of these callers, about ", True),
    ("Of those, ", False),  # an opener's whole: no share's word before "of"
    ("The cost of those calls, ", False),
    ("Half of them - ", True),  # the dash reading, as before
])
def test_set_off_part(before, expected):
    from pipeline.extract.set_off_parts import set_off_part
    assert set_off_part(before) is expected
