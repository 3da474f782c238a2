"""An "inconsistent" only on a pair the claim can compare: counts that run backwards in time are not, nor
a part and a whole that give a share ten times off the stated one.

A change whose counts were found, linked or searched, with the "earlier" count of a later period than
the "later" one (a headline's "up 38% on 2020" tied to two weekly figures of the body) compares no
pair the text compares: no verdict, and the explanation says why.  Hand-built facts.
"""
from __future__ import annotations

import pytest

from check_factories import count, pct, record
from pipeline.check.within import check_record


@pytest.mark.parametrize("old_year, new_year, stated, verdict", [
    (2019, 2020, 50.0, "consistent"),      # 200 -> 300 forwards in time
    (2019, 2020, 38.0, "inconsistent"),
    (2021, 2020, 38.0, "unverifiable"),    # the "earlier" count is of a later year
    (2021, 2020, 50.0, "unverifiable"),    # agreement by chance is no verdict either
    (2020, 2019, 84.0, "unverifiable"),
])
def test_counts_running_backwards_give_no_verdict(old_year, new_year, stated, verdict):
    rec = record(counts=[count("c1", 200, year=old_year, at=0), count("c2", 300, year=new_year, at=100,
                                                                      sentence=(100, 150))],
                 percentages=[pct("p1", stated, at=200, sentence=(200, 250), count_ref="c2", base_count_ref="c1")])
    [check] = check_record(rec)
    assert check.verdict == verdict, check.explanation
    if verdict == "unverifiable":
        assert "backwards in time" in check.explanation and check.inputs == ["c1", "c2"]


@pytest.mark.parametrize("part, whole, stated, verdict", [
    (200, 1000, 20.0, "consistent"),
    (200, 1000, 25.0, "inconsistent"),     # a slip of the paper's: 20% written as 25%
    (200, 1000, 2.5, "inconsistent"),      # eight times off: still read as a slip
    (200, 50000, 90.0, "unverifiable"),    # 0.4% for a stated 90%: another part or whole
    (900, 1000, 9.0, "unverifiable"),      # ten times the stated share
])
def test_a_share_far_from_its_part_and_whole_gives_no_verdict(part, whole, stated, verdict):
    rec = record(counts=[count("c1", part, at=0), count("c2", whole, at=20)],
                 percentages=[pct("p1", stated, direction=None, at=10, count_ref="c1", base_count_ref="c2")])
    [check] = check_record(rec)
    assert check.verdict == verdict, check.explanation
