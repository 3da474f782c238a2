"""A share takes no place from a count of another sentence when its own sentence names none
(ANNOTATION.md decision 12: "null when its sentence names no place"), in sentences of our own."""
from __future__ import annotations

import pytest

from pipeline import extract_article


def share_regions(text: str, value: float) -> list[str]:
    record = extract_article(text, source="shares.txt", published="2024-05-01")
    found = [p for p in record.percentages if abs(p.value - value) < 0.05]
    assert found, f"no share of {value} in {[p.value for p in record.percentages]}"
    return list(found[0].regions or [])


@pytest.mark.parametrize("text, value, expected", [
    # the share's sentence names no place: none, though the count before has one
    ("In 2023, 1,240 people in Kent called the helpline. Around 70% of callers were men.", 70.0, []),
    ("The Devon line took 3,100 calls last year. A quarter of those who got in touch were under 25.",
     25.0, []),
    ("Some 860 people in Fife contacted the service in 2022. Almost two-thirds of callers were women.",
     66.7, []),
    # the share's own sentence names its place: that place
    ("In 2023, 1,240 people called the helpline. In Kent, around 70% of callers were men.", 70.0, ["Kent"]),
    ("The line took 3,100 calls last year. A quarter of callers in Devon were under 25.", 25.0, ["Devon"]),
    # a share in the sentence of its count keeps the count's place
    ("In 2023, 1,240 people in Kent called the helpline, and 70% of them were men.", 70.0, ["Kent"]),
])
def test_share_place(text: str, value: float, expected: list[str]) -> None:
    assert share_regions(text, value) == expected
