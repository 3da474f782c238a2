"""The body a named speaker with no title speaks for, from the voice of their own words.

A person the article names with no title, role or body ("Jo Roe said") who speaks in
the first person plural about a body's work ("our volunteers", "we answer every call",
"callers tell us") is the voice of the body the article is about: the one it names most
often (:func:`main_body`). Members of the public speak of themselves ("I called
twice", "we were desperate"), so the words must name the body's work too: a word of
``house_words`` in ``data/speaker_cues.json`` or the body's own name.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Optional

from pipeline.extract.organisations import generic_org, lexicon, public_body

#: "we", "our", "us": the speaker speaks for a group.
_FIRST_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")


@lru_cache(maxsize=1)
def _house_words() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(lexicon().cues.get("house_words", []), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE) if words else re.compile(r"(?!)")


def main_body(bodies: list[str]) -> Optional[str]:
    """The body an article names most often (the first named on a tie), leaving out bare kind words
    and police forces and governments, whose people have titles."""
    named = [b for b in bodies if not generic_org(b) and not public_body(b)]
    if not named:
        return None
    counts = Counter(named)
    return max(named, key=lambda b: (counts[b], -named.index(b)))


def speaks_for(words: str, body: str) -> bool:
    """Whether quoted words speak for a body: in the first person plural, about its work or by its name."""
    if not _FIRST_PLURAL.search(words):
        return False
    return bool(_house_words().search(words)) or body.lower() in words.lower()
