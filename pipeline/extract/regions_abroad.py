"""Places abroad (``data/abroad.jsonl``): found by looking up capitalised words, not by the phrase matcher.

The file holds some 14,000 countries, cities and US counties (``scripts/make_abroad.py``);
making a phrase-matcher pattern of each would cost seconds at every start. A dictionary of
their names costs a few hundredths: at each capitalised word that starts a name, the text of
the next one to :data:`MAX_TOKENS` tokens is looked up as written ("Toronto", "Green Bay",
"Berwick-upon-Tweed", "St. Mary's"). The matches join the phrase matcher's and pass the same
rules (:class:`pipeline.extract.regions.RegionMatcher`).
"""
from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc

#: The most tokens of one name ("Winston - Salem", "St . Mary 's County").
MAX_TOKENS = 6


class AbroadIndex:
    """Alias -> entry key of the places abroad, and the words that start an alias."""

    def __init__(self, aliases: Iterable[tuple[str, str]]) -> None:
        self.names = dict(aliases)
        self.starts = frozenset(_first_word(alias) for alias in self.names)

    def matches(self, doc: Doc) -> list[tuple[int, int, str]]:
        """``(start, end, key)`` of every alias written in ``doc``, at token boundaries."""
        out = []
        text = doc.text
        for token in doc:
            if not token.text[:1].isupper() or _first_word(token.text) not in self.starts:
                continue
            for end in range(token.i + 1, min(len(doc), token.i + MAX_TOKENS) + 1):
                last = doc[end - 1]
                if last.is_space:
                    break
                key = self.names.get(text[token.idx:last.idx + len(last.text)])
                if key is not None:
                    out.append((token.i, end, key))
        return out


def _first_word(text: str) -> str:
    """The letters of a name up to its first space, hyphen, stop or apostrophe ("St" of "St. Mary's")."""
    for i, char in enumerate(text):
        if not char.isalpha():
            return text[:i]
    return text
