"""A pair of counts found by search that names no period is no proof against a claim.

A change or a "doubled" in the lede, its counts searched for in a list of weekly figures further on: the
pair found may be any two of the list, so a disagreement leaves the claim unverifiable (agreement stands).
Two counts that are their sentence's only pair ("... from 40 ..., rising to 70") are a comparison the
words make, dated or not.  A pair that runs against the change's direction, with no periods to say which
came first, is read the other way round.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

SERIES = ("\n\nThe manager said the line took about 900 calls in the first week of the closure, which rose to 950 "
          "in week two, 1,200 in week three and 1,150 in week four.")


@pytest.mark.parametrize("text, kind, stated, verdict", [
    # a change in the lede, a series of undated weekly counts further on: no verdict on a pair of the series
    ("Calls to the helpline have climbed 70 percent compared to 2019, the charity says." + SERIES,
     "percentage", 70.0, "unverifiable"),
    ("The helpline says calls rose by 35 per cent over the pandemic." + SERIES, "percentage", 35.0, "unverifiable"),
    # a "nearly doubled" headline: the stated change beside it is its evidence, not two weeks of the series
    ("Calls to helpline nearly double during pandemic\n\nThe helpline says its calls and texts are up 85 percent "
     "compared to 2019." + SERIES, "multiplier", 2.0, "consistent"),
    ("Calls to helpline nearly double during pandemic\n\nThe helpline says its calls and texts are up 40 percent "
     "compared to 2019." + SERIES, "multiplier", 2.0, "unverifiable"),  # a change found beside it may be another's
])
def test_no_inconsistent_on_a_searched_undated_pair(text, kind, stated, verdict):
    record = extract_article(text, source="dated.txt", published="2021-09-20")
    checks = [c for c in record.checks if c.kind == kind and c.stated == stated]
    assert checks, [(c.kind, c.stated) for c in record.checks]
    assert checks[0].verdict == verdict, checks[0].explanation


@pytest.mark.parametrize("text, stated, verdict", [
    # the sentence's only pair of the measure is the comparison, undated or not
    ("The charity says its campaign drove a 65 per cent jump in calls to its helpline.\nA total of 40 people "
     "called the helpline in the three months to May, rising to 70 in the next three months.", 65.0,
     "inconsistent"),
    # 50% for 75%, both counts in another sentence: a gross miss, more often another pair than a misprint
    ("The charity says its campaign drove a 50 per cent jump in calls to its helpline.\nA total of 40 people "
     "called the helpline in the three months to May, rising to 70 in the next three months.", 50.0,
     "unverifiable"),
    ("The charity says its campaign drove a 75 per cent jump in calls to its helpline.\nA total of 40 people "
     "called the helpline in the three months to May, rising to 70 in the next three months.", 75.0,
     "consistent"),
    # the later figure written first, the earlier in the change's sentence: read the other way round
    ("The helpline says 300 calls were so serious that councils were told.\nIn 2019/20 the figure was 200, an "
     "increase of 50%.", 50.0, "consistent"),
    ("The helpline says 300 calls were so serious that councils were told.\nIn 2019/20 the figure was 200, an "
     "increase of 20%.", 20.0, "unverifiable"),  # or a rise to 200 from a figure not given: two readings
])
def test_a_sentence_pair_still_decides(text, stated, verdict):
    record = extract_article(text, source="dated.txt", published="2021-09-20")
    checks = [c for c in record.checks if c.kind == "percentage" and c.stated == stated]
    assert checks, [(c.kind, c.stated, c.explanation) for c in record.checks]
    assert checks[0].verdict == verdict, checks[0].explanation


@pytest.mark.parametrize("text, kind, stated", [
    # a lede's "more than doubled", the body's series of three dated counts: any two could be its pair
    ("Calls to gambling helpline rise\n\nContacts to the state gambling helpline have more than doubled, the "
     "council said.\n\nCalls to the helpline rose from 1,000 in 2019 to 1,500 in 2021, then fell to 1,300 in "
     "2022.", "multiplier", 2.0),
    # two years and their total in one sentence, the change in the next
    ("Crimes rise\n\nThe force recorded 100 offences in 2016/17 and 150 in 2017/18, bringing the total to 250 in "
     "two years.\n\nThat is an increase of 40 per cent on the previous year.", "percentage", 40.0),
])
def test_no_inconsistent_on_two_of_a_series(text, kind, stated):
    record = extract_article(text, source="dated.txt", published="2023-03-01")
    checks = [c for c in record.checks if c.kind == kind and c.stated == stated]
    assert checks and all(c.verdict == "unverifiable" for c in checks), [c.explanation for c in checks]
