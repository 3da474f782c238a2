"""A change's size told as a count and restated as a percentage is a change, not a share
(``restated_difference`` in ``pipeline/extract/percentage_kinds.py``): "The increase of 1,600 - or 160% - is the
largest", "up 1,600, or 160%", "a rise of 1,600 calls (160%)", "a fall of 400, or 40%".  The table varies the link
(dashes, a comma and "or", brackets), the change's noun and direction, a noun after the count, and the sentence
(the levels before it or in its own); the neighbours: a part restated as a share ("1,600 came from men, or 62%")
stays a share.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _kinds(text: str) -> list[tuple[float, str, object]]:
    record = extract_article(text, source="restated_difference.txt", published="2024-02-08")
    return [(p.value, p.kind, p.direction) for p in record.percentages]


@pytest.mark.parametrize("text, expected", [
    ("The helpline said 2,600 calls came from Wales in 2023, against 1,000 in 2022. The increase of 1,600 - or "
     "160% - is the largest it has seen.", [(160.0, "change", "increase")]),
    ("The helpline said 2,600 calls came from Wales in 2023, against 1,000 in 2022. The rise of 1,600 \u2013 or "
     "160% \u2013 is the largest it has seen.", [(160.0, "change", "increase")]),
    ("The helpline took 2,600 calls from Wales in 2023 and 1,000 in 2022, a rise of 1,600 calls (160%).",
     [(160.0, "change", "increase")]),
    ("The helpline took 2,600 calls from Wales in 2023, up 1,600, or 160%, on the 1,000 it took in 2022.",
     [(160.0, "change", "increase")]),
    ("The helpline took 600 calls from Wales in 2023, against 1,000 in 2022, a drop of 400, or 40%.",
     [(40.0, "change", "decrease")]),
    # neighbours: a part restated as a share stays a share
    ("Of the 2,600 calls from Wales in 2023, 1,600 came from men, or 62%.", [(62.0, "share", None)]),
    ("The helpline took 2,600 calls in 2023, of which 1,600, or 62%, came from men.", [(62.0, "share", None)]),
])
def test_a_restated_difference_is_a_change(text: str, expected: list) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, inputs", [
    ("The helpline said 2,600 calls came from Wales in 2023, against 1,000 in 2022.\n\nThe increase of 1,600 - or "
     "160% - is the largest it has seen.", [1000, 2600]),
    ("The helpline took 2,600 calls from Wales in 2023 and 1,000 in 2022, a rise of 1,600 calls (160%).",
     [1000, 2600]),
])
def test_the_change_is_checked_on_its_levels(text: str, inputs: list[float]) -> None:
    record = extract_article(text, source="restated_difference.txt", published="2024-02-08")
    values = {c.id: c.value for c in record.counts}
    checks = [(c.verdict, sorted(values[i] for i in c.inputs)) for c in record.checks if c.kind == "percentage"]
    assert checks == [("consistent", inputs)]
