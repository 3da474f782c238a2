"""A change or a "doubled" is never judged "inconsistent" on two counts that are no pair: of two channels
("240 calls ... 300 texts"), a total against a rate ("300 calls a month"), a place each ("the Leeds line took
240 ... the York line 300"), or of the whole when the change names a group ("an increase of 20% in calls from
young people").  The same shapes where the two figures ARE one measure, rate, place or group keep both
verdicts.  Sentences of our own writing (``pipeline/check/unlike_counts.py``)."""
from __future__ import annotations

import pytest

from pipeline import extract_article


def verdicts(text: str, kind: str = "percentage") -> list[str]:
    record = extract_article(text, source="t.txt", published="2024-03-01")
    return [c.verdict for c in record.checks if c.kind == kind]


@pytest.mark.parametrize("text, expected", [
    # two channels: no verdict on a miss
    ("The helpline took 240 calls in 2021 and 300 texts in 2022. That is an increase of 20%.", ["unverifiable"]),
    ("The service answered 500 chats in 2020 and 640 calls in 2021. That is a rise of 30%.", ["unverifiable"]),
    ("The line had 1,200 emails in 2019 compared with 1,500 text messages in 2020, an increase of 20%.",
     ["unverifiable"]),
    ("In 2022 the charity took 800 phone calls, and in 2023 it answered 900 webchats, a rise of 40%.",
     ["unverifiable"]),
    # one channel, or a noun of no channel: judged, both ways
    ("The helpline took 240 texts in 2021 and 300 texts in 2022. That is an increase of 20%.", ["inconsistent"]),
    ("The helpline took 240 texts in 2021 and 300 texts in 2022. That is an increase of 25%.", ["consistent"]),
    ("The service answered 500 chats in 2020 and 650 chats in 2021. That is a rise of 30%.", ["consistent"]),
    ("The helpline took 240 calls in 2021 and 300 calls in 2022. That is an increase of 20%.", ["inconsistent"]),
    ("The line had 1,200 callers in 2019 compared with 1,500 calls in 2020, an increase of 20%.", ["inconsistent"]),
    # two channels that happen to agree: agreement stands
    ("The helpline took 240 calls in 2021 and 300 texts in 2022. That is an increase of 25%.", ["consistent"]),
])
def test_two_channels(text, expected):
    assert verdicts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a total, then a rate of its own: never set against each other
    ("The helpline took 240 calls in 2021 and 300 calls a month in 2022. That is an increase of 20%.",
     ["unverifiable"]),
    ("The line handled 1,500 contacts in 2020 and 140 contacts a week in 2021, a rise of 10%.", ["unverifiable"]),
    ("The service took 9,000 calls in 2022 and 800 calls per month in 2023. That is a fall of 5%.", ["unverifiable"]),
    # a rate written once for both figures, or two rates: judged
    ("The helpline took 240 calls a month in 2021 and 300 calls a month in 2022. That is an increase of 20%.",
     ["inconsistent"]),
    ("The line now takes 242 calls a month, up from 220 in 2022, a rise of 10%.", ["consistent"]),
    ("The line took 300 calls a month in 2023, up from 240 in 2022, a rise of 20%.", ["inconsistent"]),
])
def test_a_total_and_a_rate(text, expected):
    assert verdicts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place for each count, however written
    ("The Leeds line took 240 calls in 2021 and the York line 300 in 2022. That is an increase of 20%.",
     ["unverifiable"]),
    ("The helpline took 240 calls in Leeds in 2021 and 300 in York in 2022. That is an increase of 20%.",
     ["unverifiable"]),
    ("In Kent the service answered 400 calls in 2020, while in Essex it answered 520 in 2021, a rise of 20%.",
     ["unverifiable"]),
    # both places for both counts: one figure of the two places over time, judged
    ("Calls in Leeds and York rose from 240 in 2021 to 300 in 2022. That is an increase of 20%.", ["inconsistent"]),
    ("Calls in Leeds and York rose from 240 in 2021 to 300 in 2022. That is an increase of 25%.", ["consistent"]),
    ("The Kent and Essex line took 400 calls in 2020 and 500 calls in 2021, a rise of 20%.", ["inconsistent"]),
    # one place: judged
    ("The Leeds line took 240 calls in 2021 and 300 in 2022. That is an increase of 20%.", ["inconsistent"]),
])
def test_a_place_for_each_count(text, expected):
    assert verdicts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a change of a group after a pair of all
    ("The helpline took 240 calls in 2021 and 300 calls in 2022. That is an increase of 20% in calls from young "
     "people.", ["unverifiable"]),
    ("The line had 400 contacts in 2020 and 520 contacts in 2021. That was a rise of 20% in contacts by women.",
     ["unverifiable"]),
    ("The service took 1,000 calls in 2022 and 1,300 calls in 2023, a 20% rise in young callers.", ["unverifiable"]),
    # the group's own pair, or a change of no group: judged
    ("The helpline took 240 calls from young people in 2021 and 300 in 2022. That is an increase of 20% in calls "
     "from young people.", ["inconsistent"]),
    ("The helpline took 240 calls from young people in 2021 and 300 in 2022. That is an increase of 25% in calls "
     "from young people.", ["consistent"]),
    ("The helpline took 240 calls in 2021 and 300 calls in 2022. That is an increase of 20% in calls.",
     ["inconsistent"]),
    ("Calls from young people rose from 240 calls in 2021 to 300 calls in 2022, an increase of 20% in calls from "
     "young people.", ["inconsistent"]),
])
def test_a_change_of_a_group(text, expected):
    assert verdicts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The helpline took 200 calls in 2021 and 300 texts in 2022, so contacts doubled.", ["unverifiable"]),
    ("The helpline took 200 texts in 2021 and 300 texts in 2022, so texts doubled.", ["inconsistent"]),
    ("The Leeds line took 200 calls in 2021 and the York line 300 in 2022: calls doubled.", ["unverifiable"]),
])
def test_a_doubled_on_unlike_counts(text, expected):
    assert verdicts(text, "multiplier") == expected
