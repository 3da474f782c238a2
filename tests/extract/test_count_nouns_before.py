"""What a from-to pair counts when its figures have no noun of their own, and nouns that decide a measure.

The first figure of "from A to B" counts the count noun its sentence names just before it ("the yearly
call volume went from ...", "reports of abuse rose sharply, from ..."); the second figure counts what
the first does. Emails to a helpline and interactions with its services are contacts; people who
"sought their help" contacted it.
Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.count_nouns import _unit_before


def _measures(text: str) -> dict[float, str]:
    return {c.value: c.measure for c in extract_article(text, source="nouns.txt", published="2023-02-01").counts}


@pytest.mark.parametrize("text, expected", [
    ("Between 2018 and 2020 the yearly call volume went from 8,120 to 9,940.", {8120: "helpline_calls", 9940: "helpline_calls"}),
    ("The charity has seen abuse-related calls climb steeply in recent years, from about 1,400 in 2019 to more "
     "than 3,100 in 2022.", {1400: "helpline_calls", 3100: "helpline_calls"}),
    ("Recorded offences in the county went from 41 to 57 over the year.", {41: "offences", 57: "offences"}),
    ("Arrests by the unit rose sharply, from 12 to 30.", {12: "arrests", 30: "arrests"}),
])
def test_a_from_to_pair_takes_the_noun_before_it(text, expected):
    found = _measures(text)
    for value, measure in expected.items():
        assert found.get(value) == measure, found


@pytest.mark.parametrize("before, unit", [
    ("the yearly call volume went from ", "calls"),
    ("abuse-related calls climbed steeply in recent years, from ", "calls"),
    ("Recorded offences in the county went from ", "offences"),
    # a figure or a sentence's end between the noun and the pair: the noun is not the pair's
    ("Some 900 calls came in May, and the rota went from ", None),
    ("There were many calls. The rota went from ", None),
    ("The rota went from ", None),
])
def test_the_noun_before_a_pair(before, unit):
    assert _unit_before(before) == unit


@pytest.mark.parametrize("text, value, measure", [
    ("The branch answered 2,900 calls, 640 emails and 310 text messages last year.", 640, "helpline_contacts"),
    ("Last year 1,250 people sought their help, the charity said.", 1250, "helpline_contacts"),
    ("About 700 adults were seeking their help each month.", 700, "helpline_contacts"),
    ("The line logged an average of 140 interactions with its advisers per week.", 140, "helpline_contacts"),
    ("Its teams had more than 60,000 interactions across its support services in 2021.", 60000, "helpline_contacts"),
])
def test_nouns_and_cues_of_contacts(text, value, measure):
    assert _measures(text).get(value) == measure


@pytest.mark.parametrize("text, expected", [
    # both ends of a range count the noun after the second
    ("The branch receives 40-90 calls a day.", [(40, "per_day"), (90, "per_day")]),
    ("Some branches take 12,000\u201315,000 calls in a year.", [(12000, "per_year"), (15000, "per_year")]),
    ("They averaged between 110 to 140 calls per week.", [(110, "per_week"), (140, "per_week")]),
    ("Between 600 and 800 people called the line.", [(600, None), (800, None)]),
    # no range: the second figure is not larger, or a figure is part of a phone number
    ("The 24-7 line answered 400 calls.", [(400, None)]),
])
def test_both_ends_of_a_range(text, expected):
    counts = extract_article(text, source="ranges.txt", published="2023-02-01").counts
    found = [(c.value, c.rate) for c in counts if c.measure != "other"]
    for item in expected:
        assert item in found, found
