"""Near misses of the label rule (pipeline/extract/not_counts.py, ``is_numbered_label``; review of round 11): a
figure after a label noun that still counts.  A figure written with thousands separators is no label's number
("the figure 1,200"); a capitalised noun of time after a capitalised word names a day or a week ("Christmas Day",
"Awareness Week"), not a numbered one; "year after year" repeats its noun.  Sentences of our own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.not_counts import is_numbered_label
from pipeline.extract.numbers import find_numbers


@pytest.mark.parametrize("text, expected", [
    # thousands separators: a count, whatever noun stands before it
    ("The figure 1,200 was the highest the helpline had seen.", [1200]),
    ("In the table 2,400 callers are listed by month.", [2400]),
    ("At this level 12,000 calls a year reach the line.", [12000]),
    # a named day or week, then its count
    ("On Christmas Day 300 people called the line.", [300]),
    ("Over New Year 120 people called the line.", [120]),
    ("On Boxing Day 85 calls were made to the line.", [85]),
    ("During Safeguarding Week 300 people called the line.", [300]),
    ("In Freshers Week 40 students called the line.", [40]),
    # a noun repeated round "after"
    ("Year after year 300 people called the line.", [300]),
    ("Night after night 30 callers rang the line.", [30]),
    ("Week after week 50 calls reached the line.", [50]),
    # labels that stay labels
    ("In Week 12 the line was busy.", []),
    ("Week 12 saw the line busy.", []),
    ("Pupils in Year 9 heard of the line.", []),
    ("Details are in table 4 of the report.", []),
    ("The line was named in section 2 of the act.", []),
    ("After week 3 the line was busy.", []),
])
def test_label_near_misses(text, expected):
    assert [n.value for n in find_numbers(text)] == expected


@pytest.mark.parametrize("before, after, figure, expected", [
    ("The figure ", " was", "1,200", False),
    ("The figure ", " was", "12", True),
    ("On Christmas Day ", " people", "300", False),
    ("During Safeguarding Week ", " events", "12", False),
    ("In Week ", " the", "12", True),
    ("Year after year ", " people", "300", False),
    ("the day after week ", " people", "3", True),
])
def test_the_label_predicate_near_misses(before, after, figure, expected):
    assert is_numbered_label(before, after, figure=figure) is expected


def test_the_count_reaches_the_record():
    record = extract_article("Helpline news\n\nOn Christmas Day 300 people called the Stop It Now helpline.",
                             source="labels.txt", published="2023-05-01")
    assert [c.value for c in record.counts] == [300]
