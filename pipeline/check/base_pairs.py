"""The later count of a change whose base its own sentence gives, found in the sentences before it.

"A total of 6,300 people got in touch in 2022. ... 5,100 calls, and 45 people came to a drop-in. This was
5 per cent up on the year before, when 6,000 people had been in touch.": the change names its
base ("on the year before, when 6,000 ...") and refers back ("The figure", "The total") to a count stated a
paragraph or two before, not to the nearest one.  When nothing linked the later count, or the one linked misses
the change grossly from another sentence, the later count is the one count, of the base's measure and rate,
in the change's sentence or the three fact sentences before it (a chain with no sentence without a figure in
between), that gives the stated change with the base.  Only agreement is a verdict, and only a single agreeing
count: two would leave no telling which one the paper meant.  A count the change's sentence ties to the base by a
stated difference ("up by 400 on the previous year's 2,200 - an 18% increase" after 2,600: 2,200 + 400 = 2,600,
:func:`tied_by_difference`) is the later count whatever the change gives, so both verdicts.
"""
from __future__ import annotations

import dataclasses
from typing import Callable, Optional

from pipeline.check.evidence import APART, Evidence, before, mix, plain, region_match
from pipeline.check.multiplier_bases import own_base
from pipeline.records import Count, Percentage

#: How many fact sentences before the change its later count may stand in.
SENTENCES_BEFORE = 3


def _sentences_before(ev: Evidence, pct: Percentage) -> list[tuple[int, int]]:
    """The change's sentence and up to :data:`SENTENCES_BEFORE` fact sentences before it, each at most
    :data:`~pipeline.check.evidence.ADJACENT` characters from the next."""
    found = [tuple(pct.sentence)]
    for _ in range(SENTENCES_BEFORE):
        span = ev.neighbour(found[-1], -1)
        if span is None:
            break
        found.append(span)
    return found


def later_for_base(pct: Percentage, old: Count, ev: Evidence,
                   agrees: Callable[[Count, Count], bool]) -> Optional[Count]:
    """The one count before a change, or in its sentence, that with the change's ``old`` base ``agrees``;
    ``None`` when the base is not in the change's sentence, or none or several agree."""
    if pct.kind != "change" or pct.direction not in ("increase", "decrease") or not plain(old) \
            or tuple(old.sentence) != tuple(pct.sentence) or old.qualifier != "exact":
        return None
    fitting = []
    for span in _sentences_before(ev, pct):
        for c in ev.counts_in(span):
            if c is old or not plain(c) or c.qualifier != "exact" or c.rate != old.rate or c.value == old.value \
                    or not mix(c.measure, old.measure) or not mix(c.measure, pct.measure) \
                    or region_match(c.regions, old.regions) == APART or before(c, old):
                continue
            if agrees(old, c):
                fitting.append(c)
    return fitting[0] if len(fitting) == 1 else None


def tied_by_difference(pct: Percentage, old: Count, new: Count, ev: Evidence) -> bool:
    """The change's sentence states, before the change, an exact difference of the change's direction that is exactly
    ``new - old`` ("up by 400 on the previous year's 2,200 - an 18% increase", 2,600 stated before): the words
    themselves tie the pair, so the change is judged on it, agreeing or not."""
    step = new.value - old.value
    return any(c.difference == pct.direction and c.qualifier == "exact" and c.end <= pct.start
               and c.value == (step if pct.direction == "increase" else -step)
               for c in ev.counts_in(tuple(pct.sentence)))


def base_over_link(pct: Percentage, new: Optional[Count], ev: Evidence) -> Optional[Percentage]:
    """The change as its own base's words read it, when the later count linked to it is of another thing: "The
    total is up 35% on 2022, when 3,550 people got in touch." after "... while 4,000 used the website" compares
    contacts, whatever the nearest count counted.  A change compares one measure (``docs/checks.md``), so the base
    its own sentence gives (:func:`~pipeline.check.multiplier_bases.own_base`, dated, right after "on 2022, when",
    "since 2021, when", "from") decides it: the change with the base's measure, for the search of its later figure
    among the latest of that measure; ``None`` when the change's sentence gives no such base, or the linked count
    stands in it or is of a measure the base's may mix with."""
    if new is None or pct.kind != "change" or tuple(new.sentence) == tuple(pct.sentence):
        return None
    base = own_base(pct, ev)
    if base is None or base.measure == "other" or mix(base.measure, new.measure):
        return None
    return dataclasses.replace(pct, measure=base.measure, count_ref=None)
