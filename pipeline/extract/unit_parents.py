"""A unit named with the department it belongs to: the department. "Director of Crisis Services
for the Division of Public Safety" speaks for the Division of Public Safety; "manager of the
Gambling Unit within the Department of Health" for the Department of Health.

Government papers and the local news that quotes them name an official's unit, then the
department, division or ministry it sits in, after "for the", "within the", "in the" or "of the".
The annotators name the department (the employer, as a fact-checker would call it), as they name
a unit's parent after "at" (:func:`pipeline.extract.body_in_title.parent_body`). The department's
name is the parent word (``parent_words``) and the capitalised run after it, read whole from the
title, however the body's shape cut it ("... and Mental").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.body_in_title import body_cues
from pipeline.wordlists import alternation

#: One capitalised word of a name, or a joiner between two: "of", "and", "for", "&", "the", "on".
_CAP = r"[A-Z][\w'\u2019&-]*+"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    parents = alternation(body_cues()["parent_words"])
    return re.compile(
        rf"(?P<unit>{_CAP}(?:[^\S\n]++(?:and[^\S\n]++|&[^\S\n]++)?{_CAP}){{0,5}})[^\S\n]++(?:for|within|in|of)[^\S\n]++the[^\S\n]++"
        rf"(?P<parent>(?:{parents})[^\S\n]++(?:of|for)[^\S\n]++{_CAP}(?:[^\S\n]++(?:(?:of|and|for|&|on)[^\S\n]++)?{_CAP}){{0,6}})")


def unit_parent(description: str, org: Optional[str]) -> Optional[str]:
    """The department a unit of the title belongs to ("Division of Public Safety" of "head of Crisis
    Services for the Division of Public Safety"), when ``org`` is that unit or runs into the
    department; None otherwise."""
    if not org:
        return None
    for m in _pattern().finditer(description):
        unit = m.group("unit")
        if unit.split()[-1] not in body_cues()["unit_heads"]:
            continue
        if org.startswith(unit) or unit.startswith(org) or org in m.group("parent"):
            return m.group("parent")
    return None
