"""Calls and callers are ``helpline_calls``, as ANNOTATION.md (decision 4) counts them.

People who "called", "rang" or "phoned" a line, and "callers", are counted as calls;
people who "contacted", "got in touch" or "sought help" stay ``helpline_contacts``.
A headline's looser word does not split one figure in two.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

MEASURES = [
    ("In 2021, 420 people called the helpline from Kent.", 420, "helpline_calls"),
    ("In 2021, 420 men from Kent rang the line for advice.", 420, "helpline_calls"),
    ("Some 420 people phoned the service in 2021.", 420, "helpline_calls"),
    ("The line heard from 420 callers in Kent in 2021.", 420, "helpline_calls"),
    ("In 2021, 420 people from Kent contacted the helpline.", 420, "helpline_contacts"),
    ("In 2021, 420 people in Kent got in touch with the service.", 420, "helpline_contacts"),
    ("In 2021, 420 people visited the website from Kent.", 420, "website_users"),
]


@pytest.mark.parametrize("text,value,measure", MEASURES)
def test_calls_and_contacts(text, value, measure):
    record = extract_article(text, source="measures.txt")
    [count] = [c for c in record.counts if c.value == value]
    assert count.measure == measure


def test_headline_and_body_of_one_figure_merge_across_helpline_measures():
    text = ("Helpline hears from 420 men in Kent\n\n"
            "In 2021, 420 men from Kent rang the line for advice, the charity said.")
    record = extract_article(text, source="measures.txt")
    [count] = [c for c in record.counts if c.value == 420]
    assert count.measure == "helpline_calls" and count.period_start == "2021-01-01"
