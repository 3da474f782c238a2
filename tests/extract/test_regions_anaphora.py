"""A fact whose sentence points back to the place named before: "the state's rate has tripled",
"in the State last year" (as "the region" and "the county" do). Every sentence here is our own
writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, expected", [
    # "the state's" points back to the state named before, for a multiplier as for a count: kept for the checks
    # (context_regions), not published, since its own sentence names no place (decision 12)
    ("In Arizona, sports betting became legal in 2021. Since then the state's calls have doubled.", ["Arizona"]),
    ("Ohio legalised betting in 2023. The state's count of gamblers seeking help has tripled since 2015.", ["Ohio"]),
    ("Betting became legal in 2021. Since then the state's calls have doubled.", []),
    ("In Arizona, sports betting became legal in 2021. Calls to the line doubled.", []),
])
def test_state_anaphora_multiplier(text, expected):
    record = extract_article(text, source="state.txt", published="2023-05-01")
    assert [(m.regions, m.context_regions) for m in record.multipliers] == [([], expected)]


@pytest.mark.parametrize("text, expected", [
    # "the State" names no place in its own sentence: a count's region is null (ANNOTATION.md decision 12); the
    # place it points back to stays for the checks (test_count_own_places.py)
    ("Volunteers in Ireland took 50,000 calls in 2019. In the State last year, 60,000 calls were answered.",
     [["Ireland"], []]),
    ("Volunteers in Ireland took 50,000 calls in 2019. Last year, 60,000 calls were answered.",
     [["Ireland"], []]),
])
def test_state_anaphora_count(text, expected):
    record = extract_article(text, source="state.txt", published="2021-05-01")
    assert [c.regions for c in record.counts] == expected


@pytest.mark.parametrize("text, expected", [
    # a multiplier is resolved after every count of the page: "the region" still points back, to the place named
    # before it, not to one of a later sentence (Dundee, Lancashire)
    ("The line took 2,400 calls from Tayside in 2024.\n\nThat has doubled since 2020, when 1,200 calls came from the "
     "region.\n\nDundee made 900 of this year's calls.", ["Tayside"]),
    ("The helpline heard from 3,000 people in Cumbria in 2024.\n\nDemand has trebled since the first half of "
     "2019, when 1,000 people from the county got in touch.\n\nPeople in Lancashire made 1,100 calls this "
     "year.", ["Cumbria"]),
    # nothing placed before it: no place, whatever comes after
    ("Calls from the region have doubled since 2020.\n\nDundee made 900 calls in 2024.", []),
])
def test_region_anaphora_of_a_multiplier_points_back(text, expected):
    record = extract_article(text, source="region.txt", published="2025-03-01")
    assert [m.context_regions for m in record.multipliers] == [expected]
