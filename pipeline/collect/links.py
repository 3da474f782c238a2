"""Links in an HTML page: anchors with their text, ``rel=canonical``, feeds,
and what the page asks of robots (``<meta name="robots">``, ``rel="nofollow"``).

Pure functions over the bytes the crawler fetched.  :func:`decode_html`
picks the charset as a browser would (HTTP header, then ``<meta>``, then a
guess), so a cp1252 page's link text reads right.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass, field
from typing import Optional
from urllib.parse import urljoin

import lxml.html
from charset_normalizer import from_bytes
from lxml import etree

from pipeline.collect.urls import is_http

log = logging.getLogger(__name__)

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*+=\s*+(?:["']\s*+)?([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
# WHATWG: these labels mean windows-1252 in HTML.
_AS_CP1252 = {"iso-8859-1", "latin-1", "latin1", "iso8859-1", "us-ascii", "ascii", "l1"}


@dataclass
class Link:
    """An anchor: where it goes and what it says."""

    url: str
    text: str = ""
    nofollow: bool = False  # rel="nofollow": the page asks robots not to follow it


@dataclass
class PageLinks:
    """The links of one page."""

    links: list[Link] = field(default_factory=list)
    canonical: Optional[str] = None
    feeds: list[str] = field(default_factory=list)
    error: Optional[str] = None
    noindex: bool = False  # <meta name="robots" content="noindex"> (or "none")
    nofollow: bool = False  # <meta name="robots" content="nofollow"> (or "none")


def charset_of(content_type: Optional[str]) -> Optional[str]:
    """The ``charset`` parameter of a Content-Type header."""
    match = re.search(r"charset\s*+=\s*+[\"']?([^\"';\s]+)", content_type or "", re.IGNORECASE)
    return match.group(1) if match else None


def _codec(label: Optional[str]) -> Optional[str]:
    if not label:
        return None
    label = label.strip().lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(body: bytes, content_type: Optional[str] = None) -> str:
    """``body`` as text: the header's charset, else ``<meta charset>``, else a guess."""
    if body.startswith(codecs.BOM_UTF8):
        return body[3:].decode("utf-8", errors="replace")
    meta = _META_CHARSET.search(body[:4096])
    for label in (charset_of(content_type), meta.group(1).decode("ascii") if meta else None):
        codec = _codec(label)
        if codec:
            try:
                return body.decode(codec)
            except UnicodeDecodeError:
                log.info("page does not decode as its declared %s", codec)
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(body[:200_000]).best()
        return body.decode(best.encoding if best else "cp1252", errors="replace")


def robots_directives(content: Optional[str]) -> set[str]:
    """The directives of a robots meta tag or ``X-Robots-Tag`` header, "none" spelt out.

    A header's ``agent: directives`` form counts only for ``*``-like use: the
    part after a colon naming another robot is ignored.
    """
    out: set[str] = set()
    for part in (content or "").lower().split(","):
        part = part.strip()
        if ":" in part:
            agent, _, part = part.partition(":")
            if agent.strip() not in ("robots", "newsfacts", "*"):
                continue
            part = part.strip()
        if part == "none":
            out |= {"noindex", "nofollow"}
        elif part:
            out.add(part)
    return out


def _text(element: lxml.html.HtmlElement) -> str:
    text = " ".join(element.itertext())
    if not text.strip():
        text = element.get("title") or " ".join(img.get("alt") or "" for img in element.iter("img"))
    return " ".join(text.split())


def parse_links(body: bytes, base_url: str, content_type: Optional[str] = None) -> PageLinks:
    """The anchors, canonical URL and feed URLs of an HTML page, made absolute."""
    text = decode_html(body, content_type)
    if not text.strip():
        return PageLinks(error="empty page")
    try:
        root = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", text))
    except (etree.ParserError, ValueError) as exc:
        return PageLinks(error=f"unparsable HTML: {exc}")
    base = base_url
    for node in root.iter("base"):
        if node.get("href"):
            base = urljoin(base_url, node.get("href").strip())
            break
    page = PageLinks()
    for node in root.iter("meta"):
        if (node.get("name") or "").strip().lower() in ("robots", "newsfacts"):
            directives = robots_directives(node.get("content"))
            page.noindex |= "noindex" in directives
            page.nofollow |= "nofollow" in directives
    for node in root.iter("link"):
        rel = (node.get("rel") or "").lower().split()
        href = (node.get("href") or "").strip()
        if not href:
            continue
        if "canonical" in rel and page.canonical is None:
            page.canonical = urljoin(base, href)
        elif "alternate" in rel and (node.get("type") or "").lower() in FEED_TYPES:
            page.feeds.append(urljoin(base, href))
    for node in root.iter("a"):
        href = (node.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        url = urljoin(base, href)
        if is_http(url):
            nofollow = "nofollow" in (node.get("rel") or "").lower().split()
            page.links.append(Link(url, _text(node), nofollow))
    return page
