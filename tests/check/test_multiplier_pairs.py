"""A multiplier or a change checked against the pair of figures its own words name, whatever periods they took.

"doubled to A from B" names the later figure first; "N people ... - almost double the number in
2020 (M)" names the base in brackets after the multiplier and the figure it compares before it.
Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, verdict, computed", [
    # "to A from B": the later figure first
    ("Some 9,800 people used the text service in 2023, a year when calls more than doubled to 24,120 "
     "from 10,870 in 2021.", "consistent", 2.219),
    ("Some 9,800 people used the text service in 2022 \u2013 a year when calls for help more than doubled to "
     "24,120 from 10,870 in 2020.", "consistent", 2.219),
    ("Calls to the helpline doubled to 3,300 from 1,640 in 2019.", "consistent", 2.012),
    ("Calls to the helpline trebled to 3,300 calls from 1,640 in 2019.", "inconsistent", 2.012),
    # the base in brackets after the period the multiplier names
    ("In all, 3,920 people asked for help - almost double the number in 2021 (2,030).", "consistent", 1.931),
    ("In all, 3,920 people asked for help - almost double the number in 2021 (2,030) and approaching four "
     "times as many in 2020 (1,010).", "consistent", 1.931),
    ("Overall 5,200 people rang the line, more than double the figure for 2022 (2,900).", "inconsistent", 1.793),
])
def test_multiplier_pair_named_by_its_words(text, verdict, computed):
    record = extract_article(text, source="pairs.txt", published="2024-03-01")
    check = [c for c in record.checks if c.kind == "multiplier"][0]  # the first claim of the sentence
    assert (check.verdict, round(check.computed, 3)) == (verdict, computed), check.explanation


@pytest.mark.parametrize("text, verdict, computed", [
    # a percentage change, then "up to A from B"
    ("Contacts with the line are 11 per cent higher than a year before, up to 23,660 from 19,700, the "
     "figures show.", "inconsistent", 20.1),
    ("Calls rose 20% on the year before, up to 23,640 calls from 19,700.", "consistent", 20.0),
])
def test_change_pair_to_then_from(text, verdict, computed):
    record = extract_article(text, source="pairs.txt", published="2024-03-01")
    assert [c.qualifier for c in record.counts] == ["exact", "exact"]  # "up to" a figure from another: no ceiling
    [check] = [c for c in record.checks if c.kind == "percentage"]
    assert (check.verdict, round(check.computed, 1)) == (verdict, computed), check.explanation


@pytest.mark.parametrize("text, qualifier", [
    ("Calls rose, up to 23,640 from 19,700.", "exact"),
    ("Calls rose, up to 23,640 calls from 19,700.", "exact"),
    ("The line can take up to 300 calls from Monday.", "up_to"),  # no figure after "from"
    ("The line can take as many as 300 calls from 120 volunteers.", "up_to"),  # no "up to"
    ("Each volunteer takes up to 12 calls a shift.", "up_to"),
])
def test_up_to_a_figure_from_another_is_no_ceiling(text, qualifier):
    record = extract_article(text, source="pairs.txt", published="2024-03-01")
    assert record.counts[0].qualifier == qualifier


@pytest.mark.parametrize("text", [
    # no such words: a "to ... from" of another clause, a bracket with no period before it
    "Calls doubled last year, and the charity moved to Leeds from Bradford in 2019 with 40 staff from 25.",
    "In all, 3,920 people asked for help - almost double what the charity expected (2,030 places).",
])
def test_no_pair_without_its_words(text):
    record = extract_article(text, source="pairs.txt", published="2024-03-01")
    assert all(c.verdict != "inconsistent" for c in record.checks if c.kind == "multiplier")
