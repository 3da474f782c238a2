"""A body named before a title in capitals keeps none of the title's words: "Cedar Line Regional
Manager" speaks for the Cedar Line, not the "Cedar Line Regional"; "Harbour Trust Regional
General Manager" for the Harbour Trust.

House styles that capitalise titles run the body, the title's modifiers ("Regional", "Senior",
"Deputy": ``title_modifiers`` of ``speaker_cues.json`` and ``title_words_before_role`` of
``body_cues.json``, and "General" of "General Manager") and the role into one capitalised run. The
role word ends the body's search; the modifiers before it were left at the body's end. They are
dropped when the role follows them in the title and a word of a name is left; a word that may end a
body's name ("Project", "Programme": ``org_words``) is the body's unless a modifier only a title
has comes before it ("Trevor Project Executive Director", "Kestrel Foundation Senior Project
Manager").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.body_in_title import body_cues
from pipeline.extract.organisations import lexicon, single_roles

#: Words of a title before its role that no list of modifiers holds: "General" of "General Manager".
_MORE = ("General",)


@lru_cache(maxsize=1)
def _modifiers() -> frozenset[str]:
    return frozenset(lexicon().cues.get("title_modifiers", [])) | frozenset(body_cues()["title_words_before_role"]) \
        | frozenset(_MORE)


def _pure(word: str) -> bool:
    """A modifier that never ends a body's name: "Regional", not "Project"."""
    return word in _modifiers() and word not in lexicon().cues["org_words"]


def without_trailing_modifiers(org: Optional[str], description: str) -> Optional[str]:
    """``org`` without the title's modifiers at its end when the description goes on from them into
    a role word ("Cedar Line Regional" of "Cedar Line Regional Manager" -> "Cedar Line"); else as it is."""
    if not org:
        return org
    words = org.split()
    cut = len(words)
    while cut > 1 and words[cut - 1] in _modifiers():
        cut -= 1
    # "Senior Project" is the title's; "Trevor Project" ends in no modifier that only a title has
    cut = next((i for i in range(cut, len(words)) if _pure(words[i])), len(words))
    if cut == len(words) or cut < 1:
        return org
    at = description.find(org)
    after = re.match(r"[^\S\n]++(?:[A-Z][\w-]*+[^\S\n]++){0,2}?(?P<role>[A-Za-z][\w-]*+)", description[at + len(org):]) \
        if at >= 0 else None
    if after is None or after.group("role").lower() not in single_roles():
        return org
    kept = words[:cut]
    if all(w in _modifiers() or w.lower() in single_roles() for w in kept):
        return org
    return " ".join(kept)
