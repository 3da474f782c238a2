"""A share's part set off after it, and a part of a whole named by its time: counts found and what they count.

- pipeline/extract/set_off_parts.py ``set_off_noun``: a figure in brackets or dashes right after a share of a noun
  ("More than a third of callers (1,020)") counts that noun; ``set_off_part`` in
  pipeline/extract/count_measure_steps.py: a figure with a noun of people set off after "of them" ("Nearly half of
  them - 805 people - were ...") is a part of the count before and counts what it counts.
- pipeline/extract/measures.py ``PARTITIVE``: "of this summer's calls", "of last week's contacts" between a figure
  and its noun, as "of this year's calls" was.
- pipeline/extract/nounless_counts.py ``_NAMED_FIGURE``: a figure word's verb may be "had reached", "had risen to"
  ("By May, the monthly figure had reached 318"), as "was" and "stood at" were.

Each row is a text of our own and, for each figure, the measure it must have (``None``: no count).
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

C, CA, O = "helpline_contacts", "helpline_calls", "other"

ROWS = [
    ("The line took 2,880 calls in 2023. More than a third of callers (1,020) said a partner had told them to ring.",
     {2880: CA, 1020: CA}),
    ("The service had 4,100 contacts in 2023. Around half of the contacts - 2,000 - came by webchat.",
     {4100: C, 2000: C}),
    ("The line took 1,964 calls and chats in 2023. Nearly half of them - 805 people - were aged under 35.",
     {1964: C, 805: C}),
    ("The branch answered 4,380 calls between July and September. Around 1,200 of this summer's calls came at night.",
     {4380: CA, 1200: CA}),
    ("The branch answered 980 contacts in the week to Sunday. Some 300 of last week's contacts came at night.",
     {980: C, 300: C}),
    ("The charity handled 212 contacts in January. By May, the monthly figure had reached 318.", {212: C, 318: C}),
    ("The line took 212 calls in January. By June the monthly total had risen to 350.", {212: CA, 350: CA}),
    # "of them" after a sentence of calls and a website's users: no one whole, so no measure to take
    ("The helpline answered 6,300 calls in 2024, while 21,000 people used its website. Nearly two-thirds of them - "
     "4,010 people - were men.", {6300: CA, 21000: "website_users", 4010: O}),
    # a share of something that is no helpline's use: no count of it
    ("The line took 2,880 calls in 2023. Most of the money (800) came from the council.", {2880: CA, 800: None}),
]


@pytest.mark.parametrize("text,measures", ROWS)
def test_a_shares_part_counts_what_the_share_is_of(text: str, measures: dict[int, str]) -> None:
    record = extract_article(text, source="share-parts.txt", published="2024-11-01")
    found = {c.value: c.measure for c in record.counts}
    assert {v: found.get(v) for v in measures} == measures
