"""A headline's figure whose time the page cannot fix, or that cuts the body's figure down to its round part, takes
the body figure's period; a headline percentage takes the body percentage's it restates.

Sentences of our own writing, varied along: the headline's time (none, "last year" on an undated page, "in six
months"), the hedge ("more than", "over", "almost", exact), the distance of the cut (within the unit of the last
non-zero digit or beyond it), one or two body figures of other periods, the fact type (count, share, change).
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, value, period", [
    # "last year" on a page with no date: the body's dated figure it rounds
    ("Line answered almost 100,000 calls last year\n\nVolunteers answered 98,450 calls in 2022, the charity said.",
     100000, ("2022-01-01", "2022-12-31")),
    ("Over 100,000 calls to the line last year\n\nThe line took 118,200 calls in 2022.", 100000,
     ("2022-01-01", "2022-12-31")),
    # a span the page cannot place: the body's half-year
    ("Charity answered more than 6,000 calls in six months\n\nFriday, 8 September 2023\n\nThe charity answered 6,420 "
     "calls in the first half of 2023.", 6000, ("2023-01-01", "2023-06-30")),
    # cut down to its round part, no time of its own
    ("Line took more than 6,000 calls\n\nThe line took 6,420 calls in 2022.", 6000, ("2022-01-01", "2022-12-31")),
    ("At least 300 people sought help\n\nSome 342 people sought help from the line in 2021.", 300,
     ("2021-01-01", "2021-12-31")),
    # beyond the unit of its last non-zero digit: no restatement
    ("Line took more than 6,000 calls last year\n\nThe line took 7,420 calls in 2022.", 6000, (None, None)),
    # two body figures it may restate, of two periods: undated
    ("Line took more than 6,000 calls\n\nThe line took 6,420 calls in 2022 and 6,100 calls in 2021.", 6000,
     (None, None)),
    # "almost" is no cut down: 6,420 is not almost 7,000
    ("Line took almost 7,000 calls\n\nThe line took 6,420 calls in 2022.", 7000, (None, None)),
])
def test_a_headline_count_takes_the_period_of_the_body_count_it_restates(text, value, period):
    record = extract_article(text, source="t.txt")
    [fact] = [c for c in record.counts if c.value == value]
    assert (fact.period_start, fact.period_end) == period


def test_a_headline_with_a_time_of_its_own_keeps_its_own_places():
    """No place in the headline, a time of its own: the body's places are not the headline's (decision 12)."""
    record = extract_article("Line answered almost 100,000 calls last year\n\nVolunteers in Northern Ireland answered "
                             "98,450 calls in 2022.", source="t.txt")
    [fact] = [c for c in record.counts if c.value == 100000]
    assert (fact.period_start, fact.regions) == ("2022-01-01", [])


_BODY = ("\n\n10 May 2023\n\nThe line held 18,750 conversations with texters in Scotland in 2022.\n\nGlasgow accounted "
         "for 3,750 of last year's conversations, or one in five.\n\nCalls rose by 26% in 2022 compared with 2021.\n")


@pytest.mark.parametrize("headline, value, kind, period, base", [
    ("One in five texts to crisis line come from Glasgow", 20.0, "share", "2022-01-01", None),
    ("Calls rise by more than a quarter", 25.0, "change", "2022-01-01", "2021-01-01"),
    # no body percentage of its value: undated
    ("Calls up 40%", 40.0, "change", None, None),
])
def test_a_headline_percentage_takes_the_period_of_the_body_one_it_restates(headline, value, kind, period, base):
    record = extract_article(headline + _BODY, source="t.txt")
    facts = [p for p in record.percentages if p.value == value and p.kind == kind]
    assert facts and (facts[0].period_start, facts[0].base_period_start) == (period, base)


@pytest.mark.parametrize("text, kind", [
    ("A quarter more people in Powys ring advice line\n\n22 February 2023\n\nCompared with 2021, when 800 people rang "
     "the line from Powys, 2022 saw 1,000 do so, a jump of a quarter.\n", "change"),
    ("Teenagers make up a third of the line's Welsh contacts\n\n26 March 2024\n\nThe line counselled 3,000 young "
     "people from Wales in 2023.\n\nAlmost a third of them, 940, were aged 13 to 15.\n", "share"),
])
def test_a_headline_percentage_that_is_one_claim_with_the_bodys_leaves_the_body_statement_kept(text, kind):
    """Same value (an exact headline figure, or the same qualifier): one claim, dated by the body's statement, which
    stays the fact with its counts."""
    record = extract_article(text, source="t.txt")
    facts = [p for p in record.percentages if p.kind == kind]
    assert len(facts) == 1 and facts[0].start > text.index("\n")
