"""A comparison told in two sentences is about its later period, however many years back its earlier figure is
(pipeline/extract/inheritance.py ``Context._year_before_restated``, ``RESTATED_YEARS``), and a part that names its whole
by its figure ("Of those 2,400, ...") is of that whole's period (pipeline/extract/own_times.py ``_WHOLE_BEFORE``).

Issue 10: the sentences after a comparison go on about its later period. Each row is a text of our own and, for each
of its figures, the year its period must start in.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

LATER = "The line took 2,400 calls from Kent in 2023/24. "

ROWS = [
    # the earlier figure two or three years back: the part after it is of the later year
    (LATER + "In 2021/22 the number was 1,100.\n\nA third of them - 800 - came from Medway.",
     {2400: 2023, 1100: 2021, 800: 2023}),
    (LATER + "In 2020/21 the figure was 950. Around 700 of the calls came from men.",
     {2400: 2023, 950: 2020, 700: 2023}),
    # a part that opens on the earlier figure's sentence ("Of them, ...") is that figure's, as before
    (LATER + "In 2022/23 the figure was 1,900. Of them, 1,500 came from men.", {2400: 2023, 1900: 2022, 1500: 2022}),
    # a whole named by its figure: that figure's period, the later or the earlier
    (LATER + "In 2022/23 the figure was 1,900.\n\nOf those 2,400, 1,500 were men.", {2400: 2023, 1900: 2022, 1500: 2023}),
    (LATER + "In 2022/23 the figure was 1,900.\n\nOf the 1,900, 600 were women.", {2400: 2023, 1900: 2022, 600: 2022}),
    # a year after "those" is no figure of the whole: the part of the earlier figure keeps its year
    ("The line took 1,800 calls in 2024. In 2023 it took 1,500.\n\nOf those 2023 calls, 900 came from men.",
     {1800: 2024, 1500: 2023, 900: 2023}),
    # nor after "the" (the lead's fix after the round's review: "Of the 2023 calls" took 2023 as the whole's figure)
    ("The line took 1,800 calls in 2024. In 2023 it took 1,500.\n\nOf the 2023 calls, 900 came from men.",
     {1800: 2024, 1500: 2023, 900: 2023}),
    ("The line took 1,800 calls in 2024/25. In 2023/24 it took 1,500.\n\nOf the 2023/24 calls, 900 came from men.",
     {1800: 2024, 1500: 2023, 900: 2023}),
    # "Of those" after a sentence that told both ends of a comparison, the later first: the later figure's
    ("The line took 9,400 calls in 2024, compared with 7,100 in the same period of 2023.\n\nOf those, 2,300 came "
     "from Leeds.", {9400: 2024, 7100: 2023, 2300: 2024}),
    ("The line took 9,400 calls in 2024, compared with 7,100 in the same period of 2023.\n\nOf those, 2,300 came "
     "from Leeds, against 1,800 in the first half of last year.", {9400: 2024, 7100: 2023, 2300: 2024, 1800: 2023}),
    # the year before told in a sentence of its own: "those" are its figure's, as before
    ("The line took 9,400 calls in 2024. In 2023 it took 7,100.\n\nOf those, 2,300 came from Leeds.",
     {9400: 2024, 7100: 2023, 2300: 2023}),
    # a later year after an earlier one is the period the sentences after go on about
    ("The line took 1,200 calls in 2019. In 2023 it took 2,600. Of those, 900 came from men.",
     {1200: 2019, 2600: 2023, 900: 2023}),
]


@pytest.mark.parametrize("text,years", ROWS)
def test_a_part_after_an_earlier_figure_is_of_the_later_period(text: str, years: dict[int, int]) -> None:
    record = extract_article(text, source="restated-earlier.txt", published="2024-06-01")
    found = {c.value: (c.period_start or "")[:4] for c in record.counts}
    assert {v: found.get(v) for v in years} == {v: str(y) for v, y in years.items()}


CHANGES = [
    # a change with no base of its own after a comparison told in two sentences: on the earlier figure's period, also
    # when the change misprints what the two figures give (so that no figure is linked to it)
    ("The line took 2,880 calls in 2023. In 2020, the first year it kept such figures, it had 1,090 callers.\n\n"
     "The charity describes the increase as a 146 per cent rise.", ("2023", "2020")),
    ("The service answered 5,600 calls in 2024. In 2021 it answered 4,000. That is a rise of 44%.", ("2024", "2021")),
    # one year back, and no comparison before: year on year, as before
    ("The service answered 5,600 calls in 2024. In 2023 it answered 4,000. That is a rise of 44%.", ("2024", "2023")),
    ("The service answered 5,600 calls in 2024, a rise of 40%.", ("2024", "2023")),
    # a change of its own sentence's figures is not the comparison's before it
    ("The service answered 5,600 calls in 2024. In 2021 it answered 4,000. Calls to the phone line alone rose from "
     "1,200 to 1,500, a rise of 25%.", ("2024", "2023")),
]


@pytest.mark.parametrize("text,years", CHANGES)
def test_a_change_after_an_earlier_figure_is_on_its_period(text: str, years: tuple[str, str]) -> None:
    record = extract_article(text, source="restated-earlier.txt", published="2025-06-01")
    change = [p for p in record.percentages if p.kind == "change"][0]
    assert ((change.period_start or "")[:4], (change.base_period_start or "")[:4]) == years
