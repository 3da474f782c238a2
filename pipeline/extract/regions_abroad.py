"""Places abroad (``data/abroad.jsonl``): found by looking up capitalised words, not by the phrase matcher.

The file holds some 14,000 countries, cities and US counties (``scripts/make_abroad.py``);
making a phrase-matcher pattern of each would cost seconds at every start. A dictionary of
their names costs a few hundredths: at each capitalised word that starts a name, the text of
the next one to :data:`MAX_TOKENS` tokens is looked up as written ("Toronto", "Green Bay",
"Berwick-upon-Tweed", "St. Mary's"). The matches join the phrase matcher's and pass the same
rules (:class:`pipeline.extract.regions_matcher.RegionMatcher`).
"""
from __future__ import annotations

from typing import Iterable

from spacy.attrs import IDX, IS_SPACE, ORTH
from spacy.tokens import Doc

#: The most tokens of one name ("Winston - Salem", "St . Mary 's County").
MAX_TOKENS = 6


class AbroadIndex:
    """Alias -> entry key of the places abroad, and the words that start an alias."""

    def __init__(self, aliases: Iterable[tuple[str, str]]) -> None:
        self.names = dict(aliases)
        self.starts = frozenset(_first_word(alias) for alias in self.names)
        self._start_words: dict[int, bool] = {}  # a word's hash -> whether a name may start with it

    def matches(self, doc: Doc) -> list[tuple[int, int, str]]:
        """``(start, end, key)`` of every alias written in ``doc``, at token boundaries.

        Read from the Doc's arrays (each token's text, offset and whether it is whitespace), not
        its Token objects: a Token made for every word, and ``doc.text`` joined anew, cost more than
        the lookups.  Between two tokens the text is nothing or the one space of spaCy's trailing
        whitespace (a longer run is a token of its own), so a name's text is its tokens joined so.
        The arrays are read as three columns: a list per token (``tolist`` of the rows) cost more than the rest.
        """
        if not len(doc):
            return []
        orths, idxs, spaces = doc.to_array([ORTH, IDX, IS_SPACE]).T.tolist()
        strings = doc.vocab.strings
        starts = self._start_words
        out = []
        for i, orth in enumerate(orths):
            first = starts.get(orth)
            if first is None:
                word = strings[orth]
                first = starts[orth] = bool(word[:1].isupper() and _first_word(word) in self.starts)
            if not first:
                continue
            name, name_end = "", None
            for end in range(i + 1, min(len(orths), i + MAX_TOKENS) + 1):
                last_orth, last_idx, last_space = orths[end - 1], idxs[end - 1], spaces[end - 1]
                if last_space:
                    break
                word = strings[last_orth]
                name += (" " if name_end is not None and last_idx > name_end else "") + word
                name_end = last_idx + len(word)
                key = self.names.get(name)
                if key is not None:
                    out.append((i, end, key))
        return out


def _first_word(text: str) -> str:
    """The letters of a name up to its first space, hyphen, stop or apostrophe ("St" of "St. Mary's")."""
    for i, char in enumerate(text):
        if not char.isalpha():
            return text[:i]
    return text
