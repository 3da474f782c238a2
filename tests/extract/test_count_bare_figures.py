"""Figures that count without a noun of their own (ANNOTATION.md decision 2: every number that counts something):
a bare figure takes the unit of the figure it is coordinated with, of the figure word its clause names ("figure",
"total"), of its predicate ("were phone calls"), of the count noun before "at", or of its list's heading; and is no
count when it is a year, a rank, a score, a label, an age or a phone number. Every sentence here is our own
writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article

_CALLS = "The helpline took 2,000 calls from the region in 2024.\n\n"


def _counts(text: str) -> list[tuple[int, str]]:
    record = extract_article(text, source="own.txt", published="2025-03-01")
    return [(int(c.value), c.measure) for c in record.counts]


@pytest.mark.parametrize("text, expected", [
    # gapped conjuncts: the verb and the noun written once
    ("Leeds accounted for 402 calls in 2024, Bradford 310 and Wakefield 95.",
     [(402, "helpline_calls"), (310, "helpline_calls"), (95, "helpline_calls")]),
    ("Stop It Now heard from 720 people in 2024. Lincoln accounted for 402 of the contacts, Boston for 155 and "
     "Grantham for 131.",
     [(720, "helpline_contacts"), (402, "helpline_contacts"), (155, "helpline_contacts"), (131, "helpline_contacts")]),
    ("The line took 1,260 calls from Glasgow in 2024, and Edinburgh 640.", [(1260, "helpline_calls"), (640, "helpline_calls")]),
    # a superlative's figure after "with", coordinated with a counted one
    ("March was the busiest month, with 410 calls, while July was the quietest with 260.",
     [(410, "helpline_calls"), (260, "helpline_calls")]),
    ("Leeds was the biggest source, with 330 contacts, followed by Sheffield with 250 and Bradford with 180.",
     [(330, "helpline_contacts"), (250, "helpline_contacts"), (180, "helpline_contacts")]),
])
def test_coordinated_figure_takes_the_unit_of_the_figure_before(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the first of a list of places, after the sentence that gave the noun: what the count before counts
    (_CALLS + "Hartlepool had 702, and Redcar 415.", [702, 415]),
    (_CALLS + "Newcastle had the most, with 1,046.", [1046]),
    (_CALLS + "The Northern Trust area followed with 612, then the Southern Trust area with 450.", [612, 450]),
    (_CALLS + "Chester accounted for 310, Crewe 240.", [310, 240]),
])
def test_first_of_a_list_of_places_follows_the_count_before(text, expected):
    counts = _counts(text)
    assert counts[0] == (2000, "helpline_calls")
    assert counts[1:] == [(v, "helpline_calls") for v in expected]


@pytest.mark.parametrize("text, expected", [
    # a figure word of the clause: "the 2023 figure was N", "the total for Wales was N", "the 2024 figure of N"
    ("Stop It Now heard from 240 people in 2024. The 2023/24 figure was 181.", [240, 181]),
    ("Stop It Now heard from 240 people in 2024. The 2022 total for Wales was 160.", [240, 160]),
    ("The line took 305 calls from Swansea, almost three times the 2024 figure of 104.", [305, 104]),
    ("The website had 8,800 visits in 2024. The 2023 figure was 7,100, and the 2022 figure was 5,900.",
     [8800, 7100, 5900]),
])
def test_figure_word_takes_the_unit_of_its_figure(text, expected):
    assert [v for v, m in _counts(text) if m != "other"] == expected


@pytest.mark.parametrize("text, expected", [
    # the noun is the predicate, or stands right before "at"
    ("The line dealt with 3,020 contacts in 2024. Of last year's total, 1,910 were phone calls and 1,110 were webchats.",
     [(3020, "helpline_contacts"), (1910, "helpline_calls"), (1110, "helpline_contacts")]),
    ("It received 970 contacts in 2024, with texts at 320 and emails at 200.",
     [(970, "helpline_contacts"), (320, "helpline_contacts"), (200, "helpline_contacts")]),
    ("Norwich accounted for 312 of this year's contacts.", [(312, "helpline_contacts")]),
    # a kind of people or a preposition after "were" is no predicate noun: the opener's whole decides
    ("The line took 8,200 calls in 2023. Of those callers, 6,980 were men.",
     [(8200, "helpline_calls"), (6980, "helpline_calls")]),
    ("The branch took 2,921 calls in 2023. Of the calls taken last year, 1,004 were from people who had thought "
     "about suicide.", [(2921, "helpline_calls"), (1004, "helpline_calls")]),
])
def test_predicate_and_at_name_the_noun(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # list lines under a heading (a headline first: a text's first line of several is its title): a period or a
    # count noun as the label
    ("Calls by half year\n\nThe line took 2,400 calls in 2024/25. The figures for each half of the year were:\n\nApril to September 2024: "
     "1,050\n\nOctober 2024 to March 2025: 1,350\n", [2400, 1050, 1350]),
    ("Calls by month\n\nThe line took 3,100 calls in early 2025. By month:\n\nJanuary 2025: 1,150\n\nFebruary 2025: 920\n",
     [3100, 1150, 920]),
    ("Contacts by channel\n\nContacts in 2024, by channel:\n\nCalls: 2,118\n\nTexts: 1,507\n\nEmails: 612\n", [2118, 1507, 612]),
])
def test_list_lines_take_their_heading(text, expected):
    assert [v for v, m in _counts(text) if m != "other"] == expected


@pytest.mark.parametrize("text", [
    # neighbours: years, ranks, scores, labels, ages, phone numbers, dates: no counts
    _CALLS + "Celtic beat Rangers 3-1, and Hearts drew 1-1 with Hibs.",
    _CALLS + "Boston United drew 2-2 with Grantham Town on Saturday.",
    _CALLS + "The service ranked No 1 in the county, ahead of Kent on 2 and Sussex on 3.",
    _CALLS + "Its office, at No 10 Bank Street, opened in 2016, and Leeds in 2019.",
    _CALLS + "Callers can ring 0808 1000 900, option 2, at any time.",
    _CALLS + "Most callers were aged 18 to 24, and Kent had the youngest, at 16.",
    _CALLS + "The line was set up in 1997, and Wales followed in 2003.",
    _CALLS + "The guide is on page 12, and Leeds on page 14.",
    _CALLS + "Sunderland had 3, and Gateshead 1.",
])
def test_neighbours_are_no_counts(text):
    assert _counts(text) == [(2000, "helpline_calls")]
