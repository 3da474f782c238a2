"""A comparison is about its later period: the change is of the later period and its base of the earlier, in whatever
order the text names them, and the sentences after a comparison go on about its later period (issue 10; ANNOTATION.md
decision 6 as the blind annotators of heldout12 to heldout15 read it).

Sentences of our own writing, one table per way a text names the two periods (``extract/change_order.py``,
``compared_change.py``, ``inheritance.py``, ``period_roles.py``, ``share_periods.py``); the neighbours that name
their own periods keep them.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _record(text: str, published: str):
    return extract_article(text, source="comparison-order.txt", published=published)


def _changes(text: str, published: str) -> list[tuple]:
    return [(p.value, p.period_start, p.base_period_start) for p in _record(text, published).percentages
            if p.kind == "change"]


def _counts(text: str, published: str) -> dict[int, str]:
    return {int(c.value): c.period_start for c in _record(text, published).counts}


@pytest.mark.parametrize("text, published, expected", [
    # the sentence names only the base, by a year-before phrase that opens it
    ("The helpline heard from 2,640 people in Dorset in 2024.\n\nThe year before, the total was 2,200 - a rise of 20 "
     "per cent.", "2025-03-02", (20, "2024-01-01", "2023-01-01")),
    ("Calls from Gwent reached 1,430 in 2023/24.\n\nA year earlier the figure was 1,100, so calls are up 30 per cent.",
     "2024-07-11", (30, "2023-04-01", "2022-04-01")),
    # the change's own words name the base; the later figure stands sentences before
    ("In 2024, 1,380 people in Cumbria contacted the charity.\n\nThe charity said the rise was steep.\n\nIt is a 15 per "
     "cent rise on 2023, when 1,200 people got in touch.", "2025-02-20", (15, "2024-01-01", "2023-01-01")),
    # the sentence's earlier figure is marked ("up from ... a year earlier"); the sentence names its own time first
    ("Rhondda accounted for 330 of this year's chats, up from 300 a year earlier - a 10 per cent rise.", "2025-09-01",
     (10, "2025-01-01", "2024-01-01")),
    # a base of the first half of the change's own year
    ("Between January and June 2024 the line took 800 calls.\n\nBetween July and December it took 880, a rise of 10 "
     "per cent on the first half.", "2025-01-10", (10, "2024-07-01", "2024-01-01")),
    # the later figure two sentences back, a year between them
    ("The service supported 260 people in 2023/24.\n\nIn 2021/22 it supported 150.\n\nThe 2022/23 figure was 200, "
     "which means the latest rise was 30 per cent.", "2024-06-01", (30, "2023-04-01", "2022-04-01")),
])
def test_a_change_is_of_the_later_period(text, published, expected):
    assert expected in _changes(text, published)


@pytest.mark.parametrize("text, published, expected", [
    # the change names its own period and its base in the right order: kept
    ("In 2023 calls rose by 25 per cent on 2022, to 600.", "2024-02-14", (25, "2023-01-01", "2022-01-01")),
    # the figure stated with the change is the later one: kept
    ("In 2022 the line took 500 calls.\n\nIn 2023 the figure was 600, a rise of 20 per cent.", "2024-02-14",
     (20, "2023-01-01", "2022-01-01")),
    # a base named with no figure of the year after it in the text: left as it was
    ("The line took 300 calls in 2021.\n\nThat is a 10 per cent rise on 2022.", "2024-02-14",
     (10, "2021-01-01", "2022-01-01")),
])
def test_a_change_in_the_right_order_keeps_its_periods(text, published, expected):
    assert expected in _changes(text, published)


@pytest.mark.parametrize("text, published, expected", [
    # after a comparison of two financial years, the next sentences go on about the later one
    ("The line answered 5,200 calls in 2024/25, an increase of 400 on the 4,800 calls taken in 2023/24.\n\nThe city "
     "accounted for 2,100 of the calls.", "2025-07-01", {5200: "2024-04-01", 4800: "2023-04-01", 2100: "2024-04-01"}),
    ("The line answered 2,500 calls in 2024/25, up by a quarter (25%) on the 2,000 calls answered in 2023/24.\n\n"
     "It also handled 600 web chats.", "2025-07-01", {2500: "2024-04-01", 2000: "2023-04-01", 600: "2024-04-01"}),
    # a pair "over the same period" runs from the comparison's earlier period
    ("The helpline took 720 calls from Leicester in 2024, up from 480 in 2021.\n\nIn Rutland, calls went from 40 to 64 "
     "over the same period.", "2025-03-01", {720: "2024-01-01", 480: "2021-01-01", 40: "2021-01-01", 64: "2024-01-01"}),
    # "a year earlier" against the time its own sentence names, not the sentences before
    ("In the first half of 2024 the line took 900 calls.\n\nThe county took 150 of this year's calls, up from 120 a year "
     "earlier.", "2025-08-20", {900: "2024-01-01", 120: "2024-01-01"}),
    # a since-phrase that bounds a superlative is no period of the figures
    ("Calls to the line from Essex reached 3,100 in 2024/25.\n\nMen made 2,170 of the calls, the highest share since "
     "the line opened.", "2025-06-01", {3100: "2024-04-01", 2170: "2024-04-01"}),
    # the year of a multiplier's earlier figure is no time of the later one
    ("The line took 1,600 calls in 2025.\n\nOf those, 240 came from Newport, nearly three times the 2024 figure of "
     "85.", "2026-02-01", {1600: "2025-01-01", 240: "2025-01-01"}),
    # a change's earlier figure, in the sentence after the later one: the sentences after go on about the later
    ("The branch took 3,300 calls in 2025.\n\nIn 2024 it took 3,000, meaning calls rose by 10%.\n\nThe town saw "
     "the biggest rise.\n\nOf the calls, 900 came from Barry.", "2026-02-01", {3000: "2024-01-01", 900: "2025-01-01"}),
    # "The 2022/23 figure was N" is a count of that year
    ("The charity worked with 410 callers in 2023/24.\n\nThe 2022/23 figure was 350.", "2024-06-01",
     {410: "2023-04-01", 350: "2022-04-01"}),
])
def test_the_sentences_after_a_comparison_go_on_about_its_later_period(text, published, expected):
    counts = _counts(text, published)
    assert {value: counts.get(value) for value in expected} == expected


@pytest.mark.parametrize("text, published, expected", [
    # a since-phrase that dates the figure itself: kept
    ("Since 2019, 5,000 people have called the line.", "2025-06-01", {5000: "2019-01-01"}),
    # a pair's later end names its own year: "than the year before" is the pair's, not of the earlier end's year
    ("Calls to the line rose from 410 in 2022 to 480 in 2023, 70 more than the year before.", "2024-02-01",
     {410: "2022-01-01", 480: "2023-01-01"}),
    # the sentence after a comparison names its own year: kept
    ("The line answered 5,200 calls in 2024/25, an increase of 400 on the 4,800 calls taken in 2023/24.\n\nIn 2022/23 "
     "it took 4,500 calls.", "2025-07-01", {4500: "2022-04-01"}),
])
def test_figures_that_name_their_own_period_keep_it(text, published, expected):
    counts = _counts(text, published)
    assert {value: counts.get(value) for value in expected} == expected


@pytest.mark.parametrize("text, published, expected", [
    ("The helpline took 4,000 calls in 2024.\n\nMen made up 62 per cent of callers, up from 58 per cent the year "
     "before.", "2025-02-01", {62: "2024-01-01", 58: "2023-01-01"}),
    ("In 2023/24 the line took 900 calls.\n\nYoung people made up 40% of callers, compared with 35% a year earlier.",
     "2024-07-01", {40: "2023-04-01", 35: "2022-04-01"}),
])
def test_the_earlier_of_two_shares_is_of_the_year_before(text, published, expected):
    shares = {round(p.value): p.period_start for p in _record(text, published).percentages if p.kind == "share"}
    assert {value: shares.get(value) for value in expected} == expected
