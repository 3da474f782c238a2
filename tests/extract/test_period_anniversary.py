"""An undated article's year from an anniversary and the founding date it counts from.

"Celebrating 50 years, after taking its first call in March 1971" puts the article in 2021, so its
"last year" is 2020 (ANNOTATION.md decision 6: resolved when the text anchors it). One age and one
founding year are needed; a page's own date wins. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.anniversary_year import anniversary_date


@pytest.mark.parametrize("text, year", [
    ("The branch is celebrating 50 years of listening, after taking its first call in March 1971.", 2021),
    ("The line was founded in 1994 and this month marks its 25th anniversary.", 2019),
    ("Volunteers celebrate the 40th birthday of their branch, which opened in 1979.", 2019),
    ("Thirty years after it was founded in 1990, the helpline is busier than ever.", 2020),
    ("The service, set up in 2005, marked ten years of support in May.", 2015),
    ("The centre first opened in 1986 and is now celebrating its thirtieth anniversary.", 2016),
    # no founding year, no age, or two of either: nothing implied
    ("The branch celebrates its 60th anniversary this week.", None),
    ("The charity was founded in 1992 by a teacher. Its founder died 10 years ago.", None),
    ("It was founded in 1992 and marks its 30th anniversary; its shop, opened in 2001, turns 21.", None),
    ("", None),
])
def test_anniversary_date(text, year):
    found = anniversary_date(text)
    assert (found.year if found else None) == year


@pytest.mark.parametrize("text, published, expected", [
    ("Branch marks 50 years\n\nThe Samaritans branch is celebrating 50 years of listening, after taking its first "
     "call in March 1971.\n\nLast year its volunteers answered 9,300 calls.", None, ("2020-01-01", "2020-12-31")),
    ("A helpline turns 25\n\nThe line was founded in 1994 and this month marks its 25th anniversary.\n\n"
     "Last year it took 5,120 calls, the manager said.", None, ("2018-01-01", "2018-12-31")),
    # the page's date wins over the anniversary
    ("The branch, founded in 1968, celebrates 50 years.\n\nLast year it answered 9,300 calls.", "2020-02-01",
     ("2019-01-01", "2019-12-31")),
    # an age that is no body's: "last year" stays open
    ("The charity was founded in 1992 by a teacher. Its founder died 10 years ago.\n\n"
     "Last year it answered 9,300 calls.", None, (None, None)),
])
def test_last_year_of_an_anniversary(text, published, expected):
    record = extract_article(text, source="t.txt", published=published)
    [fact] = [c for c in record.counts if c.value in (9300, 5120)]
    assert (fact.period_start, fact.period_end) == expected


@pytest.mark.parametrize("text", [
    # the age is of something else than the body whose founding the text dates: no year of the article
    "The helpline, founded in 1994, took 300 calls. The town's carnival marks its 25th anniversary this summer.",
    "The helpline took 300 calls. Jo Roe turns 50 next week; she founded the line in 1985.",
    "The line was set up in 1990. Its shop is celebrating 20 years on the high street.",
])
def test_no_year_from_an_age_of_something_else(text):
    assert anniversary_date(text) is None


def test_an_age_in_the_headline_counts_with_a_founding_sentence_of_its_own():
    text = ("Harbour branch celebrates 40th birthday\n\nThe group is now into its 40th year.\n\nIts director said: "
            "\"The branch was officially created on May 1, 1980, and has served the town since then.\"")
    found = anniversary_date(text)
    assert found is not None and found.year == 2020
