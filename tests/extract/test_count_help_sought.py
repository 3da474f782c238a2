"""A count of people with no cue of a measure of its own, whose clause says they sought help (any verb of
seeking, any words up to a noun of help), or whom a verb of helping right before the figure takes: a
helpline's contacts. "clients" are a service's contacts. Near misses keep measure ``other``: another fate
in the sentence ("took their own lives"), help that is care ("received counselling support"), people
with no word of help (volunteers, residents). A figure with one dot and three digits before a noun of
things counted one by one ("6.318 calls") groups thousands. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.numbers import find_numbers


def _counts(text: str) -> list[tuple[float, str]]:
    return [(c.value, c.measure) for c in extract_article(text, source="help_sought.txt").counts]


@pytest.mark.parametrize("text, expected", [
    # a verb of seeking and a noun of help, whatever words stand between them
    ("Last spring 64 people were seeking the project's help.", [(64, "helpline_contacts")]),
    ("More than 2,300 men have sought information about the programme.", [(2300, "helpline_contacts")]),
    ("Some 410 women asked for advice in the first month.", [(410, "helpline_contacts")]),
    ("The number of people looking for phone or online support was 1,150 people.", [(1150, "helpline_contacts")]),
    ("In all, 75 men obtained help through the scheme.", [(75, "helpline_contacts")]),
    ("About 900 people got in touch to request guidance.", [(900, "helpline_contacts")]),
    # a verb of helping right before the figure
    ("The charity has spent ten years helping more than 12,000 men change course.", [(12000, "helpline_contacts")]),
    ("Last year the team assisted 830 people.", [(830, "helpline_contacts")]),
    # "clients" of a service
    ("The service has had over 600 clients since it began.", [(600, "helpline_contacts")]),
    ("Referrals grew from just four clients in its first month.", [(4, "helpline_contacts")]),
    # near misses: another fate, care, no word of help
    ("More than 140 people took their own lives, and many had sought help.", [(140, "other")]),
    ("In the past year 380 people received counselling support from the branch.", [(380, "other")]),
    ("About 90 volunteers staff the line.", [(90, "other")]),
    ("Some 5,000 residents live in the town.", [(5000, "other")]),
    # a verb of wanting or finding is help sought only beside a service: survey respondents are no contacts
    ("A survey found 2,000 people wanted more support for carers.", [(2000, "other")]),
    ("Some 640 parents said they needed more help with childcare.", [(640, "other")]),
    ("The poll of 1,300 adults found most want more information on fees.", [(1300, "other")]),
    ("About 210 tenants looked at the advice pages of the council.", [(210, "other")]),
    ("Some 720 men wanted help from the helpline last spring.", [(720, "helpline_contacts")]),
    ("In all, 95 women found support through the charity.", [(95, "helpline_contacts")]),
])
def test_help_sought(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, values", [
    ("The trust's figures show 6.318 calls in August.", [6318]),
    ("The centre answered 2.751 texts and 1.200 chats.", [2751, 1200]),
    # near misses: a decimal before no such noun, a scale word, a percentage, other digits
    ("The index stood at 2.125 last year.", [2.125]),
    ("The line has taken 1.250 million calls.", [1250000]),
    ("Calls rose by 3.125 per cent.", [3.125]),
    ("It took 2.5 calls a minute.", [2.5]),
])
def test_dotted_thousands(text, values):
    assert [n.value for n in find_numbers(text)] == values


@pytest.mark.parametrize("text, expected", [
    # the later end of "from N ... to M" counts what the earlier end counts
    ("Requests grew from just five clients in its first month to 84 people in its last.",
     [(5, "helpline_contacts"), (84, "helpline_contacts")]),
    ("Calls went from 40 callers a week to 95 men a week.", [(40, "helpline_calls"), (95, "helpline_calls")]),
    ("Arrests went from 30 arrests to 45 people.", [(30, "arrests"), (45, "arrests")]),
    # near misses: no "from", or an earlier end of measure other
    ("The line had 40 callers, and 95 men came to the drop-in.", [(40, "helpline_calls"), (95, "other")]),
    ("Volunteers went from 30 volunteers to 45 people.", [(30, "other"), (45, "other")]),
])
def test_both_ends_of_a_pair_count_one_thing(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, values", [
    # a figure alone in quotation marks names a line or a code
    ("That is far fewer than the 90,000 calls to hotline “113” each year.", [90000]),
    ("Dial '999' in an emergency; 3,000 people did.", [3000]),
    ('The "116 123" number is free.', []),
    # near misses: a quote that runs on after its figure
    ("“1,500 calls a week,” the manager said.", [1500]),
    ("She said: “About 2,000 people rang.”", [2000]),
])
def test_a_quoted_figure_is_a_name(text, values):
    assert [n.value for n in find_numbers(text)] == values


@pytest.mark.parametrize("text, expected", [
    # "N out of M" is a share, as "N in M" is: no two counts
    ("Seven out of ten users of the site were men.", [(70.0, "exact")]),
    ("Almost 1 out of 6 adults in the county has gambled online.", [(16.7, "nearly")]),
    ("Nearly 1 out of every 8 callers was a woman.", [(12.5, "nearly")]),
    ("One in every five callers rang at night.", [(20.0, "exact")]),
    ("Four out of five people who rang said it helped.", [(80.0, "exact")]),
])
def test_out_of_is_a_share(text, expected):
    numbers = find_numbers(text)
    assert [(n.value, n.qualifier) for n in numbers] == expected and all(n.percent for n in numbers)


@pytest.mark.parametrize("text, values", [
    # near misses: a rank, a whole with no part before it
    ("The state ranked 31st out of 50 states.", [50]),
    ("Out of 120 centres, 14 closed.", [120, 14]),
])
def test_out_of_without_a_part_stays_figures(text, values):
    assert [n.value for n in find_numbers(text)] == values


@pytest.mark.parametrize("text, expected", [
    # the size of a population is no helpline figure, whatever the sentence's cue
    ("The line takes 9,000 contacts a year from a population of 2 million.", [(9000, "helpline_contacts")]),
    ("Its 400 calls came from the island's population of about 85,000 people.", [(400, "helpline_calls")]),
    # the area a service covers, with a hedge before its figure
    ("Serving a region of more than 230,000 people, the line took 4,100 calls.", [(4100, "helpline_calls")]),
    ("The line covers an area of about 90,000 residents and answered 700 calls.", [(700, "helpline_calls")]),
    ("The branch serves a population of around 1.2 million and took 8,000 calls.", [(8000, "helpline_calls")]),
    ("From a catchment area of some 60,000 people, 210 called the line.", [(210, "helpline_calls")]),
    # near misses: "in the region of" is a hedge, and people of a population who used the line count
    ("In the region of 500 people called the line in May.", [(500, "helpline_calls")]),
    # near miss: people of a population who used the line
    ("Some 3,000 people from the island contacted the line.", [(3000, "helpline_contacts")]),
])
def test_a_population_is_other(text, expected):
    assert [(value, measure) for value, measure in _counts(text) if measure != "other"] == expected


@pytest.mark.parametrize("text, expected", [
    # both ends of "between the ages of N and M" are ages
    ("Of its 900 users, half were between the ages of 13 and 19.", [900]),
    ("Texters were mostly between the ages of 16 and 24, and sent 3,100 messages.", [3100]),
    ("Callers aged 18 to 25 made 300 calls.", [300]),
    # near miss: "of all ages" and a figure after it
    ("The line took 500 calls from people of all ages, of whom 20 were children.", [500, 20]),
])
def test_ages_are_no_counts(text, expected):
    assert [value for value, _ in _counts(text)] == expected
