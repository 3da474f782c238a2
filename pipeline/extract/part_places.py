"""Whether a count listed after another is a part of it by place, or the next item of a list of places.

"1,530 people across Thames Valley - 610 from Berkshire, 540 from Oxfordshire ..." lists the parts of a
total after a break (a dash, a colon, "including"); "1,320 calls from Lothian and Fife, 870 from Lothian and
450 from Fife" after a comma, each part's place one of the total's.  "310 people in Newport, 240 in
Caerphilly and 150 in Torfaen" lists three places side by side: the first figure is no total of the others,
and summing them against it gives a false "inconsistent".  Used by :mod:`pipeline.extract.assembly` for a
total's ``parts``.
"""
from __future__ import annotations

import re

from pipeline.extract import regions
from pipeline.extract.inheritance import Resolved

#: How many characters after the total are read for a break or its places: a list of thousands of places run
#: into one sentence costs each part this much, not the whole list before it.
GAP_READ = 160

#: What sets a list of parts off from its total: a colon, a dash, a bracket, "including", "of which", "among them".
_BREAK = re.compile(r"[:(\u2013\u2014]|\s-\s|\b(?:including|of\s+which|of\s+whom|among\s+them|with)\b", re.I)


def beside_its_place(total: Resolved, part: Resolved) -> bool:
    """The part follows the total after a plain comma or "and" (no break), both name places the gazetteer
    knows, and none of the total's places holds the part's: an item of a list of places, no part of it.

    ``False`` when either names no place or one the gazetteer does not know (nothing tells then), or when the
    words between the total and the part name the part's place (the total's own places, its region not all found).
    """
    own, theirs = list(total.regions or []), list(part.regions or [])
    if not own or not theirs or total.draft.sentence != part.draft.sentence:
        return False
    s = total.draft.sentence.start
    gap = total.draft.sentence.text[total.draft.end - s:min(part.draft.start, total.draft.end + GAP_READ) - s]
    if _BREAK.search(gap) or any(_named(name, gap) for name in theirs):
        return False  # "1,300 calls from Kent and Essex, 800 from Kent ...": the total's words name the part's place
    if any(regions.place(name) is None for name in own + theirs):
        return False
    return not any(regions.covers(a, b) for a in own for b in theirs)


def _named(name: str, text: str) -> bool:
    """Whether ``text`` names the place (its canonical name or an alias), as a whole word."""
    found = regions.place(name)
    names = {name, *(getattr(found, "aliases", None) or ())}
    low = text.lower()
    return any(re.search(rf"\b{re.escape(n.lower())}\b", low) for n in names if n)
