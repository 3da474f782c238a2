"""Feeds and sitemaps as the crawler meets them: links to consider, whatever was served.

:func:`read_hub` takes the bytes of a URL that should be a feed or a sitemap
and gives every link in it with its title and date, trying the reader the
content suggests first and the other after; an HTML page served in their
place (a listing page behind a feed's URL) gives the links a person sees on
it.  Pure: bytes in, links out.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Optional

from pipeline.collect.feeds import parse_feed
from pipeline.collect.links import parse_links
from pipeline.collect.sitemaps import gunzip, parse_sitemap

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
_XML_ROOT = re.compile(rb"<(?:[A-Za-z][\w.-]{0,20}:)?(rss|feed|rdf|urlset|sitemapindex)\b", re.I)
_HTML_ROOT = re.compile(rb"<(?:!doctype\s{1,5}html|html)\b", re.I)


@dataclass
class Found:
    """A link found in a page, feed or sitemap, with what it says about itself."""

    url: str
    text: str = ""
    nofollow: bool = False
    when: Optional[datetime] = None  # the sitemap's lastmod or the feed item's date


@dataclass
class HubLinks:
    """What one feed or sitemap gave."""

    links: list[Found] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    kind: str = ""  # "feed", "sitemap", "html" or "" when nothing could be read


def _head(body: bytes) -> bytes:
    """The first bytes of ``body``, to tell its kind by: its first 4 KiB, or of a gzipped body what
    its first 64 KiB unzip to (nothing when they do not unzip)."""
    try:
        return gunzip(body[:65536]) if body.startswith(b"\x1f\x8b") else body[:4096]
    except ValueError:
        return b""


def looks_like_html_body(body: bytes, content_type: str = "") -> bool:
    """Whether ``body`` is an HTML page, by its first bytes before its Content-Type."""
    head = _head(body)
    if head.startswith(codecs.BOM_UTF8):
        head = head[3:]
    head = head.lstrip()[:4096]
    html, xml = _HTML_ROOT.search(head), _XML_ROOT.search(head)
    if html and (not xml or html.start() < xml.start()):
        return True
    if xml:
        return False
    return content_type in HTML_TYPES or (not content_type and head[:1] == b"<")


def read_hub(body: bytes, base_url: str, content_type: str = "") -> tuple[HubLinks, list[str]]:
    """The links of a feed or sitemap and the child sitemaps of a sitemap index."""
    if looks_like_html_body(body, content_type):
        page = parse_links(body, base_url)
        hub = HubLinks(kind="html")
        if page.error:
            hub.problems.append(page.error)
        elif not page.nofollow:
            hub.links = [Found(link.url, link.text, link.nofollow) for link in page.links]
        log.info("%s: HTML where a feed or sitemap was expected, read as a page", base_url)
        return hub, []
    root = _XML_ROOT.search(_head(body))
    sitemap_first = bool(root and root.group(1).lower() in (b"urlset", b"sitemapindex"))
    readers = ("sitemap", "feed") if sitemap_first else ("feed", "sitemap")
    problems = []
    for reader in readers:
        if reader == "feed":
            feed = parse_feed(body)
            if feed.entries:
                links = [Found(e.url, e.title or "", when=e.when) for e in feed.entries]
                return HubLinks(links, kind="feed"), []
            problems.append(feed.error or "an empty feed")
        else:
            sitemap = parse_sitemap(body)
            if sitemap.entries or sitemap.sitemaps:
                links = [Found(e.url, e.title or "", when=e.when) for e in sitemap.entries]
                return HubLinks(links, kind="sitemap"), sitemap.sitemaps
            problems.append(sitemap.error or "an empty sitemap")
    return HubLinks(problems=problems[:1]), []
