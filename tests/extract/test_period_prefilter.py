"""The period scanner skips a pattern that needs a month's name or a year on a text without one
(``required_words.group_needs`` reads what every match holds from the pattern's parse tree)."""
from __future__ import annotations

import datetime
import re

import pytest

from pipeline.extract import period_scan
from pipeline.extract.period_patterns import YEAR, patterns
from pipeline.extract.required_words import group_needs

MONTH = r"(?:january|may)\.?"
BODIES = {"month": MONTH, "year": YEAR}


@pytest.mark.parametrize("source, needs", [
    (rf"\b(?P<m>{MONTH})\s+(?P<y>{YEAR})\b", {"month", "year"}),
    (rf"\b(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?\b", {"month"}),  # an optional year is not needed
    (rf"\b(?:(?P<y>{YEAR})|last\s+year)\b", set()),  # one side of | without it
    (rf"\b(?:(?P<y>{YEAR})|the\s+(?P<y2>{YEAR})\s+year)\b", {"year"}),  # both sides with it
    (rf"(?P<y>{YEAR}|\d\d)", set()),  # a group that is not exactly the year's pattern
    (rf"(?:(?P<m>{MONTH})\s+)+", {"month"}),  # repeated at least once
    (rf"(?:(?P<m>{MONTH})\s+)*", set()),  # maybe never
    (rf"(?>(?P<m>{MONTH}))", {"month"}),
])
def test_group_needs(source, needs):
    assert group_needs(source, re.IGNORECASE, BODIES) == needs


@pytest.mark.parametrize("name, needs", [
    ("date_dmy", {"month", "year"}), ("month_year", {"month", "year"}), ("month_alone", {"month"}),
    ("fy", {"year"}), ("part", set()), ("week", {"month"}),
])
def test_the_scanner_patterns_needs(name, needs):
    assert patterns().needs[name] == needs


@pytest.mark.parametrize("text, found", [
    ("Calls rose in May 2021 and again in June.", ["in May 2021", "in June"]),
    ("Calls rose in the first half of last year.", ["in the first half of last year"]),
    ("Calls rose between 2019 and 2021.", ["between 2019 and 2021"]),
    ("Calls rose sharply.", []),
])
def test_scan_with_and_without_months_and_years(text, found):
    mentions = period_scan.scan(text, datetime.date(2022, 3, 1), None)
    assert [text[m.start:m.end] for m in mentions] == found
