"""Periods a figure's own words, or the sentence right before it, name: the earlier figure of a comparison.

"took 790 calls in 2024-25. In 2023-24 it answered 410.": a comparison told in two sentences, the later figure
first; the second restates the first for the year before, and the sentences after go on about the later year (issue
10). "the 2024 figure of 110", "the previous year's total of 4,430": a figure dated by the words right before it.
Read by :mod:`pipeline.extract.inheritance` (seventeenth round, branch periods17).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pipeline.extract import periods
from pipeline.extract.own_times import named_figure_time
from pipeline.extract.periods import periods_equal
from pipeline.extract.sentence_context import Draft

if TYPE_CHECKING:
    from pipeline.extract.inheritance import Context, Resolved


def named_year_before(item: "Resolved", ctx: "Context") -> bool:
    """Whether a count dated by a year it names is the first figure of the sentence right after a count of its
    measure for the year after ("took 790 calls in 2024-25. In 2023-24 it answered 410."): the later figure's
    comparison, told in two sentences; the sentences after it go on about the later year (issue 10)."""
    from pipeline.extract.inheritance import akin  # here: inheritance imports this module

    d = item.draft
    if d.time is None or getattr(d.time, "relative", None) is not None or d.index - ctx.last_index != 1:
        return False
    if any(c.draft.start < d.start for c in ctx.by_sentence.get(d.sentence.start, ())):
        return False  # not the sentence's first figure
    for earlier in reversed(ctx.counts[-8:]):
        if earlier.draft.index < ctx.last_index:
            return False
        if earlier.draft.index == ctx.last_index and not earlier.draft.comparison \
                and periods_equal(earlier.period, ctx.last_period):
            return akin(d.measure, earlier.draft.measure)
    return False


def named_figure_period(d: Draft, ctx: "Context") -> Optional[periods.Period]:
    """The period a figure's own words name right before it ("the 2024 figure of 110", "the previous year's total of
    4,430": the year before the period of its sentence's figure, or of the sentences before); ``None`` without one."""
    from pipeline.extract.inheritance import resolve_mention  # here: inheritance imports this module

    named = named_figure_time(d, ctx.published)
    if named is None:
        return None
    main = [c for c in ctx.by_sentence.get(d.sentence.start, []) if not c.draft.comparison]
    return resolve_mention(named, main[-1].period if main else ctx.anchor(d.index), ctx.published)
