"""Multiplier wordings beyond the one-word ones (ANNOTATION.md decision 8): a change word before "N times",
a decimal factor, a figure "-fold", and phrases of halving.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def multipliers(text: str) -> list[tuple[float, str]]:
    record = extract_article(text, source="times.txt", published="2024-02-01")
    return [(m.factor, m.qualifier) for m in record.multipliers]


@pytest.mark.parametrize("text, expected", [
    ("Calls from the county are up almost four times on 2019.", [(4.0, "nearly")]),
    ("Requests for help have increased by three times over the decade.", [(3.0, "exact")]),
    ("Use of the website increased 2.5 times in 2023.", [(2.5, "exact")]),
    ("The number of chats has risen more than five times since the line opened.", [(5.0, "more_than")]),
    ("Contacts went up six times compared with 2018.", [(6.0, "exact")]),
    ("Web visits were up more than 10-fold in 2023.", [(10.0, "more_than")]),
    ("Police reported a 12-fold rise in referrals.", [(12.0, "exact")]),
    ("The helpline took 2.5 times more calls in 2023 than in 2020.", [(2.5, "exact")]),
    ("Missed calls were cut in half in 2023.", [(0.5, "exact")]),
    ("The waiting list dropped by half between 2021 and 2023.", [(0.5, "exact")]),
    ("Unanswered chats fell by half in the second year.", [(0.5, "exact")]),
    ("Calls to the line have risen by a factor of three since 2019.", [(3.0, "exact")]),
    ("Chats were up by a factor of 2.5 on the year before.", [(2.5, "exact")]),
    ("Visits to the website rose twenty-fold in a decade.", [(20.0, "exact")]),
    ("Referrals have quintupled since the scheme began.", [(5.0, "exact")]),
    ("The site had 100 times more visits in 2023 than in 2013.", [(100.0, "exact")]),
    # the hedges of counts hedge multipliers too
    ("Contacts were approaching five times the number of 2019.", [(5.0, "nearly")]),
    ("Calls were some three times higher than in 2019.", [(3.0, "about")]),
    ("Web chats grew in excess of fourfold.", [(4.0, "more_than")]),
    # the one-word wordings still hold
    ("Calls to the line have quadrupled since 2018.", [(4.0, "exact")]),
    ("Contacts nearly trebled in two years.", [(3.0, "nearly")]),
    # a copula before a change word keeps the change
    ("Contacts were up tenfold on 2019.", [(10.0, "exact")]),
])
def test_multiplier_wordings(text, expected):
    assert multipliers(text) == expected


@pytest.mark.parametrize("text", [
    "He called the helpline three times a week.",      # occasions, not a factor
    "Calls rose three times in 2023, each time after a campaign.",
    "The line was contacted five times per day on average.",
    "Demand increased four times last year, the charity said.",
    # half of a unit, not a halving
    "The rate fell by half a percentage point, to 3.1%, as 400 people called.",
    "Waiting times were cut by half an hour in 2023.",
    "The share of calls answered fell by half a per cent.",
    "Average calls dropped by half a minute.",
    # how many parts a thing has, after a copula
    "The charity's aim is twofold: to answer calls and to train staff.",
    "The problem is really two-fold, its director said.",
    "Its benefits were threefold for the callers who rang.",
    # a bare "double" allowed after "a" or "the" as a word, not after a word that ends in those letters
    "Volunteers in the Lincoln area double up on shifts at weekends.",
])
def test_no_multiplier(text):
    assert multipliers(text) == []


@pytest.mark.parametrize("text", [
    "Missed calls fell by half in 2023.",
    "The waiting list was cut by half.",
])
def test_a_halving_is_no_percentage(text):
    record = extract_article(text, source="times.txt", published="2024-02-01")
    assert [(m.factor, m.qualifier) for m in record.multipliers] == [(0.5, "exact")]
    assert record.percentages == []


def test_a_factor_is_no_count():
    record = extract_article("Calls to the helpline have risen by a factor of three since 2019.", source="times.txt",
                             published="2024-02-01")
    assert record.counts == []


def test_a_page_of_multipliers_reads_only_its_sentences_changes(monkeypatch):
    """Each "doubled" looks for a change of its own sentence among that sentence's changes, not among every
    change of the page: 2,000 such sentences took 66 s at 8,000 (quadratic) before."""
    from pipeline import extract_article
    from pipeline.extract import segments

    n = 300
    text = " ".join(f"The share of callers who were men doubled from {i % 40 + 1}% to {i % 40 + 2}%, a rise of "
                    f"{i % 9 + 1}%." for i in range(n))
    calls = {"eq": 0}
    real = segments.Sentence.__eq__

    def counting(self, other):
        calls["eq"] += 1
        return real(self, other)

    monkeypatch.setattr(segments.Sentence, "__eq__", counting)
    record = extract_article(text, source="many.txt", published="2024-02-01")
    assert record.multipliers and calls["eq"] <= 60 * n, calls
