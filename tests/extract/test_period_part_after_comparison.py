"""A part that opens its sentence by pointing back ("Of those, 6,000 ...") is of the period of the whole the sentence
before reports, not of the earlier figure of a comparison set against that whole ("took 90,000 calls in the first
half of 2025, compared with 80,000 in the same period of 2024. Of those, ..."): ``inheritance.whole_of_part``.

Sentences of our own writing; the neighbours (a whole that is no comparison, a year-before restatement that is the
whole) keep the period they had.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _periods(text: str) -> dict[int, tuple]:
    record = extract_article(text, source="part-after-comparison.txt", published="2025-08-01")
    return {int(c.value): (c.period_start, c.period_end) for c in record.counts}


H1_2025 = ("2025-01-01", "2025-06-30")
H1_2024 = ("2024-01-01", "2024-06-30")


@pytest.mark.parametrize("text, part, expected", [
    # the comparison's earlier figure last in the sentence before: the part is of the whole's period
    ("In the first half of 2025 the Samaritans took 90,000 calls, compared with 80,000 in the same period of 2024. "
     "Of those, 6,000 came from Kent.", 6000, H1_2025),
    ("In the first half of 2025 the Samaritans took 90,000 calls, against 80,000 in the first half of 2024. "
     "Of these, 7,500 were from Wales.", 7500, H1_2025),
    ("The gambling helpline answered 12,000 calls in 2024, up from 10,000 in 2023. Of those, 800 came from Fife.",
     800, ("2024-01-01", "2024-12-31")),
    # no comparison before: the part is of the count it follows, as before
    ("In the first half of 2025 the Samaritans took 90,000 calls. Of those, 6,000 came from Kent.", 6000, H1_2025),
    # the whole is itself the year before's figure (no comparison's): the part is of that year
    ("In the first half of 2025 the Samaritans took 90,000 calls. In the same period of 2024 it took 80,000. Of those, "
     "5,000 came from Kent.", 5000, H1_2024),
])
def test_a_part_is_of_its_whole_not_of_the_compared_figure(text: str, part: int, expected: tuple) -> None:
    assert _periods(text)[part] == expected
