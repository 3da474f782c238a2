"""Facts the extractor found nothing of before recall17, each by a rule of ANNOTATION.md, with the neighbours that
must stay out.  Sentences of our own writing, after a first sentence that makes each text a helpline's figures.

- decision 7: "a 23:77 split" is two shares; a fraction word of what a count counts is a share ("Just under two-thirds of helpline contacts",
  "Nearly half of last year's callers"); a fraction word after a change verb ("climb by more than a fifth") or
  before "more/fewer than" ("a third more than in 2023") is a change; "half of the year" is no share;
- decision 8: "N times the 1,400 recorded in 2021", "nearly four times the 2021 figure of 140" are multipliers;
  "rang three times the same night", "five times the size" are not;
- decision 2: a figure with no noun of its own still counts what its sentence or the count before counts: after
  "accounted for"/"making up"/"made up" ("Kent callers made up 640 of the regional figure"), after a verb of a
  line receiving ("it had taken 2,410", "it received 318"), "N times" after "rang"/"completed", the base of a
  change told by a fraction word ("up by a third on the 980 made in 2023"), "last year 131 did" after a count,
  "7,305 of the 2024/25 calls", a list line whose place is also a name ("Angus: 42"), a figure that is also a
  service number ("Plymouth accounted for 211 of them"); years, ages, durations, money, ranks and numbers to ring
  stay out.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

LEAD = "Helpline figures\n\nThe Stop It Now helpline answered 9,000 calls from people worried about their thoughts in 2024.\n\n"


def _record(text: str):
    return extract_article(LEAD + text, source="recall.txt", published="2025-06-01")


def counts(text: str) -> list[int]:
    return [c.value for c in _record(text).counts if c.value != 9000]


def percentages(text: str) -> list[tuple[float, str, str]]:
    return [(p.value, p.qualifier, p.kind) for p in _record(text).percentages]


def multipliers(text: str) -> list[tuple[float, str]]:
    return [(m.factor, m.qualifier) for m in _record(text).multipliers]


@pytest.mark.parametrize("text, expected", [
    ("Just under two-thirds of helpline contacts came from men.", [(66.7, "nearly", "share")]),
    ("Nearly half of last year's callers were women.", [(50.0, "nearly", "share")]),
    ("Just over a third of contacts came by text.", [(33.3, "more_than", "share")]),
    ("Leeds accounted for almost a third of this year's calls.", [(33.3, "nearly", "share")]),
    ("About a quarter of the line's callers were under 25.", [(25.0, "about", "share")]),
    ("Calls are expected to climb by more than a fifth this year.", [(20.0, "more_than", "change")]),
    ("Calls to the line declined by a quarter in the spring.", [(25.0, "exact", "change")]),
    ("This is a third more than in the previous year.", [(33.3, "exact", "change")]),
    ("Calls were a quarter lower than in 2023.", [(25.0, "exact", "change")]),
    ("Contacts showed a 23:77 split between phone and web.", [(23.0, "exact", "share"), (77.0, "exact", "share")]),
])
def test_a_fraction_word_is_a_percentage(text: str, expected: list) -> None:
    assert percentages(text) == expected


@pytest.mark.parametrize("text", [
    "The branch spent half of the year in temporary rooms.",
    "Each half of the year brought a similar number.",
    "The volunteers were a third of the way through their training.",
    "The line opens at 10:30 each night.",
    "The vote was a 3:1 split.",
    "It will take two-thirds of last year's budget.",
])
def test_a_fraction_of_no_count_is_no_share(text: str) -> None:
    assert percentages(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The line took 4,020 calls in 2024, almost three times the 1,400 recorded in 2021.", [(3.0, "nearly")]),
    ("The line heard from 530 people in 2024, nearly four times the 2021 figure of 140.", [(4.0, "nearly")]),
    ("Calls in 2024 were three times those in 2020.", [(3.0, "exact")]),
    ("Demand was twice the level of 2019.", [(2.0, "exact")]),
])
def test_n_times_a_named_base_is_a_multiplier(text: str, expected: list) -> None:
    assert multipliers(text) == expected


@pytest.mark.parametrize("text", [
    "One man rang three times the same night.",
    "The office is now five times the size it was in 2015.",
    "Some callers ring the line three times the following week.",
])
def test_n_times_no_base_is_no_multiplier(text: str) -> None:
    assert multipliers(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Leeds accounted for 7,305 of the 2024/25 calls, the highest of any area.", [7305]),
    ("Leeds accounted for 4,420 of the calls, with the Wakefield council area making up 985.", [4420, 985]),
    ("Kent callers made up 377 of the regional figure.", [377]),
    ("In the first six months of the year, it had taken 3,235.", [3235]),
    ("In the previous year it received 276.", [276]),
    ("The charity said it recorded 6,310, more than ever.", [6310]),
    ("The online self-assessment tool was completed 1,460 times in 2024.", [1460]),
    ("On Christmas Day alone the phones rang 131 times.", [131]),
    ("That is up by a third on the 3,012 made in 2023.", [3012]),
    ("Just 31 people used webchat in 2022; last year 162 did.", [31, 162]),
    ("Hull accounted for 211 of them, York for 118 and Leeds for 96.", [211, 118, 96]),
    ("Of the 540 calls, 211 came from Inverness and 96 from Moray.", [540, 211, 96]),
])
def test_a_figure_without_a_noun_still_counts(text: str, expected: list) -> None:
    assert counts(text) == expected


def test_a_list_line_whose_place_is_also_a_name_is_a_row() -> None:
    assert counts("The areas were:\n\nDundee: 250\n\nAngus: 42\n\nMoray: 61\n") == [250, 42, 61]


@pytest.mark.parametrize("text", [
    "In an emergency call 999, or ring police on 101.",
    "The NHS 111 service is open all night.",
    "Anyone in crisis can text 85258.",
    "The line, set up in 2015, is run by volunteers.",
    "Most callers were aged 25 to 34.",
    "Calls lasted about 20 minutes.",
    "The line costs £85,000 a year to run.",
    "It was ranked 2 among the region's services.",
    "Angus: I rang them twice before I spoke to anyone.",
])
def test_no_count(text: str) -> None:
    assert counts(text) == []
