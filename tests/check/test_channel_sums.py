"""A total of a helpline's use against its channels stated after it: agreement only.

The channels (one count of each kind of use) come in the sentence after the total and the one
after that, or anywhere after a headline's total; parts that fall short or exceed an exact total
leave no check, since the text may not name every channel.  Sentences of our own writing.
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
