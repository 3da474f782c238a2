"""Comparison periods of changes, in sentences of our own (ANNOTATION.md decisions 6 and 7).

A dated event after a base connector is the change's comparison period ("up 24%
compared to the first three months of lockdown"); elsewhere it is the time it names
("At the start of lockdown, ...").
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _change(text: str, published: str | None, value: float):
    record = extract_article(text, source="comparisons.txt", published=published)
    return next(p for p in record.percentages if p.kind == "change" and p.value == value)


@pytest.mark.parametrize("text, value, start, base", [
    ("Between June and August 165 people called, an increase of 24% compared to the first three months of lockdown.",
     24, "2020-06-01", "2020-03-23"),
    ("Over the summer of 2020, calls were up 30% on the first three months of the lockdown.", 30, "2020-01-01",
     "2020-03-23"),
    ("In July 2020 the website had 2,400 visitors, a rise of 51% compared with the start of lockdown.", 51,
     "2020-07-01", "2020-03-23"),
    ("Contacts in August 2020 were 18% higher than at the beginning of the first lockdown.", 18, "2020-08-01",
     "2020-03-23"),
])
def test_an_event_after_a_base_connector_is_the_base(text, value, start, base):
    change = _change(text, "2020-10-02", value)
    assert (change.period_start, change.base_period_start) == (start, base)


@pytest.mark.parametrize("text, value, start", [
    ("At the start of lockdown, the helpline saw a 12% fall in calls.", 12, "2020-03-23"),
    ("Calls have risen by 40% since the first lockdown.", 40, "2020-03-23"),
])
def test_an_event_without_a_connector_is_the_time(text, value, start):
    assert _change(text, "2020-10-02", value).period_start == start


@pytest.mark.parametrize("text, published, count, count_start, base_count, base_start, change, start, base", [
    ("Essex saw a rise too, with 1,230 people contacting the line last year, compared to 515 in 2018 - a rise "
     "of 139 per cent.", "2020-03-01", 1230, "2019-01-01", 515, "2018-01-01", 139, "2019-01-01", "2018-01-01"),
    ("In 2021 the line took 900 calls, up from 735 calls in 2020, a rise of 22%.", None, 900, "2021-01-01",
     735, "2020-01-01", 22, "2021-01-01", "2020-01-01"),
    ("The website had 4,400 visitors in 2022, compared with about 3,100 in 2019, an increase of 42%.", None,
     4400, "2022-01-01", 3100, "2019-01-01", 42, "2022-01-01", "2019-01-01"),
    ("Some 2,050 men called in 2020, against 1,640 men in 2019: up 25%.", None, 2050, "2020-01-01", 1640,
     "2019-01-01", 25, "2020-01-01", "2019-01-01"),
])
def test_the_date_after_the_earlier_figure_is_the_base(text, published, count, count_start, base_count, base_start,
                                                       change, start, base):
    record = extract_article(text, source="comparisons.txt", published=published)
    by_value = {c.value: c.period_start for c in record.counts}
    assert (by_value[count], by_value[base_count]) == (count_start, base_start)
    [pct] = [p for p in record.percentages if p.value == change]
    assert (pct.period_start, pct.base_period_start) == (start, base)


@pytest.mark.parametrize("text, value, start", [
    ("The charity handled more than 5,100 cases in 2016, up on the year before.", 5100, "2016-01-01"),
    ("Calls rose to fewer than 800 in 2019.", 800, "2019-01-01"),
])
def test_a_hedged_figure_keeps_its_own_date(text, value, start):
    record = extract_article(text, source="comparisons.txt")
    assert next(c for c in record.counts if c.value == value).period_start == start


@pytest.mark.parametrize("text, published, value, start, base", [
    ("A charity survey shows a 31 per cent fall in people from Dorset contacting the line over the last three years.",
     "2021-04-02", 31, "2020-01-01", "2018-01-01"),
    ("Calls to the line have risen 45% in the past five years.", "2019-06-30", 45, "2018-01-01", "2014-01-01"),
    ("Visits to the website grew by 80 percent during the last 4 years.", "2023-01-20", 80, "2022-01-01",
     "2019-01-01"),
    ("Calls to the line have risen 45% in the past five years.", None, 45, None, None),
])
def test_a_change_over_the_last_n_years_is_of_the_last_on_the_first(text, published, value, start, base):
    change = _change(text, published, value)
    assert (change.period_start, change.base_period_start) == (start, base)


@pytest.mark.parametrize("text, value", [
    ("Volunteers have answered almost two million calls over the last five years, figures show.", 2000000),
    ("Over the past three years 41,000 people used the website. A total of 9,500 callers rang the line.", 9500),
    ("Over the past three years 41,000 people used the website. A total of 9,500 callers rang the line.", 41000),
    # any number of years, in figures too
    ("The centre opened a second office in 2016. Over the past 25 years it has answered 150,000 calls.", 150000),
    ("Calls were fewest in 2012. In the last 12 years the line took 64,000 calls.", 64000),
])
def test_a_count_over_the_last_n_years_is_a_running_total(text, value):
    record = extract_article(text, source="comparisons.txt", published="2019-04-01")
    count = next(c for c in record.counts if c.value == value)
    assert (count.period_start, count.period_end) == (None, None)


@pytest.mark.parametrize("text, published, value, start, end, base", [
    ("The line had a 31% rise in calls in the week starting 4 May, compared with the week before.", "2020-05-20",
     31, "2020-05-04", "2020-05-10", "2020-04-27"),
    ("In the week beginning Monday 6 April, chats were up 18% on the previous week.", "2020-04-20", 18,
     "2020-04-06", "2020-04-12", "2020-03-30"),
    ("Calls rose 9.5% in the week of March 30, 2020 compared to the week before.", None, 9.5, "2020-03-30",
     "2020-04-05", "2020-03-23"),
    ("Contacts grew by 22% during the week commencing 30th November, compared with the preceding week.",
     "2021-01-10", 22, "2020-11-30", "2020-12-06", "2020-11-23"),
])
def test_a_week_and_the_week_before(text, published, value, start, end, base):
    change = _change(text, published, value)
    assert (change.period_start, change.period_end, change.base_period_start) == (start, end, base)


@pytest.mark.parametrize("second, value", [
    ("Its website recorded a rise in visits of 60% in the same period.", 60),
    ("The webchat had an increase in use of 12.5% in the same week, while emails rose by 7%.", 12.5),
    ("The webchat had an increase in use of 12.5% in the same week, while emails rose by 7%.", 7),
])
def test_a_change_in_the_same_period_shares_the_base(second, value):
    text = "The line had a 31% rise in calls in the week starting 4 May, compared with the week before. " + second
    change = _change(text, "2020-05-20", value)
    assert (change.period_start, change.base_period_start) == ("2020-05-04", "2020-04-27")


@pytest.mark.parametrize("text, value", [
    ("Calls to the line have increased by more than a third since the first UK lockdown.", 33.3),
    ("Chats rose 48% since the national lockdown began.", 48),
    ("Calls are up 20% since the start of the coronavirus lockdown.", 20),
])
def test_a_change_since_lockdown(text, value):
    assert _change(text, None, value).period_start == "2020-03-23"


@pytest.mark.parametrize("text, first, first_start, second, second_start", [
    ("Calls from Kent rose from 400 in 2020 to 800 in 2021, the charity said.", 400, "2020-01-01", 800, "2021-01-01"),
    ("Visits fell from 3,100 in 2018 to 2,600 in 2019.", 3100, "2018-01-01", 2600, "2019-01-01"),
])
def test_a_from_to_pair_dates_each_end_by_its_own_year(text, first, first_start, second, second_start):
    record = extract_article(text, source="comparisons.txt")
    by_value = {c.value: c.period_start for c in record.counts}
    assert (by_value[first], by_value[second]) == (first_start, second_start)


@pytest.mark.parametrize("text, value, start", [
    # the later figure of "up from A in Y1 to B in Y2" is dated by its own year, not by the base year before it
    ("Calls rose by 19%, up from 9,000 in 2022 to 10,800 in 2023.", 10800, "2023-01-01"),
    ("Calls rose by 19%, up from 9,000 in 2022 to 10,800 in 2023.", 9000, "2022-01-01"),
    ("Visits climbed, compared with 610 in 2019 to 900 in 2020.", 900, "2020-01-01"),
    ("Texts went up from 52 last year to 75 this year.", 75, "2024-01-01"),
])
def test_the_later_figure_of_a_pair_keeps_its_own_date(text, value, start):
    record = extract_article(text, source="comparisons.txt", published="2024-06-01")
    count = next(c for c in record.counts if c.value == value)
    assert count.period_start == start


@pytest.mark.parametrize("text, value, start, base", [
    # a change whose own clause names no time, beside a pair of dated figures: of the later period, on the earlier
    ("There was a 100% rise in calls, from 400 in 2020 to 800 in 2021.", 100, "2021-01-01", "2020-01-01"),
    ("Calls rose by 20%, from 9,000 in 2022 to 10,800 in 2023.", 20, "2023-01-01", "2022-01-01"),
    ("Visits fell 25%: 800 in 2019 and 600 in 2020.", 25, "2020-01-01", "2019-01-01"),
    # its own clause's time still wins
    ("In 2021 calls rose 10%, while 400 people wrote in 2019 and 500 in 2020.", 10, "2021-01-01", "2020-01-01"),
    # a year after a preposition of time stays a year before a count noun, as the number finder reads it
    ("In 2021 calls rose 10%.", 10, "2021-01-01", "2020-01-01"),
    # ("since 2019" on a change is its base: test_period_since_base.py)
    ("Since 2019 callers have risen 40%.", 40, None, "2019-01-01"),
])
def test_a_change_beside_a_dated_pair_is_of_its_later_period(text, value, start, base):
    change = _change(text, "2024-06-01", value)
    assert (change.period_start, change.base_period_start) == (start, base)
