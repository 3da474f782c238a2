"""Figures that restate the one before: "In 2023, 640 did so"; and the figures after a year-before restatement.

"In the three months to June, 180 did." was no count; a figure whose verb stands for the sentence before's ("did",
"did so") counts what the count before counts, as "In 2022 it was 290." does (``extract/facts.py``). "2,496 calls
last year. In 2022, it was 1,920. Newcastle had 884 calls.": the figures after the year-before restatement took
2022 from it; they are of the later year, the one the restatement is compared with (``inheritance.Context.note``),
as after a restatement two or more years back ("In 2021, it was 1,920", twenty-second round). A part whose opener
names its whole's figure ("Of those 1,240,") is of that whole, not of the restatement before it
(``own_times.part_of_before``). Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

Y24, Y23, Y22 = ("2024-01-01", "2024-12-31"), ("2023-01-01", "2023-12-31"), ("2022-01-01", "2022-12-31")


def _periods(text: str, published: str = "2024-03-10") -> dict[int, tuple]:
    record = extract_article("Helpline figures\n\n" + text, source="restated.txt", published=published)
    return {int(c.value): (c.measure, c.period_start, c.period_end) for c in record.counts}


@pytest.mark.parametrize("text, expected", [
    ("In the three months to September, 210 people called the helpline. In the three months to June, 180 did.",
     {210: ("helpline_calls", "2023-07-01", "2023-09-30"), 180: ("helpline_calls", "2023-04-01", "2023-06-30")}),
    ("Last year 650 people contacted the helpline. In 2022, 500 did, so the number rose by 30 per cent.",
     {650: ("helpline_contacts", *Y23), 500: ("helpline_contacts", *Y22)}),
    ("In 2023 some 410 people called the helpline; in 2022 only 300 did so.",
     {410: ("helpline_calls", *Y23), 300: ("helpline_calls", *Y22)}),
    # neighbours: "did not" is no restatement
    ("Last year 650 people called the helpline. The 12 did not call again.", {650: ("helpline_calls", *Y23)}),
])
def test_a_figure_that_did_so(text, expected):
    got = _periods(text)
    assert {k: got.get(k) for k in expected} == expected
    assert set(got) == set(expected)


@pytest.mark.parametrize("text, periods", [
    ("The helpline took 2,496 calls last year. In 2022, it was 1,920. Newcastle had the most, with 884 calls.",
     {2496: Y23, 1920: Y22, 884: Y23}),
    ("Some 6,840 people got in touch during 2023. In 2022 the total was 5,700. The South area accounted for 2,910 "
     "contacts.", {6840: Y23, 5700: Y22, 2910: Y23}),
    # a restatement two or more years back is a comparison told in two sentences too (shares22b; it set the context)
    ("The helpline took 2,496 calls last year. In 2021, it was 1,920. Newcastle had 884 calls.",
     {2496: Y23, 1920: ("2021-01-01", "2021-12-31"), 884: Y23}),
    ("The service logged 5,300 contacts in 2023/24. In 2020/21 the number was 2,640. Leeds accounted for 1,510.",
     {5300: ("2023-04-01", "2024-03-31"), 2640: ("2020-04-01", "2021-03-31"), 1510: ("2023-04-01", "2024-03-31")}),
    ("Some 6,840 people got in touch during 2023. In 2019 the total was 3,100. Leeds accounted for 2,230 "
     "contacts.",
     {6840: Y23, 3100: ("2019-01-01", "2019-12-31"), 2230: Y23}),
    # neighbours: a year of its own keeps it; a later restatement sets the context
    ("The helpline took 2,496 calls last year. In 2022, it was 1,920. In 2022 Newcastle had 884 calls.",
     {2496: Y23, 1920: Y22, 884: Y22}),
    ("The helpline took 2,496 calls last year. In 2021, it was 1,920. In 2021 Newcastle had 884 calls.",
     {2496: Y23, 1920: ("2021-01-01", "2021-12-31"), 884: ("2021-01-01", "2021-12-31")}),
    ("The helpline took 1,920 calls in 2022. In 2023, it was 2,496. Newcastle had 884 calls.",
     {1920: Y22, 2496: Y23, 884: Y23}),
])
def test_figures_after_a_year_before_restatement(text, periods):
    got = _periods(text)
    assert {k: got[k][1:] for k in periods} == periods


@pytest.mark.parametrize("text, periods", [
    # "Of those 1,240," names the whole it splits: not the year-before figure right before it
    ("The line heard from 1,240 people in 2023. In 2022 the figure was 700. Of those 1,240, 810 were women.",
     {1240: Y23, 700: Y22, 810: Y23}),
    ("Some 3,050 people called the line during 2023. In 2022 the total was 2,400. Of these 3,050, 1,900 were men.",
     {3050: Y23, 2400: Y22, 1900: Y23}),
    # neighbours: the figure named is the year-before one, or none is named: a part of the figure right before it
    ("The line heard from 1,240 people in 2023. In 2022 the figure was 900. Of those 900, 610 were women.",
     {1240: Y23, 900: Y22, 610: Y22}),
    ("The line heard from 1,240 people in 2023. In 2022 the figure was 900. Of those, 610 were women.",
     {1240: Y23, 900: Y22, 610: Y22}),
])
def test_a_part_of_the_whole_its_opener_names(text, periods):
    got = _periods(text)
    assert {k: got[k][1:] for k in periods} == periods


@pytest.mark.parametrize("text, later, base", [
    # "It is ... a rise on 2024" after a figure two years back: the change is of the later figure, not the restated one
    ("The charity said 3,010 people contacted its helpline in 2025.\n\nIn 2023 the figure was 1,020, so the total is "
     "up 195 per cent.\n\nIt is also a 46 per cent rise on 2024, when 2,060 people made contact.", 3010, 2060),
    ("The line took 4,400 calls in 2024.\n\nIn 2021 the number was 2,000.\n\nIt is also a 10 per cent rise on 2023, "
     "when 4,000 calls were taken.", 4400, 4000),
])
def test_a_change_is_not_of_a_figure_before_its_base(text, later, base):
    record = extract_article("Helpline figures\n\n" + text, source="restated.txt", published="2026-03-10")
    values = {c.id: c.value for c in record.counts}
    links = {(values.get(p.count_ref), values.get(p.base_count_ref)) for p in record.percentages if p.kind == "change"}
    assert (later, base) in links
