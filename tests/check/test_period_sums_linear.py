"""Periods that tile a total (``pipeline/check/period_sums.py``) read a bounded number of counts per total: a page
of many years of monthly figures, each year's total after its months, is linear in the page.  The test counts the
counts each total looks at, not time, on records of our own making, and checks each year's months add up to it.
"""
from __future__ import annotations

import calendar

from pipeline.check import period_sums
from pipeline.check.evidence import Evidence
from pipeline.check.tolerances import load
from pipeline.records import Count
from tests.check_factories import record


def _page(years: int) -> list[Count]:
    """Twelve monthly counts of 100 calls a year, then the year's total of 1,200, one sentence each."""
    counts, at = [], 0
    for y in range(2000, 2000 + years):
        for m in range(1, 13):
            last = calendar.monthrange(y, m)[1]
            counts.append(Count(id=f"c{len(counts) + 1}", text="100", start=at, end=at + 3, sentence=(at, at + 50),
                                qualifier="exact", regions=[], period_start=f"{y}-{m:02d}-01",
                                period_end=f"{y}-{m:02d}-{last:02d}", value=100, measure="helpline_calls"))
            at += 60
        counts.append(Count(id=f"c{len(counts) + 1}", text="1,200", start=at, end=at + 5, sentence=(at, at + 50),
                            qualifier="exact", regions=[], period_start=f"{y}-01-01", period_end=f"{y}-12-31",
                            value=1200, measure="helpline_calls"))
        at += 60
    return counts


def _reads(years: int, monkeypatch) -> tuple[int, int]:
    rec = record(counts=_page(years))
    ev, tol = Evidence(rec, ""), load(None)
    reads = {"n": 0}
    fits = period_sums._fits

    def counting(c, total):
        reads["n"] += 1
        return fits(c, total)

    monkeypatch.setattr(period_sums, "_fits", counting)
    found = [period_sums.period_sum_check(t, ev, tol) for t in rec.counts if t.value == 1200]
    assert all(c is not None and c.verdict == "consistent" and len(c.inputs) == 12 for c in found)
    return reads["n"], len(found)


def test_period_sums_read_a_bounded_number_of_counts_per_total(monkeypatch):
    (small, n_small), (large, n_large) = _reads(10, monkeypatch), _reads(40, monkeypatch)
    assert (n_small, n_large) == (10, 40)
    assert large <= 5 * small, (small, large)  # four times the page: about four times the work
