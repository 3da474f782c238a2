"""Percentages and multipliers of shapes met in real articles (ANNOTATION.md decisions 7 and 8).

In sentences of our own: a change "by N per cent" after any verb, a share that a
clause "makes up" however much it speaks of rises, fraction words after more
verbs and before "were", "one caller in 80"; multipliers "sevenfold" and "three
times more likely", and plans ("will be doubled") left out.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.numbers import find_numbers


def _percentages(text: str) -> list[tuple[float, str, str | None]]:
    record = extract_article(text, source="ratios.txt")
    return [(p.value, p.kind, p.direction) for p in record.percentages]


@pytest.mark.parametrize("text, expected", [
    ("Calls to the Leeds line rocketed by 45 per cent in 2021.", [(45.0, "change", "increase")]),
    ("Contacts grew every week, spiking in one week by 62 per cent.", [(62.0, "change", "increase")]),
    ("In May 7,200 calls came in, exceeding the target of 6,000 by almost 20 per cent.", [(20.0, "change", "increase")]),
    ("Chats were cut by 15% in 2020.", [(15.0, "change", "decrease")]),
    ("There was a rise in women callers: they now make up 14.5 per cent of callers.", [(14.5, "share", None)]),
    ("Despite the increase, men accounted for 80% of contacts.", [(80.0, "share", None)]),
    # the level a change reached is a share, not the change: "fell to 15%"
    ("Early on 85% of clients scored as at risk, but by the end this reduced to just 12%.",
     [(85.0, "share", None), (12.0, "share", None)]),
    ("The proportion of women callers rose to 18 per cent in 2021.", [(18.0, "share", None)]),
    ("Repeat contacts dropped to only 9% of the total.", [(9.0, "share", None)]),
    ("Calls rose by 20% to 4,000 in 2021.", [(20.0, "change", "increase")]),
    ("Calls were cut by 15% last year.", [(15.0, "change", "decrease")]),
])
def test_change_or_share(text, expected):
    assert _percentages(text) == expected


@pytest.mark.parametrize("text, value, qualifier", [
    ("Reports to the line jumped by nearly a fifth in 2022.", 20, "nearly"),
    ("Calls soared by a third last year.", 33.3, "exact"),
    ("Two thirds were men, and a quarter were from worried relatives.", 25, "exact"),
    ("About a quarter of Britons know someone who gambles.", 25, "about"),
    ("Only one caller in 50 had heard of the service.", 2.0, "exact"),
    ("One in four callers was a woman.", 25.0, "exact"),
    # a word between "of" and whom the share is of
    ("Two thirds of potential offenders had never been in trouble.", 66.7, "exact"),
    ("Nearly a third (32 per cent) of men under 30 were unsure of the law.", 32, "exact"),
    ("Three quarters of respondents said they would call.", 75, "exact"),
    ("About a fifth of new referrals came from schools.", 20, "about"),
    ("A quarter of its callers were women.", 25, "exact"),
    ("Half of young people had seen such images.", 50, "exact"),
])
def test_fraction_words(text, value, qualifier):
    assert (value, qualifier) in [(n.value, n.qualifier) for n in find_numbers(text) if n.percent]


@pytest.mark.parametrize("text", [
    "In the first half of 2019 calls rose.",
    "Half of 2,000 callers were men.",
    "In the second half of the year calls rose.",
    "Over the first half of the year the line was busy.",
    "Two thirds of the way through the year the line closed.",
])
def test_no_fraction_of_a_year_or_of_a_figure(text):
    assert not [n for n in find_numbers(text) if n.percent]


@pytest.mark.parametrize("text, shares", [
    # a fraction word with the exact figure in brackets: two shares, the word's and the figure's (ANNOTATION.md
    # decision 3 keeps mentions that differ in qualifier apart, and the real gold records both)
    ("Nearly half (48%) of those who called were worried about a relative.", [50, 48]),
    ("Almost a third (31 per cent) of young men were unsure of the law.", [33.3, 31]),
    ("Around a quarter (26%) of callers were women.", [25, 26]),
    # near miss: a bracketed figure that is no share of a group after it
    ("Calls rose by a third (34%) last year.", [33.3, 34]),
])
def test_bracketed_figure_and_its_fraction_are_two_shares(text, shares):
    assert [n.value for n in find_numbers(text) if n.percent] == shares


@pytest.mark.parametrize("text, expected", [
    ("In 2021 the service saw a sevenfold increase in chats.", [(7.0, "exact")]),
    ("Men are four times more likely than women to call the line.", [(4.0, "exact")]),
    ("In 2022 the line took 3 times as many calls as in 2019.", [(3.0, "exact")]),
    ("The funding will allow the hours of the line to be more than doubled.", []),
    ("Calls are expected to treble by 2025.", []),
    ("The charity aims to double its number of advisers.", []),
    ("Calls to the line more than doubled in 2021.", [(2.0, "more_than")]),
    ("The number of callers has doubled since 2019.", [(2.0, "exact")]),
    # "twice" and "thrice" with a comparative, as "N times" has one; never a frequency
    ("The charity took twice as many calls in 2022 as in 2020.", [(2.0, "exact")]),
    ("Women were twice as likely as men to text the line.", [(2.0, "exact")]),
    ("In 2023 the line answered nearly twice the number of calls it took in 2019.", [(2.0, "nearly")]),
    ("Chats were thrice as many as emails last year.", [(3.0, "exact")]),
    ("Advisers meet twice a week to go through 300 calls.", []),
    ("She rang the helpline twice, one of 400 callers that week.", []),
    ("On busy nights calls were upwards of double the usual number.", [(2.0, "more_than")]),
])
def test_multipliers(text, expected):
    record = extract_article(text, source="ratios.txt")
    assert [(m.factor, m.qualifier) for m in record.multipliers] == expected


@pytest.mark.parametrize("text, base_year, verdict", [
    # the multiplier names the year it compares with: not the base of the change beside it
    ("The line heard from 5,000 people in 2023, a 25 per cent increase on the previous year and "
     "double the number seen in 2020.", "2020", "unverifiable"),
    ("Some 900 men called in 2022, up 12% on 2021 and treble the figure during lockdown in 2020.", "2020", "unverifiable"),
    ("Contacts rose 40 per cent on 2021 and were nearly triple the level of 2019.", "2019", "unverifiable"),
    # the same year as the change's base: the change stands for it
    ("Contacts rose 100 per cent on 2019, double the number of 2019.", "2019", "consistent"),
    # no year of its own: the multiplier restates the change beside it
    ("Calls rose by 100 per cent in 2021, doubling in a single year.", None, "consistent"),
    ("Contacts went up 190%, almost trebling.", None, "consistent"),
])
def test_a_multiplier_naming_its_own_base_is_not_checked_against_another_comparison(text, base_year, verdict):
    record = extract_article(text, source="ratios.txt")
    (mult,) = record.multipliers
    assert (mult.base_period_start or "")[:4] == (base_year or "")
    (check,) = [c for c in record.checks if c.claim_ref == mult.id]
    assert check.verdict == verdict


@pytest.mark.parametrize("text, word", [
    ("Calls rose 305 per cent in 2022, and men are nine times more likely than women to call.", "nine times more likely"),
    ("Contacts doubled to 800 from 400, and callers under 25 were three times less likely to be referred.",
     "three times less likely"),
])
def test_a_comparison_of_groups_is_never_checked_against_a_change(text, word):
    record = extract_article(text, source="groups.txt")
    (mult,) = [m for m in record.multipliers if "likely" in m.word]
    assert mult.word == word
    (check,) = [c for c in record.checks if c.claim_ref == mult.id]
    assert check.verdict == "unverifiable" and "compares two groups" in check.explanation


@pytest.mark.parametrize("text, base_year, verdict", [
    # a figure right after the multiplier is its base, of the year it names; the multiplied figure is the one before
    ("The Harbour Helpline took 2,000 calls in 2023. That is almost double the 1,050 calls it took in 2022.",
     "2022", "consistent"),
    # the claim names its base year, and the figure of the year after it is the one it doubles: the pair is the
    # claim's own, so a miss is a verdict (check.period_pairs; issue 10: a misprint the paper made is caught)
    ("The Harbour Helpline took 2,400 calls in 2023. That is more than double the 1,300 calls it took in 2022.",
     "2022", "inconsistent"),
    # two later years: the base's figure is not the second-latest, so no one pair is the claim's
    ("The Harbour Helpline took 2,400 calls in 2024, after 2,000 in 2023. That is more than double the 1,300 calls "
     "it took in 2022.", "2022", "unverifiable"),
])
def test_a_multiplier_of_a_figure_after_it(text, base_year, verdict):
    record = extract_article(text, source="ratios.txt", published="2024-03-01")
    (mult,) = record.multipliers
    assert (mult.base_period_start or "")[:4] == base_year
    (check,) = [c for c in record.checks if c.claim_ref == mult.id]
    assert check.verdict == verdict, check.explanation
