"""A count "since its launch" or "in its first year" runs from the launch the article names.

"The line launched on 1 March 2023. In its first year it answered 12,000 calls.": the
twelve months from 1 March 2023; "since its launch" runs from the launch to the publication date
(ANNOTATION.md decision 6). With no dated launch in the text, the count keeps no period.
Sentences of our own writing.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline import extract_article
from pipeline.extract.launch_dates import _add_months


def _count(text: str, published: str, value: int):
    record = extract_article(text, source="launch.txt", published=published)
    [count] = [c for c in record.counts if c.value == value]
    return count


@pytest.mark.parametrize("text, published, value, start, end", [
    ("The line launched on 1 March 2023. In its first year it answered 12,000 calls.", "2024-05-02", 12000,
     "2023-03-01", "2024-02-29"),
    ("The helpline opened in 2012. Since its launch it has taken more than 50,000 calls.", "2024-05-02", 50000,
     "2012-01-01", "2024-05-02"),
    ("In 2002 the charity set up the helpline. Since its inception, the line has dealt with over 60,000 calls.",
     "2015-01-01", 60000, "2002-01-01", "2015-01-01"),
    ("Launched on Nov. 30, 2023, the number is free to call.\n\nIn its first year, responders answered more than "
     "300,000 calls and texts.", "2024-12-02", 300000, "2023-11-30", "2024-11-29"),
    ("The service went live in April 2021 with six advisers. Since it was launched, it has helped 4,200 people.",
     "2023-09-01", 4200, "2021-04-01", "2023-09-01"),
    ("The service was established in 2019. Staff say demand is high. In its first six months the line took 800 calls.",
     "2022-01-01", 800, "2019-01-01", "2019-06-30"),
    # how long ago, counted back from the publication date
    ("The service has had nearly 100,000 contacts since its inception eight years ago.", "2006-07-06", 100000,
     "1998-01-01", "2006-07-06"),
    ("Since it opened 10 years ago, the line has taken 9,000 calls.", "2020-03-01", 9000, "2010-01-01", "2020-03-01"),
    ("Since its launch just six months ago, the lifeline has answered over 20,000 calls.", "2023-01-20", 20000,
     "2022-07-01", "2023-01-20"),
    # "over the next 12 months" right after a launch: the span from it
    ("With little fanfare, the men's line was launched in September 2020. Over the next 12 months, the service "
     "received 1,600 calls.", "2021-12-01", 1600, "2020-09-01", "2021-08-31"),
    ("The line launched in May 2019. In the following six months it took 800 calls.", "2021-12-01", 800,
     "2019-05-01", "2019-10-31"),
    # an object of many words, or naming a line beside another thing
    ("In 2005 we set up the family abuse prevention campaign and helpline, Safe Line. Since its inception, the "
     "confidential helpline has dealt with over 40,000 calls.", "2015-01-01", 40000, "2005-01-01", "2015-01-01"),
    ("In May 2021, the trust launched a confidential and free service for people worried about gambling. In its "
     "first year, it took 900 calls.", "2023-01-01", 900, "2021-05-01", "2022-04-30"),
    # a launch of another thing than a line, when the count names it
    ("The council set up the scheme in 2019. Since its launch, the scheme has had 5,000 referrals.", "2024-05-02",
     5000, "2019-01-01", "2024-05-02"),
    # "since then" right after a sentence that names a launch day
    ("TOWNSVILLE (KXYZ) - The state crisis lifeline launched July 16, 2022. Since then, its call centre has answered "
     "more than 40,000 calls.", "2023-07-20", 40000, "2022-07-16", "2023-07-20"),
])
def test_a_count_runs_from_the_launch(text, published, value, start, end):
    count = _count(text, published, value)
    assert (count.period_start, count.period_end) == (start, end)


@pytest.mark.parametrize("text, published, value", [
    # no launch date in the text
    ("Since its launch the helpline has taken more than 50,000 calls.", "2024-05-02", 50000),
    ("In its first year the line answered 12,000 calls.", "2024-05-02", 12000),
    # a date that is not the launch's
    ("In 2019 the charity moved to Leeds. Since its launch the line has taken 9,000 calls.", "2024-05-02", 9000),
    # "the following six months" after a date that is no launch
    ("The office moved in May 2019. In the following six months the line took 800 calls.", "2021-12-01", 800),
    # "years ago" with no publication date
    ("Since it opened 10 years ago, the line has taken 9,000 calls.", None, 9000),
    # "since then" after a sentence that names no launch
    ("The charity moved on 3 May 2021. Since then, its line has answered 8,000 calls.", "2023-07-20", 8000),
    # a launch, but not of a service: an office
    ("In 2016 the charity opened a Leeds office. Since it was set up, 12,000 people have contacted the line.",
     "2019-03-01", 12000),
    # a launch word and a service in one sentence, the launch of something else
    ("The council launched its new app in 2019. Since its launch, the helpline has taken 5,000 calls.",
     "2024-05-02", 5000),
    ("The helpline, which the police launched an inquiry into in 2018, has taken 9,000 calls since its launch.",
     "2024-05-02", 9000),
    ("In 2010 the charity opened a new helpline office in Leeds. Since its launch the service has taken 20,000 "
     "calls.", "2024-05-02", 20000),
    ("The helpline launched a campaign in 2022. Since its launch it has answered 12,000 calls.", "2024-05-02",
     12000),
])
def test_no_launch_date_no_period(text, published, value):
    assert _count(text, published, value).period_start is None


@pytest.mark.parametrize("day, months, end", [
    (datetime.date(2023, 3, 1), 12, datetime.date(2024, 2, 29)),
    (datetime.date(2023, 11, 30), 12, datetime.date(2024, 11, 29)),
    (datetime.date(2023, 1, 1), 6, datetime.date(2023, 6, 30)),
])
def test_the_end_of_a_span_from_a_day(day, months, end):
    assert _add_months(day, months) == end


@pytest.mark.parametrize("opening", [
    "The helpline opened in 2020.\n\n",  # every count runs from the one launch at the top
    "",  # no launch at all: every count looks back and finds none
])
def test_many_counts_from_a_launch_read_each_sentence_once(monkeypatch, opening):
    """A page of counts "since its launch" reads each sentence for a launch once, not once per count."""
    from pipeline.extract import launch_dates
    reads: list[str] = []
    real = launch_dates._launch_in
    monkeypatch.setattr(launch_dates, "_launch_in", lambda s, p: reads.append(s.text) or real(s, p))
    n = 120
    text = opening + " ".join(f"Since its launch, it has taken {1000 + i:,} calls." for i in range(n))
    record = extract_article(text, source="launch.txt", published="2024-05-02")
    assert len(reads) <= n + 1
    starts = {c.period_start for c in record.counts if c.value >= 1000}
    assert starts == ({"2020-01-01"} if opening else {None})
