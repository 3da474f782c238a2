"""A unit named with the body it belongs to: the body.

**A department after the unit.** "Director of Crisis Services
for the Division of Public Safety" speaks for the Division of Public Safety; "manager of the
Gambling Unit within the Department of Health" for the Department of Health.

Government papers and the local news that quotes them name an official's unit, then the
department, division or ministry it sits in, after "for the", "within the", "in the" or "of the".
The annotators name the department (the employer, as a fact-checker would call it), as they name
a unit's parent after "at" (:func:`pipeline.extract.body_in_title.parent_body`). The department's
name is the parent word (``parent_words``) and the capitalised run after it, read whole from the
title, however the body's shape cut it ("... and Mental").

**A body's initials before the unit.** "a HGS Call Centre Manager", "HGS Development Manager": the
initials of a body the article named ("Harbour Grief Service (HGS)", or "HGS" alone), then the
unit or the field of the title. The speaker speaks for the body the initials stand for; a place
after the initials names a local body of its own ("HGS Leeds").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.body_in_title import body_cues
from pipeline.extract.regions import place
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


def _initials(name: str) -> str:
    """The capitals of a name's capitalised words: "Harbour Grief Service" -> "HGS"."""
    return "".join(w[0] for w in re.findall(r"[A-Z][\w'\u2019-]*", name))


def body_of_initials(org: Optional[str], context_orgs: list[str]) -> Optional[str]:
    """The body named before whose initials open ``org`` and a unit after them ("HGS Call Centre"
    -> "Harbour Grief Service (HGS)"); None when ``org`` opens with no initials or none stand for
    a body named before."""
    words = org.split() if org else []
    if len(words) < 2 or not (words[0].isupper() and words[0].isalpha() and len(words[0]) > 1):
        return None
    short = words[0]
    if place(" ".join(words[1:])) is not None:
        return None  # "HGS Leeds": a local body of its own, named by its place
    for body in reversed(context_orgs):
        if body == short or body.endswith(f"({short})") or (" " in body and _initials(body) == short):
            return body
    return None
