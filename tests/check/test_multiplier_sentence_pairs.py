"""A multiplier nothing linked is judged on the only pair of counts of its sentence or the sentence beside it.

"This shows a four-fold rise" after the sentence that gives both figures; a headline's "three times
the number" over the sentence that gives them.  A sentence with more than two counts holds no pair; a
likelihood ("twice as likely") is no ratio of counts; a change over time is never judged on two counts
of one period.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from check_factories import checks_stated, count, mult, record
from pipeline.check.within import check_record


def multiplier_checks(text: str, stated: float) -> list:
    return checks_stated(text, stated, ("multiplier",), published="2020-06-01")


@pytest.mark.parametrize("text, stated, verdict", [
    # the pair in the sentence before: "this shows a N-fold rise"
    ("In 2019 the helpline took 1,000 calls from this group, up from 250 in 2015.\nThis shows a four-fold "
     "increase, the report said.", 4.0, "consistent"),
    ("In 2019 the helpline took 1,300 calls from this group, up from 250 in 2015.\nThis shows a four-fold "
     "increase, the report said.", 4.0, "inconsistent"),
    # a headline over the sentence that gives both figures
    ("Helpline misses three times the number of calls it answers\n\nThe helpline is missing an average of 1,500 "
     "calls a month, on top of the 500 calls a month it answers.", 3.0, "consistent"),
    ("Helpline misses three times the number of calls it answers\n\nThe helpline is missing an average of 2,000 "
     "calls a month, on top of the 500 calls a month it answers.", 3.0, "inconsistent"),
])
def test_a_multiplier_on_the_pair_beside_it(text, stated, verdict):
    checks = multiplier_checks(text, stated)
    assert checks and checks[0].verdict == verdict, [c.explanation for c in checks]


@pytest.mark.parametrize("text, stated", [
    # three counts in the sentence before: no one pair
    ("In 2019 the helpline took 1,300 calls, up from 250 in 2015 and 400 in 2017.\nThis shows a four-fold "
     "increase, the report said.", 4.0),
    # a likelihood compares rates, not the counts beside it
    ("Men who called the helpline were three times more likely to seek help again.\nSome 1,000 men called in "
     "2019 and 500 women.", 3.0),
])
def test_no_verdict_without_one_pair(text, stated):
    checks = multiplier_checks(text, stated)
    assert checks, "the multiplier was not extracted"
    assert [c.verdict for c in checks] == ["unverifiable"] * len(checks), [c.explanation for c in checks]


@pytest.mark.parametrize("text, stated", [
    # two counts of other things beside a "doubled" of calls: they may count anything, no "inconsistent"
    ("Calls to the helpline doubled as the charity took on 40 counsellors and 300 volunteers.", 2.0),
    ("Calls to the helpline trebled.\nThe charity runs 12 groups and 90 clinics.", 3.0),
])
def test_no_inconsistent_on_counts_of_other_things(text, stated):
    checks = multiplier_checks(text, stated)
    assert checks, "the multiplier was not extracted"
    assert [c.verdict for c in checks] == ["unverifiable"] * len(checks), [c.explanation for c in checks]


@pytest.mark.parametrize("a, b, years, verdict", [
    # counts of no known measure: agreement only
    (dict(measure="other"), dict(measure="other"), (2019, 2020), None),
    (dict(measure="other", value=150), dict(measure="other", value=300), (2019, 2020), "consistent"),
    # counts of the multiplier's measure, but undated: agreement only for a change over time
    (dict(), dict(), (None, None), None),
    # of the multiplier's measure and dated: the pair is the multiplier's, both ways
    (dict(), dict(), (2019, 2020), "inconsistent"),
    # of another known measure than the multiplier's
    (dict(measure="helpline_contacts"), dict(measure="helpline_contacts"), (2019, 2020), None),
])
def test_an_inconsistent_only_on_a_tied_pair(a, b, years, verdict):
    """A "doubled" of calls and the two counts of the next sentence (40 and 300 unless given)."""
    first = dict(measure="helpline_calls", value=40, year=years[0], at=40, sentence=(32, 90)) | a
    second = dict(measure="helpline_calls", value=300, year=years[1], at=60, sentence=(32, 90)) | b
    doubled = mult("m1", 2.0, "doubled", measure="helpline_calls", at=10, sentence=(0, 30))
    made = check_record(record(counts=[count("c1", **first), count("c2", **second)], multipliers=[doubled]))
    decided = [c.verdict for c in made if c.claim_ref == "m1" and c.verdict != "unverifiable"]
    assert decided == ([verdict] if verdict else []), [c.explanation for c in made]
