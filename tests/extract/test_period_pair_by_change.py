"""The ends of "from M to N" take the periods of the change they are stated with (``extract/pair_periods.py``).

"Across the county, contacts climbed from 1,500 to 2,100, a 40 per cent increase" after a paragraph about the first
half of the year: the change is of that half year on the same half a year before, and so are its figures, the
later of the change's period, the earlier of its base period; "Of the 2,100 contacts, ..." after it goes on from the
later figure. Sentences of our own writing; figures dated in their own words, and figures of another year after
them, keep their periods.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

LEAD = ("The helpline heard from 820 people in Sheffield between January and June this year.\n\nThat compares with 600 "
        "in the first half of 2024.\n\n")


def _periods(text: str, published: str) -> dict[int, tuple]:
    record = extract_article(text, source="pairs.txt", published=published)
    found: dict[int, tuple] = {}
    for c in record.counts:
        found.setdefault(int(c.value), (c.period_start, c.period_end))
    return found


@pytest.mark.parametrize("text, published, value, expected", [
    (LEAD + "Across South Yorkshire, contacts climbed from 1,500 to 2,100, a 40 per cent increase.", "2025-08-14",
     1500, ("2024-01-01", "2024-06-30")),
    (LEAD + "Across South Yorkshire, contacts climbed from 1,500 to 2,100, a 40 per cent increase.", "2025-08-14",
     2100, ("2025-01-01", "2025-06-30")),
    (LEAD + "Across the county, calls went from about 1,500 to 2,100, up 40 per cent.", "2025-08-14",
     1500, ("2024-01-01", "2024-06-30")),
    # the sentence after goes on from the later figure
    (LEAD + "Across South Yorkshire, contacts climbed from 1,500 to 2,100, a 40 per cent increase.\n\nOf the 2,100 "
     "contacts, 820 came from Sheffield, 700 from Rotherham and 580 from Barnsley.", "2025-08-14",
     700, ("2025-01-01", "2025-06-30")),
    # a financial year stated before the pair
    ("In 2023/24 the text line handled 7,700 conversations with people in Wiltshire.\n\nConversations from Swindon "
     "went from 1,000 to 1,200, up 20 per cent.", "2024-05-30", 1000, ("2022-04-01", "2023-03-31")),
    # neighbours: ends dated in their own words keep their years
    ("Calls rose from 400 in 2021 to 650 in 2023, an increase of 62.5 per cent.", "2024-04-04",
     400, ("2021-01-01", "2021-12-31")),
    # a count of another year after the pair keeps its own
    (LEAD + "Across South Yorkshire, contacts climbed from 1,500 to 2,100, a 40 per cent increase.\n\nIn 2019 the "
     "county figure was 900.", "2025-08-14", 900, ("2019-01-01", "2019-12-31")),
    # no change dated by the paragraph: the pair has no period
    ("Calls to the line went from 300 to 450, a rise of 50 per cent.", "2025-08-14", 300, (None, None)),
])
def test_a_pair_takes_its_changes_periods(text, published, value, expected):
    assert _periods(text, published)[value] == expected
