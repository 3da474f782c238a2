"""What is a count and what it counts, by ANNOTATION.md decisions 2 and 4.

Each table varies one shape found among the misses on real articles, in sentences
of our own writing: figures that are no count (multipliers, money, phone numbers,
ages), counts of something other than helpline use (deaths, volunteers, films,
the size of a change), and what a visit or a contact to a website counts.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.numbers import find_numbers


@pytest.mark.parametrize("text, values", [
    ("The line saw an almost three-fold increase in callers from Kent.", []),
    ("Calls rose 4-fold in a year.", []),
    ("A ten-fold rise in users was reported.", []),
    ("Even two pence a minute put some callers off.", []),
    ("Each call used to cost 50p from a mobile.", []),
    ("Ring the line on 0800 068 41 41 or text 07786 209 697.", []),
    ("Call 0808 123 45 67 in confidence; 310 people did last year.", [310]),
    ("The branch dealt with almost a quarter of a million contacts.", [250000]),
    ("Half a million people called the line.", [500000]),
    ("The line took 4.1 million calls and 2.3m chats.", [4100000, 2300000]),
    ("Some three quarters of a million calls were taken.", [750000]),
])
def test_figures_that_are_no_number(text, values):
    assert [n.value for n in find_numbers(text) if not n.percent] == values


def test_a_fraction_of_a_million_keeps_its_hedge():
    [number] = find_numbers("The service answered nearly half a million calls in 2015.")
    assert (number.value, number.qualifier) == (500000, "nearly")


def _counts(text: str) -> dict[float, str]:
    return {c.value: c.measure for c in extract_article(text, source="shapes.txt").counts}


@pytest.mark.parametrize("text, value, measure", [
    # deaths are not contacts, whatever helpline the sentence names
    ("Around 1,400 people took their own lives in 2019, the helpline said.", 1400, "other"),
    ("In the county 212 men took their lives last year, the line said.", 212, "other"),
    ("Every year in the region 180 people die by suicide, and the charity wants them to seek help.", 180, "other"),
    # volunteers and films count, but not helpline use
    ("In 2018 the helpline had 804 volunteers answering calls.", 804, "other"),
    ("The charity made three short films to encourage people to seek help.", 3, "other"),
    # the size of a change is a difference, not a count of the measure
    ("Calls to the line jumped by 1,300 in 2020.", 1300, "other"),
    ("The service took 9,500 calls, an increase of nearly 700 on the year before.", 700, "other"),
    ("Contacts from Kent rose 450 in a year.", 450, "other"),
])
def test_counts_of_something_else(text, value, measure):
    assert _counts(text).get(value, "other") == measure  # "other", or no count at all: never a helpline figure


@pytest.mark.parametrize("text, value", [
    ("Only 14% of those who called were under the age of 30.", 30),
    ("Half of the callers were below the age of 25.", 25),
])
def test_ages_are_no_counts(text, value):
    assert value not in _counts(text)


@pytest.mark.parametrize("text, value, measure", [
    ("Nearly 50 men from Ripon have visited a website for people worried about their urges.", 50, "website_users"),
    ("In 2020, 915 people from Hull visited the charity's self-help site.", 915, "website_users"),
    ("Last year 2,100 people from Kent contacted its Get Help website.", 2100, "website_users"),
    ("In 2016, 300 people from York contacted the site, with 120 from Selby.", 120, "website_users"),
    ("In 2022, 5,000 people visited its website or called its helpline.", 5000, "helpline_contacts"),
    ("In 2022, 640 people contacted its helpline.", 640, "helpline_contacts"),
    ("In 2022, 640 people contacted the charity.", 640, "helpline_contacts"),
])
def test_visits_and_contacts_of_a_website(text, value, measure):
    assert _counts(text)[value] == measure


@pytest.mark.parametrize("text, value, measure", [
    ("In 2023, 30,500 people visited the website or rang the helpline, with 1,210 of these people from Kent.",
     1210, "helpline_contacts"),
    ("In 2021 the line took 8,000 calls, and 2,400 of them came from Wales.", 2400, "helpline_calls"),
])
def test_a_part_of_a_count_counts_the_same(text, value, measure):
    assert _counts(text)[value] == measure


@pytest.mark.parametrize("text, value, measure", [
    # a figure that goes back to the counts or changes before it takes their measure
    ("In 2021 the line received 9,800 requests for help by phone or online. That is up from 8,100 in 2020.",
     8100, "helpline_contacts"),
    ("In Kent, 940 people contacted the line in 2020.\n\nIn Essex 1,030 people accessed the information, up from "
     "415 the previous year.", 415, "helpline_contacts"),
    ("Contacts rose by 40%, 52% and 61% in the three counties in the number of people seeking help in 2020.\n\n"
     "Across the region, the figure rose from 1,200 to 1,800 in the year.", 1800, "helpline_contacts"),
    ("In 2019, 310 people visited the website in the spring.\n\nThis increased to more than 420 over the summer.",
     420, "website_users"),
    ("The number of people who approached the charity reached 6,120 in 2022.", 6120, "helpline_contacts"),
    ("Samaritans said it handled more than 4.1 million cases in 2019.", 4100000, "helpline_contacts"),
    ("Kent Police investigated 214 cases of indecent images in 2021.", 214, "offences"),
    ("The number of cases at the counselling trust rose from 120 to 205 in 2021.", 205, "other"),
])
def test_measure_from_what_came_before(text, value, measure):
    assert _counts(text).get(value) == measure


@pytest.mark.parametrize("text, value", [
    ("Calls between January and June totalled 480 - 120 more than the same period in 2018.", 120),
    ("The line took 2,600 calls in 2021, 300 fewer calls than in 2020.", 300),
])
def test_a_difference_told_after_its_figure(text, value):
    assert _counts(text).get(value, "other") == "other"


RANGES = [
    # both figures of "between A and B <noun>" count the noun; "between <year> and <year>" is a period
    ("The agency believes between 450,000 and 700,000 people pose a sexual risk to children.",
     {450000: "estimated_offenders", 700000: "estimated_offenders"}),
    ("It estimates that between 200 and 260 men in the county posed a sexual abuse risk.",
     {200: "estimated_offenders", 260: "estimated_offenders"}),
    ("Between 40 and 55 people rang the line each week in 2021.", {40: "helpline_calls", 55: "helpline_calls"}),
    ("Between 2019 and 2021, 640 people called the line.", {640: "helpline_calls"}),
    ("Some 640 people called the line between 2019 and 2021.", {640: "helpline_calls"}),
]


@pytest.mark.parametrize("text, expected", RANGES)
def test_both_ends_of_a_range_count(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # bare figures take the count noun a sentence opens with, as its first or its second word
    ("Female callers held steady, with 131 in 2022 to 137 in 2023.",
     [(131, "helpline_calls"), (137, "helpline_calls")]),
    ("Repeat callers went up, with 210 in 2021 against 340 in 2022.",
     [(210, "helpline_calls"), (340, "helpline_calls")]),
    ("Calls stayed level, with 900 in 2022 and 910 in 2023.", [(900, "helpline_calls"), (910, "helpline_calls")]),
    # near miss: a noun after a sentence's third word is no opening noun
    ("While more people are seeking help, new callers fell from 4,700 in 2022 to 4,600 in 2023.",
     [(4700, "helpline_calls"), (4600, "helpline_calls")]),
])
def test_bare_figures_take_the_opening_noun(text, expected):
    record = extract_article(text, source="opening.txt", published="2024-03-01")
    assert [(c.value, c.measure) for c in record.counts] == expected
