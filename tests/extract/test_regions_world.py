"""States, provinces and counties of other English-speaking countries, and the Crown dependencies.

Papers abroad give a helpline's figures by state or province ("calls in Queensland"), Irish
papers by county ("Co Meath"); names that are people's names too ("Victoria", "Georgia") keep
the guards of ambiguous names.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.regions import place

PLACES = [
    ("Calls to the line in Queensland rose to 4,000 in 2020.", ["Queensland"]),
    ("In Victoria, 1,200 men called the service last year.", ["Victoria"]),
    ("In New South Wales, 2,000 people called the crisis line.", ["New South Wales"]),
    ("The state's helpline took 3,002 calls across Florida last year.", ["Florida"]),
    ("Problem gamblers in Ontario made over 2,000 calls to the line.", ["Ontario"]),
    ("Calls from Co Meath rose to 700.", ["County Meath"]),
    ("The branch in Jersey answered 9,000 calls.", ["Jersey"]),
    ("The Isle of Man branch answered 5,000 calls.", ["Isle of Man"]),
    ("In Washington state, the line took 30,000 calls.", ["Washington"]),
    # people's names stay people
    ("Victoria Smith said 300 people called the helpline.", []),
    ("Georgia Jones, who runs the line, said 400 people called.", []),
    # South Wales is still South Wales
    ("The helpline in South Wales took 500 calls.", ["South Wales"]),
]


@pytest.mark.parametrize("text, expected", PLACES)
def test_states_provinces_and_counties_are_places(text, expected):
    record = extract_article(text, published="2021-05-01")
    assert [r.name for r in record.regions if r.name not in ("United Kingdom",)] == expected


@pytest.mark.parametrize("name, country", [
    ("Queensland", "Australia"), ("Nova Scotia", "Canada"), ("North Dakota", "United States"),
    ("County Cork", "Ireland"),
])
def test_parents_are_the_country(name, country):
    assert country in place(name).parents
