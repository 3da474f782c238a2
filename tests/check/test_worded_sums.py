"""A total the words mark as the sum of the counts beside it: a total word, "Of these, ..." after it, a list
after a colon.  A total word says the parts make it, so a disagreement is a verdict; parts "of these" or
listed may be some of the total, so a shortfall is consistent and an excess gives no check.  Sentences of
our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def sums(text: str) -> list[tuple[float, str, list[float]]]:
    record = extract_article(text, source="sums.txt", published="2024-02-01")
    by_id = {c.id: c.value for c in record.counts}
    return [(c.stated, c.verdict, sorted(by_id[i] for i in c.inputs)) for c in record.checks if c.kind == "sum"]


@pytest.mark.parametrize("text, total, verdict, parts", [
    # a total word after the parts or before the total
    ("The line answered 730 calls and 270 web chats in 2023, 1,000 contacts in all.", 1000, "consistent",
     [270, 730]),
    ("The line took 5,210 contacts in 2021 including 3,600 calls, 900 emails and 310 texts.", 5210, "consistent",
     [310, 900, 3600]),
    ("Calls in April (215), May (240) and June (260) took the quarter's total to 715.", 715, "consistent",
     [215, 240, 260]),
    ("In 2023, 640 people phoned the helpline. Another 360 used its web chat, bringing the total to 1,000.",
     1000, "consistent", [360, 640]),
    # a total word and parts that do not make it
    ("The service took 2,340 calls and 660 emails in 2022, a total of 3,400 contacts.", 3400, "inconsistent",
     [660, 2340]),
    ("The charity answered 415 calls and 190 chats in 2021, 705 contacts in total.", 705, "inconsistent",
     [190, 415]),
    # parts after "Of these": all of the total, or some of it
    ("The helpline heard from 1,600 people in 2023. Of these, 1,000 were men and 600 were women.", 1600,
     "consistent", [600, 1000]),
    # a sentence that points back at the total and says what it was made of: all its parts, a miss is a verdict
    ("HOPELINE247 received 2,080 contacts in 2023. Those contacts were made up of 1,230 calls, 640 texts and 210 "
     "emails.", 2080, "consistent", [210, 640, 1230]),
    ("HOPELINE247 received 2,180 contacts in 2023. Those contacts were made up of 1,230 calls, 640 texts and 210 "
     "emails.", 2180, "inconsistent", [210, 640, 1230]),
    ("The line heard from 1,460 people in 2023, up from 1,200 in 2022. They comprised 900 callers and 560 people who "
     "used its webchat.", 1460, "consistent", [560, 900]),
    # a list of parts after a colon, one an item
    ("The helpline took 3,150 contacts in 2023:\n\n- 2,000 phone calls\n- 850 live chats\n- 300 emails", 3150,
     "consistent", [300, 850, 2000]),
])
def test_a_total_its_words_add_up(text, total, verdict, parts):
    assert (total, verdict, parts) in sums(text), sums(text)


@pytest.mark.parametrize("text", [
    # parts "of these" that exceed the total may overlap: no verdict
    "The helpline took 1,500 calls in 2023. Of these, 900 came from men and 800 were about online images.",
    # parts after "including" need not add up to the total
    "In total the line took 4,000 calls in 2023, including 1,200 from Kent and 900 from Surrey.",
    # "a total of" is written of any figure: 410 of the 1,320 were passed on, no part of a sum
    "In 2019 the service handled a total of 1,320 contacts, with 410 passed on to social services.",
    # parts of parts: a funnel after "Of those"
    "Referrals to the course fell to 240 in 2021. Of these, 96 began the course and only 12 finished it.",
    # parts of shorter periods than the total's: two months of a year's total fall short of it
    "In 2023 the line took 600 calls in March and 700 in April, 3,000 calls in total.",
    "The line answered 410 calls in January 2022 and 380 in February 2022, 5,200 calls in all that year.",
    # parts told apart by nothing the record holds (sex, age): they may overlap or leave some out
    "The service answered 400 calls from men and 700 calls from under-25s, 1,500 calls in all.",
    "The service answered 900 calls from women and 800 calls from under-25s, 1,500 calls in all.",
    # a total word in a clause of its own after the parts: a total of another thing
    "The line answered 820 calls and 310 chats, and 1,500 contacts in all came through its website.",
    "It took 600 calls and 250 chats in 2023, while 1,400 contacts in total were passed to other services.",
    # the made-of sentence breaks down the later figure, not the year before's beside it
    "HOPELINE247 received 2,080 contacts in 2023, up from 1,790 in 2022. Those contacts were made up of 1,230 calls, "
    "640 texts and 210 emails.",
    # the later figure given in the lede, the base in the sentence before the made-of one: no sum of the base
    "A helpline received 2,611 contacts in 2024. Contacts rose from 1,944 in 2023 to 2,611 in 2024. Those contacts "
    "were made up of 1,503 calls, 806 texts and 302 emails.",
    # no words mark a total
    "The helpline took 1,240 calls in 2023 and the website had 560 visitors, against 1,900 calls in 2022.",
])
def test_no_inconsistent_sum_without_words_that_make_it(text):
    assert [s for s in sums(text) if s[1] == "inconsistent"] == [], sums(text)
