"""A year given only in the headline, in sentences of our own (ANNOTATION.md decision 6).

A headline that names one calendar year ("Crisis line took twice as many calls in 2019")
dates the body's figures that name no time of their own; a change so dated is on the year
before. A headline year after "since", "compared with" and the like, a financial year, two
years, or a figure of a standing kind ("every year", "at some stage in their lives") dates
nothing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.headline_year import headline_year


@pytest.mark.parametrize("text, year", [
    ("Crisis line took twice as many calls in 2019\n\nBody.", 2019),
    ("helpline dealt with record number of calls 2018\n\nBody.", 2018),
    ("Record Demand For Support Line In 2016\n\nBody.", 2016),
    ("2017: a busy year for the listening service\n\nBody.", 2017),
    ("Calls to the line up since 2019\n\nBody.", None),
    ("Calls to the line compared with 2019\n\nBody.", None),
    ("Calls rose in 2019/20\n\nBody.", None),
    ("charity annual figures 2021 22\n\nBody.", None),
    ("Calls rose from 2018 to 2019\n\nBody.", None),
    ("The line took 400 calls in 2019.\n\nBody.", None),
    ("Volunteers needed for the listening line\n\nIn 2019 it took calls.", None),
    ("Listening line answered 2019 calls\n\nBody.", 2019),
    ("12 January 2022 | Updated 13 January 2022\n\nBody.", None),
    ("NORTH | 6 Feb. 2024\n\nBody.", None),
    ("Listening line took record calls in March 2020\n\nBody.", None),
])
def test_headline_year(text, year):
    assert headline_year(text) == year


def _facts(text: str, published=None):
    record = extract_article(text, source="headline.txt", published=published)
    return ({c.value: c.period_start for c in record.counts},
            {p.value: (p.period_start, p.base_period_start) for p in record.percentages})


@pytest.mark.parametrize("text, published, counts, pcts", [
    ("Listening line took more calls than ever in 2019\n\nThe charity answered 5,200 calls, an increase of 30%. "
     "Forty per cent of callers were men.", "2020-02-03",
     {5200: "2019-01-01"}, {30.0: ("2019-01-01", "2018-01-01"), 40.0: ("2019-01-01", None)}),
    ("Support line busier than ever 2021\n\nVolunteers took 810 calls about money, up 12%.", None,
     {810: "2021-01-01"}, {12.0: ("2021-01-01", "2020-01-01")}),
    ("Listening line took more calls than ever in 2019\n\nThe charity answered 5,200 calls in 2018.",
     "2020-02-03", {5200: "2018-01-01"}, {}),
    ("Listening line took more calls than ever in 2019\n\nAbout 20% of adults feel low every year.",
     "2020-02-03", {}, {20.0: (None, None)}),
    ("Listening line took more calls than ever in 2019\n\nThe charity was set up by volunteers. It runs a shop. It trains listeners. "
     "Its board meets weekly. Police estimate that 300,000 people pose a risk.", "2020-02-03", {300000: None}, {}),
    ("Listening line took more calls than ever in 2019\n\nThe charity answered 5,200 calls, up 30% on the five-year average.",
     "2020-02-03", {5200: "2019-01-01"}, {30.0: ("2019-01-01", None)}),
    ("Calls to the listening line up since 2015\n\nThe charity was set up by volunteers. It runs a shop. It trains listeners. Its board meets weekly. "
     "The charity answered 5,200 calls, an increase of 30%.",
     "2020-02-03", {5200: None}, {30.0: (None, None)}),
    ("Listening line to take more calls in 2031\n\nThe charity was set up by volunteers. It runs a shop. It trains listeners. Its board meets weekly. "
     "The charity answered 5,200 calls, an increase of 30%.",
     "2020-02-03", {5200: None}, {30.0: (None, None)}),
])
def test_headline_year_dates_undated_figures(text, published, counts, pcts):
    assert _facts(text, published) == (counts, pcts)


@pytest.mark.parametrize("text, counts", [
    ("Record demand for the support line in 2015\n\nThe line received more than 90,000 calls last year.",
     {90000: "2015-01-01"}),
    ("Record demand for the support line in 2015\n\nThe line received 90,000 calls last year and 20,000 so far this year.",
     {90000: None, 20000: None}),
])
def test_headline_year_anchors_last_year(text, counts):
    assert _facts(text)[0] == counts
