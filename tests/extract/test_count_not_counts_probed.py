"""Figures that stand like counts but are ages, durations, rate denominators, labels or staff
(ANNOTATION.md decision 2; pipeline/extract/not_counts.py, numbers.py, count_nouns.py): "most were 40 or older",
"men 30-59", "40-60 minutes", "in every 100,000 people", "press 1", "told Local 5", "its call handlers rose
from four to seven".  Sentences of our own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article


def counts(text: str) -> list[tuple[int, str]]:
    record = extract_article(text, source="probe.txt", published="2023-05-01")
    return [(c.value, c.measure) for c in record.counts]


@pytest.mark.parametrize("text, expected", [
    # ages: an open bound, a band after a noun of people
    ("Most of the callers were women, and most were 40 or older.", []),
    ("The helpline took 4,500 calls last year, and most callers were 65 and over.", [(4500, "helpline_calls")]),
    ("About 5% of men 30-59 use the text service.", []),
    ("Women 18 to 24 made up a growing part of the callers.", []),
    # durations: the first end of a range whose later end is a duration
    ("Calls now last 40-60 minutes on average.", []),
    ("Chats with an adviser run 20 to 30 minutes, and the team held 2,000 chats in 2022.",
     [(2000, "helpline_contacts")]),
    # rate denominators and the figure before them
    ("The rate was 12.5 suicides in every 100,000 people.", [(12.5, "other")]),  # a rate, no helpline use
    ("The number of suicides was 13 for every 100,000 residents, while the line took 9,000 calls.",
     [(9000, "helpline_calls")]),
    # labels
    ("To reach the line, dial 988 and press 1.", []),
    ("The manager told Local 5 that the line had been busy.", []),
    # staff
    ("The charity increased its call handlers from four to seven.", [(4, "other"), (7, "other")]),
    ("The number of call handlers went from 12 to 20 as calls rose.", [(12, "other"), (20, "other")]),
    ("Calls rose from 400 to 650 last year.", [(400, "helpline_calls"), (650, "helpline_calls")]),
    ("The helpline's call volume rose from 11,000 to 17,000.", [(11000, "helpline_calls"), (17000, "helpline_calls")]),
    ("More than 600 men contacted the service in 2022.", [(600, "helpline_contacts")]),
])
def test_what_a_figure_counts(text, expected):
    assert counts(text) == expected


def test_one_in_reads_no_figure_inside_another():
    record = extract_article("The rate was 12.5 suicides in every 100,000 people, one in 50 of them young.",
                             source="probe.txt", published="2023-05-01")
    assert [p.value for p in record.percentages] == [2.0]
