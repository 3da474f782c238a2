"""The indexes of counts that linking searches: the same counts a scan of every count finds.

A page of nothing but figures made the search of each change's base count scan every count
(quadratic); the index gives the counts of the base period's last month only, kept in step as
counts take new periods.  No timing is asserted here (see benchmarks/).
"""
from __future__ import annotations

import datetime

import pytest

from pipeline.extract.count_index import comparison_counts, same_span_near, span_key
from pipeline.extract.inheritance import Context, Resolved
from pipeline.extract.base_links import _same_span
from pipeline.extract.periods import Period


class _Draft:
    def __init__(self, comparison: bool = False, start: int = 0) -> None:
        self.comparison = comparison
        self.start = start


def same_span_candidates(ctx: Context, base: Period) -> list[Resolved]:
    """Every count :func:`same_span_near` offers for ``base``, with a reach past the page's ends."""
    return same_span_near(ctx, base, start=10 ** 9, reach=10 ** 6)


def _d(y: int, m: int, day: int) -> datetime.date:
    return datetime.date(y, m, day)


YEAR_2021 = Period(_d(2021, 1, 1), _d(2021, 12, 31))
FY_2021 = Period(_d(2020, 4, 1), _d(2021, 3, 31))
APR_2020_MAR_2021 = Period(_d(2020, 3, 1), _d(2021, 3, 31))
MARCH_2021 = Period(_d(2021, 3, 1), _d(2021, 3, 31))
SINCE_2015 = Period(_d(2015, 1, 1), None)
UNTIL_2015 = Period(None, _d(2015, 12, 31))
PERIODS = [YEAR_2021, FY_2021, APR_2020_MAR_2021, MARCH_2021, SINCE_2015, UNTIL_2015, None]


def _ctx(periods: list) -> Context:
    ctx = Context(datetime.date(2022, 3, 18))
    ctx.counts = [Resolved(draft=_Draft(comparison=i % 3 == 0, start=10 * i), period=p) for i, p in enumerate(periods)]
    return ctx


@pytest.mark.parametrize("base", [p for p in PERIODS if p is not None])
def test_the_candidates_hold_every_count_of_the_same_span(base):
    ctx = _ctx(PERIODS * 3)
    found = same_span_candidates(ctx, base)
    wanted = [c for c in ctx.counts if _same_span(c.period, base)]
    assert [c for c in found if _same_span(c.period, base)] == wanted
    assert all(span_key(c.period) == span_key(base) for c in found)
    assert found == sorted(found, key=ctx.counts.index)  # text order


@pytest.mark.parametrize("before, after", [
    (YEAR_2021, FY_2021),
    (None, YEAR_2021),
    (YEAR_2021, None),
    (SINCE_2015, MARCH_2021),
])
def test_a_count_that_takes_a_new_period_moves(before, after):
    ctx = _ctx([before, YEAR_2021, FY_2021])
    if before is not None:
        assert ctx.counts[0] in same_span_candidates(ctx, before)
    ctx.counts[0].period = after
    if after is not None:
        assert ctx.counts[0] in same_span_candidates(ctx, after)
    if before is not None and span_key(before) != span_key(after):
        assert ctx.counts[0] not in same_span_candidates(ctx, before)


def test_counts_found_later_are_indexed():
    ctx = _ctx([YEAR_2021])
    assert len(same_span_candidates(ctx, YEAR_2021)) == 1
    assert len(comparison_counts(ctx)) == 1
    ctx.counts.append(Resolved(draft=_Draft(comparison=True, start=10), period=YEAR_2021))
    ctx.counts.append(Resolved(draft=_Draft(start=20), period=YEAR_2021))
    assert len(same_span_candidates(ctx, YEAR_2021)) == 3
    assert comparison_counts(ctx) == [c for c in ctx.counts if c.draft.comparison]
