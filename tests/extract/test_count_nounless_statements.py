"""Figures a clause states with no noun of their own (extract21, ``nounless_counts`` and ``count_differences``).

"In 2019 there were 431.", "The previous 12 months saw 1,120.", "..., when there were 1,842.": a figure that
"there were" or its period's "saw" states, its clause ending right after it, counts what the count before counts.
"almost trebling the previous year's 41,500": a figure a period owns, after a count compared with it, counts what
that count counts. "The previous year's figure, published in the annual report, was 17,350": a figure word keeps
its figure across an aside. "with 329 coming from Aberdeenshire" after a count: another place's part of what that
count counts. "picked up 48,144 calls": the verb's own "up" makes no change's size. Sentences of our
own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _counts(text: str) -> dict[int, tuple]:
    record = extract_article("Helpline figures\n\n" + text, source="nounless.txt", published="2024-06-01")
    return {c.value: (c.measure, c.period_start) for c in record.counts if c.qualifier != "vague"}


@pytest.mark.parametrize("text, value, measure, start", [
    ("The Exeter line took 2,310 calls last year. In 2020 there were 1,045.", 1045, "helpline_calls", "2020-01-01"),
    ("Stop It Now heard from 812 people in 2023. In 2021 there were just 530.", 530, "helpline_contacts",
     "2021-01-01"),
    ("The website had 6,400 visits in the six months to June. The six months before saw 5,120.", 5120,
     "website_users", None),
    ("Calls to the line fell to 940 in 2023, when there were 1,210 the year before.", 1210, "helpline_calls",
     "2022-01-01"),
    ("Its website had more than 95,000 visits in 2023, nearly double the previous year's 48,700.", 48700,
     "website_users", None),
    ("The line answered 30,150 calls in 2023. The 2022 figure, quoted in the charity's report, was 26,900.", 26900,
     "helpline_calls", "2022-01-01"),
    ("Volunteers in Ayr picked up 7,215 calls in 2023.", 7215, "helpline_calls", "2023-01-01"),
    ("Hull city accounted for 612 of the 2023/24 calls, with 288 coming from Beverley.", 288, "helpline_calls",
     "2023-04-01"),
    ("The Carlisle branch has picked up more than 3,000 calls since January.", 3000, "helpline_calls", None),
    # a dash set off by spaces ends the figure's clause (twenty-fifth round)
    ("The Hexham line took 2,120 calls in 2023. In 2022 there were 1,480 \u2013 the most since it opened.", 1480,
     "helpline_calls", "2022-01-01"),
    ("The Hexham line took 2,120 calls in 2023. In 2022 there were 1,480 - a record at the time.", 1480,
     "helpline_calls", "2022-01-01"),
    ("Stop It Now heard from 960 people in 2023. A year earlier there were 700 \u2014 a rise of 37 per cent.", 700,
     "helpline_contacts", None),
    # "turned to <the line> N times": a count of contacts (times_verbs)
    ("Gamblers in Fife turned to the National Gambling Helpline 1,240 times in 2023.", 1240, "helpline_contacts",
     "2023-01-01"),
    ("Families turned to the line 415 times last winter.", 415, "helpline_contacts", None),
])
def test_a_nounless_figure_counts_what_is_stated(text, value, measure, start):
    counts = _counts(text)
    assert value in counts
    assert counts[value][0] == measure
    if start is not None:
        assert counts[value][1] == start


@pytest.mark.parametrize("text, value, measure", [
    # the size of a change stays one
    ("Calls were up 420 on 2022.", 420, "other"),
    ("The number of calls rose by 1,300 last year.", 1300, "other"),
])
def test_a_change_size_stays_other(text, value, measure):
    counts = _counts(text)
    assert counts[value][0] == measure


@pytest.mark.parametrize("text, value", [
    # "there were" with a noun after the figure is no nounless figure to carry (its own noun decides)
    ("The line took 2,310 calls last year. In 2020 there were 40 volunteers on its rota.", 40),
    # a dash that is no clause end (a range) carries nothing
    ("The line took 2,310 calls last year. In 2020 there were 40-50 volunteers on its rota.", 40),
])
def test_a_figure_with_its_own_noun_is_not_carried(text, value):
    counts = _counts(text)
    assert counts.get(value, ("other",))[0] == "other"


def test_a_bare_figure_of_a_named_year_keeps_last_year_unresolved():
    """Undated: "1,470 calls last year. In 2022 there were 760." sets two years side by side (named_year)."""
    record = extract_article("Helpline figures\n\nThe Exeter line took 1,880 calls last year.\n\nIn 2021 there "
                             "were 940.", source="nounless.txt", published=None)
    periods = {c.value: c.period_start for c in record.counts}
    assert periods == {1880: None, 940: "2021-01-01"}
