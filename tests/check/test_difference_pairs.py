"""A stated difference ("1,000 more than the 4,000 in 2020") against the one pair of counts beside it.

The pair is the two counts of the difference's sentence, or its sentence's count and the one of the
sentence before.  A disagreement is a verdict only when both counts are in its sentence with two periods in
order.  Sentences of our own writing.
"""
from __future__ import annotations

import dataclasses

import pytest

from check_factories import count, differences_of, record
from pipeline import extract_article
from pipeline.check.difference_pairs import found_pair
from pipeline.check.evidence import Evidence
from pipeline.check.within import check_record
from pipeline.records import Count


def difference_checks(text: str, difference: float) -> list:
    return differences_of(text, difference, published="2023-01-01")


@pytest.mark.parametrize("text, stated, verdict", [
    ("The helpline took 5,000 calls in 2021, 1,000 more than the 4,000 in 2020.", 1000.0, "consistent"),
    ("The helpline took 5,000 calls in 2021, 1,500 more than the 4,000 in 2020.", 1500.0, "inconsistent"),
    ("The helpline took 5,000 calls in 2021.\n\nThat was 1,000 more than in 2020, when it took 4,000 calls.",
     1000.0, "consistent"),
    # the earlier count is the difference's own base, the later the one count before it, a year on: tied (sums24)
    ("The helpline took 5,000 calls in 2021.\n\nThat was 1,500 more than in 2020, when it took 4,000 calls.",
     1500.0, "inconsistent"),
])
def test_a_difference_on_the_pair_beside_it(text, stated, verdict):
    checks = difference_checks(text, stated)
    assert checks and checks[0].verdict == verdict, [c.explanation for c in checks]


@pytest.mark.parametrize("text, stated", [
    # a pair from two sentences that disagrees grossly, the earlier count not the difference's own base: no check
    ("The helpline took 5,000 calls in 2021, 1,500 more than in 2020.\n\nIn 2020 it took 4,000 calls.", 1500.0),
    # the earlier count names a place the later does not: another office's, no check
    ("The helpline took 5,000 calls in 2021.\n\nThat was 1,500 more than in 2020, when its Leeds office took 4,000 "
     "calls.", 1500.0),
    # three counts beside it: no one pair
    ("The helpline took 5,000 calls in 2021, 1,000 more than the 4,000 in 2020 and the 3,000 in 2019.", 1000.0),
])
def test_no_verdict_without_a_tied_pair(text, stated):
    record = extract_article(text, source="difference.txt", published="2023-01-01")
    assert [c for c in record.counts if c.difference and c.value == stated], "the difference was not extracted"
    checks = difference_checks(text, stated)
    assert "inconsistent" not in [c.verdict for c in checks], [c.explanation for c in checks]


def _diff(**period) -> Count:
    return dataclasses.replace(count("d1", 1000, measure="other", at=14, sentence=(0, 80), **period),
                               difference="increase")


@pytest.mark.parametrize("diff, later, earlier, verdict", [
    # calls and texts of one sentence: not one measure, so a pair that disagrees is no verdict
    (_diff(), dict(measure="helpline_calls"), dict(measure="helpline_contacts"), None),
    # two counts of no known measure
    (_diff(), dict(measure="other"), dict(measure="other"), None),
    # the difference of 2022 is not the difference of the pair's 2021
    (_diff(year=2022), dict(), dict(), None),
    # one known measure, periods in order, the difference's own period: tied, both ways
    (_diff(year=2021), dict(), dict(), "inconsistent"),
    (_diff(), dict(), dict(), "inconsistent"),
    (_diff(), dict(value=1300), dict(), "consistent"),
])
def test_a_tied_pair_is_of_one_measure_and_the_difference_s_periods(diff, later, earlier, verdict):
    """5,000 calls (2021) and 300 texts (2019), both of calls unless given, in the difference's sentence."""
    new = dataclasses.replace(count("c1", **(dict(value=5000, measure="helpline_calls", year=2021, at=35,
                                                  sentence=(0, 80)) | later)), unit="calls")
    old = dataclasses.replace(count("c2", **(dict(value=300, measure="helpline_calls", year=2019, at=60,
                                                  sentence=(0, 80)) | earlier)), unit="texts")
    found = found_pair(diff, Evidence(record(counts=[diff, new, old])))
    made = [c for c in check_record(record(counts=[diff, new, old])) if c.claim_ref == "d1"]
    assert found is not None, "no pair found"
    decided = [c.verdict for c in made if c.verdict != "unverifiable"]
    assert decided == ([verdict] if verdict else []), [c.explanation for c in made]


def test_no_tie_between_calls_and_texts_named_by_no_noun():
    """The same pair with no nouns recorded: the texts are not read as calls restated."""
    diff = _diff()
    new = count("c1", 5000, measure="helpline_calls", year=2021, at=35, sentence=(0, 80))
    old = count("c2", 300, measure="helpline_contacts", year=2019, at=60, sentence=(0, 80))
    made = [c for c in check_record(record(counts=[diff, new, old])) if c.claim_ref == "d1"]
    assert found_pair(diff, Evidence(record(counts=[diff, new, old]))) is not None, "no pair found"
    assert "inconsistent" not in [c.verdict for c in made], [c.explanation for c in made]


@pytest.mark.parametrize("text, stated", [
    # the difference names its own noun, another thing than the pair's: volunteers, not calls
    ("The line took 300 calls in 2023, with 40 fewer volunteers than in 2022, when it took 350 calls.", 40.0),
    ("The line took 300 calls in 2023, with 40 more volunteers than in 2022, when it took 250 calls.", 40.0),
    ("The line took 5,000 calls in 2021, with 1,500 more texts than in 2020, when it took 4,000 calls.", 1500.0),
])
def test_no_inconsistent_on_a_difference_of_another_thing(text, stated):
    checks = difference_checks(text, stated)
    assert "inconsistent" not in [c.verdict for c in checks], [c.explanation for c in checks]


def test_a_difference_of_the_pair_s_own_noun_is_still_tied():
    checks = difference_checks("The line took 300 calls in 2023, 40 fewer calls than in 2022, when it took 350 calls.",
                               40.0)
    assert [c.verdict for c in checks] == ["inconsistent"]
