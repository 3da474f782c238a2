"""Names the local press gives a place: "412 people from the Kingdom" in an article about Fife, "calls came from the
Duchy" in one about Cornwall (``nicknames`` of ``data/regions_rules.json``).

A nickname is read as its place only where the text names that place otherwise too: "the Kingdom" alone may be the
United Kingdom, Fife or Kerry. Found once per nickname over the text (a literal pattern: linear), after the matcher.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Protocol

from pipeline.extract.gazetteer import place, rules


class Mention(Protocol):
    name: str


@lru_cache(maxsize=1)
def _nicknames() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """Each nickname's pattern (its "the" also capitalised) and the places it may name."""
    out = []
    for nickname, places in rules()["nicknames"].items():
        text = re.escape(nickname).replace(r"\ ", r"\s+")
        if nickname.startswith("the "):
            text = "[Tt]he" + text[3:]
        out.append((re.compile(rf"(?<![\w-]){text}(?![\w-])"), tuple(places)))
    return tuple(out)


def nickname_spans(text: str, mentions: Iterable[Mention]) -> list[tuple[str, int, int]]:
    """(place name, start, end) of each nickname whose place the text names by one of its ``mentions``."""
    named = {m.name for m in mentions}
    out = []
    for pattern, places in _nicknames():
        target = next((p for p in places if p in named and place(p) is not None), None)
        if target is not None:
            out.extend((target, m.start(), m.end()) for m in pattern.finditer(text))
    return out
