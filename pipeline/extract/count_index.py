"""Indexes of the counts found so far, so that linking a change never scans every count of the page.

The counts bucketed by the month their period ends in, for the search of a change's base period;
the earlier figures of comparisons ("up from 1,089"), for the search of a change's compared count.

:func:`pipeline.extract.base_links.base_count` looks, for every change, for the counts whose period is its
base period (equal, or a year written a month off at its start: the same last month).  Scanning every
count for every change made a page of nothing but figures quadratic (about 20 s for a 1 MB page).
:func:`same_span_near` gives only the counts of the base period's last month nearest the change, in text order.

The counts' periods change as links are made (a base count takes the change's base period, a later
count the year after its base): a count tells its index when its period is set (``Resolved.__setattr__``),
and only the counts whose period was set are bucketed again at the next look-up (checking every
count's period at every look-up, even in one pass in C, made a page of thousands of changes quadratic).  Whether a count is the earlier figure of a comparison is
its draft's, fixed when it is found: that list only grows.
"""
from __future__ import annotations

import bisect
import re
from typing import Hashable, Iterator, Optional

from pipeline.extract import periods
from pipeline.extract.inheritance import Context, Resolved


def span_key(period: Optional[periods.Period]) -> Optional[Hashable]:
    """The bucket of a period: the year and month it ends in; an open-ended one by its start; none without one."""
    if period is None:
        return None
    if period.end is None:
        return ("open", period.start)
    return (period.end.year, period.end.month)


class _CountIndex:
    """Positions in ``ctx.counts`` by :func:`span_key` of their period, kept in step with the periods."""

    def __init__(self) -> None:
        self.keys: list[Optional[Hashable]] = []
        self.buckets: dict[Hashable, set[int]] = {}
        self.compared: list[Resolved] = []
        self.seen = 0
        self.starts: list[int] = []
        self.position: dict[int, int] = {}  # id of a count -> its position in ``ctx.counts``
        self.moved_since: set[int] = set()  # positions whose period was set since the last refresh

    def _place(self, i: int, period: Optional[periods.Period]) -> None:
        old = self.keys[i]
        new = span_key(period)
        if old == new:
            return
        if old is not None:
            self.buckets[old].discard(i)
        if new is not None:
            self.buckets.setdefault(new, set()).add(i)
        self.keys[i] = new

    def moved(self, count: Resolved) -> None:
        """``count``'s period was set (``Resolved.__setattr__`` calls this)."""
        self.moved_since.add(self.position[id(count)])

    def refresh(self, counts: list[Resolved]) -> None:
        for i in sorted(self.moved_since):
            self._place(i, counts[i].period)
        self.moved_since.clear()
        for i in range(len(self.keys), len(counts)):
            self.keys.append(None)
            self.position[id(counts[i])] = i
            counts[i].watcher = self  # type: ignore[attr-defined]
            self._place(i, counts[i].period)

    def comparisons(self, counts: list[Resolved]) -> list[Resolved]:
        for c in counts[self.seen:]:
            if c.draft.comparison:
                self.compared.append(c)
        self.seen = len(counts)
        return self.compared

    def positions(self, counts: list[Resolved]) -> list[int]:
        for c in counts[len(self.starts):]:
            self.starts.append(c.draft.start)
        return self.starts

    def bucket(self, key: Optional[Hashable]) -> list[int]:
        return sorted(self.buckets.get(key, ())) if key is not None else []


def _index(ctx: Context) -> _CountIndex:
    """The context's index, made on first use and kept on the context (it lives as long as the counts)."""
    if ctx.count_index is None:
        ctx.count_index = _CountIndex()
    return ctx.count_index  # type: ignore[return-value]


def same_span_near(ctx: Context, base: periods.Period, start: int, reach: int) -> list[Resolved]:
    """The counts of ``ctx`` whose period ends in the month ``base`` ends in (or, for an open-ended base, starts
    when it starts; every count ``base_links._same_span`` can accept, and few more) nearest, in text order, to offset
    ``start``: at most ``reach`` before it and ``reach`` after (a page of thousands of counts of one year reads a
    few hundred per change)."""
    index = _index(ctx)
    index.refresh(ctx.counts)
    positions = index.bucket(span_key(base))
    at = bisect.bisect_left(positions, counts_before(ctx, start))
    return [ctx.counts[i] for i in positions[max(0, at - reach):at + reach]]


def counts_of_span(ctx: Context, period: periods.Period) -> Iterator[Resolved]:
    """The counts of ``ctx`` whose period ends in the month ``period`` ends in, in no order: every count of
    an equal period, for a question any one of them answers (read lazily: a ``for`` that stops early reads few)."""
    index = _index(ctx)
    index.refresh(ctx.counts)
    key = span_key(period)
    return (ctx.counts[i] for i in (index.buckets.get(key, ()) if key is not None else ()))


def comparison_counts(ctx: Context) -> list[Resolved]:
    """The counts of ``ctx`` that are the earlier figure of a comparison ("up from 1,089"), in text order."""
    return _index(ctx).comparisons(ctx.counts)


def counts_before(ctx: Context, start: int) -> int:
    """How many counts of ``ctx`` start before offset ``start`` (its counts are in text order): where a walk
    back from a figure at ``start`` begins."""
    return bisect.bisect_left(_index(ctx).positions(ctx.counts), start)


#: The most counts a sentence may hold and still be read as a total and its parts.
MAX_PARTS = 12

#: What sets a total's parts off after it in its sentence: a dash or a colon ("2,700 people - 1,500 by phone and
#: 1,150 online", "3,100 contacts: 1,900 calls and 1,200 chats").
_PARTS_SET_OFF = re.compile(r"\s[-\u2013\u2014]\s|[\u2013\u2014:]")


def total_before_parts(ctx: Context, n: int) -> Optional[Resolved]:
    """The first count of the sentence that ends at count ``n``, when the others are its parts set off after it by
    a dash or a colon, each smaller: what a change pointing back at that sentence is of ("... 2,700 people - 1,500
    by phone and 1,150 online. That was a rise of 20% on 2023, when 2,300 ..."), not its last part."""
    first = n - 1
    while first > 0 and ctx.counts[first - 1].draft.index == ctx.counts[n - 1].draft.index \
            and n - first < MAX_PARTS:
        first -= 1
    counts = ctx.counts[first:n]
    if len(counts) < 3:
        return None
    top, parts = counts[0], counts[1:]
    text, s = top.draft.sentence.text, top.draft.sentence.start
    if not _PARTS_SET_OFF.search(text, top.draft.end - s, parts[0].draft.start - s):
        return None
    if all(p.draft.value < top.draft.value and not p.draft.comparison for p in parts):
        return top
    return None
