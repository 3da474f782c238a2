"""Bare figures whose noun the sentence names elsewhere (ninth round), in sentences of our own writing.

Each table varies one general shape, with near misses: the parts that follow an opener naming their
whole ("Of those calls, A ..., B ... and C ..."), figures in brackets after places ("Kent (1,204) and
Sussex (980)"), "<noun> volumes of N", and a "number of" named after the figures that counts no helpline
noun, which gives way to the noun the sentence opens with.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _counts(text: str) -> list[tuple[float, str]]:
    return [(c.value, c.measure) for c in extract_article(text, source="nouns_named_elsewhere.txt").counts]


@pytest.mark.parametrize("text, expected", [
    # every part after an opener that names the whole counts what the whole counts
    ("Of those calls, 6,100 reached the adult line, 1,300 the youth line and 90 the text service.",
     [(6100, "helpline_calls"), (1300, "helpline_calls"), (90, "helpline_calls")]),
    ("Of the 900 calls, 500 came from men, 300 from women and 100 from family members.",
     [(900, "helpline_calls"), (500, "helpline_calls"), (300, "helpline_calls"), (100, "helpline_calls")]),
    # contacts by phone are calls (ANNOTATION.md decision 4: phone calls or callers; measures15): the part names its channel
    ("Of all the contacts, 2,400 were by phone and 800 by email.",
     [(2400, "helpline_calls"), (800, "helpline_contacts")]),
    # near miss: an opener naming no count noun leaves the parts to the count before
    ("The line took 700 calls in 2022. Of these, 40 were first-time callers.",
     [(700, "helpline_calls"), (40, "helpline_calls")]),
])
def test_parts_after_an_opener_naming_the_whole(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a figure alone in brackets after a place counts the sentence's count noun, before or after it
    ("The most calls came from Kent (1,204) and Sussex (980) in 2022.", [(1204, "helpline_calls"), (980, "helpline_calls")]),
    ("Surrey (310) and Essex (270) made the fewest requests for help.",
     [(310, "helpline_contacts"), (270, "helpline_contacts")]),
    # near misses: no place before the bracket; no count noun in the sentence
    ("The line (1,204 in all) is busiest at night.", []),
    ("Kent (1,204) and Sussex (980) are the largest branches.", []),
])
def test_figures_in_brackets_after_places(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Call volumes of 3,000 a day are now common.", [(3000, "helpline_calls")]),
    ("It reported a call volume of about 900 a week in 2021.", [(900, "helpline_calls")]),
    ("Text volumes of 1,500 a month are now usual.", [(1500, "helpline_contacts")]),
    # near miss: the volume of something else
    ("Sales volumes of 3,000 were reported.", []),
])
def test_volumes_of_a_figure(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a "number of" after the figures that names no count noun gives way to the opening noun
    ("Calls to the line rose from 400 to 650, while the number of counselling sessions grew.",
     [(400, "helpline_calls"), (650, "helpline_calls")]),
    ("Calls rose by 200% (from 1,100 to 3,300), and the number of training courses doubled.",
     [(1100, "helpline_calls"), (3300, "helpline_calls")]),
    # near miss: a "number of" before the figures decides
    ("The number of training courses rose from 12 to 17.", [(12, "other"), (17, "other")]),
])
def test_a_number_of_after_the_figures(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a figure in brackets after "these/those <noun>" is a part of the count before; the list goes on
    ("In 2021, 171 people from the county contacted the helpline. Most of these people (89) lived in "
     "Ashford, 45 lived in Dover and 37 elsewhere in the county.",
     [(171, "helpline_contacts"), (89, "helpline_contacts"), (45, "helpline_contacts"), (37, "helpline_contacts")]),
    ("The line took 2,000 calls in 2022. Most of those calls (1,400) came at night.",
     [(2000, "helpline_calls"), (1400, "helpline_calls")]),
    # near miss: no count before to be a part of
    ("Most of these people (89) were local.", [(89, "other")]),
])
def test_a_bracketed_part_after_these(text, expected):
    assert _counts(text) == expected
