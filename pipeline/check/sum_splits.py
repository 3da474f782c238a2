"""What the sum finders that read the words around a total share: the parts a whole was split into
(:class:`Split`), how the words give them, and whether a count may be the whole of parts (:func:`holds`).

Read by :mod:`pipeline.check.pointed_sums` (parts that point back at a whole) and :mod:`pipeline.check.added_sums`
(a total that adds up the figures before it).
"""
from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from pipeline.check.channel_sums import CHANNELS, TOTAL
from pipeline.check.evidence import APART, mix, own_places, period_match, plain, region_match
from pipeline.records import Count

POINTED, LEAVING, HEADED, SET_OFF, ADDED = ("a sentence that points back at it", "what is left of it",
                                            "a list under a heading", "its sentence sets off after it",
                                            "the sentences before a total word")


class Split(NamedTuple):
    """Parts a whole was split into, how the words give them, and whether a miss is a verdict."""
    parts: list[Count]
    how: str
    decides: bool


def measure_holds(whole: str, part: str) -> bool:
    """A whole of contacts holds calls and website users (ANNOTATION.md: contacts are the helpline's and the
    website's together); else the measures must be ones a comparison may mix."""
    return mix(whole, part) or (whole == TOTAL and part in CHANNELS)


def holds(c: Count, parts: list[Count]) -> bool:
    """Whether ``c`` may be the whole of ``parts``: exact or about, larger than each, of a measure, rate, period and
    place that do not exclude any part's."""
    if not plain(c) or c.qualifier not in ("exact", "about") or any(c is p for p in parts):
        return False
    return all(c.value > p.value and c.rate == p.rate and measure_holds(c.measure, p.measure)
               and period_match(c.period_start, c.period_end, p.period_start, p.period_end) != APART
               and region_match(own_places(c), p.regions) != APART for p in parts)


def goes_on(whole: Count, parts: list[Count], nearest_first: list[Count]) -> bool:
    """Whether the list of ``parts`` may go on past where the words end it: some run of the counts beside it
    (``nearest_first``: those after its last part, or before its first, the nearest first) that ``whole`` may hold
    makes the sum exactly ``whole`` ("Of those, 600 called, while 800 used the website. A further 100 sent emails";
    "Of those, 400 came from Kent. A further 300 came from Surrey, and the remaining 250 ...").  A miss of the
    shorter list is then no misprint: the arithmetic of the figures the whole may hold says the list is longer."""
    target = Decimal(repr(whole.value))
    summed = sum(Decimal(repr(p.value)) for p in parts)
    for c in nearest_first:
        if not plain(c) or c.qualifier != "exact" or c.rate != whole.rate or not measure_holds(whole.measure, c.measure) \
                or c.value >= whole.value:
            return False  # a figure the whole cannot hold ends the run
        summed += Decimal(repr(c.value))
        if summed == target:
            return True
        if summed > target:
            return False
    return False
