"""Parts that add up to a total stated before them are of the total's period (``extract/part_periods.py``).

Rows under a header after a sentence about the year before took that year; the counts of "Of the 486, 139 called
and 347 used the website" the same; a table's rows between a total and its parts do not count as sentences of the
reach, and "2,100 used the website, while 900 called" is one group of parts. Sentences of our own writing; parts that do not add up to a count before them,
or that name their own time, keep theirs.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _periods(text: str, published: str) -> dict[int, str]:
    record = extract_article(text, source="parts.txt", published=published)
    return {int(c.value): c.period_start for c in record.counts}


ROWS = ("The helpline took 900 calls from Gwent during 2023.\n\nIn 2022 it received 780 calls from Gwent.\n\n"
        "By borough, the calls came from:\n\nNewport: {a}\nCaerphilly: 270\nTorfaen: 220\n")


COUNTIES = ("The charity said 3,000 people in the North West contacted it in 2023, up from 2,500 in 2022.\n\nBy "
            "county:\n\nCheshire: 700\n\nCumbria: 400\n\nGreater Manchester: 1,200\n\nLancashire: 500\n\n"
            "Merseyside: 200\n\nIn 2019 the region had recorded 1,900 contacts.\n\nMost never phoned: 2,100 used the "
            "website, while {b} called the helpline.")


@pytest.mark.parametrize("text, published, value, start", [
    (ROWS.format(a=410), "2024-02-22", 410, "2023-01-01"),
    (ROWS.format(a=410), "2024-02-22", 220, "2023-01-01"),
    ("In 2024/25, 620 people from Shropshire contacted the helpline. That is up from 480 in 2023/24, when 200 of them "
     "called.\n\nOf the 620, 210 called the helpline and 410 used the website.", "2025-07-08", 410, "2024-04-01"),
    # a table's rows between the total and its parts, and parts joined by "while" (periods15)
    (COUNTIES.format(b=900), "2024-04-12", 900, "2023-01-01"),
    (COUNTIES.format(b=900), "2024-04-12", 2100, "2023-01-01"),
    # neighbours: rows that add up to no count before them keep the period stated last, unless that is an earlier
    # year's restatement of the total before (twenty-second round: "In 2019 the region had recorded 1,900" after
    # 2023's 3,000, as one year back was: the sentences after go on about 2023)
    (ROWS.format(a=400), "2024-02-22", 400, "2022-01-01"),
    (COUNTIES.format(b=800), "2024-04-12", 800, "2023-01-01"),
    # parts that name their own year keep it
    ("The helpline took 900 calls during 2023.\n\nIn 2022, 500 came from Newport and 400 from Torfaen.", "2024-02-22",
     500, "2022-01-01"),
])
def test_parts_take_their_totals_period(text, published, value, start):
    assert _periods(text, published)[value] == start
