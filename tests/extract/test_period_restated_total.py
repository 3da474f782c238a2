"""A total told again with its parts is of the earlier total's period (places21b, ``extract/part_periods.py``).

"The line answered 1,500 contacts in the autumn. In the spring it had answered 1,000. These 1,500 contacts were 900
calls and 600 webchats.": the sentence of the parts names no time, so its counts took the period stated last (the
spring); but its first count is the sum of the others, the autumn's total told again, and the parts break it down.
Sentences of our own writing; a first count that is not the sum of the others, or a sentence with its own time,
keeps what it had.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

TEXT = ("The Valley Line answered {total} calls and webchats from Powys between September and December 2023.\n\n"
        "It had answered 1,000 from Powys between January and April 2023.\n\n{parts}")


def _periods(text: str) -> dict[int, str]:
    record = extract_article(text, source="parts.txt", published="2024-02-10")
    return {int(c.value): c.period_start for c in record.counts}


@pytest.mark.parametrize("total, parts, value, start", [
    (1500, "These 1,500 contacts were 900 phone calls and 600 webchats.", 900, "2023-09-01"),
    (1500, "These 1,500 contacts were 900 phone calls and 600 webchats.", 600, "2023-09-01"),
    (1500, "Those 1,500 contacts were made up of 950 calls and 550 webchats.", 550, "2023-09-01"),
    (2400, "The 2,400 contacts split into 1,300 calls, 700 webchats and 400 emails.", 400, "2023-09-01"),
    # neighbours: a first count that is not the sum of the others keeps the period stated last
    (1500, "These 1,500 contacts included 900 phone calls and 500 webchats.", 500, "2023-01-01"),
    # a sentence with a time of its own keeps it
    (1500, "In 2022 the 1,500 contacts were 900 phone calls and 600 webchats.", 600, "2022-01-01"),
])
def test_a_restated_total_and_its_parts(total, parts, value, start):
    assert _periods(TEXT.format(total=f"{total:,}", parts=parts))[value] == start
