"""Dates a sentence leaves to the sentences before it: an undated from-to pair, a bare month.

A pair with no date of either end is of the year (or financial year) stated last, a few
sentences back, its earlier end of the year before; an open span ("since 2015") or a later
statement dates no pair. With no publication date, a bare month takes the year the sentences
before name. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, expected", [
    # the second clause of a sentence of pairs, and the sentence after
    ("Calls to the helpline in Kent rose to 410 in 2021/22, up from 300 the year before.\n\n"
     "In Surrey over the same period calls fell from 90 to 75, while in Sussex they rose from 40 to 52.\n\n"
     "In Essex calls rose from 120 to 150.",
     {40: "2020-04-01", 52: "2021-04-01", 120: "2020-04-01", 150: "2021-04-01"}),
    ("The helpline took 2,300 calls in 2019.\n\nIn Leeds the number of calls went from 210 to 260.",
     {210: "2018-01-01", 260: "2019-01-01"}),
    ("In 2022 the charity's helpline answered 5,100 calls. Calls from Cornwall increased from 310 to 355, "
     "the charity said.", {310: "2021-01-01", 355: "2022-01-01"}),
    ("Contacts to the line rose by 20% in 2023.\n\nIn Norfolk, contacts rose from 500 to 600.",
     {500: "2022-01-01", 600: "2023-01-01"}),
    ("Between April 2020 and March 2021 the helpline received 3,400 calls. In Derby, calls went up from 150 "
     "to 210 and in Nottingham from 95 to 130.",
     {150: "2019-04-01", 210: "2020-04-01", 95: "2019-04-01", 130: "2020-04-01"}),
    # ends with dates of their own keep them
    ("The helpline took 900 calls in 2021. Calls from Bath rose from 40 in 2019 to 70 in 2020.",
     {40: "2019-01-01", 70: "2020-01-01"}),
    # no year before the pair, or an open span: no period
    # ends that name times of their own in words (seasons, weeks) are no undated pair of years
    ("The helpline took 2,000 calls in 2022. The weekly figure rose from 100 in spring to 125 in autumn.",
     {100: None, 125: None}),
    ("Calls from Devon went from 80 to 95. The service took 1,200 calls in 2020.", {80: None, 95: None}),
    ("Since the line opened in 2015, it has taken 40,000 calls.\n\nCalls from Kent rose from 30 to 60.",
     {30: None, 60: None}),
])
def test_an_undated_pair_takes_the_year_stated_before(text, expected):
    record = extract_article(text, source="pair.txt")
    assert {c.value: c.period_start for c in record.counts if c.value in expected} == expected


@pytest.mark.parametrize("text, published, expected", [
    ("The helpline has been busier since February 2023, when its new number went live. Calls from Dorset "
     "went from 31 in April to 44 in August.", None, {31: "2023-04-01", 44: "2023-08-01"}),
    ("In 2018 the service moved to a new office in Hull.\n\nIt answered 350 calls in October.", None,
     {350: "2018-10-01"}),
    ("Figures for 2017 were released on Monday. The helpline received 210 calls in November and 260 in "
     "December.", None, {210: "2017-11-01", 260: "2017-12-01"}),
    ("The line took 7,000 calls in 2019.\n\nIn July alone it took 640 calls.", None, {640: "2019-07-01"}),
    # a publication date fixes the month's year
    ("The line opened in 2015.\n\nIt answered 350 calls in March.", "2021-06-01", {350: "2021-03-01"}),
    # nothing before names a year
    ("The line is busy.\n\nIt answered 350 calls in March.", None, {350: None}),
])
def test_a_bare_month_takes_the_year_named_before(text, published, expected):
    record = extract_article(text, source="month.txt", published=published)
    assert {c.value: c.period_start for c in record.counts if c.value in expected} == expected


@pytest.mark.parametrize("text, published, expected", [
    ("The helpline received 210 calls in November and 260 in December.", "2020-12-20",
     {210: "2020-11-01", 260: "2020-12-01"}),
    ("Calls to the helpline from Dorset went from 31 in April to 44 in August.", "2024-12-01",
     {31: "2024-04-01", 44: "2024-08-01"}),
    ("The helpline took 1,100 calls in March, 1,250 in April and 1,400 in May.", "2021-07-01",
     {1100: "2021-03-01", 1250: "2021-04-01", 1400: "2021-05-01"}),
    ("Calls to the helpline fell from 90 in January 2020 to 70 in June.", None, {90: "2020-01-01", 70: "2020-06-01"}),
])
def test_a_month_before_another_figure_is_that_figure_s_own(text, published, expected):
    record = extract_article(text, source="months.txt", published=published)
    assert {c.value: c.period_start for c in record.counts if c.value in expected} == expected


@pytest.mark.parametrize("text", [
    "Calls to the helpline are 41% higher since February 2024, when the new number went live. Each month's "
    "calls went from 31 in April to 44 in August.",
    "Calls to the helpline were up 25% on January. Calls rose from 40 in February to 48 in April.",
])
def test_a_change_is_not_checked_against_a_pair_of_other_months(text):
    record = extract_article(text, source="since.txt", published="2024-11-01")
    assert [c.verdict for c in record.checks if c.verdict == "inconsistent"] == []


@pytest.mark.parametrize("text, values", [
    ("The line took 900 calls in 2023. Over ten years, calls rose from 400 to 500.", (400, 500)),
    ("In 2022/23 the line took 900 calls. Before the pandemic, calls rose from 400 to 600.", (400, 600)),
    ("The line took 900 calls in 2023. In its first years calls rose from 40 to 60.", (40, 60)),
    ("The line took 900 calls in 2023. During lockdown calls rose from 40 to 60.", (40, 60)),
    ("The line took 900 calls in 2023. Over the decades calls went from 40 to 900.", (40,)),
    ("The line took 900 calls in 2023. When it launched, calls rose from 40 to 60.", (40, 60)),
])
def test_a_pair_whose_sentence_names_another_time_in_words_is_not_dated(text, values):
    """"Before the pandemic", "over ten years": the pair's sentence names its own time in words the
    periods do not read, so the pair is not of the year stated last."""
    record = extract_article(text, source="pair.txt", published="2024-03-01")
    assert {c.value: c.period_start for c in record.counts if c.value in values} == {v: None for v in values}


@pytest.mark.parametrize("text", [
    "Calls to the line rose 20% in 2023. Over ten years, calls rose from 400 to 500.",
    "In 2023 calls to the line rose by 20%. Before the pandemic, calls rose from 400 to 500.",
    "In 2022/23 calls to the line rose by 20%. In its first years calls rose from 400 to 500.",
    "In 2023 calls to the line rose by 20%. During lockdown calls rose from 400 to 500.",
])
def test_no_inconsistent_on_a_pair_of_another_time_told_in_words(text):
    record = extract_article(text, source="pair.txt", published="2024-03-01")
    assert [c.verdict for c in record.checks if c.verdict == "inconsistent"] == []
