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


@pytest.mark.parametrize("text, expected", [
    # the level a share changed from, right after "from"
    ("In 2023, 43% of people used the web chat, an increase from the 37% who did so in 2022.",
     [(43.0, "share"), (37.0, "share")]),
    ("In 2023 women made up 18 per cent of callers, down from about 24 per cent in 2022.",
     [(18.0, "share"), (24.0, "share")]),
    ("The answer rate fell to 71% in 2023 from 80% in 2022.",
     [(71.0, "share"), (80.0, "share")]),
    # a level followed by the level it changed from
    ("Callers who mentioned debt rose sharply (22% up from 16% the year before).",
     [(22.0, "share"), (16.0, "share")]),
    ("Repeat callers were 30 per cent, down from 41 per cent.",
     [(30.0, "share"), (41.0, "share")]),
    # the level reached after a change word and a particle
    ("The share of calls from men has dropped off to about 35 per cent now.",
     [(35.0, "share")]),
    ("Its answer rate climbed back to 90% last year.",
     [(90.0, "share")]),
    # sizes of a change stay changes
    ("Calls to the line rose by up to 35% in some months.",
     [(35.0, "change")]),
    ("Calls fell 10% last year, down from 1,500 the year before.",
     [(10.0, "change")]),
    ("Calls rose 25% from 2022, the line said.",
     [(25.0, "change")]),
])
def test_a_level_a_share_changed_from_or_to_is_a_share(text, expected):
    record = extract_article(text, source="levels.txt", published="2024-03-01")
    assert [(p.value, p.kind) for p in record.percentages] == expected
