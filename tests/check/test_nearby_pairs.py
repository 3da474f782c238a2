"""A change nothing linked to its counts is judged on the nearest pair of counts of one thing around it.

The counts may come in the sentences after the change, or the later one in the sentence before
("... This was up from ..."), whatever periods they took; only agreement is a verdict, a nearby
pair that disagrees leaves the change unverifiable.  A share nothing linked to its part and whole is judged
the same way on the counts around it, when it is bounded on both sides.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from check_factories import check_of
from pipeline import extract_article


@pytest.mark.parametrize("text, stated, verdict", [
    # the two counts in the two sentences after the change
    ("The helpline saw a 25% increase in calls between April and June compared with the same months last year.\n"
     "Last year, its 30 volunteers answered 400 calls, said the manager.\nThis year the line handled 500 calls.",
     25.0, "consistent"),
    ("The helpline saw a 60% increase in calls between April and June compared with the same months last year.\n"
     "Last year, its 30 volunteers answered 400 calls, said the manager.\nThis year the line handled 500 calls.",
     60.0, "unverifiable"),  # a nearby pair that disagrees is no proof against it
    # the later count in the sentence before, the earlier after "up from"
    ("The charity received 1,200 calls about gambling last year.\nThis was up from 1,000 in 2019 - an increase of "
     "20 per cent - as more people sought help.", 20.0, "consistent"),
    # the earlier count in the change's own sentence, two years before, whatever base period the change took
    ("In 2019, the line took 1,000 calls, which rose by 50% in 2021, to 1,500 calls.", 50.0, "consistent"),
    # in one sentence, the later figure first when the periods say so
    ("Figures show 1,900 people called the line in 2020, compared with 1,000 in 2019.\nThat is a rise of 90 per "
     "cent.", 90.0, "consistent"),
    ("The charity received 900 calls about gambling last year.\nThis was down from 1,000 in 2019 - a fall of "
     "10 per cent.", 10.0, "consistent"),
])
def test_a_change_judged_on_the_pair_around_it(text, stated, verdict):
    check = check_of(text, stated, published="2021-02-01")
    assert check.verdict == verdict, check.explanation


@pytest.mark.parametrize("text, stated", [
    # counts too far from the change: a sentence without a figure stands between
    ("Calls to the line rose 25% this spring.\nThe charity thanked its volunteers for their work.\n"
     "Some 400 calls came last spring and 500 this spring, it said in a later report on its finances.", 25.0),
    # counts of another thing than the change's
    ("Police made 1,000 arrests in 2019 and 1,200 arrests in 2020.\nCalls to the helpline rose by 20% over the "
     "same years.", 20.0),
    # in one sentence the earlier figure comes first: a part in brackets after the later one is no base
    ("Calls to the line jumped by 36% in May 2021 to 1,360 (1,000 of them at night).", 36.0),
    # the earlier count ended before the base period the change names began
    ("The line had 1,430 callers in 2020/21 - a 27% annual rise.\nIt had 1,123 calls between March 2018 and "
     "March 2019.", 27.0),
    # a later count of another place than the earlier
    ("Calls to the line in Kent rose by 20% last year.\nIn 2019 Kent had 1,000 calls, and in 2020 Surrey had "
     "1,200 calls.", 20.0),
])
def test_no_pair_from_beyond_the_window(text, stated):
    record = extract_article(text, source="nearby.txt", published="2021-02-01")
    checks = [c for c in record.checks if c.stated == stated]
    assert all(c.verdict == "unverifiable" for c in checks), [c.explanation for c in checks]


@pytest.mark.parametrize("text, stated, verdict", [
    # a share whose part and whole are around it, nothing linking them
    ("The line answered 9,400 calls in 2003.\nOf the more than 9,000 calls, 30 percent came from the city.\n"
     "In all, 2,820 calls came from the two city area codes.", 30.0, "consistent"),
    ("About 1 in 6 callers never reach a counsellor.\nAround 1.5 million of the 9.2 million calls made to the line "
     "were never connected.", 16.7, "consistent"),
    ("Twelve men from the county called the line in 2015.\nThe 12 calls make up 1% of the 1,191 calls the line "
     "received from across the UK.", 1.0, "consistent"),
])
def test_a_share_judged_on_the_part_and_whole_around_it(text, stated, verdict):
    check = check_of(text, stated, published="2016-02-01")
    assert check.verdict == verdict, check.explanation


@pytest.mark.parametrize("text, stated", [
    # an open-ended share agrees with almost any pair: no check from the pairs around it
    ("Contacts rose to 23,600 from 19,700 last year.\nMore than 15 per cent of calls were about the lockdown.", 15.0),
    # a whole that is open ("more than 800") agrees with too much
    ("In 2019, more than 800 people contacted the project, up from 620 in 2018.\nAround 75 per cent of those who "
     "began treatment completed it.", 75.0),
    # two years' figures are a change, not a part and its whole
    ("The line took 160 calls in 2019 and 655 in 2020.\nAround one in four callers said they had thought about "
     "ending their life.", 25.0),
    # a placed part and an unplaced whole
    ("In 2016, 180 of the visitors came from Dundee and Perth.\nAround a third of the 560 visitors in 2016 were "
     "women.", 33.3),
    # no pair around it gives the share
    ("The line answered 9,400 calls in 2003.\nOf those, 45 percent came from the city.", 45.0),
])
def test_no_share_check_from_pairs_that_do_not_give_it(text, stated):
    record = extract_article(text, source="nearby.txt", published="2016-02-01")
    assert [c for c in record.checks if c.stated == stated and c.verdict != "unverifiable"] == []
