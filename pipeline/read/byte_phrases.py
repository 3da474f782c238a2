"""Many byte phrases found at once in a page's raw bytes, ASCII case ignored.

:class:`PhraseMatcher` is the engine of the cheap relevance test on raw bytes
(:func:`pipeline.read.prefilter_bytes.relevance_bound_bytes`): every occurrence of
every phrase, overlapping ones included, as ``(phrase index, start, end)``.
It runs Hyperscan (SIMD, case-insensitive by itself: about 0.05 ms on a 170 kB
page) where the ``hyperscan`` package is installed, else an Aho-Corasick
automaton of ahocorasick-rs over a lower-cased copy (about 0.35 ms); both give
the same matches.  Matching ASCII case-insensitively is what ``bytes.lower``
does: bytes outside ASCII are matched as they are.
"""
from __future__ import annotations

import logging
import threading
from typing import Sequence

log = logging.getLogger(__name__)

Match = tuple[int, int, int]
"""A phrase's index in the matcher's phrases, and where it starts and ends in the bytes."""


def hyperscan_available() -> bool:
    """Whether the ``hyperscan`` package (and its library) can be imported here."""
    try:
        import hyperscan  # noqa: F401
    except ImportError:
        return False
    return True


class PhraseMatcher:
    """Every occurrence of ``phrases`` (lower-case bytes) in a page, whatever the ASCII case.

    ``engine``: ``"hyperscan"``, ``"ahocorasick"``, or ``"auto"`` (Hyperscan when it is installed).
    """

    def __init__(self, phrases: Sequence[bytes], engine: str = "auto"):
        if any(p != p.lower() or not p for p in phrases):
            raise ValueError("phrases must be non-empty lower-case bytes")
        self.phrases = tuple(phrases)
        self.engine = ("hyperscan" if hyperscan_available() else "ahocorasick") if engine == "auto" else engine
        self._local = threading.local()  # a Hyperscan database's scratch space serves one scan at a time
        if self.engine == "ahocorasick":
            import ahocorasick_rs

            self._automaton = ahocorasick_rs.BytesAhoCorasick(list(self.phrases),
                                                              implementation=ahocorasick_rs.Implementation.DFA)
        elif self.engine != "hyperscan":
            raise ValueError(f"unknown engine {engine!r}")

    def _database(self):  # noqa: ANN202
        database = getattr(self._local, "database", None)
        if database is None:
            import hyperscan

            database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
            # each phrase a literal (every byte escaped), ASCII case ignored
            expressions = [b"".join(b"\\x%02x" % byte for byte in phrase) for phrase in self.phrases]
            database.compile(expressions=expressions, ids=list(range(len(expressions))),
                             elements=len(expressions), flags=[hyperscan.HS_FLAG_CASELESS] * len(expressions))
            self._local.database = database
        return database

    def matches(self, data: bytes) -> list[Match]:
        """Every occurrence of every phrase in ``data``, as ``(index, start, end)``, overlapping
        ones included (in no particular order)."""
        if not data:
            return []
        if self.engine == "ahocorasick":
            return self._automaton.find_matches_as_indexes(data.lower(), overlapping=True)
        found: list[Match] = []
        phrases = self.phrases

        def on_match(index: int, _start: int, end: int, _flags: int, _context: object) -> None:
            found.append((index, end - len(phrases[index]), end))

        self._database().scan(data, match_event_handler=on_match)
        return found
