"""A change whose sentence gives only its earlier figure: the later one is the total stated before.

"Stop It Now! Wales said 5,400 people got in touch during 2023. [a list by force area] In 2022 the figure was
4,500, meaning a rise of 20 per cent."; "The county's total was 3,200 in 2022, which makes a rise of 30 per
cent."; "In 2022 the five cities made 8,000 calls, so the total rose by a fifth.": the one count of the change's
sentence is dated before the article's figure, and words of consequence or comparison ("meaning", "which makes",
"so", "compares with") lead from it to the change.  The change is of the article's figure, on that count: the
later figure is the largest count of its measure and rate in the three sentences before, of a period after the
count's, stated exactly when one is (the total, not an item of its breakdown nor a rounded figure of the lede).  Used by :func:`pipeline.extract.change_links.count_for`.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.extract.count_index import counts_before
from pipeline.extract.inheritance import Context, Resolved, akin
from pipeline.extract.sentence_context import Draft

#: How many sentences before the change's the later figure may stand (a total, its breakdown, the change).
SENTENCES_BACK = 3

#: Between the earlier count and the change: words that draw the change from it ("meaning", "which makes",
#: "so the number rose by", "compares with 800 in 2022, a rise of"); read on at most 60 characters.
_LEADS_TO = re.compile(r"\b(?:meaning|which\s{1,3}(?:makes|means|is|represents)|making|so|compares?\s{1,3}with"
                       r"|compared\s{1,3}(?:with|to))\b", re.I)
_GAP = 60


def later_before(d: Draft, earlier: Resolved, ctx: Context) -> Optional[Resolved]:
    """The later figure of a change whose sentence holds only ``earlier`` (dated, before the change in the
    sentence); ``None`` when the shape does not hold."""
    if earlier.period is None or earlier.period.end is None:
        return None
    base = getattr(d.base, "period", None)
    if d.base is not None and (base is None or (base.start, base.end) != (earlier.period.start, earlier.period.end)):
        return None  # a base the change names is the count's own period ("compares with 800 in 2022, a rise of")
    s = d.sentence.start
    between = d.sentence.text[max(earlier.draft.end, d.start - _GAP) - s:d.start - s]
    before = d.sentence.text[:earlier.draft.start - s]
    worded = bool(_LEADS_TO.search(between) or _LEADS_TO.search(before[-30:]))
    n = counts_before(ctx, d.sentence.start)  # a bisection, then a walk of at most three sentences' counts
    found: list[Resolved] = []
    while n > 0 and 0 < d.index - ctx.counts[n - 1].draft.index <= SENTENCES_BACK:
        n -= 1
        c = ctx.counts[n]
        if c.period is None or c.period.start is None or c.period.start <= earlier.period.end:
            continue
        if c.draft.comparison or getattr(c.draft, "place_item", False) or getattr(c.draft, "difference", None) \
                or c.draft.qualifier == "vague" or c.draft.rate != earlier.draft.rate \
                or not akin(c.draft.measure, earlier.draft.measure):
            continue
        if earlier.regions and c.regions and set(earlier.regions) != set(c.regions):
            continue
        found.append(c)
    # the total: the largest, a figure stated exactly before a rounded one ("6,840", not "almost 7,000")
    later = max(found, key=lambda c: (c.draft.qualifier == "exact", c.draft.value)) if found else None
    if later is None or worded:
        return later
    # no words lead from the count to the change ("... doubled from the 5,680 recorded over the same months of
    # 2023, a rise of 70%"): the arithmetic must, the change from the count to that figure being the one stated
    return later if changes_as_stated(d, earlier.draft, later.draft) else None


def changes_as_stated(d: Draft, earlier: Draft, later: Draft) -> bool:
    """The change ``d`` states is the one from ``earlier`` to ``later``, both exact: rounded half-up to the
    stated precision when it is exact, within the range its hedge allows otherwise (more than: above, by at most a
    fifth; nearly: up to a tenth below; about: within a twentieth or one point)."""
    if earlier.qualifier != "exact" or later.qualifier != "exact" or not earlier.value or d.value is None:
        return False
    computed = (later.value - earlier.value) / earlier.value * 100
    if d.direction in ("down", "decrease"):
        computed = -computed
    stated = float(d.value)
    if computed <= 0:
        return False
    if d.qualifier == "exact":
        places = len(str(d.value).partition(".")[2].rstrip("0")) if isinstance(d.value, float) else 0
        return int(computed * 10 ** places + 0.5) == round(stated * 10 ** places)
    return hedge_fits(computed, stated, d.qualifier)


def hedge_fits(computed: float, stated: float, qualifier: str) -> bool:
    """Whether a figure ``computed`` from two counts is a hedged figure ``stated``: above it by at most a fifth
    ("more than"), up to a tenth below ("nearly", "almost"), within a twentieth or one point ("about"); ``False``
    for any other qualifier (the exact test is each caller's own rounding)."""
    if qualifier == "more_than":
        return stated < computed <= stated * 1.2
    if qualifier == "nearly":
        return stated * 0.9 <= computed < stated
    if qualifier == "about":
        return abs(computed - stated) <= max(1.0, stated / 20)
    return False
