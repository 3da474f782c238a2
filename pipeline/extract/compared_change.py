"""A change stated after a comparison: of the comparison's later figure, on its earlier one.

"1,850 calls in 2022-23, compared with 1,500 in 2021-22. That is a rise of 23 per cent." The
change names no period; the count it points back to is the last one before it, and that is the
earlier figure of the comparison ("1,500 in 2021-22"). A change is of the later period and its base
of the earlier, in whatever order the text names them (issue 10): here 2022-23 on 2021-22, not
2021-22 on the year before it. :func:`later_of_comparison` finds the later figure the comparison
set the earlier one against, in the earlier one's sentence or the one before it, and relinks the
change to the pair. Used by :func:`pipeline.extract.assembly.assemble` right after a change is
resolved.
"""
from __future__ import annotations

from typing import Optional

from pipeline.extract.count_index import counts_before
from pipeline.extract.inheritance import Context, Resolved, akin, regions_agree

#: How many sentences before the earlier figure its later figure may stand.
LATER_REACH = 1

#: How many counts back from the earlier figure are looked at (the walk is bounded, never the page).
LATER_COUNTS = 4


def later_of_comparison(item: Resolved, ctx: Context) -> Optional[Resolved]:
    """The later figure of the comparison whose earlier figure a change's count is, or ``None``.

    Only for a change that names no period of its own, in another sentence than that earlier
    figure; the later figure counts one kind of thing in the same place, is not itself an earlier
    figure, and its period starts after the earlier one's. On a match the change takes the later
    figure as its count and period and the earlier as its base count and base period.
    """
    d, earlier = item.draft, item.count_ref
    if d.pct_kind != "change" or d.time is not None or d.base is not None or d.sentence_time is not None:
        return None
    if earlier is None or not earlier.draft.comparison or earlier.draft.sentence == d.sentence \
            or earlier.period is None or earlier.period.start is None:
        return None
    end = counts_before(ctx, earlier.draft.start)
    for i in range(end - 1, max(end - 1 - LATER_COUNTS, -1), -1):
        later = ctx.counts[i]
        if earlier.draft.index - later.draft.index > LATER_REACH:
            return None
        if later.draft.comparison or later.period is None or later.period.start is None:
            continue
        if later.period.start <= earlier.period.start or not akin(later.draft.measure, earlier.draft.measure) \
                or not regions_agree(later, earlier):
            continue
        item.count_ref, item.base_count_ref = later, earlier
        item.period, item.base_period = later.period, earlier.period
        return later
    return None
