"""A change is of the later period of its comparison and its base of the earlier, in whatever order the text names them.

Issue 10's principle, and ANNOTATION.md decision 6 as the blind annotators read it: "412 of this year's calls, up
from 255 a year earlier - a 62 per cent increase" is a change of this year on the year before, and "It is also a
46 per cent rise on 2024" after "2,010 people ... in 2025" is of 2025 on 2024. Two ways a change's period still
came out earlier than the comparison allows, both mended here right after the change is resolved
(:func:`pipeline.extract.assembly.assemble`):

- its period was taken from the figure its own sentence marks as the earlier one ("up from 255 a year
  earlier"): the change is of the time its sentence names for itself when that is later ("this year"), on the
  earlier figure's period;
- its own words name its base ("a rise on 2024") and the period it took from the sentences before is not after
  that base: the change is of the period a year on from its base, when the text states a figure of the change's
  measure for that period (the later figure it compares), which becomes its count.

The earlier of two shares compared ("Women made up 31% of callers, up from 24% the year before") is of the year
before the later's (:func:`earlier_share_period`). "The year before, the figure was 1,322 - a rise of 47 per cent"
(the phrase that dates the sentence names the base) is
:func:`pipeline.extract.compared_change.change_on_year_before`'s.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.extract.compared_change import YEAR_BEFORE
from pipeline.extract.count_index import counts_before
from pipeline.extract.inheritance import Context, Resolved, akin, periods_equal, resolve_mention
from pipeline.extract.period_spans import Period, years_shifted
from pipeline.extract.periods import find_periods

#: How many counts before the change are looked at for the later figure of a named base (bounded, never the page).
LATER_COUNTS = 8


def _after(a: Optional[Period], b: Optional[Period]) -> bool:
    """Whether period ``a`` starts after period ``b`` starts."""
    return a is not None and b is not None and a.start is not None and b.start is not None and a.start > b.start


def change_of_later_period(item: Resolved, ctx: Context) -> bool:
    """Give the change ``item`` the later period of its comparison when it took the earlier; ``True`` if it did."""
    d = item.draft
    if d.pct_kind != "change" or item.period is None:
        return False
    ref = item.count_ref
    if ref is not None and ref.draft.comparison and ref.draft.sentence == d.sentence and d.time is None \
            and periods_equal(item.period, ref.period):
        mention = d.sentence_time
        own = None if mention is None or getattr(mention, "relative", None) in YEAR_BEFORE \
            else resolve_mention(mention, ctx.anchor(d.index), ctx.published)
        if _after(own, ref.period):
            base = resolve_mention(d.base, own, ctx.published) if d.base is not None else None
            item.period, item.base_period = own, base if base is not None and _after(own, base) else ref.period
            return True
    if d.base is None or item.base_period is None or _after(item.period, item.base_period):
        return False
    later = _figure_a_year_on(item, ctx)
    if later is None:
        return False
    item.period, item.count_ref = later.period, later
    return True


#: Words right before the earlier figure of a comparison of shares: "up from 24 per cent the year before".
_EARLIER_BEFORE = re.compile(r"\b(?:up|down|rising|falling|rose|fell|increased|decreased)\s++from\s++$"
                             r"|\bcompared\s++(?:with|to)\s++$", re.IGNORECASE)


def earlier_share_period(item: Resolved, ctx: Context) -> bool:
    """Give a share stated as the earlier figure of a comparison with a year-before phrase right after it ("Women
    made up 31% of callers, up from 24% the year before") the year before the later share's of its sentence;
    ``True`` if it did."""
    d = item.draft
    if d.pct_kind != "share" or d.time is not None:
        return False
    text, start, end = d.sentence.text, d.start - d.sentence.start, d.end - d.sentence.start
    if not _EARLIER_BEFORE.search(text, max(0, start - 24), start):
        return False
    after = [m for m in find_periods(text[end:end + 40]) if m.relative in YEAR_BEFORE and m.start <= 1]
    later = _share_before(item, ctx) if after else None
    if later is None:
        return False
    period = resolve_mention(after[0], later.period, ctx.published)
    if period is None:
        return False
    item.period = period
    return True


def _share_before(item: Resolved, ctx: Context) -> Optional[Resolved]:
    """The last dated share of the item's sentence before it: the percentages are read back from the newest only as
    far as that sentence (the facts are kept in text order), not the page's every percentage per share."""
    d = item.draft
    for p in reversed(ctx.percentages):
        if p.draft.sentence != d.sentence:
            if p.draft.start < d.sentence.start:
                return None
            continue
        if p.draft.pct_kind == "share" and p.draft.start < d.start and p.period is not None:
            return p
    return None


def _figure_a_year_on(item: Resolved, ctx: Context) -> Optional[Resolved]:
    """The nearest count before the change, of its measure, whose period is its base's a year on."""
    span = years_shifted(item.base_period, 1)
    if span is None:
        return None
    measure = item.draft.measure
    end = counts_before(ctx, item.draft.start)
    for i in range(end - 1, max(end - 1 - LATER_COUNTS, -1), -1):
        later = ctx.counts[i]
        if later.draft.comparison or later.draft.rate is not None or later.period is None:
            continue
        if later.period.iso() == span.iso() and (measure is None or akin(later.draft.measure, measure)):
            return later
    return None
