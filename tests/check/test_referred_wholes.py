"""A share set off right after its part whose words point back at its whole ("- nearly a third of the county's
total", ", or 22 per cent of the total", "- a fifth of them"), judged against the total the article gave before
(``pipeline/check/referred_wholes.py``).  Sentences of our own writing that vary the set-off (a dash, a comma and
"or", "which is"), the share (a fraction word, a figure, a hedge), the whole (in the sentence before, two sentences
before, beside the year before's figure), and neighbours that must get no "inconsistent": a whole the text does not
state ("of the national total"), a share not set off after its part, a whole of another place.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

TOOK = "The line took 2,000 calls in 2024. "
MIDDLE = "\n\nThe charity thanked its volunteers.\n\n"


def _shares(text: str) -> list[tuple[float, str]]:
    record = extract_article(text, source="referred_wholes.txt", published="2025-03-01")
    return [(c.stated, c.verdict) for c in record.checks if c.kind == "share"]


@pytest.mark.parametrize("text, stated, verdict", [
    ("CALM's helpline answered 4,000 calls from the South West in 2024. Bristol made up 1,100 of those calls, more "
     "than a third of the region's total.", 33.3, "inconsistent"),
    ("CALM's helpline answered 3,000 calls from the South West in 2024. Bristol made up 1,100 of those calls, more "
     "than a third of the region's total.", 33.3, "consistent"),
    ("The line took 2,600 calls from London in 2024, up from 2,000 in 2023. Calls from Croydon made up 520 of them - "
     "a fifth of the total.", 20.0, "consistent"),
    ("The line took 2,900 calls from the North East in 2024, compared with 2,500 the year before. Of those who called "
     "last year, 540 were women, or 22 per cent of the total.", 22.0, "inconsistent"),
    ("The line took 2,900 calls from the North East in 2024, compared with 2,500 the year before. Of those who called "
     "last year, 540 were women, or 18.6 per cent of the total.", 18.6, "consistent"),
    ("Papyrus received 3,400 contacts from Wales in 2024. The charity has trained 200 teachers. Of last year's Welsh "
     "contacts, 612 were from Swansea - 18 per cent of the total.", 18.0, "consistent"),
    ("CALM answered 11,842 contacts from the South West in 2024, up from 7,630 in 2023. Bristol alone accounted "
     "for 2,115 of them - nearly a quarter of the region's total.", 25.0, "inconsistent"),
    ("CALM answered 9,000 contacts from the South West in 2024, up from 7,630 in 2023. Bristol alone accounted "
     "for 2,115 of them - nearly a quarter of the region's total.", 25.0, "consistent"),
    # fifteenth round: the sentence opens with words that point back, or the part's own words do
    ("The line took 2,500 calls from Hull in 2024, up from 2,000 in 2023. Of those, 600 - 24 per cent - came from "
     "women.", 24.0, "consistent"),
    ("The line took 1,800 calls from Hull in 2024. Of those, 540 - 20 per cent - were from women.", 20.0,
     "inconsistent"),
    ("The service heard from 8,000 people in Kent in 2023. Of them, 2,900 - about a quarter - were women.", 25.0,
     "inconsistent"),
    ("The branch answered 3,900 calls in 2023. Volunteers said winter was hard. Of the calls taken, 1,350 were from "
     "people who had thought about suicide - just over a third.", 33.3, "consistent"),
    ("In 2023, 3,470 people in Cumbria contacted the charity. Carlisle accounted for 650 of them - nearly a fifth.",
     20.0, "consistent"),
    # the share first, its part set off after it; "of those callers" picks the calls of two wholes
    ("The helpline answered 6,300 calls in 2024, while 21,000 people used its website. Nearly two-thirds of those "
     "callers - 4,010 people - were worried about their own behaviour.", 66.7, "consistent"),
    ("The crisis line took 12,400 calls in 2024. Around one in five calls - 2,480 in all - came from people under "
     "25.", 20.0, "consistent"),
    # a bare noun's whole, the part set off by a comma and closed by the sentence's end: nothing, or only a total
    # word, after the part (twenty-third round, fix23)
    (TOOK + "Women made up 23% of callers, 460.", 23.0, "consistent"),
    (TOOK + "Women made up 28% of callers, 460 in total.", 28.0, "inconsistent"),
    (TOOK + MIDDLE + "Women made up 28 per cent of callers, 460 altogether.", 28.0, "inconsistent"),
])
def test_a_share_points_back_at_its_total(text: str, stated: float, verdict: str) -> None:
    assert (stated, verdict) in _shares(text)


@pytest.mark.parametrize("text, stated", [
    # the whole it names is not in the text
    ("Stop It Now! took 1,300 calls from Cumbria in 2024, 9 per cent of the national total. Its website had 12,400 "
     "visits from the county.", 9.0),
    # not set off after its part: another share of another whole
    ("The line took 4,000 calls in 2024. Bristol made up 1,100 of those calls. Men were more than a third of the "
     "total.", 33.3),
    # a whole of another place is no whole of the part
    ("The line took 400 calls from Devon in 2024. Kent made up 1,100 of those calls, more than a third of the total.",
     33.3),
    # the share first with no words that point back: agreement only
    ("The crisis line took 12,400 calls in 2024. Around one in three calls - 2,480 in all - came from people under "
     "25.", 33.3),
    # two wholes and no noun to choose between them: agreement only
    ("The helpline answered 6,300 calls in 2024, while 21,000 people used its website. Nearly two-thirds of them - "
     "4,010 people - were men.", 66.7),
    # the sentence's end after words of the part's own ("of them from Leeds", "callers in Leeds"): a part of the part
    (TOOK + "Women made up 28% of callers, 460 of them from Leeds.", 28.0),
    (TOOK + MIDDLE + "Women made up 28 per cent of callers, 460 of them in Leeds.", 28.0),
    (TOOK + "Women made up 28% of calls, 460 callers in Leeds.", 28.0),
])
def test_no_inconsistent_share_on_a_whole_it_does_not_name(text: str, stated: float) -> None:
    assert (stated, "inconsistent") not in _shares(text)


# twenty-second round (shares22a): a sentence that lists a breakdown of the total is passed over by "of the total" /
# "of the <noun>" (its counts are the total's parts, not the total), and a share whose sentence opens by pointing
# back ("That is ...") takes the one count just told as its part
@pytest.mark.parametrize("text, stated, verdict", [
    # a part "of the total" and the rest: the total is the figure before them (here within a misprint of their sum)
    ("The line answered 4,820 calls and chats from Cumbria in 2024. Calls made up 3,100 of the total, with chats "
     "the remaining 1,700. A total of 1,500 of the contacts came from Carlisle, almost a third of the total.",
     33.3, "consistent"),
    ("The line answered 4,800 calls and chats from Cumbria in 2024. Phone calls made up 3,100 of the total and chats "
     "the other 1,700. Carlisle accounted for 1,150 of the contacts - nearly a quarter of the total.",
     25.0, "consistent"),
    # the channels listed after the total add up to it: "of the contacts" is the total's
    ("People in Fife contacted the line 3,200 times in 2023. There were 1,400 phone calls and 1,800 webchats from "
     "the county in 2023. In 2022 the total was 2,100. Chats are now the busier channel. Men accounted for 1,600 of "
     "the contacts - one in two.", 50.0, "consistent"),
    # a share that restates the one count of the sentence before against a total named by its words
    ("Last year 3,000 people in Dorset contacted the helpline. Of those, 1,290 were worried about someone else. "
     "That is 45% of all contacts.", 45.0, "inconsistent"),
    ("Last year 3,000 people in Dorset contacted the helpline. Of those, 1,290 were worried about someone else. "
     "That is 43% of all contacts.", 43.0, "consistent"),
    ("In 2023 the line took 2,400 calls from Essex. Of them, 590 came from women. This represents almost a quarter "
     "of the total.", 25.0, "consistent"),
    ("In 2023 the line took 2,400 calls from Essex. Of them, 700 came from women. This represents almost a quarter "
     "of the total.", 25.0, "inconsistent"),
])
def test_a_share_passes_a_breakdown_or_restates_the_count_before(text: str, stated: float, verdict: str) -> None:
    assert (stated, verdict) in _shares(text)


@pytest.mark.parametrize("text, stated", [
    # "of them" after a part of a breakdown may mean that part: no verdict on the total
    ("The line answered 4,800 calls and chats from Cumbria in 2024. Calls made up 3,100 of the total, with chats "
     "the remaining 1,700. Of them, 1,500 - about a quarter - came from Carlisle.", 25.0),
    # two counts in the sentence before: which one the share restates is not known
    ("Last year 3,000 people in Dorset contacted the helpline. Of those, 1,290 were worried about someone else and "
     "900 about themselves. That is 45% of all contacts.", 45.0),
    # the sentence before names the count the share restates, but the share's words name no whole
    ("Last year 3,000 people in Dorset contacted the helpline. Of those, 1,290 were worried about someone else. "
     "That is 45% more than in 2020.", 45.0),
])
def test_no_inconsistent_share_on_a_breakdown_or_an_unclear_part(text: str, stated: float) -> None:
    assert (stated, "inconsistent") not in _shares(text)
