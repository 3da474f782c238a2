"""A number right after a noun that labels a numbered thing names it and counts nothing ("in table 4", "under
section 2 of the act", "Year 9 pupils", "Covid 19", "in week 12"; pipeline/extract/not_counts.py,
``label_nouns`` and ``label_time_nouns`` of data/not_counts.json).  A determiner before the noun, or a lower-case
noun of time with no preposition before it, keeps the figure a count.  Sentences of our own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.not_counts import is_numbered_label


def counts(text: str) -> list[float]:
    record = extract_article("Helpline news\n\n" + text, source="labels.txt", published="2023-05-01")
    return [c.value for c in record.counts]


@pytest.mark.parametrize("text, expected", [
    # a document's parts, lower case or capitalised, before or after the figures
    ("Calls to the helpline are set out in table 4 of the report.", []),
    ("Table 4 shows calls to the helpline by month.", []),
    ("Details of the calls are on page 7.", []),
    ("Calls rose after officers used powers under section 2 of the act.", []),
    ("Figure 2 shows calls to the helpline since it opened.", []),
    ("The helpline's tier 2 service took calls from parents.", []),
    ("The stage 3 plan was used by callers to the helpline.", []),
    ("Offenders at level 4 were referred to the helpline.", []),
    ("Under section 2 offences, 30 men were charged.", [30]),
    ("In phase 2, 40 callers rang the helpline.", [40]),
    ("Chapter three says the helpline took 80 calls.", [80]),
    # school years and a disease's name
    ("Year 9 pupils called the helpline after the lesson.", []),
    ("Pupils in year 9 called the helpline after the lesson.", []),
    ("The helpline heard from Year Nine pupils.", []),
    ("Calls to the helpline rose during Covid 19.", []),
    ("COVID 19 lockdowns saw 500 calls to the helpline.", [500]),
    # a week or a day numbered after a preposition, or capitalised
    ("In week 12, calls to the helpline rose.", []),
    ("Week 12 saw calls to the helpline rise.", []),
    ("Calls rose in week 12 of lockdown.", []),
    ("By day 3, 40 people had called the helpline.", [40]),
    ("The helpline took 300 calls in week 12.", [300]),
    # near misses that stay counts: a determiner before the noun, no preposition before a noun of time
    ("Each week 300 people call the helpline.", [300]),
    ("In a busy week 300 people called the helpline.", [300]),
    ("In one day 30 people called the helpline.", [30]),
    ("In a week twelve people called the helpline.", [12]),
    ("At this stage 40 people had called the helpline.", [40]),
    ("At a later stage 40 people called the helpline.", [40]),
    ("Last Year 300 People Called The Helpline", [300]),
    ("The report on the helpline has 4 tables of calls.", [4]),
    ("The helpline took 300 calls over 12 weeks.", [300]),
])
def test_numbered_labels_are_no_counts(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("before, after, expected", [
    ("in table ", " of the", True),
    ("under Section ", " of the", True),
    ("Pupils in year ", " called", True),
    ("in week ", " people called", True),
    ("In a week ", " people called", False),
    ("a busy week ", " people", False),
    ("every day ", " calls", False),
    ("the same page ", " times", False),
    ("Last Year ", " People", False),
    ("at level ", " offenders", True),
    ("at a later stage ", " people", False),
    ("the shortlist ", " people", False),
])
def test_the_label_predicate(before, after, expected):
    assert is_numbered_label(before, after) is expected
