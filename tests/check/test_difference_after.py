"""A difference whose earlier count comes in the sentence after it ("2,900 calls in 2023, 500 more than in 2022.
In 2022 it took 2,400."): the pair is its sentence's one count and the next sentence's one count; agreement
only.  Sentences of our own writing."""
from __future__ import annotations

import pytest

from check_factories import differences_of


def differences(text: str, difference: float) -> list[str]:
    return [c.verdict for c in differences_of(text, difference, published="2024-02-01")]


@pytest.mark.parametrize("text, difference, verdicts", [
    ("The helpline received 2,900 calls in 2023, 500 more calls than in 2022.\n\nIn 2022 it received 2,400 calls.",
     500.0, ["consistent"]),
    ("The service was contacted 1,150 times in 2022, 250 fewer contacts than in 2021. In 2021 it was contacted "
     "1,400 times.", 250.0, ["consistent"]),
    # a pair after it that disagrees may be another comparison: no verdict
    ("The helpline received 2,900 calls in 2023, 500 more calls than in 2022.\n\nIn 2022 it received 2,600 calls.",
     500.0, []),
])
def test_a_difference_and_the_count_after_it(text, difference, verdicts):
    assert [v for v in differences(text, difference) if v != "unverifiable"] == verdicts
