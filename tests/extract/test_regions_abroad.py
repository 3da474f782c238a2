"""Places abroad: the states, territories and main cities of Australia, the states of the United
States, and the national scope of an article whose places are all in one other country, in
sentences of our own."""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.place_roles import implied_scope
from pipeline.extract.regions import ancestors, find_regions


def names(text: str) -> list[str]:
    return [m.name for m in find_regions(text)]


@pytest.mark.parametrize("text, expected", [
    ("In New South Wales, calls to the line doubled.", ["New South Wales"]),
    ("Men in Tasmania and Queensland rang the service.", ["Tasmania", "Queensland"]),
    ("Another 90 South Australian men sought help.", []),             # an adjective names no state
    ("Another 90 men from South Australia sought help.", ["South Australia"]),
    ("A study from Western Australia found the same.", ["Western Australia"]),
    ("Calls from the Northern Territory rose.", ["Northern Territory"]),
    ("Referrals in Victoria jumped by a third.", ["Victoria"]),
    ("Victoria Derbyshire read the news.", []),                        # a person, not the state
    ("Its office in Brisbane and one on the Gold Coast opened.", ["Brisbane", "Gold Coast"]),
    ("An Australian survey found the same.", []),                     # an adjective names no place
    ("Advocates in Massachusetts and New York welcomed it.", ["Massachusetts", "New York"]),
    ("The line in Ohio, Texas and North Carolina took calls.", ["Ohio", "Texas", "North Carolina"]),
    ("George Washington was the first president.", []),               # ambiguous: a person
    ("The New York Times ran the story.", []),                         # a newspaper
    ("Calls in South Wales rose.", ["South Wales"]),                   # still the Welsh region
])
def test_places_abroad(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("name, country", [
    ("Victoria", "Australia"), ("Gold Coast", "Australia"), ("Hobart", "Australia"),
    ("Massachusetts", "United States"), ("New York", "United States"),
])
def test_a_place_abroad_is_in_its_country(name, country):
    assert country in ancestors(name)


@pytest.mark.parametrize("text, expected", [
    ("Men in Victoria and Tasmania rang the national helpline.", ["Australia"]),
    ("Calls rose in Queensland, and nationally they doubled.", ["Australia"]),
    ("In Massachusetts, the national hotline took 400 calls.", ["United States"]),
    ("In Cork, callers used the national helpline.", ["Ireland"]),
    ("In Australia, callers used the national helpline.", []),           # named already
    ("Men in Victoria and in Kent rang the national helpline.", ["United Kingdom"]),  # mixed: the UK, as before
    ("Calls rose in Norfolk, and nationally they doubled.", ["United Kingdom"]),
])
def test_the_national_scope_of_an_article_abroad(text, expected):
    assert [m.name for m in implied_scope(text, find_regions(text))] == expected


@pytest.mark.parametrize("text, value, region", [
    ("In New South Wales, the line received 678 calls in April.", 678, ["New South Wales"]),
    ("Another 156 men from South Australia rang the line last year.", 156, ["South Australia"]),
    ("The line took 2,300 calls from Queensland in 2021.", 2300, ["Queensland"]),
])
def test_a_figure_takes_its_place_abroad(text, value, region):
    record = extract_article(text, source="abroad.txt", published="2022-05-01")
    assert next(c for c in record.counts if c.value == value).regions == region
