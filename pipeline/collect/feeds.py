"""News feeds: RSS 2.0, RSS 1.0 (RDF) and Atom, read with ``defusedxml``.

:func:`parse_feed` is pure: bytes in, a :class:`Feed` of entries (link, title,
date) out.  Like the sitemaps, a refused or broken feed gives ``error`` and no
entries, never an exception.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional
from xml.etree.ElementTree import Element

from pipeline.collect.sitemaps import child_text, local, parse_xml


@dataclass
class FeedEntry:
    """One item of a feed."""

    url: str
    title: Optional[str] = None
    published: Optional[str] = None


@dataclass
class Feed:
    """A feed's title and entries."""

    title: Optional[str] = None
    entries: list[FeedEntry] = field(default_factory=list)
    error: Optional[str] = None


def _atom_link(entry: Element) -> Optional[str]:
    fallback = None
    for node in entry:
        if local(node.tag) != "link":
            continue
        href = (node.get("href") or "").strip()
        if not href:
            continue
        rel = (node.get("rel") or "alternate").lower()
        if rel == "alternate":
            return href
        fallback = fallback or href
    return fallback


def _rss_link(item: Element) -> Optional[str]:
    for node in item:
        if local(node.tag) == "link" and node.text and node.text.strip():
            return node.text.strip()
    guid = next((n for n in item if local(n.tag) == "guid"), None)
    if guid is not None and (guid.get("isPermaLink") or "true").lower() == "true":
        text = (guid.text or "").strip()
        if text.startswith(("http://", "https://")):
            return text
    return None


def parse_feed(data: bytes) -> Feed:
    """The entries of an RSS or Atom feed."""
    try:
        root = parse_xml(data)
    except ValueError as exc:
        return Feed(error=str(exc))
    kind = local(root.tag)
    feed = Feed()
    if kind == "feed":  # Atom
        feed.title = next((n.text for n in root if local(n.tag) == "title"), None)
        for entry in (n for n in root if local(n.tag) == "entry"):
            link = _atom_link(entry)
            if link:
                published = child_text(entry, "published") or child_text(entry, "updated")
                feed.entries.append(FeedEntry(link, child_text(entry, "title"), published))
    elif kind in ("rss", "rdf"):
        channel = next((n for n in root if local(n.tag) == "channel"), root)
        feed.title = next((n.text for n in channel if local(n.tag) == "title"), None)
        # RSS 2.0 nests items in the channel, RSS 1.0 puts them beside it
        items = [n for n in channel.iter() if local(n.tag) == "item"]
        if kind == "rdf":
            items = [n for n in root if local(n.tag) == "item"]
        for item in items:
            link = _rss_link(item)
            if link:
                published = child_text(item, "pubdate", "date")
                feed.entries.append(FeedEntry(link, child_text(item, "title"), published))
    else:
        feed.error = f"not a feed: root element <{kind}>"
    return feed
