"""A list of places one of whose items was read with no place ("West 980, South 610, the Coast 356 and North 338"):
the items the breakdown finder left out, taken back when the arithmetic closes on them.

:func:`closing_items` is asked only when a one-place total's breakdown by places falls short
(:func:`pipeline.check.place_sums.breakdown_check`).  The candidates are the other plain counts of the sentences
that hold the breakdown: of no place of their own, of the total's measure, rate and period, smaller than it, not the rest of a list ("the
remaining 920", which :mod:`pipeline.check.remainder_sums` checks).
With all of them the parts must add up to the total exactly (as rounded); then the sum is consistent, else
nothing changes.  Agreement only: figures picked because they close the sum can never show a miss, and a
shortfall stays unverifiable as before.
"""
from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Optional

from pipeline.check.evidence import SAME, Evidence, mix, period_match, plain
from pipeline.check.remainder_sums import remainders
from pipeline.check.tolerances import Tolerances
from pipeline.check.verdicts import check_sum
from pipeline.check.intervals import Verdict
from pipeline.records import Count


def _item(c: Count, total: Count, parts: list[Count]) -> bool:
    """A count that may be an unplaced item of the total's list."""
    return (plain(c) and c is not total and not any(c is p for p in parts) and not c.regions and c.rate == total.rate
            and c.value < total.value and mix(c.measure, total.measure)
            and period_match(c.period_start, c.period_end, total.period_start, total.period_end) == SAME)


def closing_items(total: Count, parts: list[Count], ev: Evidence,
                  tol: Tolerances) -> Optional[tuple[list[Count], Verdict]]:
    """``(parts with the unplaced items, consistent verdict)`` when the items of the breakdown's sentences that name
    no place close the sum exactly; ``None`` otherwise (no such item, or the sum still does not agree)."""
    spans = list(dict.fromkeys(tuple(p.sentence) for p in parts))
    if len(spans) != 1 or tuple(total.sentence) in spans:
        return None  # one list sentence, apart from the total's own
    extra = [c for c in ev.counts_in(spans[0]) if _item(c, total, parts) and c.id not in remainders(ev)]
    if not extra:
        return None
    every = sorted([*parts, *extra], key=lambda c: c.start)
    v = check_sum(Decimal(repr(total.value)), total.qualifier,
                  [(Decimal(repr(p.value)), p.qualifier) for p in every], tolerances=tol)
    if v.verdict != "consistent":
        return None
    return every, dataclasses.replace(v, explanation=v.explanation + "; with the list's items that name no place of "
                                      "their own, which close the sum")
