"""A change in the lede judged on a comparison of its measure paragraphs later, when nothing near it gives it.

The comparison is two dated counts in one sentence (its only pair), two dated counts in sentences that
follow one another, or a pair linked to another change of the article.  Only agreement is a verdict.
Sentences of our own writing.
"""
from __future__ import annotations

import dataclasses

import pytest

from check_factories import checks_stated, count, pct, record
from pipeline import extract_article
from pipeline.check.within import check_record

FILLER = ("\n\nThe charity said it was proud of the volunteers who answer the phones.\n\nIt urged anyone worried "
          "about their own thoughts to get in touch.\n\n")


def change_checks(text: str, stated: float) -> list:
    return checks_stated(text, stated, ("percentage",), published="2018-06-01")


@pytest.mark.parametrize("text, stated", [
    # a from-to pair in one sentence, two paragraphs on
    ("Crimes linked to indecent images have risen by 25 per cent, new figures show." + FILLER
     + "In Fife there were 50 such crimes in 2016/17, up from 40 in 2015/16.", 25.0),
    # two dated counts in sentences that follow one another
    ("Calls to the gambling helpline jumped 150% in a year." + FILLER
     + "The helpline took 200 calls in 2016.\nIt took 500 calls in 2017.", 150.0),
    ("Calls to the gambling helpline fell by a fifth in a year." + FILLER
     + "The helpline took 500 calls in 2016.\nIt took 400 calls in 2017.", 20.0),
])
def test_a_lede_change_on_a_later_comparison(text, stated):
    checks = change_checks(text, stated)
    assert checks and checks[0].verdict == "consistent", [c.explanation for c in checks]


@pytest.mark.parametrize("text, stated", [
    # a range is no comparison
    ("Calls to the helpline have risen by 20 per cent, the charity says." + FILLER
     + "The branch now gets 50 to 60 calls a week.", 20.0),
])
def test_no_verdict_from_a_comparison_that_does_not_give_it(text, stated):
    checks = change_checks(text, stated)
    assert checks, "the change was not extracted"
    assert [c.verdict for c in checks] == ["unverifiable"] * len(checks), [c.explanation for c in checks]


@pytest.mark.parametrize("text, stated", [
    # the nearest comparison does not give the change; a farther one does by chance: no search for it
    ("Calls to the gambling helpline rose by 25%." + FILLER + "The helpline took 400 calls in 2014.\nIt took 700 "
     "calls in 2015.\nIt took 800 calls in 2016.\nIt took 1,000 calls in 2017.", 25.0),
    ("Calls to the gambling helpline fell by a fifth in a year." + FILLER + "The helpline took 900 calls in 2014.\n"
     "It took 500 calls in 2015.\nIt took 450 calls in 2016.\nIt took 360 calls in 2017.", 20.0),
])
def test_no_search_among_comparisons_for_one_that_fits(text, stated):
    checks = change_checks(text, stated)
    assert checks, "the change was not extracted"
    assert [c.verdict for c in checks] == ["unverifiable"] * len(checks), [c.explanation for c in checks]


def test_no_search_for_a_multiplier_either():
    text = ("Calls to the gambling helpline doubled." + FILLER + "The helpline took 100 calls in 2014.\nIt took 150 "
            "calls in 2015.\nIt took 300 calls in 2016.")
    record = extract_article(text, source="lede.txt", published="2018-06-01")
    checks = [c for c in record.checks if c.kind == "multiplier" and c.stated == 2.0]
    assert checks, "the multiplier was not extracted"
    assert [c.verdict for c in checks] == ["unverifiable"], [c.explanation for c in checks]


def _yearly(values: dict[int, int]) -> list:
    return [count(f"c{year}", value, measure="helpline_calls", year=year, at=1000 + 100 * i,
                  sentence=(1000 + 100 * i, 1098 + 100 * i)) for i, (year, value) in enumerate(values.items())]


@pytest.mark.parametrize("claim, values, verdict", [
    # a change of 2017 is judged on the comparison that ends in 2017, not on 2015 to 2016 that fits
    (dict(year=2017), {2015: 800, 2016: 1000, 2017: 1100}, None),
    (dict(year=2017), {2015: 800, 2016: 900, 2017: 1125}, "consistent"),
    # its base year picks the comparison too
    (dict(base=2015), {2015: 800, 2016: 1000, 2017: 1100}, "consistent"),
    (dict(base=2016), {2015: 800, 2016: 1000, 2017: 1100}, None),
])
def test_the_comparison_of_the_change_s_periods(claim, values, verdict):
    change = pct("p1", 25.0, measure="helpline_calls", at=0, sentence=(0, 40), **claim)
    checks = [c for c in check_record(record(counts=_yearly(values), percentages=[change])) if c.claim_ref == "p1"]
    decided = [c.verdict for c in checks if c.verdict != "unverifiable"]
    assert decided == ([verdict] if verdict else []), [c.explanation for c in checks]


@pytest.mark.parametrize("text, verdict", [
    # a headline's "double", the two dated counts paragraphs on
    ("Calls to gambling helpline double" + FILLER + "The helpline took 300 calls in 2019.\nIt took 600 calls in "
     "2020.", "consistent"),
    ("Calls to gambling helpline nearly double" + FILLER + "The helpline took 300 calls in 2019.\nIt took 570 "
     "calls in 2020.", "consistent"),
    # a comparison that does not give it proves nothing against it
    ("Calls to gambling helpline double" + FILLER + "The helpline took 300 calls in 2019.\nIt took 400 calls in "
     "2020.", "unverifiable"),
])
def test_a_headline_multiplier_on_a_later_comparison(text, verdict):
    record = extract_article(text, source="lede.txt", published="2021-03-01")
    checks = [c for c in record.checks if c.kind == "multiplier" and c.stated == 2.0]
    assert checks and checks[0].verdict == verdict, [c.explanation for c in checks]


@pytest.mark.parametrize("january, verdict", [
    # a rise of 2023 on 2022: the one comparison of 2023 on a month of 2022 fits best, and is judged
    (400, "consistent"),
    (500, None),
])
def test_a_comparison_of_overlapping_periods(january, verdict):
    """"Calls rose 200% in 2023 on 2022": 400 calls in January 2022 and 1,200 in 2023 in sentences that follow
    one another; a sentence far on with 30 calls in December 2022 and 45 in January 2023 overlaps less."""
    jan = dataclasses.replace(count("c1", january, measure="helpline_calls", at=1000, sentence=(1000, 1098)),
                              period_start="2022-01-01", period_end="2022-01-31")
    year = count("c2", 1200, measure="helpline_calls", year=2023, at=1100, sentence=(1100, 1198))
    dec = dataclasses.replace(count("c3", 30, measure="helpline_calls", at=3000, sentence=(3000, 3098)),
                              period_start="2022-12-01", period_end="2022-12-31")
    later = dataclasses.replace(count("c4", 45, measure="helpline_calls", at=3050, sentence=(3000, 3098)),
                                period_start="2023-01-01", period_end="2023-01-31")
    change = pct("p1", 200.0, measure="helpline_calls", year=2023, base=2022, at=0, sentence=(0, 40))
    made = [c for c in check_record(record(counts=[jan, year, dec, later], percentages=[change]))
            if c.claim_ref == "p1"]
    decided = [c.verdict for c in made if c.verdict != "unverifiable"]
    assert decided == ([verdict] if verdict else []), [c.explanation for c in made]
