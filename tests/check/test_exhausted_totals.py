"""Parts that exhaust their total, found by the calendar or by the words (seventeenth round, checks17b):
``pipeline/check/period_sums.py`` (periods that tile a total's), ``pointed_sums`` (a total added up after its parts
whose words count them, a figure of another period between; "Of the <noun phrase>," pointing back),
``worded_sums`` (a running total past a comparison's base; "Those contacts were made up of" after the sentence that
restates the total's rise), ``place_shares`` (a share whose sentence states its whole) and ``sum_checks`` (a listed
total its parts exceed by a quarter is no total of them).  Sentences of our own writing that vary each, with
neighbours that must stay unchecked or undecided: periods that leave a gap, another year's halves, a rival figure of
one half, a year named beside the parts, a list the words do not count, a funnel.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _checks(text: str, kind: str = "sum") -> list[tuple[float, str, list[float]]]:
    record = extract_article(text, source="exhausted_totals.txt", published="2025-06-01")
    by_id = {c.id: c.value for c in record.counts}
    return [(c.stated, c.verdict, sorted(by_id[i] for i in c.inputs if i in by_id))
            for c in record.checks if c.kind == kind]


@pytest.mark.parametrize("text, total, verdict, parts", [
    # two halves of a financial year, lines labelled by their periods
    ("Rotherham line busier\n\nVolunteers on the Rotherham suicide prevention line answered 2,980 calls in 2024/25.\n\n"
     "The figures for each half of the year were:\n\nApril to September 2024: 1,310\n\n"
     "October 2024 to March 2025: 1,670\n", 2980, "consistent", [1310, 1670]),
    # the same halves, a misprint of the total within a tenth: the calendar says the halves are all of it
    ("Rotherham line busier\n\nVolunteers on the Rotherham suicide prevention line answered 3,060 calls in 2024/25.\n\n"
     "The figures for each half of the year were:\n\nApril to September 2024: 1,310\n\n"
     "October 2024 to March 2025: 1,670\n", 3060, "inconsistent", [1310, 1670]),
    # quarters, lines labelled by their months, under the year's total
    ("Cumbria line busier\n\nVolunteers on the Cumbria suicide prevention line answered 812 calls in 2024.\n\n"
     "The figures for each quarter were:\n\nJanuary to March 2024: 176\n\nApril to June 2024: 205\n\n"
     "July to September 2024: 198\n\nOctober to December 2024: 233\n", 812, "consistent", [176, 198, 205, 233]),
])
def test_periods_that_tile_a_total(text, total, verdict, parts):
    found = [c for c in _checks(text) if c[0] == total]
    assert (float(total), verdict, sorted(map(float, parts))) in found, _checks(text)


@pytest.mark.parametrize("text, total", [
    # two halves of another year beside this year's total (the sentence names 2023)
    ("The Barnsley line took 2,300 calls in 2024. In 2023 it took 990 calls between January and June and 1,150 "
     "between July and December.", 2300),
    # a half and a later quarter leave a gap: no tiling
    ("The Barnsley line took 2,300 calls in 2024. Between January and June 2024 it took 1,000 calls, and between "
     "October and December 2024 it took 700.", 2300),
    # a rival figure of the second half: the miss is no verdict
    ("Between April and September 2024 the Selby line took 700 calls, and between October 2024 and March 2025 it "
     "took 860. Over 2024/25 it answered 1,620 calls. Between October 2024 and March 2025, 300 calls came from men.",
     1620),
])
def test_no_inconsistent_sum_from_periods_that_are_not_certain(text, total):
    assert not [c for c in _checks(text) if c[0] == total and c[1] == "inconsistent"], _checks(text)


@pytest.mark.parametrize("text, total, verdict, parts", [
    # a figure of another period between the parts and the total word is passed over
    ("Calls from Ipswich reached 640 in 2024. In 2023 the figure was 520. A further 310 calls came from Lowestoft in "
     "2024. In total, 950 calls came from the two towns last year.", 950, "consistent", [310, 640]),
    # the words count the parts: a near miss is a misprint
    ("Calls from Ipswich reached 640 in 2024. A further 310 calls came from Lowestoft and 150 from Felixstowe in "
     "2024. Altogether, 1,140 calls came from the three towns.", 1140, "inconsistent", [150, 310, 640]),
    ("Calls from Leeds reached 900 and calls from York 680 in 2024. Between them the two cities made 1,550 calls.",
     1550, "inconsistent", [680, 900]),
    # "Of the <noun phrase>," points back at the whole before it
    ("The Respect Phone Line took 1,260 calls from Surrey in 2024. Of the Surrey callers, 1,010 were men worried about "
     "their own behaviour, 160 were women and 90 were relatives.", 1260, "consistent", [90, 160, 1010]),
    ("Stop It Now! heard from 930 people in Rutland in 2024. Of the people who got in touch, 610 used the website, "
     "while 350 phoned the helpline.", 930, "inconsistent", [350, 610]),
    ("The service took on about 120 cases for counselling last year.\nThe charity thanked its volunteers.\n"
     "Of the cases, 90 were men and 30 were partners.", 120, "consistent", [30, 90]),
])
def test_parts_the_words_give_a_total(text, total, verdict, parts):
    found = [c for c in _checks(text) if c[0] == total]
    assert (float(total), verdict, sorted(map(float, parts))) in found, _checks(text)


@pytest.mark.parametrize("text, total", [
    # the words count no parts: a miss is no verdict
    ("Calls from Ipswich reached 640 in 2024. A further 310 calls came from Lowestoft in 2024. In total, 1,000 calls "
     "came from Suffolk.", 1000),
    # a funnel after "Of the <noun>,": parts of parts, far off the whole
    ("The line took 2,200 calls from Humberside in 2024. Of the callers referred on, 540 saw a GP and 410 a "
     "counsellor.", 2200),
    # items side by side whose first place is not read: parts far above the figure are no breakdown of it
    ("The line answered 4,620 calls in 2024. Chester accounted for 1,510 calls, Warrington for 1,380 and Crewe for "
     "960.", 1510),
])
def test_no_inconsistent_sum_where_the_parts_are_not_all(text, total):
    assert not [c for c in _checks(text) if c[0] == total and c[1] == "inconsistent"], _checks(text)


@pytest.mark.parametrize("text, total, parts", [
    # a running total past the comparison's base in the sentence before
    ("Stop It Now! Wales answered 2,400 calls in 2024, up from 2,050 in 2023. Its website also held 610 sessions, "
     "taking the total number of contacts to 3,010.", 3010, [610, 2400]),
    # "Those contacts were made up of" after the sentence that restates the total's rise
    ("The line received 2,611 contacts from Wales in 2024. Contacts rose from 1,944 in 2023 to 2,611 in 2024. Those "
     "contacts were made up of 1,503 calls, 806 texts and 302 emails.", 2611, [302, 806, 1503]),
])
def test_totals_past_a_comparison(text, total, parts):
    found = [c for c in _checks(text) if c[0] == total]
    assert (float(total), "consistent", sorted(map(float, parts))) in found, _checks(text)


@pytest.mark.parametrize("text, stated, verdict", [
    ("The Respect Phoneline took 720 calls from Devon in 2024. Across the UK it handled 12,400 calls in the same "
     "year, meaning Devon accounted for nearly 6% of all calls.", 6.0, "consistent"),
    ("The line took 581 calls from Essex in 2024. Nationally, the line handled 10,890 calls in 2024, meaning Essex "
     "accounted for just over 5% of all calls.", 5.0, "consistent"),
])
def test_a_share_whose_sentence_states_its_whole(text, stated, verdict):
    assert (stated, verdict) in [(c[0], c[1]) for c in _checks(text, "share")], _checks(text, "share")
