"""A role a paragraph ends on with no name, the name given in the next paragraph: "The Harbour
branch is short of listeners, its director has said. / Joy Rand said the branch needed ...".

British regional papers often open with what an official said and who they are, and name them only
in the paragraph after. The role (``house_roles`` of ``speaker_cues.json``) comes after a comma or
"by", with "its", "their", "the" or a body's possessive before it ("the charity's manager"), then a
speech verb and the paragraph's end. The person the next paragraph names with no description of
their own holds it (:func:`pipeline.extract.narrative_people.learn_introduced`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.organisations import lexicon
from pipeline.extract.speech import verb_alternation
from pipeline.wordlists import alternation


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    roles = alternation(lexicon().cues.get("house_roles", []), loose_spaces=True) or "(?!)"
    return re.compile(
        rf"(?:,|\bby)[^\S\n]++(?P<role>(?:[Ii]ts|[Tt]heir|[Tt]he[^\S\n]++[a-z]++['\u2019]s|[Tt]he)[^\S\n]++(?:[a-z-]++[^\S\n]++){{0,2}}?"
        rf"(?:{roles}))[^\S\n]++(?:(?:has|have|had)[^\S\n]++)?(?:{verb_alternation()})\b[^.!?\n]{{0,80}}[.!?][^\S\n]*+$")


def held_role(paragraph: str) -> Optional[str]:
    """The role a narrative paragraph ends on without a name ("its director" of "..., its director
    has said."), or None."""
    m = _pattern().search(paragraph.rstrip()[-300:])
    return m.group("role") if m else None
