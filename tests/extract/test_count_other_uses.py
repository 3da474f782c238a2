"""Counts that count no use of a helpline, and figures that are no counts at all (ANNOTATION.md decisions 2 and 4).

Ninth round: each table varies one general shape, in sentences of our own writing, with the near
misses that stay helpline counts: the first figure of a pair whose second is a percentage, the size
of a change told by "fewer"/"less" or after "an increase of" and a hedge, victims and survivors, people
on a waiting list, a figure one imagines or hopes for (a modal before it), a writer's term in quote
marks after a figure, and a vanity phone number after an area code.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.numbers import find_numbers
from pipeline.extract.other_uses import is_hypothetical, is_waiting, never_user, quoted_noun

_HELPLINE = ("helpline_calls", "helpline_contacts", "website_users")


def _counts(text: str) -> list[tuple[float, str]]:
    return [(c.value, c.measure) for c in extract_article(text, source="other_uses.txt").counts]


def _helpline_counts(text: str) -> list[float]:
    return [value for value, measure in _counts(text) if measure in _HELPLINE]


@pytest.mark.parametrize("text, helpline", [
    # the first figure of a pair whose second is a percentage: a percentage too, written once
    ("Among callers aged 18 to 24 the share grew from 9.5 to 14%.", []),
    ("The proportion of first-time callers rose from 61 to 67 per cent.", []),
    ("Women made up between 12 and 15 percent of the line's callers.", []),
    ("The share of calls made at night fell from 40 to 31% in 2023.", []),
    ("Calls about a partner went 22-27% of all calls.", []),
    # near misses: two counts, a count then a percentage of something else
    ("Calls to the line rose from 900 to 1,400 in 2022.", [900, 1400]),
    ("The line took 3,400 calls in 2023, and 31% came at night.", [3400]),
    # a count above 100 and its share set off by spaced dashes: the share's part, no pair (fifteenth round)
    ("The line took 2,500 calls in 2024. Of those, 600 - 24 per cent - came from women.", [2500, 600]),
    ("The helpline answered 7,200 calls in 2023; 1,440 \u2013 20% \u2013 were about a partner.", [7200, 1440]),
    ("Women made up 12 - 15 per cent of the line's callers.", []),
])
def test_first_figure_of_a_percentage_pair_is_no_count(text, helpline):
    assert _helpline_counts(text) == helpline


@pytest.mark.parametrize("text, helpline", [
    # the size of a change: "N fewer/less <noun> ... than", "an increase of about N"
    ("Callers made 640 fewer calls to the helpline in 2022 than a year before.", []),
    ("The line logged about 210 fewer contacts last spring than a year earlier.", []),
    ("Staff handled 75 less calls over the summer than in the winter.", []),
    ("That is an increase of about 400 calls per month on the old number.", []),
    ("The helpline recorded a rise of around 250 contacts in 2022.", []),
    # near misses: the count compared is a count; "fewer than N" is a hedge
    ("In 2019 the helpline answered 5,120 calls, some 300 fewer than in 2018.", [5120]),
    ("Fewer than 800 people called the helpline in 2020.", [800]),
    ("The helpline took about 400 calls per month in 2021.", [400]),
])
def test_fewer_and_an_increase_of_a_hedged_figure_are_differences(text, helpline):
    assert _helpline_counts(text) == helpline


@pytest.mark.parametrize("text, helpline", [
    # victims and survivors are never a helpline's figure, whatever words stand near
    ("Police recorded 1,450 victims who reported offences to the helpline's partners.", []),
    ("Two in five victims (610 victims) waited over a year before going to police.", []),
    ("In 2020 the charity said 830 adult survivors contacted it about abuse in childhood.", []),
    ("The charity supported 310 child abuse survivors in 2022.", []),
    ("Police said 75 young victims came forward in 2020.", []),
    # near misses: the people who called are callers, the calls are calls
    ("Police said 75 young people called the helpline in 2020.", [75]),
    ("The line took 640 calls from people worried about a victim.", [640]),
])
def test_victims_and_survivors_are_other(text, helpline):
    assert _helpline_counts(text) == helpline


@pytest.mark.parametrize("text, helpline", [
    # people on a waiting list for a programme
    ("Some 230 men are on the waiting list for the group course.", []),
    ("Seventeen men are waiting to start the course.", []),
    ("The charity says 150 men are still waiting for places.", []),
    ("About 90 men sit on its waitlists.", []),
    # near misses: callers waiting for an answer are callers; people who called are callers
    ("In 2022, 480 people contacted the helpline while waiting for an answer from their GP.", [480]),
    ("The helpline took 1,100 calls in 2022.", [1100]),
])
def test_people_on_a_waiting_list_are_other(text, helpline):
    assert _helpline_counts(text) == helpline


@pytest.mark.parametrize("text, helpline", [
    # a figure one imagines, hopes for or fears: a modal or a hope before it in its clause
    ("At launch, its founders guessed the line would take 40 calls a month at most.", []),
    ("\u201cSome callers may ring 20 times before they speak,\u201d she said.", []),
    ("The branch hopes to train another 25 listeners.", []),
    ("Officers fear the number of men viewing such images could reach 60,000 people.", []),
    ("Staff said the line might take 300 calls on a busy night.", []),
    # near misses: figures that happened; "May" the month; a modal after the figure
    ("In May the line took 2,000 calls.", [2000]),
    ("The line took 2,600 calls in 2020, which may reflect the campaign.", [2600]),
    ("More than 950 people will have called the line by the end of the week, staff said.", [950]),
])
def test_hypothetical_figures_are_other(text, helpline):
    assert _helpline_counts(text) == helpline


@pytest.mark.parametrize("text, helpline", [
    # a writer's term in quote marks after a figure: no helpline figure
    ("Callers often describe two \u201cturning points\u201d in their lives.", []),
    ("Counsellors listed three 'warning signs' that callers share.", []),
    # near miss: a unit of ours in quote marks is still that unit
    ("In 2021 the branch dealt with 4,300 \u201ccontacts\u201d by phone, email and text.", [4300]),
])
def test_a_quoted_term_after_a_figure(text, helpline):
    assert _helpline_counts(text) == helpline


@pytest.mark.parametrize("text, values", [
    # a vanity number after an area code, in brackets or not, with the US prefix or not
    ("The line, reached at (855) 9-LISTEN, took 9,800 calls in 2008.", [9800]),
    ("Callers can ring (800) 42-HELP; the line took 5,100 calls.", [5100]),
    ("It can be reached at 1-866-2-LISTEN.", []),
    ("Ring 800 273-TALK at any hour.", []),
    # near misses: a count after a bracketed aside, a range of counts
    ("The line (open all night) took 877 calls.", [877]),
    ("Between 40-60 callers a night ring the line.", [40, 60]),
])
def test_vanity_numbers_after_an_area_code_are_phone_numbers(text, values):
    assert [n.value for n in find_numbers(text) if not n.percent] == values


@pytest.mark.parametrize("before, expected", [
    ("staff thought they would take ", True),
    ("Some callers may ring ", True),
    ("the branch hopes to train another ", True),
    ("In May ", False),
    ("the line took ", False),
])
def test_is_hypothetical(before, expected):
    assert is_hypothetical(before) is expected


@pytest.mark.parametrize("after, expected", [
    (" are on the waiting list", True),
    (" are still waiting for places", True),
    (" were left waiting for an answer", False),
    (" called the line", False),
])
def test_is_waiting(after, expected):
    assert is_waiting(after) is expected


@pytest.mark.parametrize("unit, after, expected", [
    ("victims", "", True),
    ("adult survivors", "", True),
    ("child", " child sexual abuse survivors last year", True),
    ("people", " who called the line", False),
    (None, "", False),
])
def test_never_user(unit, after, expected):
    assert never_user(unit, after) is expected


@pytest.mark.parametrize("after, expected", [
    (" \u201cturning points\u201d in their lives", "points"),
    (" 'warning signs' that callers share", "signs"),
    (" calls in 2021", None),
])
def test_quoted_noun(after, expected):
    assert quoted_noun(after) == expected


@pytest.mark.parametrize("text, helpline", [
    # people held in custody, right after the noun: a prison's population
    ("Just 20 of the roughly 300 individuals in custody for fraud joined the course.", []),
    ("Of some 450 men in prison for theft, few are offered help.", []),
    # near misses: calls from people in prison are calls; held people who rang the line rang it
    ("The helpline took 4,000 calls from people in prison in 2021.", [4000]),
    ("Around 120 men behind bars rang the prison listener line in 2021.", [120]),
])
def test_people_in_custody_are_other(text, helpline):
    assert _helpline_counts(text) == helpline


@pytest.mark.parametrize("text, expected", [
    # a bare figure after a dash or a colon that follows a count noun counts that noun
    ("Demand has climbed: 40% more calls \u2013 roughly 3,000 a week.",
     [(3000, "helpline_calls")]),
    ("Staff now answer more calls -- about 120 a day.", [(120, "helpline_calls")]),
    ("The charity logged a record number of calls: 8,200 in 2022.", [(8200, "helpline_calls")]),
    ("Its website had more visitors \u2014 61,000 in 2021.", [(61000, "website_users")]),
    # near misses: no count noun before the dash, an age after a name and a dash
    ("The line was busier than ever \u2013 and 40 volunteers staff it.", [(40, "other")]),
])
def test_a_bare_figure_after_a_noun_and_a_dash(text, expected):
    assert [(v, m) for v, m in _counts(text) if v == expected[0][0]] == expected


@pytest.mark.parametrize("text, helpline", [
    # a statistician's notation for a study's group: the people studied
    ("Men in the pilot study (n = 36) had all called the helpline before.", []),
    ("Participants in the trial (n=212) reported fewer urges.", []),
    ("Respondents (N = 1,050) were asked whether they knew of the helpline.", []),
    # near miss: a count in brackets with no notation
    ("The helpline took more calls in 2022 (1,050 in all).", [1050]),
])
def test_a_sample_size_is_no_helpline_count(text, helpline):
    assert _helpline_counts(text) == helpline


@pytest.mark.parametrize("text, helpline", [
    # people or contacts met in person, told anywhere in the count's own words
    ("In 2022, 38 people had face-to-face meetings at the branch, and 2,100 people called it.", [2100]),
    ("The branch recorded 1,250 visits to the branch in 2021.", []),
    ("Around 5,000 people used its drop-in centres in 2020.", []),
    ("The branch met 310 people in person and answered 4,800 calls in 2020.", [4800]),
    ("In 2019, 620 people walked in to the centre for help.", []),
    # near misses: a total across channels names a channel at a distance too
    ("The branch logged 9,000 contacts by phone, face to face and by email in 2021.", [9000]),
    ("There were 52,000 contacts in 2020, including calls, texts and face-to-face support.", [52000]),
])
def test_contacts_in_person_are_other(text, helpline):
    assert _helpline_counts(text) == helpline


@pytest.mark.parametrize("text, values", [
    # a hedge before a service number makes it a count: nobody hedges a number to dial
    ("The line logged 40,500 calls over 2020, or about 111 each day.", [40500, 111]),
    ("The line took nearly 999 calls in 2019.", [999]),
    ("Staff answered more than 211 texts.", [211]),
    # near misses: numbers to dial stay phone numbers
    ("Call 111 or 999 in an emergency.", []),
    ("The 988 line opened in July.", []),
])
def test_a_hedged_service_number_is_a_count(text, values):
    assert [n.value for n in find_numbers(text) if not n.percent] == values
