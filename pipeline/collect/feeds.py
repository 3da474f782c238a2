"""News feeds: RSS 0.9x/1.0/2.0 and Atom, read with ``feedparser``.

:func:`parse_feed` is pure: bytes in, a :class:`Feed` of entries (link, title,
date) out.  feedparser is the ecosystem's reader of real feeds: a strict XML
parse first, then its own loose parser, so a feed with an unescaped ``&``, a
wrong declared encoding, a byte-order mark or a cut-off end still gives every
item a person could read.  A document declaring entities is refused before
feedparser sees it (no entity expansion, no external entities; feedparser
never fetches anything here: it is given bytes).  A refused or unreadable
feed gives ``error`` and no entries, never an exception; a repaired one gives
its entries and says what was wrong in ``damage``.
"""

from __future__ import annotations

import calendar
import io
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Optional

import feedparser

from pipeline.collect.sitemaps import BARE_AMP, ENTITY_DECL, gunzip

log = logging.getLogger(__name__)


@dataclass
class FeedEntry:
    """One item of a feed."""

    url: str
    title: Optional[str] = None
    published: Optional[str] = None
    when: Optional[datetime] = None  # ``published`` read by feedparser, in UTC


@dataclass
class Feed:
    """A feed's title and entries."""

    title: Optional[str] = None
    entries: list[FeedEntry] = field(default_factory=list)
    error: Optional[str] = None
    damage: Optional[str] = None  # what feedparser had to work round


def _link(entry: Any) -> Optional[str]:
    """The entry's page: its alternate link, else any link, else a permalink guid."""
    fallback = None
    for link in entry.get("links", []):
        href = (link.get("href") or "").strip()
        if not href:
            continue
        if (link.get("rel") or "alternate") == "alternate":
            return href
        fallback = fallback or href
    href = (entry.get("link") or "").strip()
    if href:
        return href
    guid = (entry.get("id") or "").strip()
    if entry.get("guidislink") and guid.startswith(("http://", "https://")):
        return guid
    return fallback


def _feedparser(data: bytes) -> Any:
    """feedparser's reading of ``data``; an empty result with the reason if it fails."""
    try:
        return feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    except Exception as exc:  # noqa: BLE001 - a feed must never end the crawl
        log.warning("feedparser failed: %s: %s", type(exc).__name__, exc)
        return feedparser.FeedParserDict(
            bozo=1, bozo_exception=exc, entries=[], feed=feedparser.FeedParserDict(), version=""
        )


def _clean(text: Optional[str]) -> Optional[str]:
    return " ".join(text.split()) or None if text else None


def parse_feed(data: bytes) -> Feed:
    """The entries of an RSS or Atom feed."""
    try:
        data = gunzip(data)
    except ValueError as exc:
        return Feed(error=f"bad gzip: {exc}")
    if ENTITY_DECL.search(data):
        return Feed(error="refused XML: entity declarations")
    parsed = _feedparser(data)
    if parsed.get("bozo"):
        # feedparser's loose parser reads "Q&A" as "Q&A;": escape bare ampersands and retry
        escaped = BARE_AMP.sub(b"&amp;", data)
        if escaped != data:
            again = _feedparser(escaped)
            if len(again.entries) >= len(parsed.entries):
                parsed = again
                parsed["bozo"], parsed["bozo_exception"] = 1, "unescaped '&'"
    damage = None
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        damage = exc if isinstance(exc, str) else f"{type(exc).__name__}: {exc}"
    feed = Feed(title=_clean(parsed.feed.get("title")), damage=damage)
    for entry in parsed.entries:
        link = _link(entry)
        if link:
            published = entry.get("published") or entry.get("updated")
            stamp = entry.get("published_parsed") or entry.get("updated_parsed")
            when = datetime.fromtimestamp(calendar.timegm(stamp), timezone.utc) if stamp else None
            feed.entries.append(FeedEntry(link, _clean(entry.get("title")), published, when))
    if not feed.entries and not parsed.get("version"):
        feed.error = "not a feed" + (f": {damage}" if damage else "")
    elif not feed.entries and damage:
        feed.error = f"not XML: {damage}"
    if damage and feed.entries:
        log.info("feed repaired: %s", damage)
    return feed
