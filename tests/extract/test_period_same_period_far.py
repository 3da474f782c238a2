""""The same period" names the period stated last, however many sentences of description lie between.

A paper gives the year once and comes back to it after a paragraph about the service: "In 2019 the
line took 4,200 calls. [three sentences that count nothing] Over the same period, 610 people used
the website." A fact that says nothing of its time inherits only from the three sentences before;
one that says "the same period" (or "the same 12 months", "the 12-month period") points back as far
as :data:`~pipeline.extract.inheritance.SAME_PERIOD_WINDOW` sentences. "This period" does not: it is
the time a paragraph is about. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.periods import find_periods

FILLER = "The charity runs the line from an office. Its staff are trained counsellors. They work in shifts.\n\n"


def _period(record, value):
    [fact] = [c for c in record.counts if c.value == value]
    return fact.period_start, fact.period_end


@pytest.mark.parametrize("first, later, value, expected", [
    ("In 2019 the helpline took 4,200 calls.", "Over the same period, 610 people used the website.", 610,
     ("2019-01-01", "2019-12-31")),
    ("Figures show 830 people used the website in 2021.", "The helpline answered 212 calls during the same period.",
     212, ("2021-01-01", "2021-12-31")),
    ("Between April 2020 and March 2021, 1,900 people contacted the service.",
     "In the same period, the line took 75 calls from family members.", 75, ("2020-04-01", "2021-03-31")),
    ("The line took 3,050 calls in 2022, the charity said.", "A further 480 emails were answered in the same 12 months.",
     480, ("2022-01-01", "2022-12-31")),
    ("In 2018 some 2,700 people sought help from the service.",
     "Some 140 men called the line over the same period to get advice.", 140, ("2018-01-01", "2018-12-31")),
    # nothing said of the time: the three sentences' window holds, so no period
    ("In 2019 the helpline took 4,200 calls.", "Some 610 people used the website.", 610, (None, None)),
])
def test_the_same_period_reaches_back(first, later, value, expected):
    record = extract_article(f"{first}\n\n{FILLER}{later}\n", source="t.txt")
    assert _period(record, value) == expected


@pytest.mark.parametrize("text, found", [
    ("A further 480 emails were answered in the same 12 months.", "in the same 12 months"),
    ("In the same six months, 90 people wrote in.", "In the same six months"),
    ("Over the same timeframe, 90 people wrote in.", "Over the same timeframe"),
    ("Some 140 men called over the same period to get advice.", "over the same period"),
    # a period that runs "to" a date is that period, not the one before
    ("In the 12-month period to March 2021, 90 people wrote in.", None),
    ("In the same 12 months last year, 90 people wrote in.", None),
])
def test_same_period_wordings(text, found):
    same = [m.text for m in find_periods(text) if m.relative == "same_period"]
    assert same == ([found] if found else [])
