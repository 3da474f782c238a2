"""XML sitemaps: URL sets, sitemap indexes, Google News sitemaps, gzipped or not.

:func:`parse_sitemap` is pure: bytes in, a :class:`Sitemap` out.  XML is read
with ``defusedxml``, so entity expansion ("billion laughs") and external
entities are refused; a refused or broken sitemap gives ``error`` and no
entries, never an exception.
"""

from __future__ import annotations

import gzip
import io
import logging
from dataclasses import dataclass, field
from typing import Optional
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

log = logging.getLogger(__name__)

MAX_XML_BYTES = 50 * 1024 * 1024  # the sitemap protocol's own cap (uncompressed)


@dataclass
class SitemapEntry:
    """One ``<url>``: its location and, when given, date and news title."""

    url: str
    lastmod: Optional[str] = None
    title: Optional[str] = None


@dataclass
class Sitemap:
    """What one sitemap file lists: pages, or (for an index) more sitemaps."""

    entries: list[SitemapEntry] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    error: Optional[str] = None


def local(tag: object) -> str:
    """The tag without its namespace: ``url`` of ``{http://...}url``."""
    return str(tag).rsplit("}", 1)[-1].lower()


def child_text(element: Element, *names: str) -> Optional[str]:
    """Text of the first descendant whose local name is one of ``names``."""
    for node in element.iter():
        if node is not element and local(node.tag) in names and node.text and node.text.strip():
            return node.text.strip()
    return None


def gunzip(data: bytes, limit: int = MAX_XML_BYTES) -> bytes:
    """``data`` uncompressed when it is gzip (by its magic bytes), at most ``limit`` bytes."""
    if not data.startswith(b"\x1f\x8b"):
        return data
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
        out = stream.read(limit + 1)
    if len(out) > limit:
        raise ValueError(f"gzip sitemap inflates past {limit} bytes")
    return out


def parse_xml(data: bytes) -> Element:
    """The root element of ``data`` (gzip undone), with dangerous XML refused.

    Raises ``ValueError`` with the reason.
    """
    try:
        data = gunzip(data)
    except (OSError, EOFError, ValueError) as exc:
        raise ValueError(f"bad gzip: {exc}") from None
    try:
        return fromstring(data.lstrip())
    except DefusedXmlException as exc:
        raise ValueError(f"refused XML: {type(exc).__name__}") from None
    except ParseError as exc:
        raise ValueError(f"not XML: {exc}") from None


def parse_sitemap(data: bytes) -> Sitemap:
    """The entries or child sitemaps of a sitemap (``urlset`` or ``sitemapindex``)."""
    try:
        root = parse_xml(data)
    except ValueError as exc:
        return Sitemap(error=str(exc))
    kind = local(root.tag)
    result = Sitemap()
    if kind == "sitemapindex":
        for node in root:
            if local(node.tag) == "sitemap":
                loc = child_text(node, "loc")
                if loc:
                    result.sitemaps.append(loc)
    elif kind == "urlset":
        for node in root:
            if local(node.tag) != "url":
                continue
            loc = child_text(node, "loc")
            if not loc:
                continue
            lastmod = child_text(node, "publication_date") or child_text(node, "lastmod")
            result.entries.append(SitemapEntry(loc, lastmod, child_text(node, "title")))
    else:
        result.error = f"not a sitemap: root element <{kind}>"
    return result
