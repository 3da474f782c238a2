"""A part written as the rest of its place: "Plymouth accounted for 290, the rest of Devon for 1,880 and Cornwall for
870" under "3,040 people across Devon and Cornwall".

The extractor gives "the rest of Devon" the place Devon, so a sum over Devon and Cornwall took 1,880 as Devon's count
and found the total short (a false "inconsistent"). Such a figure is what is left of its place once the places
inside it named beside it are taken out: the place's part is the rest together with the counts of those places
(Plymouth's 290: each the first count of its place, of the total's measure, rate and period, wherever the article
states it). When no such count is found the place has no part the text states, so the sum gets no check.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.check import evidence
from pipeline.check.evidence import Evidence, period_match, plain
from pipeline.check.multiplier_pairs import word_alternation
from pipeline.records import Count

#: How many characters before a figure its "the rest of" words may stand.
LEAD = 40


@lru_cache(maxsize=1)
def _rest_of() -> re.Pattern[str]:
    """ "the rest of Devon", "the remainder of Cumbria", "elsewhere in Wales" (``rest_of_place_words``), then the
    place, at the end of the words before a figure."""
    return re.compile(rf"\b(?:{word_alternation('rest_of_place_words')})\s{{1,3}}(?:the\s{{1,3}})?[A-Z][^\d.;,]{{0,30}}$",
                      re.I)


def rest_of_place(c: Count, ev: Evidence) -> bool:
    """Whether ``c`` is written as the rest of its one place ("the rest of Devon for 1,880"): the words before it,
    back to the figure before it in its sentence, name the rest of a place."""
    if not ev.text or len(c.regions) != 1:
        return False
    edge = max([c.sentence[0], *(d.end for d in ev.counts_in(c.sentence) if d.end <= c.start)])
    return bool(_rest_of().search(ev.text, max(edge, c.start - LEAD), c.start))


def with_inner_places(total: Count, rest: Count, ev: Evidence) -> Optional[list[Count]]:
    """The parts that make up the place of ``rest``: the rest and the first count of each place inside it, of the
    total's measure, rate and period, none overlapping; ``None`` when the text states no such count."""
    region = rest.regions[0]
    inner: dict[str, Count] = {}
    for c in ev.record.counts:  # one pass per rest part (a total names few places)
        if c is rest or c is total or not plain(c) or len(c.regions) != 1 or c.regions[0] == region \
                or c.measure != total.measure or c.rate != total.rate or c.regions[0] in inner \
                or period_match(total.period_start, total.period_end, c.period_start, c.period_end) != evidence.SAME \
                or not evidence.covers(region, c.regions[0]):
            continue
        inner[c.regions[0]] = c
    kept: list[Count] = []
    for c in sorted(inner.values(), key=lambda c: c.start):
        if not any(evidence.covers(k.regions[0], c.regions[0]) or evidence.covers(c.regions[0], k.regions[0])
                   for k in kept):
            kept.append(c)
    return [*kept, rest] if kept else None
