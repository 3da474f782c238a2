"""A figure stated as a part of another: "Of the 2,120, 1,300 came from men", "1,335 of the 2,002 were about
their own behaviour", "Of those, 640 ...".

Such a figure counts some of what the figure it is "of" counts (a group, a channel, a kind of call), in the same
period and measure; it is no figure of the place for that period, so the searches that take one figure per period
(:mod:`pipeline.check.period_pairs`, :mod:`pipeline.check.since_pairs`) leave it out, unless its own sentence names
its own place ("Of the 870 calls, 541 came from Aberdeen": Aberdeen's figure, which a change of Aberdeen's compares).
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.records import Count

#: A clause that opens its sentence with what the figure after it is of: "Of the 2,120,", "Out of those calls,".
_OF_BEFORE = re.compile(r"\s{0,3}(?:[Oo]f|[Oo]ut\s{1,3}of)\s{1,3}(?:the|these|those|them|this|that|its|their)\b"
                        r"(?:[^.;,\n]|,(?=\d)){0,80},\s{0,3}")
#: Right after the figure's number: "of the 2,002", "of them", "of those calls".
_OF_AFTER = re.compile(r"\s{1,3}of\s{1,3}(?:the|these|those|them|its|their)\b", re.I)
#: The number a count's text opens with: "1,335", "about 640".
_NUMBER = re.compile(r"[^\d]{0,30}?\d[\d,.]*")


def stated_part(count: Count, text: Optional[str]) -> bool:
    """Whether ``count`` is stated as a part of another figure (its sentence opens "Of the N," before it, or
    "of the", "of them" follows its number) and its own sentence names no place of its own (it names none, or it
    took its places from the sentences before: ``context_regions``)."""
    if not text or (count.regions and not count.context_regions):
        return False
    if _OF_BEFORE.fullmatch(text, count.sentence[0], count.start):
        return True
    number = _NUMBER.match(count.text or "")
    return number is not None and _OF_AFTER.match(text, count.start + number.end()) is not None
