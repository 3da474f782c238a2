"""Spans of days within a month, and the first or last months of a named year.

"198 calls from July 16-26", "between 3 and 9 June", "June 28 to July 4, 2021": the days named, in the
year named after them, else the latest such span begun by the publication date. "And" joins two days
only after "between" and not before a word ("between July 16 and 26 people" is a count); with no
"from", "between", preposition or year the days are an aside's ("Prevention Month (1-31 May)").
"The last six months of 2018", "the first 10 months of 2020": those months of that year, not the
whole year nor a span counted back from the publication date. Sentences of our own writing.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline import extract_article
from pipeline.extract.periods import find_periods

PUBLISHED = datetime.date(2022, 8, 1)


@pytest.mark.parametrize("text, expected", [
    ("The centre took 198 calls from July 16-26.", ("2022-07-16", "2022-07-26")),
    ("The line answered 420 calls between July 16 and 26.", ("2022-07-16", "2022-07-26")),
    ("Between July 16 and 26, the line answered 420 calls.", ("2022-07-16", "2022-07-26")),
    ("The helpline took 530 calls from 3 to 9 June.", ("2022-06-03", "2022-06-09")),
    ("From June 28 to July 4, 2021, some 610 people called the line.", ("2021-06-28", "2021-07-04")),
    ("A total of 900 calls came in from Feb. 1 through Oct. 31.", ("2022-02-01", "2022-10-31")),
    ("During 3-9 June, 300 people called.", ("2022-06-03", "2022-06-09")),
    # the latest such span begun by the publication date: September is of the year before
    ("The line took 75 calls from September 2-8.", ("2021-09-02", "2021-09-08")),
    # the first day's month named too, and spans into the new year: the end in the year after the start
    ("The line took 500 calls between 1 March and 30 April.", ("2022-03-01", "2022-04-30")),
    ("The branch answered 1,400 calls between 21 December and 4 January.", ("2021-12-21", "2022-01-04")),
    ("From December 27 to January 3, the line took 300 calls.", ("2021-12-27", "2022-01-03")),
    ("Between 20 December and 2 January 2021, 800 people called.", ("2020-12-20", "2021-01-02")),
    ("Between 3 and 9 June the line took 530 calls.", ("2022-06-03", "2022-06-09")),
    # no span of days
    ("Between July 16 and 26 people called the line.", None),
    ("The campaign runs during Prevention Month (1-31 May).", None),
    ("The line took 60 calls from July 26-16.", None),
    ("The line took 60 calls from 26 July to 16 July.", None),
])
def test_a_span_of_days(text, expected):
    spans = [m.period.iso() for m in find_periods(text, published=PUBLISHED) if m.period is not None]
    assert spans == ([expected] if expected else [])


@pytest.mark.parametrize("text, expected", [
    ("in the last six months of 2018", ("2018-07-01", "2018-12-31")),
    ("over the first nine months of 2021", ("2021-01-01", "2021-09-30")),
    ("in the first 10 months of 2020", ("2020-01-01", "2020-10-31")),
    ("in the final two months of 2019", ("2019-11-01", "2019-12-31")),
    ("during the last three months of 2022", ("2022-10-01", "2022-12-31")),
    ("the opening seven months of 2017", ("2017-01-01", "2017-07-31")),
])
def test_months_of_a_named_year(text, expected):
    [mention] = find_periods(text, published=PUBLISHED)
    assert (mention.text.lower(), mention.period.iso()) == (text, expected)


@pytest.mark.parametrize("text, published, value, expected", [
    ("The national line received 23,038 calls from the state in the last six months of 2018.", None, 23038,
     ("2018-07-01", "2018-12-31")),
    ("Over the first nine months of 2021, 6,400 people called the line.", None, 6400, ("2021-01-01", "2021-09-30")),
    ("The centre took 198 calls from July 16-26.", "2022-08-01", 198, ("2022-07-16", "2022-07-26")),
    ("From June 28 to July 4, 2021, some 610 people called the line.", None, 610, ("2021-06-28", "2021-07-04")),
    # counted back from the publication date: no period (ANNOTATION.md decision 6)
    ("In the last six months, 500 people called the line.", "2023-05-01", 500, (None, None)),
    ("Aged 16-25, some 300 people called the line in 2021.", None, 300, ("2021-01-01", "2021-12-31")),
])
def test_facts_of_such_spans(text, published, value, expected):
    record = extract_article(text, source="t.txt", published=published)
    [fact] = [c for c in record.counts if c.value == value]
    assert (fact.period_start, fact.period_end) == expected
