"""The group a count is of, when its words name one: "300 calls from young people", "by text",
"among men", "from the north", "300 young callers".

A count of a group is a part of what the line counts, not the whole: a change check never sets
it against a count of the whole ("240 calls in 2021 compared to 300 calls from young people in
2022" is no rise of 25%).  The words are data: ``data/count_groups.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.wordlists import alternation, data_file

#: How far after a count its group's words are read.
GROUP_REACH = 60


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    w = data_file("count_groups.json")
    adjectives = alternation(w["adjectives"])
    group = rf"(?i:{alternation(w['nouns'])}|(?:{adjectives})\s{{1,3}}(?:{alternation(w['adjective_nouns'])}))" \
        rf"|(?:{alternation(w['compass'])})(?!\s{{1,3}}(?i:{alternation(w['compass_place_tails'], loose_spaces=True)})\b)"
    # a compass word in lower case only: "from North Wales" is a place, and so is "from north of the border"
    after = re.compile(rf"(?i:\s{{1,3}}(?:(?:{alternation(w['verbs_before'], loose_spaces=True)})\s{{1,3}})?"
                       rf"(?:{alternation(w['prepositions'])})\s{{1,3}}(?:the\s{{1,3}})?)(?P<group>{group})\b")
    before_noun = re.compile(rf"\b(?P<group>(?:{adjectives})\s{{1,3}}[a-z]{{3,20}})$", re.I)
    return after, before_noun


def count_group(text: str, sentence: str, end: int) -> Optional[str]:
    """The group the count written ``text``, ending at offset ``end`` of ``sentence``, is of; ``None`` when
    its words name none (the whole).  Lower case, spaces single: "young people", "text", "north"."""
    after, before_noun = _patterns()
    m = after.match(sentence, end, min(len(sentence), end + GROUP_REACH)) or before_noun.search(text)
    return " ".join(m.group("group").lower().split()) if m else None
