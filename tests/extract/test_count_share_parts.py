"""Two readings of the figures beside a share (shares21): a year that names the whole a part is "of", and a figure
set off right after a share that points back.

"Leeds made up 520 of the 2024 calls, or 30 per cent": 2024 dates the whole ("of the 2024 calls"), no count of its own.
"Nearly half of them - 1,130 - were men": the figure between dashes (or in brackets) is the share's part, counting
what the count before counts, of its period. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _counts(text: str, published: str = "2025-03-10"):
    record = extract_article("Helpline figures\n\n" + text, source="share-parts.txt", published=published)
    return [(c.value, c.measure, c.period_start) for c in record.counts]


@pytest.mark.parametrize("text, year", [
    ("The line took 1,720 calls in 2024. Leeds made up 520 of the 2024 calls, or 30 per cent.", 2024),
    ("Its advisers answered 3,400 calls in 2023. Some 900 of their 2023 callers were women.", 2023),
    ("The service logged 6,100 contacts in 2022. Kent accounted for 1,500 of its 2022 contacts.", 2022),
    ("The charity handled 2,600 calls in 2024. Men made 1,400 of all the 2024 calls.", 2024),
])
def test_a_year_after_of_the_is_the_wholes_year(text, year):
    assert year not in [value for value, _, _ in _counts(text)]


@pytest.mark.parametrize("text, value", [
    # no "of the" before it: a year-like figure before a count noun stays a count
    ("In its first month the line answered 2019 callers.", 2019),
    ("Volunteers answered 2022 calls over the winter.", 2022),
])
def test_a_year_like_figure_without_of_the_stays_a_count(text, value):
    assert value in [v for v, _, _ in _counts(text)]


@pytest.mark.parametrize("text, expected", [
    ("The line heard from 4,100 people in 2024. Almost a third of them \u2013 1,260 \u2013 were worried about a "
     "relative.", (1260, "helpline_contacts", "2024-01-01")),
    ("In 2023 the helpline took 5,300 calls. Nearly half of those - 2,480 - were about someone else.",
     (2480, "helpline_calls", "2023-01-01")),
    ("The service was contacted by 2,900 people in 2024. About a quarter of these (730) asked about a partner.",
     (730, "helpline_contacts", "2024-01-01")),
])
def test_a_figure_set_off_after_a_share_of_them_is_its_part(text, expected):
    assert expected in _counts(text)


@pytest.mark.parametrize("text, value", [
    # the figure is no part set off after "of them": a sentence's own comparison, a figure with its own noun elsewhere
    ("The line heard from 4,100 people in 2024. Most of them said they would call again.", None),
])
def test_no_part_without_a_set_off_figure(text, value):
    assert [v for v, _, _ in _counts(text)] == [4100]
