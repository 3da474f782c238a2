"""A year modifying a counted noun after a determiner or "of" ("Of the 2023 contacts, 64 per cent ...", "311 of the
2023 contacts") is a period when the article is about that whole year: it names it after a preposition of time elsewhere ("in
2023") and never as the year of a part of it ("between January and June 2023"). Otherwise it stays what it was.

Sentences of our own writing, varied along: the word before the year (the, its, their, this, of), the noun after it,
the evidence (the article's "in 2023", a half year's "June 2023", a financial year, none), and the
places of the share and of the part in the sentence.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline import extract_article
from pipeline.extract import periods
from pipeline.extract.period_scan import year_modifies_noun, years_named

_DATE = datetime.date(2024, 4, 18)


@pytest.mark.parametrize("sentence, named, expected", [
    ("Of the 2023 contacts, 64 per cent came from under-25s.", {2023}, True),
    ("Swansea accounted for 311 of the 2023 contacts.", {2023, 2021}, True),
    ("Its 2022 calls were mostly made at night.", {2022}, True),
    ("Most of their 2021 referrals came from GPs.", {2021}, True),
    ("Of 2022 callers, most were men.", {2022}, True),  # "of" with no determiner
    ("The 2000 people who rang were thanked.", {2023}, False),  # a year the article does not name: a count
    ("The 2023 contacts were logged.", set(), False),  # no year named: no evidence
    ("It took 2023 calls last year.", {2023}, False),  # no determiner before the figure
])
def test_year_modifies_noun(sentence, named, expected):
    import re
    m = re.search(r"(?:19|20)\d\d", sentence)
    assert year_modifies_noun(sentence, m.start(), m.end(), frozenset(named)) is expected


@pytest.mark.parametrize("sentence, named, near, expected", [
    # a year decades from the publication's is a count, though the article names it ("opened in 2000")
    ("The 2000 people who rang in its first month were thanked.", {2000}, 2024, False),
    ("Of the 1990 callers that year, most were men.", {1990}, 2025, False),
    ("Of the 2016 contacts, half were texts.", {2016}, 2024, False),
    # within a few years: the year's figures
    ("Its 2018 calls were mostly made at night.", {2018}, 2024, True),
    ("Of the 2023 contacts, 64 per cent came from under-25s.", {2023}, 2024, True),
    ("Of the 2023 contacts, 64 per cent came from under-25s.", {2023}, None, True),  # no date: as before
])
def test_year_modifier_near_publication(sentence, named, near, expected):
    import re
    m = re.search(r"(?:19|20)\d\d", sentence)
    assert year_modifies_noun(sentence, m.start(), m.end(), frozenset(named), near) is expected


@pytest.mark.parametrize("text, years", [
    ("It took 1,944 calls in 2023. In 2021 the figure was 743.", {2023, 2021}),
    ("During 2022 and throughout 2020 it grew.", {2022, 2020}),
    ("The 2023 contacts came to 1,944.", set()),  # no preposition
    ("It took 2021 calls.", set()),
    ("It took 11,204 calls between January and June 2023. In 2023 it hired staff.", set()),  # a half year's 2023
    ("In the first half of 2023 it took 900; in 2023 as a whole 2,000.", set()),
    ("It took 4,000 calls in 2022/23.", set()),  # a financial year
])
def test_years_named(text, years):
    assert years_named(text) == frozenset(years)


@pytest.mark.parametrize("sentence, published, named, year", [
    ("Swansea accounted for 311 of the 2023 contacts.", _DATE, frozenset({2023}), 2023),
    ("Swansea accounted for 311 of the 2023 contacts.", None, frozenset({2023}), 2023),
    ("Of its 2022 calls, 40 per cent came at night.", _DATE, frozenset({2022}), 2022),
    ("Swansea accounted for 311 of the 2023 contacts.", _DATE, frozenset(), None),  # the page's date is no evidence
    ("The 2000 people who rang were thanked.", _DATE, frozenset({2023}), None),
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


def test_the_year_of_a_half_year_article_keeps_the_half_year():
    text = ("Crisis calls up\n\n4 August 2023\n\nThe line answered 11,204 calls between January and June 2023.\n\n"
            "Callers from Belfast made up 4,066 of the 2023 calls.\n")
    record = extract_article(text, source="t.txt")
    assert {int(c.value): c.period_end for c in record.counts}[4066] == "2023-06-30"
