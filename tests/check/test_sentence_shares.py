"""A share judged on the part and the whole its own sentence names ("Of the N ..., M ..., or P per cent").

The whole is the larger of the sentence's two counts when the words name it ("of the 2,000",
"out of 1,500", "600 of them"); agreement is a verdict, a disagreement only when the share restates
the part (set off right after it, or heading the whole with the part set off).  Sentences of our own
writing.
"""
from __future__ import annotations

import dataclasses

import pytest

from check_factories import checks_stated
from pipeline import extract_article
from pipeline.check import check_record


def verdicts(text: str, stated: float) -> list[tuple[str, list[float]]]:
    record = extract_article(text, source="share.txt", published="2024-02-01")
    by_id = {c.id: c.value for c in record.counts}
    return [(c.verdict, [by_id.get(i) for i in c.inputs]) for c in record.checks
            if c.kind == "share" and c.stated == stated]


@pytest.mark.parametrize("text, stated, part, whole", [
    ("Of the 2,500 people who rang the helpline in 2023, 1,150 - nearly 50 per cent - were worried about "
     "a partner.", 50.0, 1150, 2500),
    ("Of the 1,800 contacts the charity had in 2023, 450 came by email, or 25 per cent.", 25.0, 450, 1800),
    ("More than half of the 3,100 callers in 2022, 1,720, said they had never told anyone.", 50.0, 1720, 3100),
    ("One in four of the 6,000 visitors to the website in 2023, 1,500 people, returned for a second visit.", 25.0, 1500,
     6000),
    ("The service heard from 1,200 men in 2023, 300 of them aged under 25, which is 25 per cent of the total.",
     25.0, 300, 1200),
    ("Out of 940 calls in 2021, 94 came from abroad, or 10%.", 10.0, 94, 940),
    # the share after the part's clause still restates the part (once in test_one_in's table of no check)
    ("In 2021, 800 of the 4,000 callers rang at night, or one in five.", 20.0, 800, 4000),
])
def test_a_share_its_sentence_gives(text, stated, part, whole):
    assert verdicts(text, stated) == [("consistent", [part, whole])]


@pytest.mark.parametrize("text, stated, part, whole", [
    # a wrong share restating the part right after it
    ("Of the 2,000 calls to the line in 2023, 160 were from young people, or 12 per cent.", 12.0, 160, 2000),
    ("The helpline had 3,600 calls in 2022, 900 of them from Wales, which is 20 per cent of all calls.", 20.0,
     900, 3600),
    # a share heading its whole, the part set off after it
    ("One in five of the 5,000 chats in 2023, 700 in all, came from women.", 20.0, 700, 5000),
])
def test_a_wrong_share_tied_to_its_part(text, stated, part, whole):
    assert verdicts(text, stated) == [("inconsistent", [part, whole])]


@pytest.mark.parametrize("text, stated", [
    # the share speaks of another group than the part: no tie, so a disagreement is no verdict
    ("Of the 1,000 callers in 2023, 486 were men and 30 per cent were under 25.", 30.0),
    # a semicolon parts the share from the pair
    ("Of the 4,000 contacts in 2023, 900 came by phone; 60 per cent came online.", 60.0),
    # no words name a whole
    ("The line took 1,400 calls in 2023 and 300 chats, 40 per cent more than before.", 40.0),
])
def test_no_inconsistent_on_figures_not_tied_to_the_share(text, stated):
    assert [v for v, _ in verdicts(text, stated) if v == "inconsistent"] == []


@pytest.mark.parametrize("text, stated", [
    # the share names a whole of its own after it: another base than the sentence's whole
    ("Of the 1,000 callers, 300 were from the city, or 15 per cent of calls to the national line.", 15.0),
    ("Of the 2,000 calls in 2023, 500 - about 40 per cent of all referrals - came from schools.", 40.0),
    ("Of the 1,200 volunteers, 300 took calls, or 60 per cent of the hours.", 60.0),
    ("The helpline took 2,400 calls, 600 of them from Scotland, which is 40 per cent of all calls in the UK.", 40.0),
    # ... or a time or a place of its own
    ("Of the 1,000 callers in 2023, 300 were men, or 20 per cent in 2022.", 20.0),
    ("Of the 1,500 chats, 600 came from women, or 25 per cent across the country.", 25.0),
])
def test_no_inconsistent_on_a_share_of_its_own_base(text, stated):
    assert [v for v, _ in verdicts(text, stated) if v == "inconsistent"] == []


def test_without_the_text_no_sentence_rule():
    """A records file without text: the rule has no words to read, so it makes no check (and no crash)."""
    text = "Of the 2,000 calls to the line in 2023, 160 were from young people, or 12 per cent."
    record = extract_article(text, source="share.txt", published="2024-02-01")
    assert [c.verdict for c in record.checks if c.kind == "share"] == ["inconsistent"]
    bare = dataclasses.replace(record, article=dataclasses.replace(record.article, text=None))
    assert [c for c in check_record(bare) if c.kind == "share" and c.verdict == "inconsistent"] == []
    assert [c.verdict for c in check_record(bare, text=text) if c.kind == "share"] == ["inconsistent"]


def test_helper_finds_the_check():
    text = "Of the 1,800 contacts the charity had in 2023, 450 came by email, or 25 per cent."
    assert [c.verdict for c in checks_stated(text, 25.0, ("share",), published="2024-02-01")] == ["consistent"]


@pytest.mark.parametrize("text, stated, verdict", [
    # the whole opens the sentence ("Of the 2,500 calls, 850 ..."), the share stated before or after it
    ("Of the 2,500 calls to the line in 2022, 850 were about images online. That is 34 per cent.", 34.0,
     "consistent"),
    ("The line published its figures. Of the 1,000 callers, 486 were men worried about their own thoughts, "
     "nearly half.", 50.0, "consistent"),
    ("The line said 31% of contacts came from Scotland. Of the 4,500 contacts it received, 1,395 were from "
     "Scotland.", 31.0, "consistent"),
    ("Of the 1,200 callers to the line, 420 were women (30%).", 30.0, "inconsistent"),
])
def test_a_share_of_a_whole_that_opens_the_sentence(text, stated, verdict):
    record = extract_article(text, source="opener.txt", published="2023-05-01")
    assert [c.verdict for c in record.checks if c.kind == "share" and c.stated == stated] == [verdict]


@pytest.mark.parametrize("text", [
    # the share names a whole of its own right after it: no verdict against the sentence's first count
    "A review of 12,400 reported cases found children were involved in 610 cases, or about 20 percent, "
    "of 3,050 cases of violence at home.",
])
def test_no_inconsistent_when_the_share_names_its_own_whole(text):
    record = extract_article(text, source="ownwhole.txt", published="2018-01-01")
    assert not [c for c in record.checks if c.kind == "share" and c.verdict == "inconsistent"]
