"""A change or a difference whose sentence holds no count of its own refers to the figures before it.

"That is a 50 per cent increase.", "This represents a rise of 40%.", "That is 40 fewer people.": the pair
stands one in each of the two sentences before it, or both in the sentence before, or (for a difference) both
in the sentence after it ("We saw 300 more callers than in 2021. Calls rose from 1,100 to 1,400.").  A base
period the change's words never name is a guess, so it keeps no count out.  Only agreement is a verdict: a
pair found so that disagrees may be another comparison.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from check_factories import differences_of
from pipeline import extract_article


@pytest.mark.parametrize("text, stated, inputs", [
    # one count in each of the two sentences before, years apart
    ("The line took 1,200 calls in 2019.\n\nIn 2022 it took 1,800 calls.\n\nThat is a 50 per cent increase.",
     50.0, (1200, 1800)),
    ("In 2018 the website had 9,000 visitors.\n\nBy 2021 the figure was 12,600 visitors.\n\n"
     "This represents a 40 per cent increase.", 40.0, (9000, 12600)),
    ("The branch answered 2,000 calls in 2017. Last year it answered 1,500 calls. It was a fall of 25%.",
     25.0, (2000, 1500)),
    ("The charity heard from 800 people in 2016.\n\nIn 2020, 1,000 people got in touch.\n\n"
     "That's a rise of a quarter.", 25.0, (800, 1000)),    # a sentence with no figure stands between: the one pair within three sentences that the change fits is
    # its pair (extract.change_figures); agreement only, as above
    ("The line took 1,200 calls in 2019.\n\nVolunteers answer every call.\n\nIn 2022 it took 1,800 calls.\n\n"
     "That is a 50 per cent increase.", 50.0, (1200, 1800)),
])
def test_a_change_refers_back_two_sentences(text, stated, inputs):
    record = extract_article(text, source="back.txt", published="2023-05-01")
    by_id = {c.id: c for c in record.counts}
    checks = [c for c in record.checks if c.kind == "percentage" and c.stated == stated]
    assert [(c.verdict, tuple(by_id[i].value for i in c.inputs)) for c in checks] == [("consistent", inputs)], \
        [c.explanation for c in checks]


@pytest.mark.parametrize("text, stated", [
    # the pair disagrees: perhaps another comparison, so no verdict against the paper
    ("The line took 500 calls in 2020.\n\nIn 2022 it took 700 calls.\n\nThat is a 50% increase.", 50.0),
    # the change's sentence names its own years: its base period is the words', not a guess
    ("The line took 1,200 calls in 2015.\n\nIn 2022 it took 1,800 calls.\n\n"
     "That is a 50 per cent increase on 2021.", 50.0),
])
def test_no_verdict_from_beyond_the_words(text, stated):
    record = extract_article(text, source="back.txt", published="2023-05-01")
    checks = [c for c in record.checks if c.stated == stated and c.kind == "percentage"]
    assert all(c.verdict == "unverifiable" for c in checks), [c.explanation for c in checks]


@pytest.mark.parametrize("text, difference, verdict", [
    # the pair one in each of the two sentences before
    ("In 2021, 360 people called the helpline from Devon.\n\nThe year before, 400 people called it.\n\n"
     "That is 40 fewer people.", 40.0, "consistent"),
    # both in the sentence before
    ("Calls to the line fell from 900 in 2021 to 750 in 2022.\n\nThat was 150 fewer calls.", 150.0, "consistent"),
    ("The line took 5,200 calls in 2022, and 4,000 calls in 2021.\n\nThat is 1,200 more calls.", 1200.0,
     "consistent"),
    # both in the sentence after
    ("The helpline saw 300 more callers in 2022 than in 2021.\n\nIts calls rose from 1,100 to 1,400.", 300.0,
     "consistent"),
])
def test_a_difference_refers_to_the_pair_around_it(text, difference, verdict):
    checks = differences_of(text, difference, published="2023-05-01")
    assert [c.verdict for c in checks] == [verdict], [c.explanation for c in checks]


@pytest.mark.parametrize("text, difference", [
    # a pair around it that disagrees: no check
    ("The line took 5,200 calls in 2022.\n\nIn 2021 it took 4,000 calls.\n\nThat is 1,000 more calls.", 1000.0),
    # a vague difference names no figure to check
    ("Callers made thousands more calls than were answered.\n\nIn 2020 they called 28,000 times, yet only "
     "15,500 calls were answered.", 1000.0),
    # three counts in the sentence before: no one pair
    ("The line took 1,400 calls in 2020, 1,200 in 2019 and 1,000 in 2018.\n\nThat is 200 more calls.", 200.0),
])
def test_no_difference_check_from_an_unfit_pair(text, difference):
    assert differences_of(text, difference, published="2023-05-01") == []
