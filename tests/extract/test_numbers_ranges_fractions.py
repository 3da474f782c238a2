"""Ranges whose percent sign or hedge is written once, for both ends, and fraction words without "of"
(pipeline/extract/number_ranges.py): "between 3 and 5 per cent", "about 20 to 25 per cent", "around 1,300 to 1,400",
"about half the callers", "one-third of", "three-quarters named", "with a third coming from".  Sentences of our
own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.numbers import find_numbers


def shares(text: str) -> list[tuple[float, str, str]]:
    record = extract_article(text, source="ranges.txt", published="2023-05-01")
    return [(p.value, p.kind, p.qualifier) for p in record.percentages]


def numbers(text: str) -> list[tuple[float, str, bool]]:
    return [(n.value, n.qualifier, n.percent) for n in find_numbers(text)]


@pytest.mark.parametrize("text, expected", [
    ("Between four and six per cent of adults gamble in a harmful way.",
     [(4.0, "share", "exact"), (6.0, "share", "exact")]),
    ("Between 3 and 5 percent of callers are under 18.", [(3.0, "share", "exact"), (5.0, "share", "exact")]),
    ("From 10 to 15 percent of those who call are family members.",
     [(10.0, "share", "exact"), (15.0, "share", "exact")]),
    ("In the county it is about 20 to 25 per cent.", [(20.0, "share", "about"), (25.0, "share", "about")]),
    ("Some 2-4% of adults are affected by a gambling problem.", [(2.0, "share", "about"), (4.0, "share", "about")]),
    ("Roughly 30 to 40 per cent of callers ring back within a week.",
     [(30.0, "share", "about"), (40.0, "share", "about")]),
    ("Calls rose by 10 to 12 per cent in each of the last three months.",
     [(10.0, "change", "exact"), (12.0, "change", "exact")]),
])
def test_a_percent_sign_written_once_covers_both_ends(text, expected):
    assert shares(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Last winter the branch averaged around 1,300 to 1,400 calls a month.",
     [(1300, "about", False), (1400, "about", False)]),
    ("The line takes about 50 or 60 calls a night.", [(50, "about", False), (60, "about", False)]),
    ("Calls rose from about 1,300 to 1,400 a month.", [(1300, "about", False), (1400, "exact", False)]),  # two levels
    ("Of the 2,400 callers, 610 - about a quarter - were aged 30 or more.",
     [(2400, "exact", False), (610, "exact", False), (25, "about", True)]),  # an aside, no range
    ("Two hundred and six calls came in overnight.", [(206, "exact", False)]),
    ("Between four and six callers rang each hour.", [(4, "exact", False), (6, "exact", False)]),
])
def test_ranges_and_number_words(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("About half the callers were referred to a local service.", [(50.0, "share", "about")]),
    ("Around one-third of calls are about online images.", [(33.3, "share", "about")]),
    ("The charity relies on donations for half its income.", [(50.0, "share", "exact")]),
    ("The helpline takes 40 calls a day, but half go unanswered.", [(50.0, "share", "exact")]),
    ("Nearly one-quarter came from people out of work.", [(25.0, "share", "nearly")]),
    ("Three-quarters named online slot games as their main problem.", [(75.0, "share", "exact")]),
    ("More than half borrowed money to keep gambling.", [(50.0, "share", "more_than")]),
    ("Only half later turned up for a first session.", [(50.0, "share", "exact")]),
    ("Calls rose to 900, a quarter of which came from abroad.", [(25.0, "share", "exact")]),
    ("The helpline answered 500 calls, with a third coming from parents.", [(33.3, "share", "exact")]),
    ("Two-fifths of the callers were women.", [(40.0, "share", "exact")]),
])
def test_a_fraction_word_is_a_share(text, expected):
    assert shares(text) == expected


@pytest.mark.parametrize("text", [
    "The first half of the year was the busiest the team has known.",
    "She waited half an hour for a reply from the line.",
    "He rang for a third time that night.",
    "Police said a third armed man fled the scene.",
    "It took half the year to train the new volunteers.",
])
def test_no_share(text):
    assert shares(text) == []


def counts(text: str) -> list[tuple[int, str, str]]:
    record = extract_article(text, source="ranges.txt", published="2023-05-01")
    return [(c.value, c.qualifier, c.measure) for c in record.counts]


@pytest.mark.parametrize("text, expected", [
    ("The line gets about five to eight calls on a quiet night.",
     [(5, "about", "helpline_calls"), (8, "about", "helpline_calls")]),
    ("Volunteers now see around 150 to 250 more clients each month.", [(150, "about", "other"), (250, "about", "other")]),
    ("The line took between 40 and 60 calls a night.", [(40, "exact", "helpline_calls"), (60, "exact", "helpline_calls")]),
])
def test_a_hedged_range_of_counts(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fraction word restated by its figure: both are shares (ANNOTATION.md decision 3)
    ("Nearly half (47%) felt the line had helped them.", [(50.0, "share", "nearly"), (47.0, "share", "exact")]),
    ("More than half, or 54 per cent, of the callers were men.", [(50.0, "share", "more_than"), (54.0, "share", "exact")]),
    ("Well over half (58%) said they had rung before.", [(50.0, "share", "more_than"), (58.0, "share", "exact")]),
    # "one in" and its kin
    ("One in four callers were women.", [(25.0, "share", "exact")]),
    ("Two in every 10 callers ring back within a week.", [(20.0, "share", "exact")]),
    ("The charity One in Four has opened a new office in the city.", []),  # a name
    ("Staff at One In Four said demand had never been higher.", []),
    ("At the launch today One in Four reports that demand is up.", []),
    ("About 2 million out of 7 million contacts came from young people.", []),  # two counts, no share
])
def test_fractions_restated_and_one_in(text, expected):
    assert shares(text) == expected


def test_a_million_out_of_millions_are_counts():
    assert counts("About 2 million out of 7 million contacts came from young people.") == [
        (2000000, "about", "helpline_contacts"), (7000000, "exact", "helpline_contacts")]
