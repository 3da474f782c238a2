"""A possessive "this year's" after figures dated by their months, and "that period last year" (shares23a,
``pipeline/extract/periods.py`` ``_months_this_year``, ``data/periods.json``).

"Volunteers answered 9,880 calls between April and September ... More than a third of this year's calls - 3,520 -
came in overnight": "this year's" names the months the article is about, in the publication's year (it had given
the year so far, 1 January to no end, so the share's part and its whole were of two periods).  "The branch took
8,210 calls over that period last year" is those months a year before, as "the same period last year" was.  The
table varies the months (April-September, the first quarter, January-June), the figure's place (set off after the
share, before "of this year's"), the context (months, a whole year, none), and the words of the year before
("over that period last year", "in that time last year", "over those months last year").  Sentences of our own.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

MONTHS = "Volunteers answered 9,880 calls between April and September, up 20pc on the same six months of 2022."


@pytest.mark.parametrize("text, published, periods", [
    (MONTHS + " More than a third of this year's calls \u2013 3,520 \u2013 came in overnight.", "2023-11-02",
     {9880: ("2023-04-01", "2023-09-30"), 3520: ("2023-04-01", "2023-09-30")}),
    ("The line took 2,400 calls in the first quarter. Around 900 of this year's calls came from Kent.", "2024-05-10",
     {2400: ("2024-01-01", "2024-03-31"), 900: ("2024-01-01", "2024-03-31")}),
    ("Between January and June the line took 5,200 calls. Nearly half of this year\u2019s calls (2,500) were from "
     "women.", "2024-08-01", {5200: ("2024-01-01", "2024-06-30"), 2500: ("2024-01-01", "2024-06-30")}),
    # neighbours: after a whole year "this year's" is the year so far (ANNOTATION.md decision 6); without the
    # possessive, "this year" too; and months not ended by the publication date are no such period
    ("In 2022 the line took 9,000 calls. Some 3,520 of this year's calls came in overnight.", "2023-11-02",
     {9000: ("2022-01-01", "2022-12-31"), 3520: ("2023-01-01", None)}),
    (MONTHS + " This year 3,520 calls came in overnight.", "2023-11-02",
     {9880: ("2023-04-01", "2023-09-30"), 3520: ("2023-01-01", None)}),
])
def test_this_years_figures_of_the_months_told(text, published, periods):
    record = extract_article("Helpline figures\n\n" + text, source="months.txt", published=published)
    assert {int(c.value): (c.period_start, c.period_end) for c in record.counts} == periods


@pytest.mark.parametrize("words", ["over that period last year", "in that time last year",
                                   "over those months last year", "in the same period last year"])
def test_that_period_last_year(words):
    text = MONTHS + f" The branch took 8,210 calls {words}."
    record = extract_article("Helpline figures\n\n" + text, source="months.txt", published="2023-11-02")
    assert {int(c.value): (c.period_start, c.period_end) for c in record.counts} == {
        9880: ("2023-04-01", "2023-09-30"), 8210: ("2022-04-01", "2022-09-30")}
