"""What the counts before a count tell of its period, for :func:`pipeline.extract.inheritance.resolve_count`: the
earlier period of the comparison the sentences before made, whether a count is the base of a later change stated in
its sentence, the period of the last count a run of figures is about, and whether the last time named is only an
earlier figure's (issue 10: a comparison is about its later period, and the sentences after it go on about that one).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pipeline.extract import periods
from pipeline.extract.periods import periods_equal
from pipeline.extract.sentence_context import Draft

if TYPE_CHECKING:  # inheritance imports this module
    from pipeline.extract.inheritance import Context, Resolved

#: How many sentences back a count may inherit a period from.
INHERIT_WINDOW = 3


def compared_before(d: Draft, period: Optional[periods.Period], ctx: Context) -> Optional[periods.Period]:
    """The earlier period of the comparison the sentences before ``d`` made, whose later period is ``period``: for the
    earlier end of a pair stated "over the same period" ("took 500 calls in 2024, up from 350 in 2022. In Derby, calls
    went from 200 to 260 over the same period": 200 is of 2022, not of 2023), and the earlier figure of a comparison
    whose later one is ("recorded 11,600 visits over the same period, up from 8,450"). The period of the last earlier
    figure of a comparison in the window (marked so, or restating the one before for the year before it), when it
    starts before ``period``; else of a figure dated before ``period`` that a figure of ``period`` follows ("took
    41,200 calls in 2019. In 2023 it answered 63,900."): issue 10, a comparison's base is of its earlier period."""
    if period is None or period.start is None:
        return None
    later_seen = False
    for earlier in reversed(ctx.counts[-8:]):
        if d.index - earlier.draft.index > INHERIT_WINDOW:
            break
        if earlier.draft.sentence == d.sentence or earlier.period is None or earlier.period.start is None:
            continue
        if earlier.draft.comparison or id(earlier) in ctx.restated_before:
            return earlier.period if earlier.period.start < period.start else None
        if periods_equal(earlier.period, period):
            later_seen = True
        elif later_seen and earlier.draft.rate is None and earlier.period.start < period.start:
            return earlier.period
    return None


def base_of_later_change(count: Resolved, ctx: Context) -> bool:
    """Whether ``count`` is the base figure (linked, or of its base period) of a change of a later period stated in
    its sentence ("In 2024 it took
    1,090, meaning calls rose by 96%" after 2,140 calls in 2025): the earlier figure of that comparison, which the
    sentences after it do not go on about."""
    for change in reversed(ctx.percentages[-8:]):
        if change.draft.index < count.draft.index:
            break
        if change.draft.pct_kind == "change" and change.draft.index == count.draft.index \
                and (change.base_count_ref is count or periods_equal(change.base_period, count.period)) \
                and change.period is not None and count.period is not None and change.period.start is not None \
                and count.period.start is not None and change.period.start > count.period.start:
            return True
    return False


def last_count_period(d: Draft, ctx: Context) -> Optional[periods.Period]:
    """The period of the last count before ``d`` that the sentences before go on about (no earlier figure of a
    comparison, no rate), when none of the sentences before names a time: a run of figures about one period ("402 of
    the contacts came from Lincoln. The website recorded 5,640 visits from the county ..."); past a figure that restates
    the one before for the year before it, the period the sentences before are about."""
    year_before = False  # a figure restating the one before for the year before was passed over
    for earlier in reversed(ctx.counts[-8:]):
        if d.index - earlier.draft.index > INHERIT_WINDOW:
            break
        year_before = year_before or id(earlier) in ctx.restated_before
        if earlier.period is not None and earlier.period.end is not None and not earlier.draft.comparison \
                and earlier.draft.rate is None and id(earlier) not in ctx.restated_before \
                and not base_of_later_change(earlier, ctx):
            return earlier.period  # not a running total ("since October"): no period of the figures after it
    # "Figures for the previous financial year show 3,980 calls. ... Aberdeen City: 2,140": after a year-before
    # figure the sentences go on about the period they were about, not its year
    return ctx.anchor(d.index) if year_before else None


def dates_earlier_figure(period: Optional[periods.Period], d: Draft, ctx: Context) -> bool:
    """Whether ``period``, the last time the sentences before ``d`` name, is only that of the earlier figure of a
    comparison there (a figure marked so, or the base of a change whose later period is the context), while the
    period they are about (the context) is another: issue 10, a comparison is about its later period, and the
    sentences after it go on about that one, not its base."""
    if period is None or ctx.last_period is None or periods_equal(period, ctx.last_period) \
            or d.index - ctx.last_index > INHERIT_WINDOW:
        return False
    for earlier in reversed(ctx.counts[-8:]):
        if d.index - earlier.draft.index > INHERIT_WINDOW:
            break
        if earlier.draft.comparison and periods_equal(earlier.period, period):
            return True
    for change in reversed(ctx.percentages[-8:]):  # "In 2024 it took 1,090, meaning calls rose by 96%" (on 2025)
        if d.index - change.draft.index > INHERIT_WINDOW:
            break
        if change.draft.pct_kind == "change" and periods_equal(change.base_period, period) \
                and periods_equal(change.period, ctx.last_period):
            return True
    return False


def restated_base(d: Draft, period: Optional[periods.Period], ctx: Context) -> Optional[periods.Period]:
    """The base of a change with none of its own, of the later period of a comparison told in two sentences just
    before it: the period of that comparison's earlier figure ("2,880 calls in 2023. In 2020 it had 1,090 callers.
    The charity describes the increase as a 146 per cent rise": on 2020, not on the year before 2023), when its own
    sentence has no figures; ``None`` without such a figure."""
    if period is None or period.start is None or d.time is not None or not periods_equal(period, ctx.anchor(d.index)):
        return None
    if ctx.sentence_counts.get(d.sentence.start):
        return None  # "Calls rose from 5,830 to 6,410, a rise of 10%": a change of its own sentence's figures
    for earlier in reversed(ctx.counts[-8:]):
        if d.index - earlier.draft.index > INHERIT_WINDOW:
            break
        if id(earlier) in ctx.restated_before and earlier.period is not None and earlier.period.start is not None \
                and earlier.period.start < period.start:
            return earlier.period
    return None
