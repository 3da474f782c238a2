"""What a count counts when its own words name the channel it came by (pipeline/extract/own_channels.py), and when a
bare figure of a line receiving leaves out the noun the count before it gave (pipeline/extract/elided_nouns.py).

ANNOTATION.md decision 4: a phone's calls are ``helpline_calls``, a website's visits and users ``website_users``,
and calls, chats and emails together ``helpline_contacts``. Each row is a text of our own and, for each of its
figures, the measure it must have: the figure the rule is for and its neighbours, which keep theirs.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

C, CA, W = "helpline_contacts", "helpline_calls", "website_users"

OWN_CHANNELS = [
    # two parts of one total, each naming its channel, in either order and with either joint
    ("In 2023, 3,200 people in Devon sought help from the charity. Of those, 2,750 worked through its self-help "
     "pages, while 450 phoned the helpline.", {3200: C, 2750: W, 450: CA}),
    ("Of those, 610 rang the helpline and 1,980 used the charity's website.", {610: CA, 1980: W}),
    ("Of the 1,500 who asked for help in 2022, 1,100 went to its website and 400 called the line.",
     {1500: C, 1100: W, 400: CA}),
    ("In all, 2,900 people got in touch in 2023/24, 700 through its freephone number and 2,200 through the self-check "
     "tool on its website.", {2900: C, 700: CA, 2200: W}),
    ("Most never spoke to anyone on the phone: 5,300 used the anonymous self-help pages, while 640 rang the "
     "helpline.", {5300: W, 640: CA}),
    # a part that names two channels, or a message channel, counts contacts
    ("Of them, 12,000 reached an adviser by phone, email or live chat and 47,000 took the self-help course on its "
     "website.", {12000: C, 47000: W}),
    ("Of these, 330 spoke to an adviser by phone or webchat, while the remaining 1,270 used the online modules.",
     {330: C, 1270: W}),
    ("In 2023 the line answered 2,400 calls, while 810 people used its webchat.", {2400: CA, 810: C}),
    ("Some 4,100 people used the service's phone line or website in 2023.", {4100: C}),
    # the rest of a list, and an aside of why, are not the part's own words
    ("Of last year's 5,200 contacts, 3,900 came through the website and the rest by phone or email.",
     {5200: C, 3900: W}),
    ("Webchats rose from 900 to 1,400 in 2023, as more people chose to get in touch online rather than by phone.",
     {900: C, 1400: C}),
    # a noun of its own decides; a noun the sentence opened with does not, when its clause names another channel
    ("In 2023 the line took 1,300 calls and 260 chats.", {1300: CA, 260: C}),
    ("Calls to the line fell to 2,300 in 2023, but visitors to its website climbed to 11,000.",
     {2300: CA, 11000: W}),
    # words that name no channel leave the measure as it was
    ("In 2023, 2,000 people worried about their online behaviour contacted the helpline.", {2000: C}),
    ("In 2023, 900 people contacted the charity, a service called Samaritans said.", {900: C}),
    ("Its website had 30,000 visits in 2023. Some 11,000 of these were from mobile phones.", {30000: W, 11000: W}),
]


@pytest.mark.parametrize("text,measures", OWN_CHANNELS)
def test_a_count_takes_the_channel_its_own_words_name(text: str, measures: dict[int, str]) -> None:
    record = extract_article(text, source="own-channels.txt", published="2024-03-01")
    found = {c.value: c.measure for c in record.counts}
    assert {v: found.get(v) for v in measures} == measures


ELIDED = [
    # the noun left out after a verb of a line receiving: in the sentence, the sentence before, the headline
    ("The branch took 1,640 calls in 2023.\n\nIn 2022 it took 1,390.", {1640: CA, 1390: CA}),
    ("The branch took 1,640 calls in 2023. In 2022 it took 1,390, and in 2021 it took 1,120.",
     {1640: CA, 1390: CA, 1120: CA}),
    ("Between January and June 2023 the line answered 7,100 calls, and between July and December it answered 7,800.",
     {7100: CA, 7800: CA}),
    ("Advisers answered 5,200 calls in 2023, but the line was unable to answer a further 1,900 for want of "
     "volunteers.", {5200: CA, 1900: CA}),
    ("The line took 6,300 calls in 2023, a 20% increase on the 5,250 recorded in 2022.", {6300: CA, 5250: CA}),
    ("So far this year the line has taken 2,900 calls, 150 more than the 2,750 it answered in the whole of 2023.",
     {2900: CA, 2750: CA}),
    ("Calls to Ayr listening line reach new high\n\nThe line took 1,200 in 2023, up from 1,050 in 2022.",
     {1200: CA, 1050: CA}),
    # a count before that names no phone, or a verb that tells another use, leaves the figure a contact
    ("The charity heard from 2,600 people in 2023.\n\nIn 2022 it took 2,100.", {2600: C, 2100: C}),
    ("The line replied to 400 emails in 2023.\n\nIn 2022 it took 310.", {400: C, 310: C}),
    ("The branch took 1,640 calls in 2023.\n\nIn 2022, 1,390 people contacted it.", {1640: CA, 1390: C}),
    # a headline's calls are no noun of a count of people it heard from
    ("Ayr calls to the helpline\n\nThe charity said it heard from 310 people in Ayr in 2023.", {310: C}),
]


@pytest.mark.parametrize("text,measures", ELIDED)
def test_a_bare_figure_of_a_line_receiving_counts_the_noun_before(text: str, measures: dict[int, str]) -> None:
    record = extract_article(text, source="elided-nouns.txt", published="2024-03-01")
    found = {c.value: c.measure for c in record.counts}
    assert {v: found.get(v) for v in measures} == measures


SENTENCE_NAMES = [
    # a verb of use whose clause names nothing used reads its sentence
    ("Website use has risen every year since 2020, when 31,000 people visited.", {31000: W}),
    ("Calls to the line have risen since 2020, when 3,100 people called.", {3100: CA}),
    # a clause with no cue of its own counts contacts when its sentence names a helpline and a website together
    ("Contacts to the helpline and its online self-help course rose by 9 per cent on 2022, when 4,400 were recorded.",
     {4400: C}),
    ("Use of the online self-help course rose by 9 per cent on 2022, when 4,400 were recorded.", {4400: W}),
    # a count noun opening its sentence before a relative clause is what its bare figures count
    ("Webchats, which the line began in 2021, rose from 120 to 380 in 2023.", {120: C, 380: C}),
    ("Calls, which are free from any phone, rose from 2,100 to 2,600 in 2023.", {2100: CA, 2600: CA}),
]


@pytest.mark.parametrize("text,measures", SENTENCE_NAMES)
def test_a_clause_that_names_nothing_reads_its_sentence(text: str, measures: dict[int, str]) -> None:
    record = extract_article(text, source="sentence-names.txt", published="2024-03-01")
    found = {c.value: c.measure for c in record.counts}
    assert {v: found.get(v) for v in measures} == measures


CHANNEL_PARTS = [
    # a total of contacts and its parts by channel, in the sentence after ("Of these") or its own: a sum check
    ("In 2023, 2,800 people contacted the charity.\n\nOf these, 700 rang the helpline and 2,100 used its website.",
     2800, [700, 2100], "consistent"),
    ("The charity heard from 1,900 people in 2023 - 600 by phone and 1,450 online.", 1900, [600, 1450], "inconsistent"),
    ("In 2023, 3,000 people sought help. Of them, 900 phoned the line, 400 used its webchat and the remaining 1,700 "
     "worked through the self-help pages.", 3000, [900, 400, 1700], "consistent"),
]


@pytest.mark.parametrize("text,total,parts,verdict", CHANNEL_PARTS)
def test_a_total_of_contacts_adds_up_its_parts_by_channel(text: str, total: int, parts: list[int], verdict: str) -> None:
    record = extract_article(text, source="channel-parts.txt", published="2024-03-01")
    [whole] = [c for c in record.counts if c.value == total]
    by_id = {c.id: c.value for c in record.counts}
    assert sorted(by_id[p] for p in whole.parts) == sorted(parts)
    [check] = [k for k in record.checks if k.kind == "sum" and k.stated == total]
    assert check.verdict == verdict


@pytest.mark.parametrize("text", [
    # parts of one channel each of the total's own measure, or no total before them: no parts listed here
    "In 2023, 2,800 people contacted the charity.\n\nOf these, 700 rang the helpline and 900 emailed it.",
    "Of these, 700 rang the helpline and 2,100 used its website.",
])
def test_no_channel_parts_where_the_checks_pair_them_or_no_total_stands(text: str) -> None:
    record = extract_article(text, source="channel-parts.txt", published="2024-03-01")
    assert all(not c.parts for c in record.counts if c.value in (2800, 700))
