"""A part of a total named by its label (pipeline/extract/label_parts.py): the subject before a verb of a share names
the part's channel, and the words after the figure ("of the contacts", "of the total") name the whole.

ANNOTATION.md decision 4: a phone's calls are ``helpline_calls``; chats, emails and texts ``helpline_contacts``.
Each row is a text of our own and, for each of its figures, the measure it must have; rows of labels that name no
channel, and of a noun of the figure's own, keep the measure they had.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

C, CA = "helpline_contacts", "helpline_calls"
TOTAL = "The line took 3,400 calls and webchats in 2023. "

LABELLED = [
    # the label before the verb, the whole after the figure
    (TOTAL + "Calls made up 2,100 of the total, with webchats accounting for the remaining 1,300.",
     {3400: C, 2100: CA, 1300: C}),
    (TOTAL + "Phone calls accounted for 2,100 of the contacts and webchats for 1,300.",
     {3400: C, 2100: CA, 1300: C}),
    (TOTAL + "Telephone calls represented 2,100 of them, while live chats made up 1,300.",
     {3400: C, 2100: CA, 1300: C}),
    (TOTAL + "Of those, calls to the helpline accounted for about 2,100.", {3400: C, 2100: CA}),
    # a message channel first and the phone gapped after it
    ("The service had 5,000 contacts in 2022. Emails made up 1,200 of the contacts and calls for 3,800.",
     {5000: C, 1200: C, 3800: CA}),
    # labels of no channel decide nothing
    (TOTAL + "Men accounted for 2,100 of the contacts and women for 1,300.", {3400: C, 2100: C, 1300: C}),
    (TOTAL + "Leeds accounted for 1,900 of the contacts.", {3400: C, 1900: C}),
    (TOTAL + "The helpline made up 2,400 of the total.", {3400: C, 2400: C}),
]


@pytest.mark.parametrize("text,measures", LABELLED)
def test_a_part_takes_the_channel_its_label_names(text: str, measures: dict[int, str]) -> None:
    record = extract_article(text, source="label-parts.txt", published="2024-03-01")
    found = {c.value: c.measure for c in record.counts}
    assert {v: found.get(v) for v in measures} == measures


#: People counted as where a channel's items came from (pipeline/extract/own_channels.py ``source_channel_measure``).
SOURCES = [
    ("The phoneline took calls from 812 people in the county in 2023, up from 388 in 2022.", {812: CA, 388: CA}),
    ("The line received calls from more than 930 men in 2024.", {930: CA}),
    ("The service answered webchats from 300 young people in 2024.", {300: C}),
    # no channel before the figure: as before
    ("The line heard from 930 people in 2024.", {930: C}),
    ("The line took 930 calls from people in Kent in 2024.", {930: CA}),
]


@pytest.mark.parametrize("text,measures", SOURCES)
def test_people_a_channel_came_from_count_its_channel(text: str, measures: dict[int, str]) -> None:
    record = extract_article(text, source="label-parts.txt", published="2025-03-01")
    found = {c.value: c.measure for c in record.counts}
    assert {v: found.get(v) for v in measures} == measures
