"""A total of a helpline's use against its channels stated after it.

The channels (one count of each kind of use, as the words name it) come in the run of fact sentences
right after the total, or anywhere after a headline's total.  Agreement is a verdict; a miss only when
the total's words list every channel the parts name, or the parts exceed a total bounded above by a
tenth at most (branch sums20); parts that fall short of an unlisted total leave no check, since the
text may not name every channel.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _sums(text: str) -> list:
    record = extract_article(text, source="channels.txt", published="2022-03-01")
    return [c for c in record.checks if c.kind == "sum"]


@pytest.mark.parametrize("text, stated, inputs", [
    # the channels in the sentences right after a total in the body
    ("The charity said it had more than 20,000 contacts last year.\nThe helpline took 12,400 calls in 2021.\n"
     "Its website had 9,100 visitors in 2021 as well.", 20000.0, [12400, 9100]),
    # a headline's total, its channels further down, in one sentence
    ("Over 5,000 people sought help from the helpline\n\nThe charity said in its annual report that it is busier "
     "than ever.\n\nIn 2021, 1,620 people called the helpline, and 3,710 visited its website for advice.",
     5000.0, [1620, 3710]),
    # the run of fact sentences after the total, past one of a change (sums20)
    ("More than 5,000 people sought help in 2024.\nIts website had 4,120 visits in 2024.\nCalls rose by a fifth.\n"
     "The helpline took 1,050 calls in 2024.", 5000.0, [4120, 1050]),
    # a total "a year" with no period against a year's channels (sums20)
    ("The line now takes almost 9,000 contacts a year.\nIt answered 6,410 calls in 2024.\n"
     "It also replied to 2,330 text messages in 2024.", 9000.0, [6410, 2330]),
])
def test_a_total_against_its_channels(text, stated, inputs):
    [check] = [c for c in _sums(text) if c.stated == stated]
    assert check.verdict == "consistent", check.explanation
    record = extract_article(text, source="channels.txt", published="2022-03-01")
    values = {c.id: c.value for c in record.counts}
    assert [values[i] for i in check.inputs] == inputs


@pytest.mark.parametrize("text, stated", [
    # the channels fall short of the total: the text may leave one out, so no check
    ("The charity said it had more than 30,000 contacts last year.\nThe helpline took 12,400 calls in 2021.\n"
     "Its website had 9,100 visitors in 2021 as well.", 30000.0),
    # one channel only
    ("The charity said it had more than 10,000 contacts last year.\nThe helpline took 12,400 calls in 2021.", 10000.0),
    # the channels in the body far from a total that is not the headline
    ("Calls rose last year.\nThe charity said it had more than 20,000 contacts in 2021.\nIt thanked its staff.\n"
     "Its trustees met in May.\nThe helpline took 12,400 calls in 2021, and its website had 9,100 visitors.", 20000.0),
])
def test_no_check_without_agreeing_channels(text, stated):
    assert [c for c in _sums(text) if c.stated == stated] == []


@pytest.mark.parametrize("text, stated", [
    # the total's words list every channel the parts name: a shortfall is a misstatement (sums20)
    ("The line received 3,400 calls, texts and emails in 2024.\nThere were 2,100 calls, 900 texts and 300 emails.",
     3400.0),
    # channels a little above an exact total: no channel left out explains it (sums20)
    ("In 2024, 640 people contacted the charity.\nOf them, 270 rang the helpline and 410 used its website.", 640.0),
    ("The line now takes almost 10,000 contacts a year.\nIt answered 7,900 calls in 2024.\n"
     "It also replied to 2,600 texts in 2024.", 10000.0),
])
def test_a_misstated_total_of_channels(text, stated):
    [check] = [c for c in _sums(text) if c.stated == stated]
    assert check.verdict == "inconsistent", check.explanation


@pytest.mark.parametrize("text, stated", [
    # a place's channels under a wider total are that place's (sums20)
    ("More than 60,000 people across the UK sought help in 2024.\n"
     "In Wales, the helpline took 1,100 calls and the website had 4,300 visits in 2024.", 60000.0),
    # far above a "more than" total: parts of something else (sums20)
    ("More than 2,000 people sought help in 2024.\nIts website had 9,800 visits in 2024.\n"
     "The helpline took 1,500 calls in 2024.", 2000.0),
    # far above an exact total: no verdict (sums20)
    ("In 2024, 500 people contacted the charity.\nThe helpline took 300 calls in 2024.\n"
     "Its website had 400 visits in 2024.", 500.0),
    # two years of one channel are no two channels (sums20)
    ("The line now takes almost 9,000 contacts a year.\nIt answered 6,410 calls in 2024 and 5,900 calls in 2023.",
     9000.0),
])
def test_no_misstatement_where_a_channel_may_be_missing(text, stated):
    assert [c for c in _sums(text) if c.stated == stated and c.verdict != "unverifiable"] == []
