"""The place of a share, in sentences of our own (ANNOTATION.md decision 12).

A share whose own sentence names no place takes none from the count of another sentence,
whether it is of the people just counted ("In Wales, 800 people called. A fifth of callers
were women."), of calls or messages ("60 per cent of calls came from mobiles") or of nothing
named ("participation rose to 43%."), as the real set's annotators write it. A change in the
sentence of its count takes the count's place.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _regions(text: str, value: float):
    record = extract_article(text, source="shares.txt", published="2022-05-01")
    return next(p for p in record.percentages if round(p.value) == round(value)).regions


@pytest.mark.parametrize("text, value, expected", [
    ("In Wales, 800 people called the helpline in 2021. A fifth of callers were women.", 20, []),
    ("In Wales, 800 people called the helpline in 2021. Around 80% of those who got in touch were men.", 80, []),
    ("In Wales, 800 people called the helpline in 2021. One in four callers was under 25.", 25, []),
    ("In Wales, 800 people called the helpline in 2021. Some 60 per cent of calls came from mobile phones.", 60, []),
    ("In Wales, 800 people called the helpline in 2021. About two-thirds of calls were about money.", 66.7, []),
    ("In Wales, 800 people called the helpline in 2021. Overall, gambling participation rose to 43%.", 43, []),
    ("In Wales, 800 people called the helpline in 2021, up 20% on 2020.", 20, ["Wales"]),
    # the share's own sentence names its place, or holds its count
    ("In 2023, 1,240 people called the helpline. In Kent, around 70% of callers were men.", 70, ["Kent"]),
    ("The line took 3,100 calls last year. A quarter of callers in Devon were under 25.", 25, ["Devon"]),
    ("In 2023, 1,240 people in Kent called the helpline, and 70% of them were men.", 70, ["Kent"]),
])
def test_the_place_of_a_share(text, value, expected):
    assert _regions(text, value) == expected
