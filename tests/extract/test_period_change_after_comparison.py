"""A change stated in the sentence after a comparison is of the later figure's period, on the earlier's.

"1,850 calls in 2022-23, compared with 1,500 in 2021-22. That is a rise of 23 per cent." took the period of the
figure it points back to, the earlier one (2021-22 on 2020-21); it is 2022-23 on 2021-22, and its count and base
count are the pair (``extract/compared_change.py``). Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _change(text: str, published: str = "2024-05-02"):
    record = extract_article("Helpline figures\n\n" + text, source="compared.txt", published=published)
    [change] = [p for p in record.percentages if p.kind == "change"]
    counts = {c.id: c.value for c in record.counts}
    return change, counts


@pytest.mark.parametrize("text, period, base, values", [
    ("The line took 1,850 calls in 2022-23, compared with 1,500 in 2021-22. That is a rise of 23 per cent.",
     ("2022-04-01", "2023-03-31"), ("2021-04-01", "2022-03-31"), (1850, 1500)),
    ("Last year 1,200 people contacted the charity, up from 950 the year before. The rise was 26 per cent.",
     ("2023-01-01", "2023-12-31"), ("2022-01-01", "2022-12-31"), (1200, 950)),
    ("The helpline took 2,100 calls in 2021, compared with 1,750 the previous year. That is an increase of 20%.",
     ("2021-01-01", "2021-12-31"), ("2020-01-01", "2020-12-31"), (2100, 1750)),
    ("Some 640 people called in 2023, against 500 in 2022. This represents a 28% increase.",
     ("2023-01-01", "2023-12-31"), ("2022-01-01", "2022-12-31"), (640, 500)),
    ("In the year ending March 2023, 760 people got in touch, against 700 in the year ending March 2022. "
     "That is a rise of 9 per cent.",
     ("2022-04-01", "2023-03-31"), ("2021-04-01", "2022-03-31"), (760, 700)),
    ("The service heard from 400 people in June 2023, down from 500 in June 2022. It was a fall of 20%.",
     ("2023-06-01", "2023-06-30"), ("2022-06-01", "2022-06-30"), (400, 500)),
    ("The line took 900 calls in 2021/22, versus 1,000 in 2020/21. That was a 10 per cent drop.",
     ("2021-04-01", "2022-03-31"), ("2020-04-01", "2021-03-31"), (900, 1000)),
])
def test_the_change_is_of_the_later_figure_on_the_earlier(text, period, base, values):
    change, counts = _change(text)
    assert (change.period_start, change.period_end) == period
    assert (change.base_period_start, change.base_period_end) == base
    assert (counts[change.count_ref], counts[change.base_count_ref]) == values


@pytest.mark.parametrize("text, period, base", [
    # the change names its own period: it keeps it
    ("The line took 1,850 calls in 2023, compared with 1,500 in 2022. In 2022 the rise was 12 per cent.",
     ("2022-01-01", "2022-12-31"), ("2021-01-01", "2021-12-31")),
    # no comparison before it: the count's period, year on year, as before
    ("The line took 1,850 calls in 2023. That is a rise of 23 per cent.",
     ("2023-01-01", "2023-12-31"), ("2022-01-01", "2022-12-31")),
    # the comparison's figure stands in the change's own sentence: read there, as before
    ("The line took 1,850 calls in 2023, up from 1,500 in 2022, a rise of 23 per cent.",
     ("2023-01-01", "2023-12-31"), ("2022-01-01", "2022-12-31")),
])
def test_neighbours_keep_their_reading(text, period, base):
    change, _ = _change(text)
    assert (change.period_start, change.period_end) == period
    assert (change.base_period_start, change.base_period_end) == base


def test_the_later_figure_is_the_nearest_before_the_earlier():
    """Two later figures before the earlier one: the nearest, of the earlier one's own sentence."""
    change, counts = _change("The line took 800 calls from Kent in 2023. It took 600 calls from Essex in 2023, "
                             "compared with 500 in 2022. "
                             "That is a rise of 20 per cent.")
    assert counts[change.count_ref] == 600


def test_a_group_s_change_is_not_the_comparison_s():
    """"up 25 per cent among men": a change of a group, not of the comparison's totals; not relinked to them."""
    record = extract_article("Helpline figures\n\nThe line took 600 calls in 2020, compared to 500 in 2019. "
                             "The figure is up 25 per cent among men.", source="compared.txt", published="2024-05-02")
    [change] = record.percentages
    counts = {c.id: c.value for c in record.counts}
    assert (counts.get(change.count_ref), counts.get(change.base_count_ref)) != (600, 500)
