"""How a period named without its year gets one, in sentences of our own (ANNOTATION.md decision 6).

A span of months with no year ("between June and August") takes the year of the period
the sentences before it are about; with none before it, the latest such span that has
begun by the publication date; with neither, it stays undated.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _count(text: str, published: str | None, value: int):
    record = extract_article(text, source="resolution.txt", published=published)
    return next(c for c in record.counts if c.value == value)


@pytest.mark.parametrize("text, published, value, start, end", [
    ("Between June and August the line was called by 165 people from Kent.", "2020-10-02", 165,
     "2020-06-01", "2020-08-31"),
    ("From March to May, 312 men asked the charity for help.", "2021-09-14", 312, "2021-03-01", "2021-05-31"),
    ("Between October and December the website had 4,020 visitors.", "2022-02-01", 4020,
     "2021-10-01", "2021-12-31"),
    ("Between November and January the service answered 730 calls.", "2023-03-10", 730,
     "2022-11-01", "2023-01-31"),
    ("Between April and June, 90 people contacted the helpline.", "2019-05-20", 90, "2019-04-01", "2019-06-30"),
    ("Between June and August the line was called by 165 people from Kent.", None, 165, None, None),
])
def test_a_month_span_without_a_year_is_the_latest_before_publication(text, published, value, start, end):
    count = _count(text, published, value)
    assert (count.period_start, count.period_end) == (start, end)


@pytest.mark.parametrize("text, value, start", [
    ("In 2018 the line took 700 calls. Between June and August, 165 people called it.", 165, "2018-06-01"),
    ("The charity took 900 calls in 2017. From March to May, 312 of the callers were men.", 312, "2017-03-01"),
])
def test_a_month_span_without_a_year_takes_the_year_of_the_period_before(text, value, start):
    assert _count(text, "2020-10-02", value).period_start == start


@pytest.mark.parametrize("text, published, value, start", [
    ("Between June and August the line was called by 165 people. In that time the website had 2,760 visitors.",
     "2020-10-02", 2760, "2020-06-01"),
    ("From March to May, 312 men asked the charity for help. During that period it also missed 96 calls.",
     "2021-09-14", 96, "2021-03-01"),
])
def test_that_period_after_a_month_span_without_a_year(text, published, value, start):
    assert _count(text, published, value).period_start == start


@pytest.mark.parametrize("text, value, start, end", [
    ("The branch answered 52,100 calls, 1,200 emails and 640 texts in the 12-month period from October 2017 to "
     "September 2018.", 640, "2017-10-01", "2018-09-30"),
    ("In the twelve-month period between May 2020 and April 2021 the website had 9,300 visits.", 9300,
     "2020-05-01", "2021-04-30"),
    ("Volunteers took 3,050 calls in the 12-month period to March 2019.", 3050, "2018-04-01", "2019-03-31"),
    ("Volunteers took 3,050 calls in the twelve-month period ending June 2022.", 3050, "2021-07-01", "2022-06-30"),
    ("The line took 800 calls in 2019 and 1,000 in the 12-month period that followed.", 800, "2019-01-01",
     "2019-12-31"),
])
def test_the_12_month_period_named_by_its_dates(text, value, start, end):
    count = _count(text, None, value)
    assert (count.period_start, count.period_end) == (start, end)


@pytest.mark.parametrize("text, published, value, start", [
    ("Last December, the line took 2,300 calls.", "2022-12-23", 2300, "2021-12-01"),
    ("Last December, the line took 2,300 calls.", "2023-02-01", 2300, "2022-12-01"),
    ("Last May, 300 people called the helpline.", "2022-06-10", 300, "2022-05-01"),
    ("In May, 300 people called the helpline.", "2022-05-10", 300, "2022-05-01"),
    ("In May, 300 people called the helpline.", "2022-04-10", 300, "2021-05-01"),
])
def test_a_month_named_alone(text, published, value, start):
    assert _count(text, published, value).period_start == start


def _change(text: str, published: str | None, value: float):
    record = extract_article(text, source="resolution.txt", published=published)
    return next(p for p in record.percentages if p.kind == "change" and p.value == value)


@pytest.mark.parametrize("text, published, value, start, base", [
    ("In May alone, calls to the branch rose 8.2% compared to April.", None, 8.2, None, None),
    ("In May 2016 alone, calls to the branch rose 8.2% compared to April.", None, 8.2, "2016-05-01", "2016-04-01"),
    ("In January 2019, chats were up 5% compared with December.", None, 5, "2019-01-01", "2018-12-01"),
    ("In March 2021 the website had 14% more visits than in February.", None, 14, "2021-03-01", "2021-02-01"),
    ("In May, calls to the branch rose 8.2% compared to April.", "2017-06-30", 8.2, "2017-05-01", "2017-04-01"),
])
def test_a_month_compared_with_another(text, published, value, start, base):
    change = _change(text, published, value)
    assert (change.period_start, change.base_period_start) == (start, base)


@pytest.mark.parametrize("text, value, start", [
    ("Last December, calls were 23 per cent higher than average.", 23, "2021-12-01"),
    ("In 2022, 1,900 crimes were recorded, 6.6% higher than the five-year average.", 6.6, "2022-01-01"),
    ("Contacts in 2022 were 12% up on the average.", 12, "2022-01-01"),
])
def test_a_change_against_an_average_has_no_base(text, value, start):
    change = _change(text, "2022-12-23", value)
    assert (change.period_start, change.base_period_start) == (start, None)


@pytest.mark.parametrize("text, value, start", [
    ("The charity said 412 people called between January and June this year, 90 more than the same period in 2020. "
     "Across the region, 2,950 people got in touch in the first half of this year.", 2950, "2021-01-01"),
    ("The charity said 412 people called between January and June this year, 90 more than the same period in 2020.",
     412, "2021-01-01"),
    ("Figures show 310 people called the line last year, compared to 264 in 2016.", 310, "2017-01-01"),
    ("Figures show 310 people called the line last year, compared to 264 in 2016. In March, 40 people called.",
     40, "2017-03-01"),  # the year of the period before, not the date the text implies
    ("Figures show 310 people called the line last year, compared to 264 in 2016. We spoke to them. It rained. "
     "The sun came out. Then it rained again. In March, 40 people called.", 40, None),
    ("The line took 310 calls last year.", 310, None),
])
def test_this_year_anchored_by_the_text_without_a_date(text, value, start):
    assert _count(text, None, value).period_start == start
