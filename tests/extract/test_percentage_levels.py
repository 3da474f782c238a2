"""Percentages that are the two levels of a change ("rose from 44% to 52%"): shares, each of its own
period, not two changes. Every sentence is our own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, expected", [
    ("The share of callers who were men rose from 44% in 2021 to 52% in 2022.",
     [(44.0, "share", None, "2021"), (52.0, "share", None, "2022")]),
    ("Repeat callers fell from 31 per cent to just 24 per cent over the year.",
     [(31.0, "share", None, None), (24.0, "share", None, None)]),
    pytest.param("Women made up a growing part of the callers, up from 12 percent in 2020 to 19 percent in 2023.",
                 [(12.0, "share", None, "2020"), (19.0, "share", None, "2023")],
                 marks=pytest.mark.xfail(reason="after 'up from' the earlier level takes the later year", strict=True)),
    # a change and its level are still told apart
    ("Calls rose by 20% in 2023, and men made up 61% of the callers.",
     [(20.0, "change", "increase", "2023"), (61.0, "share", None, "2023")]),
    ("Calls from the county rose 15% from 2022 to 2023.",
     [(15.0, "change", "increase", "2023")]),
])
def test_two_levels_of_a_change_are_shares(text, expected):
    record = extract_article(text, source="levels.txt", published="2024-03-01")
    got = [(p.value, p.kind, p.direction, (p.period_start or "")[:4] or None) for p in record.percentages]
    assert got == expected
