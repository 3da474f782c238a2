"""A change that names no period takes the periods of the two figures whose change it states.

"Calls have risen by 25 per cent." and, sentences on, "650 calls in 2023. In 2022 it took 520.": the change is of
2023 on 2022, whatever order the text names them in; "The year before, 450 got in touch. That is a rise of 20 per
cent." after 540 in 2023/24 is of 2023/24, not of the year before (``extract/change_figures.py``). Sentences of our
own writing; the neighbours keep their periods. The figures may stand up to ten sentences before the change (asides
and quotes between), and a change dated only by the earlier figure of its own sentence ("The figure in the last six
months of 2023 was 400, which means the rise was 30 per cent") takes the later figure's period when the arithmetic
says so.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.change_figures import agrees


def _changes(text: str, published: str):
    record = extract_article(text, source="change-figures.txt", published=published)
    return [(p.value, p.period_start, p.base_period_start) for p in record.percentages if p.kind == "change"]


@pytest.mark.parametrize("text, published, expected", [
    # a lead's change, its figures in the sentences after it
    ("Calls to the line from Kent have risen by 25 per cent.\n\nIt took 650 calls in 2023.\n\nIn 2022 it took 520.",
     "2024-02-14", (25, "2023-01-01", "2022-01-01")),
    ("Contacts from Essex fell by 10 per cent, figures show.\n\nThe charity heard from 360 people in 2023, compared with "
     "400 people in 2022.", "2024-04-18", (10, "2023-01-01", "2022-01-01")),
    ("Contacts rose by a fifth, the charity said.\n\nIt recorded 1,440 contacts in 2024/25, up from 1,200 in 2023/24.",
     "2025-06-05", (20, "2024-04-01", "2023-04-01")),
    ("Calls to the crisis line rose by almost 10 per cent in a year.\n\nIt received 11,000 calls in 2023/24, against "
     "10,050 in 2022/23.", "2024-10-03", (10, "2023-04-01", "2022-04-01")),
    # the change in the sentence after a year-before figure
    ("In the 12 months to March 2024, 540 people in Suffolk contacted the helpline.\n\nThe year before, 450 people got "
     "in touch.\n\nThat is a rise of 20 per cent.", "2024-05-02", (20, "2023-04-01", "2022-04-01")),
    ("The line took 2,200 calls in 2022/23. In 2021/22 the figure was 2,000.\n\nThis represents an increase of 10 per "
     "cent.", "2023-06-20", (10, "2022-04-01", "2021-04-01")),
    # the change on the oldest of three years: the pair its value fits
    ("The line took 900 calls in 2023/24, with 700 in 2022/23. In 2021/22 it heard from just 500 people, which means "
     "the number has gone up by 80 per cent.", "2024-05-14", (80, "2023-04-01", "2021-04-01")),
    # the later figure many sentences before the change, asides between (periods15)
    ("The branch in Perth answered 3,150 calls in 2022/23.\n\nThe branch says the winter was hardest.\n\nVolunteers "
     "heard about money worries.\n\nMany rang late at night.\n\nA second phone room opened in the autumn.\n\nAcross "
     "the previous financial year, 2021/22, volunteers took 2,100 calls.\n\nThe branch puts the rise at 50 per cent.",
     "2023-06-10", (50, "2022-04-01", "2021-04-01")),
    # the change stated with its earlier figure, whose time it would take: the later figure's period on it
    ("In the first six months of 2024, 520 people from Somerset contacted the helpline.\n\nThe figure for Somerset in "
     "the last six months of 2023 was 400, which means the rise was 30 per cent.", "2024-09-05",
     (30, "2024-01-01", "2023-07-01")),
    ("In the first six months of 2024, 520 people from Somerset contacted the helpline.\n\nBath accounted for 130 of "
     "them.\n\nThe charity ran adverts on local radio.\n\nOne caller said he had been frightened.\n\nStaff said most "
     "callers were ashamed.\n\nThe figure for Somerset in the last six months of 2023 was 400, which means the rise "
     "was 30 per cent.", "2024-09-05", (30, "2024-01-01", "2023-07-01")),
])
def test_an_undated_change_takes_its_figures_periods(text, published, expected):
    assert expected in _changes(text, published)


@pytest.mark.parametrize("text, published", [
    # a headline's change over the body's dated change of the same value (the figures' places differ from the headline's)
    ("Fife contacts up 41%\n\nThe charity recorded 302 contacts in Scotland in 2023/24. That compares with 214 in "
     "2022/23, a rise of 41%.", "2024-06-12"),
    ("Gambling calls up nearly 40% over Christmas\n\nCalls to the helpline rose by nearly 40% in December.\n\n"
     "GamCare says 512 calls came in during the month.", "2026-01-15"),
])
def test_a_headline_change_takes_the_body_changes_periods(text, published):
    changes = _changes(text, published)
    assert len({(start, base) for _, start, base in changes}) == 1
    assert changes[0][1] is not None


@pytest.mark.parametrize("text, published, expected", [
    # the change names its own period and base: kept
    ("The line took 650 calls in 2023 and 520 in 2022.\n\nIn 2021 calls rose by 25 per cent on 2020.", "2024-02-14",
     (25, "2021-01-01", "2020-01-01")),
    # its value fits no pair: as before, the count's period and the year before it
    ("The line took 650 calls in 2023. That is a rise of 40 per cent.", "2024-02-14", (40, "2023-01-01", "2022-01-01")),
    # the figure stated with the change is the later one: kept
    ("In 2022 the line took 500 calls.\n\nIn 2023 the figure was 600, a rise of 20 per cent.", "2024-02-14",
     (20, "2023-01-01", "2022-01-01")),
    # stated with its earlier figure, but no pair fits its value: its sentence's period, as before
    ("In the first six months of 2024, 520 people from Somerset contacted the helpline.\n\nBath accounted for 130 of "
     "them.\n\nThe charity ran adverts on local radio.\n\nOne caller said he had been frightened.\n\nStaff said most "
     "callers were ashamed.\n\nThe figure for Somerset in the last six months of 2023 was 400, which means the rise "
     "was 12 per cent.", "2024-09-05", (12, "2023-07-01", "2022-07-01")),
    # a change dated in its own words, though another pair fits too: kept
    ("Calls rose by 25 per cent in 2023.\n\nIt took 500 calls in 2021, 625 in 2022 and 781 in 2023.", "2024-02-14",
     (25, "2023-01-01", "2022-01-01")),
])
def test_a_change_the_figures_do_not_decide_keeps_its_periods(text, published, expected):
    assert expected in _changes(text, published)


@pytest.mark.parametrize("stated, qualifier, direction, new, old, expected", [
    (24, "exact", "increase", 868, 701, True),
    (24, "exact", "increase", 701, 868, False),
    (10, "exact", "decrease", 360, 400, True),
    (10, "nearly", "increase", 11000, 10050, True),
    (10, "exact", "increase", 11000, 10200, False),
    (40, "more_than", "increase", 4410, 3120, True),
    (33.3, "exact", "increase", 400, 300, True),
    (20, "exact", None, 120, 100, False),
])
def test_agrees(stated, qualifier, direction, new, old, expected):
    assert agrees(stated, qualifier, direction, new, old) is expected
