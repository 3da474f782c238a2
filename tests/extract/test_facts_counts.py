"""Counts the sentence's own words leave without a measure, and how they get one (tables of our own sentences)."""
from __future__ import annotations

import pytest

from pipeline import extract_article

COMPARED_BACK = [
    # text, value, measure: a sentence that opens by comparing with the figures before it counts what they counted;
    # a channel named right after a count ("online", "over the phone") decides which
    ("In 2021, 90 people from Kent contacted the line. This compares to 120 people in 2020.", 120,
     "helpline_contacts"),
    ("In 2021, 90 people from Kent contacted the line. That compares with 120 people the year before.", 120,
     "helpline_contacts"),
    ("In 2021, 90 people from Kent contacted the line. By comparison, 120 people did so in 2020.", 120,
     "helpline_contacts"),
    ("Last year 90 people rang the helpline. This compares to 140 people in 2019 and 75 people in 2018.", 75,
     "helpline_contacts"),  # people under a count of calls are contacts, as a table's rows are
    ("In 2021, 80 people got in touch through the website and 10 by phone. This compares to 130 people online "
     "and 25 people over the phone in 2020.", 130, "website_users"),
    ("In 2021, 80 people got in touch through the website and 10 by phone. This compares to 130 people online "
     "and 25 people over the phone in 2020.", 25, "helpline_calls"),
    ("In 2021, 80 people got in touch through the website and 10 by phone. This compares to 130 people online "
     "and 25 over the phone in 2020.", 25, "helpline_calls"),
]


@pytest.mark.parametrize("text,value,measure", COMPARED_BACK)
def test_a_comparing_sentence_counts_what_the_one_before_counted(text, value, measure):
    record = extract_article(text, published="2022-03-01")
    found = [c for c in record.counts if c.value == value]
    assert found and found[0].measure == measure, [(c.value, c.measure) for c in record.counts]
    assert found[0].regions == []  # the place stays the sentence's own (ANNOTATION.md decision 12)


NOT_COMPARED_BACK = [
    # no opening comparison, or a noun no helpline counts: the count keeps its own (lack of) measure
    ("In 2021, 90 people from Kent contacted the line. The town has 120 schools.", 120),
    ("In 2021, 90 people from Kent contacted the line. This compares to 120 arrests in 2020.", 120),
]


@pytest.mark.parametrize("text,value", NOT_COMPARED_BACK)
def test_no_measure_without_a_comparison_back(text, value):
    record = extract_article(text, published="2022-03-01")
    assert all(c.measure not in ("helpline_contacts", "helpline_calls") for c in record.counts if c.value == value)


NOT_COUNTS = [
    # text, value: an age range, branches, providers, a line's number are no counts of the measure
    ("More than a third of those who get in touch with the line are aged between 18 and 25.", 25),
    ("In 2021, 1,200 people aged 18 to 25 called the line.", 25),
    ("In 2021, 1,200 people aged 18-25 called the line.", 25),
    ("For the past two years, the 14 branches in Wales had seen fewer calls.", 14),
    ("The line is funded by the five largest phone providers.", 5),
    ("Only a tenth of callers rang the new number, against most who rang the old 1850 number.", 1850),
]


@pytest.mark.parametrize("text,value", NOT_COUNTS)
def test_not_a_count_of_the_measure(text, value):
    record = extract_article(text, published="2022-03-01")
    assert all(c.value != value or c.measure == "other" for c in record.counts), [(c.value, c.measure) for c in record.counts]


@pytest.mark.parametrize("text", [
    "Around 18,000 people seek its help every year.",
    "Last year 4,200 people sought its help.",
    "The branch says 900 people are seeking its help each month.",
])
def test_seeking_its_help_counts_contacts(text):
    record = extract_article(text, published="2022-03-01")
    assert [c.measure for c in record.counts] == ["helpline_contacts"]


@pytest.mark.parametrize("text", [
    # estimates of how many offend online: the words of downloading, sharing, regular viewing, "paedophiles"
    "In 2015 the agency estimated that 60,000 people in the UK were involved in downloading abuse images.",
    "Police believe 90,000 men are downloading or sharing such images.",
    "At least 70,000 people in Britain are regularly viewing indecent images of children, a chief constable said.",
    "He said at least 70,000 paedophiles were using social media sites.",
])
def test_estimates_of_offenders(text):
    record = extract_article(text, published="2022-03-01")
    assert [c.measure for c in record.counts] == ["estimated_offenders"]


def test_seeking_help_to_stop_viewing_stays_a_contact():
    record = extract_article("In 2021, 4,000 people sought help to stop viewing images online.", published="2022-03-01")
    assert [c.measure for c in record.counts] == ["helpline_contacts"]


MORE_SHAPES = [
    # text, expected (value, measure) pairs: counts whose measure comes from a wider reading of their words
    ("In 2021/22, we helped 7,600 people who contacted the helpline 15,400 times between them.",
     [(7600, "helpline_contacts"), (15400, "helpline_contacts")]),                          # "contacted the helpline N times"
    ("The highest number of calls came from Leeds, with 2,400 people seeking help. This was followed by York "
     "on 2,200 and Hull on 2,100.", [(2400, "helpline_contacts"), (2200, "helpline_contacts"),
                                    (2100, "helpline_contacts")]),                          # "This was followed by"
    ("Volunteers received 7,900 calls over that period with 1,300 of that number expressing suicidal feelings.",
     [(7900, "helpline_calls"), (1300, "helpline_calls")]),                                 # "of that number"
    ("There were 2,100 offences recorded in 2024, 180 of which were online.", [(2100, "offences"), (180, "offences")]),
    ("Figures show that 190,000 phonecalls were recorded.", [(190000, "helpline_calls")]),
    ("The line has seen over 1,900 people from Leeds access help and support through the website.",
     [(1900, "website_users")]),
    ("More than 10,000 people told a charity they were worried about their behaviour.", [(10000, "helpline_contacts")]),
]


@pytest.mark.parametrize("text,expected", MORE_SHAPES)
def test_counts_read_from_wider_words(text, expected):
    record = extract_article(text, published="2022-06-01")
    assert [(c.value, c.measure) for c in record.counts] == expected


PART_COUNTS = [
    # a figure with no noun of its own that is a part of a stated count counts what that count counts
    ("One in five of the 7,000 callers (about 1,400) were women.", [(7000, "exact"), (1400, "about")]),
    ("In 2022, 1,400 of the 7,000 callers were women.", [(1400, "exact"), (7000, "exact")]),
    ("The line took 5,200 calls (5,000 in 2021) last year.", [(5200, "exact")]),
    ("The line took 5,200 calls (2021: 5,000) last year.", [(5200, "exact")]),
]


@pytest.mark.parametrize("text,expected", PART_COUNTS)
def test_parts_of_a_stated_count(text, expected):
    record = extract_article(text, source="parts.txt", published="2023-06-01")
    got = [(c.value, c.qualifier) for c in record.counts if c.measure != "other"]
    assert got[:len(expected)] == expected
    if len(expected) == 2:
        assert record.counts[0].measure == record.counts[1].measure


WEBSITE_CUES = [
    # a count of people using an online tool or resource counts website users
    ("In 2022 the charity recorded 410 online users in the county.", 410, "website_users"),
    ("Charity's self-assessment tool reaches 20,000 users in its first year", 20000, "website_users"),
    ("In 2022 the line took 410 calls.", 410, "helpline_calls"),
]


@pytest.mark.parametrize("text,value,measure", WEBSITE_CUES)
def test_online_tools_count_website_users(text, value, measure):
    record = extract_article(text, source="web.txt", published="2023-06-01")
    assert [(c.value, c.measure) for c in record.counts if c.value == value] == [(value, measure)]


AGE_OR_COUNT = [
    # "under"/"over" before a figure no one could be old enough for is a qualifier, not an age
    ("The helpline took 31,000 calls last year, compared with under 23,000 in the previous year.",
     [(31000, "exact"), (23000, "fewer_than")]),
    ("The line took 24,000 calls in 2022, the equivalent of over 2,000 a month.",
     [(24000, "exact"), (2000, "more_than")]),
    ("The line took 900 calls in 2022; callers under 25 made up a third.", [(900, "exact")]),
    ("The service is open to anyone over 18 and took 900 calls in 2022.", [(900, "exact")]),
]


@pytest.mark.parametrize("text,expected", AGE_OR_COUNT)
def test_under_and_over_a_figure_no_age(text, expected):
    record = extract_article(text, source="age.txt", published="2023-06-01")
    assert [(c.value, c.qualifier) for c in record.counts] == expected
