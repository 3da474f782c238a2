"""Shares tied to their part past words that earlier rules read as a bar (twenty-second round, shares22b): a figure
of the part's own words that is no fact ("aged 18 to 21"), a whole described by a noun and a relative clause ("of
the people who contacted it", as "of those who ..."), and a whole told before a breakdown of it ("Calls made up 1,500
of the contacts and emails 900"), whose items are no whole of a share that names none of them
(``pipeline/check/referred_wholes.py``, ``share_whole_finder._past_breakdowns``).  Sentences of our own writing, with
neighbours that must get no "inconsistent".
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _shares(text: str) -> list[tuple[float, str, list[float]]]:
    record = extract_article(text, source="described_wholes.txt", published="2025-03-01")
    values = {c.id: c.value for c in record.counts}
    return [(c.stated, c.verdict, [values.get(i) for i in c.inputs]) for c in record.checks if c.kind == "share"]


@pytest.mark.parametrize("text, stated, verdict, inputs", [
    # a figure of the part's own words that is no fact: an age, a range of ages
    ("The text line held 5,000 conversations in 2024. Its volunteers had 1,700 of the chats with students aged 18 to "
     "21 who were worried about exams - 36 per cent of the total.", 36.0, "inconsistent", [1700, 5000]),
    ("The text line held 5,000 conversations in 2024. Its volunteers had 1,700 of the chats with students under 21, "
     "or 34 per cent of the total.", 34.0, "consistent", [1700, 5000]),
    ("The helpline counselled 8,200 young people from Wales in 2023. Of those, 2,050 were children under 12 - a quarter "
     "of the total.", 25.0, "consistent", [2050, 8200]),
    ("The helpline counselled 8,200 young people from Wales in 2023. Of those, 2,050 were children under 12 - a third "
     "of the total.", 33.3, "inconsistent", [2050, 8200]),
    # a whole described by a noun and a relative clause: agreement
    ("The service heard from 2,400 people in 2024. Around one in four of the people who contacted it were men - 610 "
     "in all - the charity said.", 25.0, "consistent", [610, 2400]),
    ("The branch answered 3,000 calls in 2023. Roughly a fifth of the callers who reached a volunteer were under 25 "
     "- 590 people - its report said.", 20.0, "consistent", [590, 3000]),
    # the whole told before its breakdown: the total, not the breakdown's last item
    ("The service heard from 2,400 people in 2024. Calls made up 1,500 of the contacts and emails 900. One in four of "
     "the people who sought help were men - 610 in all.", 25.0, "consistent", [610, 2400]),
    # a breakdown that adds up to its total only within a misprint (1,500 + 850 of 2,400) is a breakdown still
    ("The service heard from 2,400 people in 2024. Calls made up 1,500 of the contacts and emails 850. One in four of "
     "the people who sought help were men - 610 in all.", 25.0, "consistent", [610, 2400]),
])
def test_a_share_past_words_that_barred_it(text: str, stated: float, verdict: str, inputs: list[float]) -> None:
    assert (stated, verdict, inputs) in _shares(text)


@pytest.mark.parametrize("text, stated", [
    # another fact between the part and its share: no tie
    ("The text line held 5,000 conversations in 2024. Some 1,700 of the chats were with students, up 20% on 2023 - "
     "36 per cent of the total.", 36.0),
    # a described whole that disagrees: it may be any group of them, so no verdict
    ("The service heard from 2,400 people in 2024. One in three of the people who contacted it were men - 610 in "
     "all - the charity said.", 33.3),
    # the breakdown's items do not add up to the total before: no total is taken for them
    ("The service heard from 2,400 people in 2024. Calls made up 1,500 of the contacts and emails 700. One in four of "
     "the people who sought help were men - 610 in all.", 25.0),
])
def test_no_inconsistent_share_past_those_words(text: str, stated: float) -> None:
    assert (stated, "inconsistent") not in [s[:2] for s in _shares(text)]


@pytest.mark.parametrize("text, stated, inputs", [
    # a share that names a channel of the breakdown is of that channel, not of the total
    ("The service heard from 2,400 people in 2024. Calls made up 1,500 of the contacts and emails 900. One in four "
     "of those callers - 380 - were men.", 25.0, [380, 1500]),
])
def test_a_share_of_a_named_item_keeps_it(text: str, stated: float, inputs: list[float]) -> None:
    assert [s for s in _shares(text) if s[0] == stated and s[2] != inputs and s[1] == "inconsistent"] == []
