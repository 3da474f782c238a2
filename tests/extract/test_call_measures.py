"""Calls and callers are ``helpline_calls``, as ANNOTATION.md (decision 4) counts them.

People who "called", "rang" or "phoned" a line, and "callers", are counted as calls;
people who "contacted", "got in touch" or "sought help" stay ``helpline_contacts``.
A headline's looser word does not split one figure in two.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

MEASURES = [
    ("In 2021, 420 people called the helpline from Kent.", 420, "helpline_calls"),
    ("In 2021, 420 men from Kent rang the line for advice.", 420, "helpline_calls"),
    ("Some 420 people phoned the service in 2021.", 420, "helpline_calls"),
    ("The line heard from 420 callers in Kent in 2021.", 420, "helpline_calls"),
    ("In 2021, 420 people from Kent contacted the helpline.", 420, "helpline_contacts"),
    ("In 2021, 420 people in Kent got in touch with the service.", 420, "helpline_contacts"),
    ("In 2021, 420 people visited the website from Kent.", 420, "website_users"),
]


@pytest.mark.parametrize("text,value,measure", MEASURES)
def test_calls_and_contacts(text, value, measure):
    record = extract_article(text, source="measures.txt")
    [count] = [c for c in record.counts if c.value == value]
    assert count.measure == measure


def test_headline_and_body_of_one_figure_merge_across_helpline_measures():
    text = ("Helpline hears from 420 men in Kent\n\n"
            "In 2021, 420 men from Kent rang the line for advice, the charity said.")
    record = extract_article(text, source="measures.txt")
    [count] = [c for c in record.counts if c.value == 420]
    assert count.measure == "helpline_calls" and count.period_start == "2021-01-01"


@pytest.mark.parametrize("text,measure", [
    ("In 2021, 900 callers and web users from Kent contacted the service.", "helpline_contacts"),
    ("In 2021 the line took 900 calls and chats from Kent.", "helpline_contacts"),
    ("In 2021 the line took 900 calls from Kent.", "helpline_calls"),
])
def test_more_than_one_channel_is_contacts(text, measure):
    record = extract_article(text, source="measures.txt")
    [count] = [c for c in record.counts if c.value == 900]
    assert count.measure == measure


@pytest.mark.parametrize("text", [
    "Calls to the line reached 6,000 in 2021, up 5% on the previous year.\n\n"
    "At the same time volunteer numbers fell from 960 in 2020 to 930 last year.",
])
def test_figures_of_another_subject_are_no_base(text):
    record = extract_article(text, source="measures.txt", published="2022-03-01")
    change = next(p for p in record.percentages if p.kind == "change")
    assert change.base_count_ref is None
    assert next(c for c in record.counts if c.value == 960).measure == "other"


# "N times" after a verb of use counts contacts, calls or visits; other "times" count nothing
TIMES = [
    ("In 2021 the helpline was contacted 4,100 times by people from Kent.", 4100, "helpline_contacts"),
    ("In 2021 the line was called 4,100 times from Kent.", 4100, "helpline_calls"),
    ("The website was accessed more than 4,100 times in 2021.", 4100, "website_users"),
    ("The self-help pages were visited 4,100 times last year.", 4100, "website_users"),
    ("Men were 4,100 times more likely to call, the survey said.", 4100, None),
    # a verb with its particle, its object of a few words between it and the figure
    ("Families in Fife turned to the Parent Support Line 2,740 times in 2023.", 2740, "helpline_contacts"),
    ("People in Devon reached out to the charity's text service 1,380 times last year.", 1380, "helpline_contacts"),
    ("Callers turned to it 512 times in March.", 512, "helpline_contacts"),
    # the particle alone, or the verb with another particle, is no verb of use
    ("The wheel turned 2,740 times before it stopped.", 2740, None),
    ("The council turned down the bid 12 times in 2023.", 12, None),
]


@pytest.mark.parametrize("text,value,measure", TIMES)
def test_times_after_a_verb_of_use(text, value, measure):
    record = extract_article(text, source="times.txt")
    found = [c.measure for c in record.counts if c.value == value]
    assert found == ([measure] if measure else [])


OWN_NOUNS = [
    # a count with a noun of its own does not take the noun of the figure beside it
    ("In 2021 officers carried out 121 searches and made 79 arrests.", 121, "other"),
    ("In 2021 officers carried out 121 searches and made 79 arrests.", 79, "arrests"),
    ("Officers seized 340 devices and made 65 arrests last year.", 340, "other"),
    ("Officers seized 340 devices and made 65 arrests last year.", 65, "arrests"),
    ("In 2019 the branch had 9,200 contacts, 6,100 calls and 1,250 text messages.", 1250, "helpline_contacts"),
    ("In 2019 the branch had 9,200 contacts, 6,100 calls and 1,250 texts.", 1250, "helpline_contacts"),
    ("Police made 65 arrests and issued 30 warnings in 2020.", 30, "other"),
    ("Police made 65 arrests in 2020, up from 40 the year before.", 40, "arrests"),
    ("Some 2,300 people contacted the helpline in 2022.", 2300, "helpline_contacts"),
]


@pytest.mark.parametrize("text,value,measure", OWN_NOUNS)
def test_a_count_keeps_its_own_noun(text, value, measure):
    record = extract_article(text, source="measures.txt")
    found = [c.measure for c in record.counts if c.value == value]
    assert found == [measure]
