"""What a count with no period of its own takes from the sentences before, in sentences of our own.

A figure set against another with "while"/"whereas" is of the same period; a count that
follows counts of other measures takes the period the sentences before are about
("During the year to March 2023 ... Officers made 486 arrests"); a standing estimate
("the agency estimates that ... people pose a risk") takes none.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _period(text: str, value: int, published: str | None = None) -> tuple:
    record = extract_article(text, source="inheritance.txt", published=published)
    count = next(c for c in record.counts if c.value == value)
    return count.period_start, count.period_end


@pytest.mark.parametrize("text, value, start", [
    ("The branch took 9,800 calls in 2019. Of those, 1,120 calls came from people in distress, while 64 came "
     "from people in crisis.", 64, "2019-01-01"),
    ("In 2021 the line answered 3,400 calls from men, whereas 950 calls came from women.", 950, "2021-01-01"),
    ("Some 700 people called in 2020, while 230 people used the webchat.", 230, "2020-01-01"),
])
def test_a_contrast_with_while_is_of_the_same_period(text, value, start):
    assert _period(text, value)[0] == start


@pytest.mark.parametrize("text, value, start, end", [
    ("During the reporting year between April 2021 and March 2022, officers carried out 640 investigations. "
     "As part of them, the force said 310 arrests were made and 520 children protected.", 310,
     "2021-04-01", "2022-03-31"),
    ("During the reporting year between April 2021 and March 2022, officers carried out 640 investigations. "
     "As part of them, the force said 310 arrests were made and 520 children protected.", 520,
     "2021-04-01", "2022-03-31"),
    ("In 2019 the police logged 900 offences online. Detectives made 75 arrests.", 75, "2019-01-01", "2019-12-31"),
])
def test_a_count_after_counts_of_other_measures_takes_the_period_before(text, value, start, end):
    assert _period(text, value) == (start, end)


@pytest.mark.parametrize("text, value", [
    ("In 2019 the helpline took 1,200 calls. The agency estimates that at least 250,000 people in the UK pose a "
     "risk to children.", 250000),
    ("In 2019 the helpline took 1,200 calls. Police believe around 80,000 people view such images.", 80000),
    ("In 2019 the helpline took 1,200 calls. Experts think 90,000 men pose a threat.", 90000),
])
def test_a_standing_estimate_takes_no_period(text, value):
    assert _period(text, value) == (None, None)


@pytest.mark.parametrize("text, value, start", [
    ("The charity brought in a free number in June 2016. Its volunteers have answered 400,000 calls since then.",
     400000, "2016-06-01"),
    ("A webchat opened in 2019. Since then it has taken 12,000 chats.", 12000, "2019-01-01"),
])
def test_since_then_after_the_sentence_that_dates_it(text, value, start):
    assert _period(text, value) == (start, None)


@pytest.mark.parametrize("text, value, start, end", [
    ("In Essex, there was a 52% rise in contacts from 2017 to 2019, with 810 online users in the county and 64 "
     "calls.", 810, "2019-01-01", "2019-12-31"),
    ("In Essex, there was a 52% rise in contacts from 2017 to 2019, with 810 online users in the county and 64 "
     "calls.", 64, "2019-01-01", "2019-12-31"),
    ("Contacts fell by a fifth between 2018 and 2021, with 300 people calling the line.", 300,
     "2021-01-01", "2021-12-31"),
    ("Between 2018 and 2021, 3,000 people called the line.", 3000, "2018-01-01", "2021-12-31"),
])
def test_a_figure_after_a_change_over_years_is_of_the_last(text, value, start, end):
    assert _period(text, value) == (start, end)


@pytest.mark.parametrize("text, value", [
    ("Since November, 52 men have been arrested in Gwent. The helpline was visited by 2,400 people over the last "
     "month - an increase of 180% on the previous two-month period.", 180),
    ("Since November, 52 men have been arrested in Gwent. Calls have risen by 35% since it opened.", 35),
])
def test_a_change_over_an_unfixed_span_inherits_no_period(text, value):
    record = extract_article(text, source="inheritance.txt", published="2017-03-16")
    change = next(p for p in record.percentages if p.value == value)
    assert change.period_start is None
