"""An opening line's multiplier linked to the body's figures takes the later period's figure as its later count
(``count_ref``) and the earlier's as its base, in whatever order the body names them
(``pipeline/extract/multiplier_links._later_period_later``).  Sentences of our own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, later, base", [
    # the later year first, "the figure" of the earlier after it: the comparison reads the second as the later
    ("Calls from Fife double\n\nThe line took 1,800 calls from Fife in 2023. In 2021 the figure was 900.", 1800, 900),
    ("Twice as many in Fife seek help\n\nIt heard from 1,800 people in Fife in 2023. In 2021 the figure was 900.",
     1800, 900),
    ("Texts from Moray treble\n\nThe service had 1,200 texts from Moray in 2024/25. In 2021/22 the figure was 400.",
     1200, 400),
    # neighbours: the earlier named first, or set off by "up from", already in order
    ("Calls from Fife double\n\nIn 2021 the line took 900 calls from Fife. In 2023 the figure was 1,800.", 1800, 900),
    ("Calls from Fife double\n\nThe line took 1,800 calls from Fife in 2023, up from 900 in 2021.", 1800, 900),
])
def test_the_later_period_is_the_later_count(text: str, later: float, base: float) -> None:
    record = extract_article(text, source="multiplier_links.txt", published="2025-03-01")
    values = {c.id: c.value for c in record.counts}
    assert [(values.get(m.count_ref), values.get(m.base_count_ref)) for m in record.multipliers] == [(later, base)]
