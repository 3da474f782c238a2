"""A rate that restates the total right before it: "4,800 calls (400 a month)", "7,300 calls - about 20 a day".

Papers put the average beside the total it comes from, in brackets, after a dash or after
", or"; the rate is of the total's period, not a standing rate of no period ("the line takes
5,000 calls a year").
"""
from __future__ import annotations

import re
from typing import Any, Optional

#: Between a total and the rate that restates it: a bracket, a dash or ", or", and a hedge or "an average of".
_RESTATING = re.compile(r"[^\S\n]{0,3}+(?:\(|[\u2013\u2014]|-[^\S\n]|,[^\S\n]{0,3}+or\b)[^\S\n]{0,3}+"
                        r"(?:(?:about|around|roughly|nearly|almost|some|over|more[^\S\n]++than|just[^\S\n]++under"
                        r"|an[^\S\n]++average[^\S\n]++of|on[^\S\n]++average)[^\S\n]++)?$", re.I)


def restated_total(d: Any, earlier: list) -> Optional[Any]:
    """The count of ``d``'s sentence whose total the rate ``d`` restates ("7,300 calls (about 20 a day)"), or
    ``None``.  ``earlier`` are the resolved counts of the sentence before ``d``, in text order; the total is
    the last of them, itself no rate, ending at most a few words before the rate."""
    if d.rate is None or not earlier:
        return None
    total = earlier[-1]
    if total.draft.rate is not None or total.draft.end > d.start:
        return None
    s = d.sentence.start
    gap = d.sentence.text[total.draft.end - s:d.start - s]
    if len(gap) > 40 or any(ch.isdigit() for ch in gap):
        return None
    # the gap may end in the rate's own hedge when the draft starts at its number
    return total if _RESTATING.search(gap) else None
