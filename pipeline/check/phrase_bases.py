"""The base a change's own phrase names: "a fourfold rise on the 745 recorded in 2021", "up 24 per cent on
2022/23, when the charity logged 9,870", "doubled from the 5,680 recorded ...", "compared with the 210 of 2022".

The figure that follows a change or a multiplier in its sentence, joined to it by words of comparison and nothing
but them (:data:`pipeline.check.multiplier_bases._BASE_GAP`: no figure, no full stop between), is the base the
claim's own words compare with, whichever other counts the sentence holds before the claim.  It is the strongest
evidence of what the claim compares, stronger than any figure found by period or place in other sentences: a pair
that leaves it out is not the claim's (:func:`excludes_its_base`), and a base that names no place of its own, placed
only by the sentences before, is of the claim's place (:func:`placed_by_the_claim`).  Both only take a verdict of
"inconsistent" away or keep a place doubt from standing; neither makes one.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.check.evidence import Evidence, plain
from pipeline.check.multiplier_bases import _BASE_GAP
from pipeline.records import Check, Count, Fact


def phrase_base(claim: Fact, ev: Evidence) -> Optional[Count]:
    """The first plain count after ``claim`` in its sentence when only words of comparison stand between them
    ("rise on the", "from the", "on 2022/23, when the line logged"); ``None`` otherwise."""
    if not ev.text:
        return None
    after = [c for c in ev.counts_in(claim.sentence) if c.start >= claim.end]
    if not after or not plain(after[0]):
        return None
    base = after[0]
    return base if _BASE_GAP.fullmatch(ev.text, claim.end, base.start) else None


def excludes_its_base(check: Check, claim: Fact, pair: list[Count], ev: Evidence) -> Optional[str]:
    """Why a pair of counts that leaves out the base the claim's own phrase names is not the claim's ("a fourfold
    rise on the 745 recorded in 2021" judged on 1,640 of 2022 and 745 as the later figure would refute a right
    paper); ``None`` when the claim names no such base or the pair holds it (by id or by value)."""
    base = phrase_base(claim, ev)
    if base is None or len(pair) != 2 or pair[0].id == base.id or pair[0].value == base.value:
        return None
    if base.id in check.inputs and _WHEN.search(ev.text or "", claim.end, base.start):
        return None  # "rose 20% in 2024, when 1,200 were taken": a figure after "when" may be the later one
    return f"the claim's own words name its base ({base.text}), which is not the pair's earlier figure"


#: A "when" clause between a claim and the figure after it: the figure is of the time just named, which may be the
#: claim's later period as well as its base period.
_WHEN = re.compile(r"\bwhen\b", re.I)


def placed_by_the_claim(count: Count, claim: Fact, ev: Evidence) -> bool:
    """Whether ``count`` is the base the claim's phrase names and took its places only from the sentences before
    (``context_regions``): "up 24 per cent on 2022/23, when the charity logged 9,870 contacts from the region" after
    a breakdown that ends on County Durham is the claim's region's figure, not County Durham's."""
    context = getattr(count, "context_regions", None)
    if not context or list(count.regions) != list(context):
        return False
    base = phrase_base(claim, ev)
    return base is not None and base.id == count.id
