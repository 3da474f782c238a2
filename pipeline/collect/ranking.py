"""Which found links to fetch first, and which to leave out.

Best-first, not a filter: a link with evidence of our topic in its URL or text
(:func:`pipeline.read.relevance.link_score` above zero) comes first, best
score first; a link with no evidence either way (a sitemap entry with no
title, a bare URL, a headline that names nothing) comes after; only a link
with evidence of another topic or of site furniture (``data/link_topics.json``)
and none of ours is left out.  Pure functions over the URL and its text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional
from urllib.parse import unquote, urlsplit

from pipeline.read.relevance import link_score
from pipeline.settings import DATA_DIR

TOPIC, UNKNOWN, OTHER = "topic", "unknown", "other"
TIERS = {TOPIC: 1, UNKNOWN: 2}  # frontier priorities (seeds are 0); OTHER is never queued
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class Rank:
    """What a link's URL and text say about it."""

    kind: str  # TOPIC, UNKNOWN or OTHER
    score: float = 0.0
    evidence: Optional[str] = None  # the other-topic word, for OTHER

    @property
    def priority(self) -> int:
        return TIERS.get(self.kind, 3)


@lru_cache(maxsize=1)
def _lists() -> dict[str, list[str]]:
    raw = json.loads((DATA_DIR / "link_topics.json").read_text(encoding="utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def other_words() -> tuple[tuple[str, ...], ...]:
    """The other-topic phrases of ``data/link_topics.json`` as word tuples, longest first."""
    phrases = {tuple(_words(p)) for p in _lists()["other_topics"]}
    return tuple(sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def furniture() -> frozenset[tuple[str, ...]]:
    """The site-furniture phrases of ``data/link_topics.json`` as word tuples."""
    return frozenset(tuple(_words(p)) for p in _lists()["furniture"])


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("\u2019", "'"))


def _other(words: list[str]) -> Optional[str]:
    """The first other-topic phrase found in ``words`` (whole words, in a row)."""
    present = set(words)
    for phrase in other_words():
        if phrase[0] not in present:
            continue
        size = len(phrase)
        for i in range(len(words) - size + 1):
            if tuple(words[i : i + size]) == phrase:
                return " ".join(phrase)
    return None


def _url_words(url: str) -> list[str]:
    parts = urlsplit(url)
    return _words(unquote(f"{parts.path} {parts.query}").replace("_", " ").replace("-", " "))


def _last_segment(url: str) -> list[str]:
    """The words of the last part of the URL path, without its extension."""
    segment = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]).rsplit(".", 1)[0]
    return _words(segment.replace("_", " ").replace("-", " "))


def _furniture(url: str, text: str) -> Optional[str]:
    for words in (tuple(_words(text)), tuple(_last_segment(url))):
        if words in furniture():
            return " ".join(words)
    return None


def rank_link(url: str, text: str = "") -> Rank:
    """Where a link with ``text`` (anchor text, feed or sitemap title) belongs in the queue."""
    score = link_score(url, text)
    if score > 0:
        return Rank(TOPIC, score)
    found = _other(_words(text)) or _other(_url_words(url)) or _furniture(url, text)
    if found:
        return Rank(OTHER, 0.0, found)
    return Rank(UNKNOWN, 0.0)
