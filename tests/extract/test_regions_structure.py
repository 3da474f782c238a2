"""Places found by the shape of the text around them rather than by one more name: a body's
remit ("which serves Carlow and Wexford"), a part of a place ("in downtown Toronto"), a slash
between two places, a dateline in capitals, a town named again without evidence, and a branch's
call centre. Every sentence here is our own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.place_roles import implied_scope, organisation_places
from pipeline.extract.regions import find_regions
from pipeline.extract.regions_datelines import REACH, dateline_regions


def names(text: str) -> list[str]:
    return [m.name for m in find_regions(text)]


@pytest.mark.parametrize("text, expected", [
    # a body's remit is evidence that a town's name is the town
    ("The refuge, which serves Carlow and Wexford, took 300 calls.", ["Carlow", "Wexford"]),
    ("Its counsellors now cover Bromsgrove and Redditch.", ["Bromsgrove", "Redditch"]),
    ("A new team covering Hethersett opened in May.", ["Hethersett"]),
    ("The charity, serving Alvechurch since 1990, needs volunteers.", ["Alvechurch"]),
    ("The programme covers March to June and serves everyone.", []),
    # a word naming a part of the place may stand between the preposition and the place
    ("She volunteers at a centre in downtown Bridgwater.", ["Bridgwater"]),
    ("Calls came from rural Camelford and from coastal Lynton.", ["Camelford", "Lynton"]),
    ("The bus runs across regional Victoria every week.", ["Victoria"]),
    ("A new office opened in west Cork.", ["Cork"]),
    ("The rural Hethersett team met on Monday.", []),
    ("Volunteers met in Central Hethersett Hall.", []),
    # a slash joins two places as "and" does
    ("Volunteers from Carlow/Wexford met in May.", ["Carlow", "Wexford"]),
    ("The Carlow/Wexford unit met.", []),
])
def test_structural_evidence(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Volunteers in Hethersett met. Hethersett volunteers answered 300 calls.", ["Hethersett", "Hethersett"]),
    ("Hethersett volunteers answered 300 calls. The group meets in Hethersett.", ["Hethersett", "Hethersett"]),
    ("Hethersett volunteers answered 300 calls.", []),
    # a surname stays a person where it is one, though the town is named too
    ('"We answer every call," said Buckley. He lives in Buckley.', ["Buckley"]),
])
def test_town_named_again(text, expected):
    """One sense per text: a town shown once to be the place is the place where it is named again."""
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Of these, 1,350 were answered at the Ballina call centre.", ["Ballina"]),
    ("The Galway counselling office took 600 calls.", ["Galway"]),
    ("The Attleborough volunteer hub opened.", ["Attleborough"]),
    ("Ballina call centre manager Jo Roe said it was busy.", ["Ballina"]),
    ("Sales of Hethersett cheese rose.", []),
])
def test_branch_facility(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, org", [
    # a helpline's name ending in a place, then a call centre: the branch's place, the figure's
    ("Some 1,350 calls were answered at the Samaritans Ballina call centre.", []),
    ("About 1,200 calls came to the Samaritans Ireland office in May.", []),
    # the body's name alone stays a body's name
    ("Some 560 people contacted Samaritans Ireland last year.", ["Ireland"]),
])
def test_branch_facility_is_the_figures_place(text, org):
    mentions = find_regions(text)
    assert [m.name for m in organisation_places(text, mentions)] == org


@pytest.mark.parametrize("text, expected", [
    ("Calls rise\n\nDAYTON, Ohio (WXYZ) — Calls to the line rose.", ["Dayton"]),
    ("Calls rise\n\nHONOLULU (KABC2) -- Calls to the line rose.", ["Honolulu"]),
    ("DES MOINES, Iowa — Calls to the line rose.", ["Des Moines"]),
    ("PITTSFIELD — Calls to the line rose.", ["Pittsfield"]),
    ("WINSTON-SALEM, N.C. — Calls to the line rose.", ["Winston-Salem"]),
    ("ST. LOUIS (AP) — Calls to the line rose.", ["St. Louis"]),
    # matched as written already, or no place
    ("LONDON - Calls to the line rose.", []),
    ("MOVE – The charity took 300 calls.", []),
    ("COVID-19: calls to the line rose.", []),
    ("Calls rose.\n\nThe NHS - and the line - took calls.", []),
    ("x" * REACH + "\n\nDAYTON, Ohio (WXYZ) — Calls rose.", []),
])
def test_dateline(text, expected):
    assert [m.name for m in dateline_regions(text, find_regions(text))] == expected


def test_dateline_in_article_regions_only():
    text = ("Calls to the line triple\n\nDAYTON, Ohio (WXYZ) — Calls to the state's gambling line "
            "tripled this year, officials said.\n\nThe line took 1,200 calls in January.")
    record = extract_article(text, source="dateline.txt", published="2023-03-01")
    assert [r.name for r in record.regions] == ["Ohio", "Dayton"]
    assert record.counts[0].regions == []


@pytest.mark.parametrize("text, expected", [
    # a state's short name is read by the country of the article's other places
    ("Calls rose in NSW, Victoria, WA, Tasmania and the NT.",
     ["New South Wales", "Victoria", "Western Australia", "Tasmania", "Northern Territory"]),
    ("SA Police data shows more calls from Adelaide.", ["South Australia", "Adelaide"]),
    ("The Qld line and the one in Brisbane merged.", ["Queensland", "Brisbane"]),
    ("The WA State health department in Seattle said calls doubled.", ["Washington", "Seattle"]),
    # with no other place, or places of another country, it names none
    ("The WA team won and the NT side lost.", []),
    ("Calls rose in Leeds; the SA figures were not given.", ["Leeds"]),
    ("Calls rose in Seattle and the NT.", ["Seattle"]),
])
def test_state_short_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town's own region, suburbs or metro, and a place's possessive, are evidence of the place
    ("Calls from the Hethersett region rose.", ["Hethersett"]),
    ("The Toronto metro area has three centres.", ["Toronto"]),
    ("Hethersett's volunteers answered 300 calls.", ["Hethersett"]),
    # not a surname's possessive: those names are ambiguous
    ("Burton's comments were welcomed.", []),
    ("Buckley's team took the calls.", []),
    # a person's two names after the comma are no namesake's state
    ("At a centre in downtown Toronto, Ann Lee takes the night calls.", ["Toronto"]),
    ("A cat went missing in Clarkston, MI, last year.", []),
])
def test_town_evidence_more(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town's name of two capitalised words, written twice, is the place without a preposition
    ("Mount Isa gamblers lost more. Mount Isa clubs took less.", ["Mount Isa", "Mount Isa"]),
    ("Mount Isa gamblers lost more this year.", []),
    # not a one-word name, nor a surname's
    ("Hethersett volunteers met. Hethersett volunteers left.", []),
    ("Buckley said so. Buckley left.", []),
])
def test_long_town_named_twice(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # places of two countries abroad: "nationally" names neither, and not the United Kingdom
    ("Calls at the centre in Ballina rose, as the helpline in Australia answered more nationally.", []),
    ("Calls in Toronto and in Berlin rose nationally.", []),
    # places of one country abroad: that country; places at home: the United Kingdom
    ("Calls in Toronto and Calgary rose nationally.", ["Canada"]),
    ("Calls in Leeds rose, and nationally too.", ["United Kingdom"]),
    ("Calls rose nationally.", ["United Kingdom"]),
])
def test_implied_scope_abroad(text, expected):
    assert [m.name for m in implied_scope(text, find_regions(text))] == expected
