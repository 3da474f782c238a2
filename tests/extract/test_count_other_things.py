"""Figures that stand like counts but are none, or count things no helpline counts (ANNOTATION.md decisions 2 and 4).

Fifth round: each table varies one general shape, in sentences of our own writing, with the
near misses that stay counts: phone numbers printed as groups of digits apart by spaces
(however many groups and whatever their lengths), a figure with a leading zero, a figure
joined by a hyphen to the word of a compound modifier ("the 10-digit number"), the scale
word of a figure of money ("$5.5 million"), "N times" after a verb of use and its object of a
few words, and a count whose own plural noun names things (packages, households), not people,
contacts or uses.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.numbers import find_numbers


def _figures(text: str) -> list[float]:
    return [n.value for n in find_numbers(text) if not n.percent]


def _counts(text: str) -> list[tuple[float, str]]:
    return [(c.value, c.measure) for c in extract_article(text, source="other_things.txt").counts]


@pytest.mark.parametrize("text, values", [
    # three or four groups of digits apart by spaces: a phone number, whatever follows it
    ("If this raises worries, ring Harbour Line on 13 11 14, or 1300 22 4636 after dark.", []),
    ("Teenagers can reach the youth line on 1800 55 1800.", []),
    ("Its office number is 971 46 11 12.", []),
    ("Dial 0161 22 33 44 to book a session; 420 people did in June.", [420]),
    ("The line (02 9876 54 32) took 3,100 calls.", [3100]),
    # a phone number before a comma is still one ("116 123,"), a thousands figure after a comma ("1,200") a figure
    ("Since the free number 116 123, launched in 2015, the line has grown.", []),
    ("Call 0808 1000 900, as 1,200 people did.", [1200]),
    # near misses: thousands grouped by spaces stay one figure; a year before a figure is no group
    ("Residents called the line 304 427 times in a year.", [304427]),
    ("Only 164 796 of those calls were answered.", [164796]),
    ("The service took 1 204 650 calls in all.", [1204650]),
    ("In 2019 12 volunteers answered the phones.", [12]),
])
def test_digit_groups_apart_by_spaces_are_phone_numbers(text, values):
    assert _figures(text) == values


@pytest.mark.parametrize("text, values", [
    # a leading zero: a phone number's prefix
    ("Men can ring the 0800 HELP US line at any hour.", []),
    ("Its 0345 number was answered 2,200 times.", [2200]),
    # a figure joined to the singular word of a compound modifier describes its noun
    ("The old 10-digit number was replaced by a three-digit one.", []),
    ("The 24-hour line now has 60 volunteers.", [60]),
    ("It set out a 5-point plan for 2024.", []),
    ("Calls to the 1800-Hopeful line rose to 900.", [900]),
    # near misses: a rough figure, a team's size and a multiplier are read as before
    ("Some 100-odd callers rang on the first night.", [100]),
    ("A 3-fold rise took calls to 7,000.", [7000]),
    ("She leads a 45-strong team.", []),
])
def test_prefixes_and_compound_modifiers_are_no_figures(text, values):
    assert _figures(text) == values


@pytest.mark.parametrize("text, values", [
    ("Ministers were asked to set aside $5.5 million for the line.", []),
    ("The trust gave £2.5 million and 4,000 people were helped.", [4000]),
    ("The network answered 2.5 million calls.", [2500000]),
    ("Nearly three million people saw the advert.", [3000000]),
])
def test_a_scale_word_after_money_is_no_figure(text, values):
    assert _figures(text) == values


def test_a_hyphenated_per_cent_is_a_percentage():
    found = [(n.value, n.percent) for n in find_numbers("The county saw a 33-per-cent rise in calls.")]
    assert found == [(33, True)]


@pytest.mark.parametrize("text, expected", [
    ("In 2020 residents called 13 11 14 some 304 427 times.", [(304427, "helpline_calls")]),
    ("Last year people called the crisis line more than 47,000 times.", [(47000, "helpline_calls")]),
    ("Gamblers visited the Bet Wise site 5,200 times in May.", [(5200, "website_users")]),
    ("The helpline was contacted 9,100 times.", [(9100, "helpline_contacts")]),
    # near miss: "N times" after no verb of use is no count
    ("Prices rose 3 times in a year.", []),
])
def test_times_after_a_verb_of_use_and_its_object(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural noun of things after the figure: what the count counts is no use of the line
    ("The charity delivered 850 food packages and took 900 calls.", [(850, "other"), (900, "helpline_calls")]),
    ("Some 670 households were supported by the helpline last year.", [(670, "other")]),
    ("The network's 140 local call centres answered 57,000 calls.", [(57000, "helpline_calls")]),
    ("Volunteers handed out 3,000 leaflets and answered 1,200 calls.", [(3000, "other"), (1200, "helpline_calls")]),
    # near misses: people, peoples and uses stay helpline figures
    ("More than 2,000 Americans called the helpline.", [(2000, "helpline_calls")]),
    ("Some 540 clients contacted the helpline in May.", [(540, "helpline_contacts")]),
    ("About 300 gamblers contacted the helpline.", [(300, "helpline_contacts")]),
    ("The helpline answered 4,000 calls in May.", [(4000, "helpline_calls")]),
])
def test_a_count_of_things_is_no_helpline_figure(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a range with no "between": both figures count the noun after the second
    ("On a quiet night the line gets 12 or 13 calls.", [(12, "helpline_calls"), (13, "helpline_calls")]),
    ("The branch now takes 50 to 60 calls a week.", [(50, "helpline_calls"), (60, "helpline_calls")]),
    ("Each evening 30 or 40 callers ring the line.", [(30, "helpline_calls"), (40, "helpline_calls")]),
    # near misses: a change from one figure to another is a pair, and a larger first figure no range
    ("Calls to the helpline rose from 50 to 60 calls a week.", [(50, "helpline_calls"), (60, "helpline_calls")]),
    ("In 2023 the helpline took 900 calls, or 75 a month.", [(900, "helpline_calls"), (75, "helpline_calls")]),
])
def test_a_range_without_between_shares_its_noun(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence opening with a part's whole: the figure after it counts what the whole counts
    ("The service took 9,000 calls in 2021.\n\nOf all the crisis calls, some 2,370 were about debt.",
     [(9000, "helpline_calls"), (2370, "helpline_calls")]),
    ("The line fielded 80,000 calls last year.\n\nOf those, 41,200 came from women, and 12,800 from men.",
     [(80000, "helpline_calls"), (41200, "helpline_calls"), (12800, "helpline_calls")]),
    ("The helpline took 5,100 calls in May. Of these, 2,050 were answered at night.",
     [(5100, "helpline_calls"), (2050, "helpline_calls")]),
    # the whole's own figure in the opener: its comma does not end the opener
    ("Of the 2,834 calls in all, 974 were about online betting.", [(2834, "helpline_calls"), (974, "helpline_calls")]),
    ("Of the 12,400 contacts it had in 2023, 3,100 came by text.",
     [(12400, "helpline_contacts"), (3100, "helpline_contacts")]),
    # the whole's figure in the opener, its thousands grouped by a comma or a dot
    ("Of the 1,000 callers, 486 were men.", [(1000, "helpline_calls"), (486, "helpline_calls")]),
    ("Of the 2,500 total calls, 850 were about online betting.", [(2500, "helpline_calls"), (850, "helpline_calls")]),
    ("Of the 4,500 chats it held, 1,395 came from young people.",
     [(4500, "helpline_contacts"), (1395, "helpline_contacts")]),
    ("Of all the 12,000 contacts, 3,100 were by text.", [(12000, "helpline_contacts"), (3100, "helpline_contacts")]),
    # near miss: with no count before and no count noun in the opener, a bare figure takes no helpline measure
    ("Of those who spoke, 12 said they would return.", [(12, "other")]),
])
def test_a_figure_after_of_those_counts_the_whole(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people with no cue of their own whose clause names the service they used: its use, whatever the verb
    ("More than 500 people across the county asked a charity to help them last year.", [(500, "helpline_contacts")]),
    ("Since its launch, more than 20,000 people access its website each month.", [(20000, "website_users")]),
    ("Over 250 people in crisis ring staff at the branch every week.", [(250, "helpline_contacts")]),
    ("The hotline has given advice to about 1,800 worried men.", [(1800, "helpline_contacts")]),
    # near misses: another fate, care rather than use, work for the service, or no service named
    ("Some 400 people took their own lives, the helpline said.", [(400, "other")]),
    ("In 2022, 3,100 people received counselling through the helpline or in person.", [(3100, "other")]),
    ("Six women are working for the hotline this winter.", [(6, "other")]),
    ("Some 300 people are in treatment around the country.", [(300, "other")]),
])
def test_people_who_used_a_named_service(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a noun of what was added, or a rate between the figure and "more than": the size of a change
    ("Crisis lines answered more than 2,000 additional calls after the launch.", [(2000, "other")]),
    ("Volunteers took nearly 8,000 extra contacts last year.", [(8000, "other")]),
    ("The line took 140 calls a day, an average of 15 a day more than in 2020.",
     [(140, "helpline_calls"), (15, "other")]),
    # near misses: "a further N" and "an additional N" go on with a list; "N calls and more than M people" are two
    ("A further 310 people called the helpline.", [(310, "helpline_calls")]),
    ("There were 900 calls and an additional 640 emails.", [(900, "helpline_calls"), (640, "helpline_contacts")]),
    ("The helpline missed 4,100 calls and more than 500 people called in vain.",
     [(4100, "helpline_calls"), (500, "helpline_calls")]),
])
def test_what_was_added_is_a_difference(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "N fewer <noun>": what an earlier figure lost, the twin of "N more <noun>"
    ("That was 150 fewer calls than the year before.", [(150, "other")]),
    ("This is a drop of 9 per cent, or 40 fewer people calling.", [(40, "other")]),
    ("The branch took 2,000 calls, 300 fewer calls than it took in 2021.", [(2000, "helpline_calls"), (300, "other")]),
    # near miss: "fewer" before the figure is a qualifier, not a change
    ("Fewer than 80 people called the line in May.", [(80, "helpline_calls")]),
])
def test_what_was_lost_is_a_difference(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the singular of a unit of use ending its phrase: "1 call", a misprinted "413 call"
    ("The line now takes 1 call for help every four minutes.", [(1, "helpline_calls")]),
    ("In 2019 there were 268 call from parents worried about a child.", [(268, "helpline_calls")]),
    # near miss: a singular that modifies the noun after it counts nothing of its own
    ("The region has 4 call centres.", []),
])
def test_a_singular_unit_ending_its_phrase(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # figures whose noun and service are named before them, outside their own clause
    ("There was a 20 per cent rise in the number of people asking for help from the helpline, up from 250 in 2017 "
     "to 300 in 2018.", [(250, "helpline_contacts"), (300, "helpline_contacts")]),
    # near miss: a number of people no service is named for
    ("The number of people in treatment rose from 250 in 2017 to 300 in 2018.", [(250, "other"), (300, "other")]),
])
def test_a_subject_clause_names_the_service(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare small figure ending its sentence after a singular noun, a name or a preposition: a label
    ("Veterans reach the line by dialling 988 and pressing option 1.", []),
    ("\"The helpline has been busy since the spring,\" the manager told Channel 7.", []),
    ("Some callers had dialled a code that starts with 44.", []),
    # two bare figures joined by "and" before one noun count it both, whatever their order
    ("Of the 6,000 calls to the helpline, 1,900 came from the 515 and 319 area codes.",
     [(6000, "helpline_calls"), (1900, "helpline_calls"), (515, "other"), (319, "other")]),
    # near misses: a figure reached, a figure after "by", a verb's object, an age before "and"
    ("Calls to the helpline were up 12% to 296.", [(296, "helpline_calls")]),
    ("Last year the helpline was called by 310.", [(310, "helpline_calls")]),
    ("Last year the helpline took 1,210.", [(1210, "helpline_contacts")]),
    ("It took 300 calls about children under 12 and 140 calls about teenagers.",
     [(300, "helpline_calls"), (140, "helpline_calls")]),
])
def test_labels_and_figures_joined_before_one_noun(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # nouns of a service's use: applications, registrations, sign-ups, hits
    ("Applications to the clinic went from 300 to 410.", [(300, "helpline_contacts"), (410, "helpline_contacts")]),
    ("The scheme received 12,000 new sign-ups and 9,000 registrations.", [(12000, "website_users"), (9000, "website_users")]),
    ("The site registered more than 5,100 hits in a week.", [(5100, "website_users")]),
    # a noun shared by two coordinated modifiers ("suicide and crisis-related calls")
    ("The line took 21,300 suicide and crisis-related calls last year.", [(21300, "helpline_calls")]),
    ("It answered 900 gambling and debt calls.", [(900, "helpline_calls")]),
    # near misses: a plural head before "and" keeps its own noun; so does a figure after "and"
    ("There were 40 suicides and many more calls.", [(40, "other")]),
    # a count of people restating the figure before it takes what that figure counted (people under calls:
    # contacts, as the inheritance of a restatement has it)
    ("Last spring 16,000 people a month called the line. This autumn the figure is 21,000 people a month.",
     [(16000, "helpline_calls"), (21000, "helpline_contacts")]),
    # near miss: "the number of men" names its own count, no restatement
    ("The number of men in treatment rose to 310 men.", [(310, "other")]),
])
def test_uses_shared_nouns_and_restated_people(text, expected):
    assert _counts(text) == expected
