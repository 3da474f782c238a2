"""A date after "compared to/with" and a thing (not a figure) is the comparison's, not the fact's.

"up 40% compared to the first lockdown in 2020" compares with 2020: 2020 is the change's base
period, and no period of the change or of the counts beside it; "compared with 300 in 2019" (a
figure) was already so. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.periods import find_periods


@pytest.mark.parametrize("text, mention, role", [
    ("Texts are up 40% compared to the first lockdown in 2020.", "in 2020", "base"),
    ("Demand rose 60% compared with the average week in 2019.", "in 2019", "base"),
    ("Calls were 25% higher compared to level 3 restrictions in 2021.", "in 2021", "base"),
    ("The line took 500 calls, compared with 300 in 2019.", "in 2019", "base"),
    ("The line took 500 calls in 2019, compared with the year before.", "in 2019", "time"),
    ("Calls rose 20% in 2022 compared to the year before.", "in 2022", "time"),
])
def test_the_date_of_a_compared_thing_is_a_base(text, mention, role):
    found = next(m for m in find_periods(text) if m.text.endswith(mention))
    assert found.role == role


@pytest.mark.parametrize("text, published, period, base", [
    ("Calls and texts to the line are up 40% compared to the lockdown in 2020.", "2021-09-09", None, "2020-01-01"),
    ("Contacts were up 55 per cent compared with the busiest month in 2018.", None, None, "2018-01-01"),
])
def test_a_change_on_a_compared_thing(text, published, period, base):
    record = extract_article(text, source="compared.txt", published=published)
    [change] = [p for p in record.percentages if p.kind == "change"]
    assert (change.period_start, change.base_period_start) == (period, base)


def test_a_count_beside_it_takes_no_base_year():
    record = extract_article("The line took 9,100 calls, an 80% rise compared to the average week in 2019.",
                             source="compared.txt", published="2021-09-09")
    count = next(c for c in record.counts if c.value == 9100)
    assert count.period_start != "2019-01-01"
