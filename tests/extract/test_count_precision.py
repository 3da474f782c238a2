"""Figures that stand like counts but are none, or count no helpline's use (ANNOTATION.md decisions 2 and 4).

Each table varies one shape seen among the extra counts on the fourth round's real
articles, in sentences of our own writing: phone numbers written with hyphens or as
short codes, a year after a share, age bands, the size of a change told by a
comparative, a change whose sign was lost, views of films and posts, and the
"number of" things no helpline counts.  Each table also holds the near misses that
stay counts.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.numbers import find_numbers


def _figures(text: str) -> list[float]:
    return [n.value for n in find_numbers(text) if not n.percent]


def _counts(text: str) -> dict[float, str]:
    return {c.value: c.measure for c in extract_article(text, source="precision.txt").counts}


@pytest.mark.parametrize("text, values", [
    # a phone number written with hyphens, letters or a toll-free prefix
    ("Calls to 1-800-GAMBLER rose to 4,120 last year.", [4120]),
    ("Anyone worried can ring 800-GAMBLER (800-426-2537) day or night.", []),
    ("Callers can also dial 1-888-ADMIT-IT at any hour.", []),
    ("The state swapped its old 1-800 number for a shorter one.", []),
    ("The line, 1850-609090, took 22,000 calls.", [22000]),
    ("Its number (1890-303302) answered 950 callers in May.", [950]),
    # a number given to call or text, however its digits are grouped
    ("Young people can call the line on 1800 55 1800 at any hour.", []),
    ("Call Beyond Words on 1300 22 4636 for support.", []),
    ("Free call or text 1737 to talk to a counsellor.", []),
    ("In an emergency call 000 straight away.", []),
    ("Call 08457 90 90 90 for help; 2,300 people did in May.", [2300]),
    ("Ring 131 114 now if you need to talk.", []),
    # a count noun after the verb's figure keeps it a count
    ("Staff call 40 people back each week.", [40]),
    # near misses: ranges and spans of years stay what they were
    ("Between 10-15 people call each night.", [10, 15]),
    ("In 2017-18 the line took 3,400 calls.", [3400]),
])
def test_phone_numbers_written_with_hyphens_are_no_figures(text, values):
    assert _figures(text) == values


@pytest.mark.parametrize("text, values", [
    # a short code or a service number with no count noun after it
    ("Text SHOUT to 85258 any time; the service had 41,000 conversations.", [41000]),
    ("Young people can text 741741 and a volunteer replies.", []),
    ("The 988 Lifeline took 12,400 calls in Ohio.", [12400]),
    ("Since the switch to 988 in July, demand has climbed.", []),
    ("More men are calling the province's 211 service than before.", []),
    ("Anyone in danger should ring 999 at once.", []),
    ("The rise counts only 988 Lifeline calls, not local ones.", []),
    ("Staff linked the increase in 111 calls to the heatwave.", []),
    # a count noun after it keeps it a count, whatever its digits
    ("The helpline received 988 calls in June.", [988]),
    ("Last year 211 people contacted the service.", [211]),
    ("The charity trained 17000 volunteers over ten years.", [17000]),
    ("A further 12345 new callers were logged.", [12345]),
])
def test_short_codes_and_service_numbers(text, values):
    assert _figures(text) == values


@pytest.mark.parametrize("text, values", [
    ("Some 38% of 2023 callers were women.", []),
    ("Around 60 per cent of 2022 callers rang from a mobile.", []),
    ("Half of 2021 callers had never phoned before.", []),
    # a year-like figure before a count noun, with no share before it, stays a count
    ("The line answered 2019 callers in its first month.", [2019]),
])
def test_a_year_after_a_share_is_a_year(text, values):
    assert _figures(text) == values


@pytest.mark.parametrize("text, value", [
    ("Most clients were in the 25-44 age group, with 951 people contacting the charity.", 951),
    ("Contacts from 16- to 24-year-olds rose to 4,100.", 4100),
    ("A fifth of callers were in the 46 to 55 group; 3,300 people rang in all.", 3300),
    ("The 18-24s made up many of the 2,700 callers.", 2700),
    ("People in the 35 to 49 bracket made 5,200 calls.", 5200),
    # a dash after "to", and "years-old" written with hyphens
    ("Calls from 30-to\u201339-year-olds rose to 1,690.", 1690),
    ("Among 40-to-49-years-old callers there were 610 women.", 610),
    ("Callers aged 50 to \u201364 years old made 2,050 calls.", 2050),
])
def test_either_end_of_an_age_band_is_no_count(text, value):
    assert set(_counts(text)) == {value}


@pytest.mark.parametrize("text, values", [
    # near misses: a range of people is a count, whatever noun follows
    ("Between 30 and 40 callers a week rang the line.", {30, 40}),
    ("From 12 to 17 people called each day.", {12, 17}),
])
def test_ranges_of_people_stay_counts(text, values):
    assert values <= set(_counts(text))


@pytest.mark.parametrize("text, value", [
    ("Calls reached 95,000, a figure 3,000 higher than in 2021.", 3000),
    ("The line took 8,200 calls, 600 lower than the year before.", 600),
    ("Contacts rose to 4,400, some 1,300 up on 2021.", 1300),
    ("Chats fell to 2,000, 250 down on the previous year.", 250),
    ("The charity helped 12,000 people, 900 greater than its target.", 900),
])
def test_a_difference_told_by_a_comparative_is_other(text, value):
    assert _counts(text).get(value, "other") == "other"


@pytest.mark.parametrize("text, value", [
    ("Helpline reports 25 increase in calls and chats", 25),
    ("Charity sees 40 rise in callers after advert", 40),
    ("The service recorded a 12 drop in contacts over the summer.", 12),
    ("Website logs 30 jump in visitors", 30),
])
def test_a_change_whose_percent_sign_was_lost_is_no_count(text, value):
    assert value not in _counts(text)


@pytest.mark.parametrize("text, value, measure", [
    ("Its short films were viewed over 200,000 times last year.", 200000, "other"),
    ("Posts about the campaign were watched almost 90,000 times.", 90000, "other"),
    # use of the helpline or its website stays a helpline figure
    ("The website was visited 41,000 times in 2021.", 41000, "website_users"),
    ("The helpline was contacted 8,300 times in 2022.", 8300, "helpline_contacts"),
])
def test_views_of_films_and_posts_are_other(text, value, measure):
    assert _counts(text).get(value, "other") == measure


@pytest.mark.parametrize("text, values, measure", [
    ("The number of casinos in the state has grown from 12 to 17, and calls rose too.", (12, 17), "other"),
    ("The number of betting shops on the high street fell from 40 to 31 as calls rose.", (40, 31), "other"),
    ("The number of clinics offering help went up to 14 last year, the helpline said.", (14,), "other"),
    # the number of people, calls or texts stays a helpline figure
    ("The number of gamblers calling the line grew from 1,200 to 1,700.", (1200, 1700), "helpline_calls"),
    ("The number of callers rose from 300 to 520 in 2022.", (300, 520), "helpline_calls"),
])
def test_the_number_of_other_things(text, values, measure):
    counts = _counts(text)
    assert [counts.get(v, "other") for v in values] == [measure] * len(values)


@pytest.mark.parametrize("text, value, measure", [
    ("The branch also dealt with 720 emails and 65 face-to-face contacts.", 65, "other"),
    ("Volunteers took 13,000 calls and spoke with 61 callers face to face.", 61, "other"),
    ("There were also 8,610 face-to-face visits at branches last year.", 8610, "other"),
    ("Staff met 240 people face-to-face in the town centre.", 240, "other"),
    # the contacts beside them stay the helpline's
    ("The branch also dealt with 720 emails and 65 face-to-face contacts.", 720, "helpline_contacts"),
    ("Volunteers took 13,000 calls and spoke with 61 callers face to face.", 13000, "helpline_calls"),
])
def test_contacts_in_person_are_other(text, value, measure):
    assert _counts(text).get(value, "other") == measure


@pytest.mark.parametrize("text, value", [
    ("The site drew 19,000 page views and the helpline took 700 calls.", 19000),
    ("The website had 953 visits in May.", 953),
    ("Calls rose, and the self-help pages saw 4,200 visits.", 4200),
])
def test_visits_and_page_views_are_website_users(text, value):
    assert _counts(text)[value] == "website_users"


@pytest.mark.parametrize("text, parts", [
    ("In 2022 the branch answered 9,100 contacts: 6,000 telephone calls, 2,000 emails, 1,000 text messages "
     "and 100 callers face to face.", [6000, 2000, 1000, 100]),
    ("Last year the charity had 5,300 contacts, 4,000 phone calls, 1,000 emails and 300 people face-to-face.",
     [4000, 1000, 300]),
])
def test_contacts_in_person_still_add_up_to_the_total(text, parts):
    record = extract_article(text, source="precision.txt")
    by_id = {c.id: c.value for c in record.counts}
    [check] = [k for k in record.checks if k.kind == "sum"]
    assert ([by_id[i] for i in check.inputs], check.verdict) == (parts, "consistent")


@pytest.mark.parametrize("text, values", [
    # labels: a capitalised label word before the figure
    ("Under Section 13 of the Act, 300 people called the helpline.", [300]),
    ("Page 12 of the report says 800 people called the helpline.", [800]),
    ("When Tier 3 began, 640 people rang the line.", [640]),
    ("Staff at No. 10 heard that 90 callers were waiting.", [90]),
    # street numbers
    ("The charity, based at 25 High Street, took 3,000 calls.", [3000]),
    ("Its office at 4 Mill Lane answered 1,100 callers.", [1100]),
    # a comma after the number of a place one is "at"
    ("Drop in at 16, Mill Street, where 300 people came last year.", [300]),
    ("The branch, at 7, Castle Road, heard from 940 callers.", [940]),
    # the denominator of a rate
    ("The rate was 45 per 100,000 people, the helpline said.", [45]),
    ("Calls reached 4,000, or 12 per 10,000 residents.", [4000, 12]),
    ("Helpline calls rose in Wave 3 of the survey, when 300 people rang.", [300]),
    # a multiplier and a time of day
    ("Calls to the helpline have risen by a factor of 3, to 900.", [900]),
    ("The helpline, which opened at 9.30 on Monday, took 300 calls.", [300]),
    ("The line is staffed from 8.00 until 22.30, and 640 people rang it.", [640]),
    # near misses: a figure after a lower-case word, or a street word with no capital name, stays
    ("The section saw 13 people call in May.", [13]),
    ("The helpline took 25 calls on the street outreach night.", [25]),
    ("On average the line took 10.25 calls an hour.", [10.25]),
])
def test_labels_addresses_and_denominators_are_no_figures(text, values):
    assert _figures(text) == values


@pytest.mark.parametrize("text, value, measure", [
    # one of N things like the subject
    ("The helpline, one of 12 run by the charity, took 800 calls.", 12, "other"),
    ("The clinic will be one of seven due to open next year.", 7, "other"),
    ("The branch is one of only three in the country to take 900 calls.", 3, "other"),
    ("She was one of more than 170 men who called the helpline.", 170, "helpline_calls"),
    # targets
    ("The helpline beat its target of 6,000 calls.", 6000, "other"),
    ("The line passed its 50-call target in a week.", 50, "other"),
    ("The charity set a goal of 1,000 callers for the year.", 1000, "other"),
    ("The line took 6,400 calls, beating its target.", 6400, "helpline_calls"),
    # a rate per head of population
    ("Calls to the line reached 4,000, a rate of 12 calls per 10,000 residents.", 12, "other"),
    ("Calls to the line reached 4,000, a rate of 12 calls per 10,000 residents.", 4000, "helpline_calls"),
])
def test_one_of_many_targets_and_population_rates_are_other(text, value, measure):
    assert _counts(text).get(value, "other") == measure


@pytest.mark.parametrize("text, value, measure", [
    ("The line saw 55,000 calls and online chat sessions in 2023.", 55000, "helpline_contacts"),
    ("It handled 3,100 calls and web chat requests last year.", 3100, "helpline_contacts"),
    ("It handled 3,100 calls and chat last year.", 3100, "helpline_contacts"),
    ("It handled 3,100 calls last year.", 3100, "helpline_calls"),
])
def test_calls_and_chat_together_are_contacts(text, value, measure):
    assert _counts(text)[value] == measure
