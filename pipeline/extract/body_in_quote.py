"""The body a speaker names as their own in their own words: "At Safe Haven we see 40 families a
year", "Here at Open Door we rely on ...".

A person quoted with no body beside their name (a title of the house alone, "Executive Director
Ann Cole says", or no title at all) who says "at <Name> we" or "at <Name>, our" speaks from inside
that body: it is the body they work for. The name is capitalised words after a sentence's opening "At" or "Here at", or a
"here at" inside it (maybe "the"), then "we" or "our" at once, maybe after a comma; a place ("At Leeds we"), a feast or season ("At
Christmas we", ``not_bodies_at`` of ``body_cues.json``) and a day or a month (``calendar_words``) are no body.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.body_in_title import body_cues
from pipeline.extract.organisations import lexicon
from pipeline.extract.regions import place
from pipeline.wordlists import alternation

_CAP = r"[A-Z][\w'\u2019&!-]*+"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    leads_cap = alternation([w[:1].upper() + w[1:] for w in body_cues()["first_person_at"]])  # "At X we", "Here at X, our"
    return re.compile(
        rf"(?:(?:^|(?<=[.!?]\s))(?:{leads_cap})|(?<![\w-])[Hh]ere[^\S\n]++at)[^\S\n]++(?:the[^\S\n]++)?(?P<body>{_CAP}(?:[^\S\n]++(?:(?:of|for|in|and|&)[^\S\n]++)?{_CAP}){{0,5}})"
        rf",?[^\S\n]++(?:we|our)\b")


def body_in_own_words(words: str) -> Optional[str]:
    """The body a quote names as the speaker's own ("At Safe Haven we ..."), as the data file
    names it when it knows it; None when the quote names none."""
    for m in _pattern().finditer(words):
        body = m.group("body")
        first = body.split()[0]
        if place(body) is not None or first in body_cues()["calendar_words"] or body in body_cues()["not_bodies_at"]:
            continue
        known = lexicon().find_org(body)
        return known[0] if known is not None and known[1] == 0 and known[2] == len(body) else body
    return None
