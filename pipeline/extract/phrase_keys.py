"""A phrase matcher of many keys that makes no lexeme of its keys.

spaCy's :class:`~spacy.matcher.PhraseMatcher` makes a lexeme of every key it is given (``vocab[key]``,
every attribute of the word computed), which for the places matcher's 6,400 keys ("Cardiff|city") was
a tenth of a second of every worker's start, for words no text holds.  :class:`KeyedPhrases` adds the
patterns only one key owns under one key of its own and tells their keys apart by their words (a
pattern is its tokens' ``ORTH`` hashes, so the words of a match name its pattern); a pattern that
several keys own is added under each of them, as before.  Its matches are what the PhraseMatcher keyed
by each key gives, in the same order: by start, then by length, the keys of one pattern in the
matcher's order, since a match's span and its pattern are one and the same thing.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from spacy.attrs import ORTH
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

SOLE = "__sole_owner__"
"""The matcher's key of the patterns one key owns."""

Pattern = Sequence[int]
"""A pattern: its tokens' ``ORTH`` hashes, the array the PhraseMatcher makes of a Doc on ``ORTH``."""


class KeyedPhrases:
    """Patterns by key; ``self(doc)`` gives ``(key, start, end)`` for every match, as
    ``PhraseMatcher(vocab, attr="ORTH")`` with each key added would give ``(vocab.strings[match_id], start, end)``."""

    def __init__(self, vocab: Vocab, by_key: Iterable[tuple[str, Iterable[Pattern]]]) -> None:
        owners: dict[tuple[int, ...], list[str]] = {}
        for key, patterns in by_key:
            for pattern in patterns:
                keys = owners.setdefault(tuple(pattern), [])
                if key not in keys:
                    keys.append(key)
        self.vocab = vocab
        self.matcher = PhraseMatcher(vocab, attr="ORTH")
        self.sole = {words: keys[0] for words, keys in owners.items() if words and len(keys) == 1}
        self.matcher.add(SOLE, list(self.sole))
        shared: dict[str, list[tuple[int, ...]]] = {}
        for words, keys in owners.items():
            if words and len(keys) > 1:
                for key in keys:
                    shared.setdefault(key, []).append(words)
        for key, patterns in shared.items():
            self.matcher.add(key, patterns)
        self.sole_id = vocab.strings[SOLE]
        self.shared = shared

    def patterns(self) -> dict[str, list[tuple[int, ...]]]:
        """Each key's patterns, sorted (what the PhraseMatcher keyed by each key would hold)."""
        out: dict[str, list[tuple[int, ...]]] = {}
        for words, key in self.sole.items():
            out.setdefault(key, []).append(words)
        for key, patterns in self.shared.items():
            out.setdefault(key, []).extend(patterns)
        return {key: sorted(patterns) for key, patterns in out.items()}

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        matches = self.matcher(doc)
        if not matches:
            return []
        orths = doc.to_array(ORTH).tolist() if any(m[0] == self.sole_id for m in matches) else []
        strings = self.vocab.strings
        return [(self.sole[tuple(orths[start:end])] if match_id == self.sole_id else strings[match_id], start, end)
                for match_id, start, end in matches]
