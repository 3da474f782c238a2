"""Places of one kind named by the word that tells them apart, the kind's head left out: "The Belfast Trust area
accounted for 9,870 calls, the Northern area for 6,540 ..."; "The Western area was the only one to see a fall".

In a text that names a place of a kind whose names end in a head word (``elided_heads`` of
``data/regions_rules.json``: Northern Ireland's health and social care trusts, "Belfast Trust", "Western Trust"),
"the <name> area" is the place "<name> <head>": the paper wrote the head once and left it out of the others. A text
that names no place of that kind leaves "the Northern area" no place. One literal pattern per head over the text:
linear.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Protocol

from pipeline.extract.gazetteer import gazetteer_entries, rules


class Mention(Protocol):
    name: str


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[frozenset[str], dict[str, str], re.Pattern[str]], ...]:
    """Per head: the places named with it, each name's distinguishing words -> the place, and the pattern of "the
    <words> area"."""
    out = []
    for head in rules()["elided_heads"]:
        names = sorted({e.place.name for e in gazetteer_entries().values()
                        if e.place.name.endswith(" " + head) and not e.abroad})
        if not names:
            continue
        by_words = {n[:-len(head) - 1]: n for n in names}
        words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(by_words, key=len, reverse=True))
        out.append((frozenset(names), by_words, re.compile(rf"(?<![\w-])[Tt]he\s+({words})\s+area(?![\w-])")))
    return tuple(out)


def elided_head_spans(text: str, mentions: Iterable[Mention]) -> list[tuple[str, int, int]]:
    """(place name, start, end) of each "the <words> area" whose kind the text names by one of its ``mentions``;
    the span is the distinguishing words."""
    named = {m.name for m in mentions}
    out = []
    for names, by_words, pattern in _kinds():
        if named & names:
            for m in pattern.finditer(text):
                out.append((by_words[re.sub(r"\s+", " ", m.group(1))], m.start(1), m.end(1)))
    return out
