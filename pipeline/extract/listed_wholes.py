"""The total a count is one listed part of, found by the parts adding up to it.

"It handled 5,935 contacts - 4,205 calls and 1,730 webchats. A year earlier the figure was 2,380": the earlier
figure is compared with the count just before it (:mod:`pipeline.extract.body_links`), here a part of the
breakdown, while "the figure" restates the total.  A comparison whose subject is the whole takes the total, never
one of its parts; a part is the later figure only when the earlier one's sentence names the part's own noun or
place ("In 2022 the webchats figure was 700", "The Oxfordshire figure was 516": :func:`names_part`).

A count is a listed part (:func:`listed_whole`) when a count before it in its sentence, or in the sentence before
("5,935 contacts. Of these, 4,205 were calls and 1,730 webchats."), of its period and of a measure one comparison
may mix, is larger than it, and two or more counts after that total, up to and including the part's sentence,
of that period and kind, add up to the total within :data:`MISPRINT_SHARE` of it: whatever links them (a dash, a
colon, brackets, "including", "of which", a new sentence), in whatever number.
"""
from __future__ import annotations

import re
from fractions import Fraction
from typing import Optional

from pipeline.extract.count_index import MAX_PARTS, counts_before
from pipeline.extract.inheritance import Context, Resolved, akin
from pipeline.extract.periods import periods_equal

#: How far a breakdown may miss its total and still be read as its parts (a misprinted breakdown is one still); the
#: checks' misprint band too (``pipeline.check.tolerances`` imports it from here: one value for both stages).
MISPRINT_SHARE = Fraction(1, 10)


def _alike(a: Resolved, b: Resolved) -> bool:
    """Two counts of one period, kind and rate, neither an earlier figure of a comparison."""
    return not a.draft.comparison and not b.draft.comparison and akin(a.draft.measure, b.draft.measure) \
        and a.draft.rate == b.draft.rate and a.period is not None and b.period is not None \
        and periods_equal(a.period, b.period)


def listed_whole(part: Resolved, ctx: Context) -> Optional[Resolved]:
    """The total ``part`` is one of two or more listed parts of (module docstring); ``None`` when it is none.  At
    most :data:`MAX_PARTS` counts on either side of it are read."""
    at = counts_before(ctx, part.draft.start)
    if at >= len(ctx.counts) or ctx.counts[at] is not part:
        return None
    ends = at + 1
    while ends < len(ctx.counts) and ends - at <= MAX_PARTS and ctx.counts[ends].draft.index == part.draft.index:
        ends += 1  # the rest of the part's sentence
    for i in range(at - 1, max(-1, at - 1 - MAX_PARTS), -1):
        whole = ctx.counts[i]
        if whole.draft.index < part.draft.index - 1:
            return None
        if not _alike(whole, part) or whole.draft.value <= part.draft.value:
            continue
        parts = [c for c in ctx.counts[i + 1:ends] if _alike(c, whole)]
        if len(parts) < 2:
            continue
        summed = sum(Fraction(repr(c.draft.value)) for c in parts)
        whole_value = Fraction(repr(whole.draft.value))
        if abs(summed - whole_value) <= MISPRINT_SHARE * whole_value:
            return whole
    return None


def names_part(earlier: Resolved, part: Resolved, whole: Resolved) -> bool:
    """Whether an earlier figure is the part's, not the total's: its sentence names the part's own noun or place,
    which is not the total's ("In 2022 the webchats figure was 900"; "The Oxfordshire figure is 25% higher than in
    2021, when 516 ..." after "645 from Oxfordshire")."""
    own_places = set(part.regions or []) if set(part.regions or []) != set(whole.regions or []) else set()
    if own_places and own_places & set([*(earlier.regions or []), *earlier.draft.sentence_regions]):
        return True
    noun = (part.draft.unit_word or "").lower()
    if not noun or noun == (whole.draft.unit_word or "").lower():
        return False
    return re.search(rf"\b{re.escape(noun)}\b", earlier.draft.sentence.text, re.I) is not None
