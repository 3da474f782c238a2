"""The later end of a pair whose earlier end alone is dated is of the later time its sentence names.

"doubled in 2021, from 210 in 2020 to 420" dated 420 to 2020, the earlier end's year, the time nearest before it;
it is of 2021 (``pair_context.later_end_time``). Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _periods(text: str) -> dict[float, tuple]:
    record = extract_article("Helpline figures\n\n" + text, source="pair.txt", published="2023-02-16")
    return {c.value: (c.period_start, c.period_end) for c in record.counts}


@pytest.mark.parametrize("text, earlier, later", [
    ("Calls to the helpline doubled in 2021, from 210 in 2020 to 420.", (210, "2020"), (420, "2021")),
    ("In 2022 calls rose from 210 in 2020 to 420, the charity said.", (210, "2020"), (420, "2022")),
    ("During 2022 the number of callers fell from 1,500 in 2021 to 1,200.", (1500, "2021"), (1200, "2022")),
    ("Calls more than doubled in 2021/22, from 300 in 2019/20 to 700.", (300, "2019"), (700, "2021")),
    ("Contacts rose in 2022, from about 900 in 2019 to just over 1,400.", (900, "2019"), (1400, "2022")),
])
def test_the_later_end_takes_the_later_time(text, earlier, later):
    found = _periods(text)
    assert found[earlier[0]][0][:4] == earlier[1]
    assert found[later[0]][0][:4] == later[1]


@pytest.mark.parametrize("text, value, year", [
    # each end dated: as before
    ("Calls rose from 210 in 2020 to 420 in 2022.", 420, "2022"),
    # no later time in the sentence: the later end keeps what it had
    ("Calls rose from 210 in 2020 to 420, the charity said.", 420, "2020"),
    # the later time comes before the earlier end's date: still the sentence's later time
    ("In 2022, calls rose from 210 in 2021 to 420.", 420, "2022"),
])
def test_neighbours(text, value, year):
    assert (_periods(text)[value][0] or "")[:4] == year
