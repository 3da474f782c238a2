"""A dateline's place: "DAYTON, Ohio (WXYZ) —", "HONOLULU (KABC2) --", "PITTSFIELD —".

Wire stories and papers abroad open the first paragraph with the town they are filed from, in
capitals, then its state after a comma, the outlet in brackets, or a dash. The capitals hide the
name from the matcher (a town is matched only as written), so the dateline's name is looked up
title-cased ("Des Moines") in the gazetteers; its place in the dateline is the evidence a town of
``data/towns.jsonl`` or abroad otherwise needs. For the article's regions list only, like
:func:`pipeline.extract.regions.headline_regions`: a fact's region stays what its sentence names.
"""
from __future__ import annotations

import re
from typing import Iterable

from pipeline.extract.regions import RegionMention, canonical, place

#: How far into the text a dateline may stand (after a headline and a standfirst).
REACH = 1500
#: A line opening with a name in capitals (up to four words), then optionally a comma and a state
#: ("Ohio", "N.D."), a bracketed outlet, and a dash. Every run is possessive or bounded and the
#: separators differ from the runs they separate: no backtracking blow-up.
DATELINE = re.compile(
    r"^([A-Z][A-Z.'\u2019]*+(?:[ -][A-Z][A-Z.'\u2019]*+){0,3})"
    r"(?=(?:,[ \t]*+[A-Z][\w.]*+(?:[ \t][A-Z][\w.]*+)?)?[ \t]*+(?:\([^()\n]{1,40}\)[ \t]*+)?(?:--?|[\u2013\u2014]))",
    re.MULTILINE)
#: A run of capitals inside a word of the name.
_CAPITALS = re.compile(r"[A-Z]++")


def dateline_regions(text: str, mentions: Iterable[RegionMention] = ()) -> list[RegionMention]:
    """The place of the text's dateline, if its name (title-cased) is in the gazetteers and no
    mention of ``mentions`` covers it already ("SINGAPORE -" is matched as written)."""
    if not isinstance(text, str):
        return []
    taken = [(m.start, m.end) for m in mentions]
    for found in DATELINE.finditer(text, 0, min(len(text), REACH)):
        start, end = found.span(1)
        if any(a < end and start < b for a, b in taken):
            return []
        name = canonical(_CAPITALS.sub(lambda m: m.group().capitalize(), found.group(1).rstrip(".'\u2019")))
        entry = place(name) if name else None
        if entry is not None:
            return [RegionMention(entry.name, entry.kind, entry.code, start, end, found.group(1))]
    return []
