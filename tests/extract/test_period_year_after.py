"""A year told from the figures before it: "A year later, ...", "The year before, ...".

After a dated figure, papers date the next one by its distance: "In 2019, 2,000 people called.
A year later, the figure had risen to 2,600." (2020); "The following year it took 2,700." (the
year after); "The year before, 2,400 people called." (the year before, when the phrase opens its
sentence: it is the time of that sentence's figures, not the base of a change). "up from 1,500
the year before" stays the earlier figure of a comparison. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _start(text: str, value: int, published: str = "2024-05-20"):
    record = extract_article("Helpline figures\n\n" + text, source="year-after.txt", published=published)
    [count] = [c for c in record.counts if c.value == value]
    return count.period_start


@pytest.mark.parametrize("text, value, start", [
    ("In 2019, 2,000 people called the line. A year later, the figure had risen to 2,600.", 2600, "2020-01-01"),
    ("The line took 1,800 calls in 2019. The following year it took 2,700.", 2700, "2020-01-01"),
    ("Volunteers answered 950 calls in 2021. One year later they answered 1,400 calls.", 1400, "2022-01-01"),
    ("The service took 4,100 calls in 2020/21. The year after, it took 4,800 calls.", 4800, "2021-04-01"),
    ("Calls rose to 3,000 in 2023. The year before, 2,400 people called.", 2400, "2022-01-01"),
    ("In 2018 the helpline heard from 640 men. The previous year, 510 men called it.", 510, "2017-01-01"),
    # the earlier figure of a comparison, as before
    ("The line took 1,800 calls in 2019, up from 1,500 the year before.", 1500, "2018-01-01"),
    # the first figure keeps its own year
    ("In 2019, 2,000 people called the line. A year later, the figure had risen to 2,600.", 2000, "2019-01-01"),
])
def test_year_from_the_figures_before(text, value, start):
    assert _start(text, value) == start


def test_no_figure_before_no_year():
    """With no dated figure before it, "a year later" dates nothing."""
    assert _start("A year later, the line had taken 2,600 calls.", 2600) is None
