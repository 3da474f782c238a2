"""The two ends of "from 690 to 510" with no date of their own: the earlier figure is of the period before.

"In Surrey during the same period calls fell from 690 to 510" (the same period being
2016/17): 690 is of 2015/16 and 510 of 2016/17; "From 2018 to 2021, calls rose from 5,500
to 7,100": 5,500 is of 2018 and 7,100 of 2021; ends with dates of their own keep them; a
pair over an unfixed span ("over the last year") stays undated. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, expected", [
    ("Calls to the helpline reached 410 in 2016/17.\n\nIn Surrey during the same period the number of calls "
     "fell from 690 to 510.", {410: "2016-04-01", 690: "2015-04-01", 510: "2016-04-01"}),
    ("In 2021 calls to the helpline in Kent rose from 400 to 500.", {400: "2020-01-01", 500: "2021-01-01"}),
    ("Calls to the helpline rose from about 400 to 500 in 2021.", {400: "2020-01-01", 500: "2021-01-01"}),
    ("From 2018 to 2021, calls to the helpline rose from 5,500 to 7,100.", {5500: "2018-01-01", 7100: "2021-01-01"}),
    ("Calls to the helpline quadrupled between 2019 and 2020, from 160 to 655.", {160: "2019-01-01", 655: "2020-01-01"}),
    # own dates win
    ("Visits to the helpline fell from 3,100 in 2018 to 2,600 in 2019.", {3100: "2018-01-01", 2600: "2019-01-01"}),
    # an unfixed span: no period
    ("Calls to the helpline rose from 400 to 500 over the last year.", {400: None, 500: None}),
])
def test_the_ends_of_a_pair(text, expected):
    record = extract_article(text, source="pair.txt")
    assert {c.value: c.period_start for c in record.counts if c.value in expected} == expected
