"""A year that names the earlier figure of a change is its base: "up 15% on the 2023 figure of 1,000".

"That was a 15% increase on the 2023 figure of 1,000" dated the change 2023 (on 2022); the change is of the year
before it, 2024, on 2023 (``period_roles._base_figure_year``). A year before "figure" with no change word, or with
no base connector, still dates its sentence. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline.extract import periods


@pytest.mark.parametrize("sentence, role", [
    ("That was a 15% increase on the 2023 figure of 1,000.", "base"),
    ("Calls fell by 8 per cent from the 2022 total of 4,100.", "base"),
    ("Contacts were up 12% against the 2021 level.", "base"),
    ("The rise was 20 per cent compared with the 2019 figure.", "base"),
    # neighbours: no change word, no connector, or no figure noun after the year
    ("The line took 900 calls, on the 2023 figure.", "time"),
    ("The 2023 figure of 1,000 was a record.", "time"),
    ("Calls rose 15% in the 2023 season.", "time"),
])
def test_a_year_naming_the_earlier_figure(sentence, role):
    [mention] = [m for m in periods.find_periods(sentence) if m.period is not None]
    assert mention.role == role
