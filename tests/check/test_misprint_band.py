"""The misprint band every sum rule shares (``pipeline.check.tolerances.within_misprint``): a sum within a tenth of
its total may be a misprint of it; farther off it is another total's parts."""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from pipeline.check.tolerances import within_misprint


@pytest.mark.parametrize("summed, total, near", [
    (Fraction(2300), 2310, True),          # 1,655 + 645 printed as 2,310
    (Fraction(1043), 1034, True),          # two digits swapped
    (Fraction(2079), 2310, True),          # exactly a tenth short
    (Fraction(2078), 2310, False),         # just past a tenth
    (Fraction(2541), 2310, True),          # a tenth over
    (Fraction(3000), 2310, False),         # another total's parts
    (Decimal("870.5"), 870.5, True),       # an exact decimal sum
    (Fraction(0), 0, True),                # nothing of nothing
])
def test_a_sum_within_a_tenth_of_its_total_may_be_a_misprint(summed, total, near) -> None:
    assert within_misprint(summed, total) is near
