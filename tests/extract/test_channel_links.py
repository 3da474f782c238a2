"""Two channels of one line are no pair at extraction: a change or a "doubled" is not linked to a call count
and a text count (``pipeline/extract/channels.py``).  Sentences of our own writing; neighbours of one channel,
or whose noun names none ("contacts", "people"), keep their link."""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _refs(text: str) -> list[tuple[object, object]]:
    record = extract_article(text, source="channels.txt", published="2024-03-01")
    return [(f.base_count_ref, f.count_ref) for f in [*record.percentages, *record.multipliers]
            if getattr(f, "kind", "change") == "change"]


@pytest.mark.parametrize("text", [
    "The line took 240 calls in 2021 and 300 texts in 2022, an increase of 20%.",
    "The line answered 500 text messages in 2022, up 30 per cent on 2021, when it took 385 calls.",
    "The service held 400 live chats in 2023, up 25% from 320 calls in 2022.",
    "The line took 240 calls in 2021 and 480 texts in 2022, doubling.",
    "It received 150 emails in 2022 against 120 calls in 2021, a rise of 25 per cent.",
])
def test_two_channels_are_no_pair(text):
    assert all(base is None for base, _ in _refs(text)), _refs(text)


@pytest.mark.parametrize("text", [
    "The line took 240 calls in 2021 and 300 calls in 2022, an increase of 25%.",
    "The line took 240 calls in 2021 and 300 contacts in 2022, an increase of 25%.",
    "3,150 people called the line in 2022, up 50 per cent from 2,100 who got in touch in 2021.",
    "The line answered 500 texts in 2022, up 30 per cent on the 385 texts of 2021.",
    "Calls doubled from 240 in 2021 to 480 in 2022.",
])
def test_one_channel_or_none_keeps_its_pair(text):
    assert any(base is not None for base, _ in _refs(text)), _refs(text)
