"""A year modifying a counted noun after a determiner or "of" ("Of the 2023 contacts, 64 per cent ...", "311 of the
2023 contacts") is a period when it is a year of the article: one of the ten years up to the page's date, or a year the
article names after a preposition of time elsewhere. Otherwise it stays what it was (a count, or nothing).

Sentences of our own writing, varied along: the word before the year (the, its, their, this, of), the noun after it,
the evidence (the page's date, the article's "in 2023", none), the year's distance from the page's date, and the
places of the share and of the part in the sentence.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline import extract_article
from pipeline.extract import periods
from pipeline.extract.period_scan import year_modifies_noun, years_named

_DATE = datetime.date(2024, 4, 18)


@pytest.mark.parametrize("sentence, published, named, expected", [
    ("Of the 2023 contacts, 64 per cent came from under-25s.", _DATE, frozenset(), True),
    ("Swansea accounted for 311 of the 2023 contacts.", None, frozenset({2023}), True),
    ("Its 2022 calls were mostly made at night.", _DATE, frozenset(), True),
    ("Most of their 2021 referrals came from GPs.", None, frozenset({2021}), True),
    ("This 2019 callers' survey was small.", _DATE, frozenset(), True),  # ten years back: still the article's
    ("The 2000 people who rang were thanked.", _DATE, frozenset(), False),  # too far back: a count
    ("The 2023 contacts were logged.", None, frozenset(), False),  # no date, no year named: no evidence
    ("The 2023 contacts were logged.", None, frozenset({2022}), False),  # another year named
    ("It took 2023 calls last year.", _DATE, frozenset(), False),  # no determiner before the figure
    ("Of the 2031 calls, most were at night.", _DATE, frozenset(), False),  # after the page's date
])
def test_year_modifies_noun(sentence, published, named, expected):
    import re
    m = re.search(r"(?:19|20)\d\d", sentence)
    assert year_modifies_noun(sentence, m.start(), m.end(), published, named) is expected


@pytest.mark.parametrize("text, years", [
    ("It took 1,944 calls in 2023. Since 2021 the figure has trebled.", {2023, 2021}),
    ("During 2022 and throughout 2020 it grew.", {2022, 2020}),
    ("The 2023 contacts came to 1,944.", set()),
    ("It took 2021 calls.", set()),
])
def test_years_named(text, years):
    assert years_named(text) == frozenset(years)


@pytest.mark.parametrize("sentence, published, named, year", [
    ("Swansea accounted for 311 of the 2023 contacts.", _DATE, frozenset(), 2023),
    ("Swansea accounted for 311 of the 2023 contacts.", None, frozenset({2023}), 2023),
    ("Of its 2022 calls, 40 per cent came at night.", _DATE, frozenset(), 2022),
    ("Swansea accounted for 311 of the 2023 contacts.", None, frozenset(), None),
    ("The 2000 people who rang were thanked.", _DATE, frozenset(), None),
])
def test_find_periods_reads_the_year(sentence, published, named, year):
    found = [m.period.start.year for m in periods.find_periods(sentence, published=published, named=named)
             if m.period is not None and m.period.start is not None]
    assert found == ([year] if year else [])


_UNDATED = ("Young people's line busier\n\nPapyrus says its line received 1,944 contacts from Wales in 2023.\n\n"
            "In 2021 the figure was 743.\n\n")


@pytest.mark.parametrize("sentence, value, year", [
    ("Of the 2023 contacts, 64 per cent came from people under 25.", 64.0, 2023),
    ("Some 64 per cent of the 2023 contacts came from people under 25.", 64.0, 2023),
    ("Swansea accounted for 311 of the 2023 contacts.", 311, 2023),
    ("Of its 2023 contacts, 1,240 came from people under 25.", 1240, 2023),
])
def test_a_fact_of_the_year_modified_noun_takes_that_year(sentence, value, year):
    record = extract_article(_UNDATED + sentence + "\n", source="t.txt")
    facts = {float(f.value): f.period_start for f in [*record.counts, *record.percentages]}
    assert (facts.get(float(value)) or "")[:4] == str(year)


def test_the_earlier_year_before_a_modified_noun_is_not_carried():
    record = extract_article(_UNDATED + "Some 1,240 of the 2023 contacts came from under-25s.\n", source="t.txt")
    assert {int(c.value): c.period_start for c in record.counts}[1240][:4] == "2023"  # not 2021, the figure before
