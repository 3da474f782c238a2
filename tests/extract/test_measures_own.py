"""What a count counts when its own words say it, in sentences of our own (ANNOTATION.md decision 4).

- A list line ("Glasgow: 412") has no words but its label: its heading's are its own. A heading naming one channel
  ("The council areas with the most contacts were:", "Calls to the helpline by district:", "Website visits by
  area:") gives its lines that channel, before the count they follow (``measures_own.heading_measure``); a
  heading naming none or two leaves them to follow the count before, as before.
- A website's self-help "sessions" are ``website_users``; "the combined total", "taken together" join the helpline
  and the website: ``helpline_contacts``.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.measures_own import heading_measure

WEBSITE = "Stop It Now!'s website recorded 12,400 visits in 2024.\n\n"
CALLS = "The Stop It Now! helpline took 1,950 calls in 2024.\n\n"


def _measure(text: str, value: int) -> str:
    record = extract_article(text, source="measures.txt", published="2025-03-01")
    return next(c for c in record.counts if c.value == value).measure


@pytest.mark.parametrize("heading, measure", [
    ("The council areas with the most contacts in 2024 were:", "helpline_contacts"),
    ("The council areas with the most helpline contacts in 2024 were:", "helpline_contacts"),
    ("Calls to the helpline by district in 2024:", "helpline_calls"),
    ("Where the calls came from:", "helpline_calls"),
    ("Website visits by area in 2024:", "website_users"),
    ("Visitors to the self-help pages, by town:", "website_users"),
    ("The figures for each town in 2024 were:", None),
    ("Calls and website visits by area:", None),
    ("", None),
])
def test_a_headings_channel(heading, measure):
    assert heading_measure(heading) == measure


@pytest.mark.parametrize("text, value, measure", [
    (WEBSITE + "The council areas with the most contacts in 2024 were:\n\nGlasgow: 212\n\nDundee: 96\n", 96,
     "helpline_contacts"),
    (WEBSITE + "Calls to the helpline by district in 2024:\n\nMaidstone: 140\nCanterbury: 88\n", 88,
     "helpline_calls"),
    (CALLS + "Website visits by area in 2024:\n\nLeeds: 3,020\nWakefield: 1,140\n", 3020, "website_users"),
    # a heading that names no channel: the count before, as before
    (CALLS + "The figures for each town in 2024 were:\n\nBlackpool: 150\nBurnley: 90\n", 90, "helpline_calls"),
    (WEBSITE + "The figures for each area in 2024 were:\n\nLeeds: 3,020\nWakefield: 1,140\n", 3020, "website_users"),
])
def test_list_lines_take_their_headings_channel(text, value, measure):
    assert _measure(text, value) == measure


@pytest.mark.parametrize("text, value, measure", [
    ("Calls to its phone line rose to 6,400 in 2024, while its self-help website recorded 310,500 sessions.",
     310500, "website_users"),
    ("Stop It Now! said 42,000 self-help sessions were started on its website in 2024.", 42000, "website_users"),
    ("The service also provided 1,870 counselling sessions in 2024.", 1870, "other"),
    ("The charity's Get Help website recorded 196,400 sessions in 2024.", 196400, "website_users"),
    ("Volunteers train for the line. Training takes place over 12 weekly sessions.", 12, "other"),
    ("Stop It Now said 11,900 people contacted its helpline in 2024, while 239,000 used its website. The combined "
     "total was up from 182,000 in 2023.", 182000, "helpline_contacts"),
    ("Its helpline took 9,100 calls in 2024 and its website had 150,000 visitors. Taken together, the two services "
     "heard from 160,300 people in 2024.", 160300, "helpline_contacts"),
    # one channel named: that channel, as before
    ("Stop It Now said 239,000 people used its website in 2024.", 239000, "website_users"),
])
def test_sessions_and_joined_channels(text, value, measure):
    assert _measure(text, value) == measure
