"""Metadata of a page: title, outlet, author, language, publication date.

:func:`extract_metadata` reads an HTML page's JSON-LD and ``<meta>`` tags (parsed by
:mod:`~pipeline.read.html_tree`); its publication date is :mod:`~pipeline.read.page_dates`'s:
htmldate's (:func:`library_date`: the page's markup first, then a search of the whole page),
with our own rules (JSON-LD, ``<meta>``, ``<time>``, a visible dateline) only where htmldate
finds nothing.  Raw bytes to text (:func:`~pipeline.read.encodings.decode_bytes`) and a
text's language (:func:`~pipeline.read.language.detect_language`) have modules of their own.
The names of those four modules that were defined here before are imported from here too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional
from urllib.parse import urlsplit

from pipeline.read.encodings import DecodeError, decode_bytes  # noqa: F401 - imported from here
from pipeline.read.html_tree import clean, is_article, jsonld_objects, ld_name, meta_tags, parse_html
from pipeline.read.language import detect_language  # noqa: F401 - imported from here
from pipeline.read.page_dates import date_of
from pipeline.read.page_dates import (  # noqa: F401 - imported from here
    find_dateline,
    iso_date,
    library_date,
    parse_dateline,
    publication_date,
)

_AUTHOR_META = ("author", "article:author", "byl", "sailthru.author", "parsely-author",
                "dc.creator")


@dataclass
class Metadata:
    """What a page says about itself."""

    title: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    language: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    #: Where ``published`` came from: "markup" (htmldate on dated markup or the URL),
    #: "search" (htmldate's search of the whole page) or "rules" (our own), else None.
    published_from: Optional[str] = None


def outlet_from_url(url: Optional[str]) -> Optional[str]:
    """The registered-looking host of a URL, without ``www.``."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    host = re.sub(r"^(?:www\d*|m|amp)\.", "", host)
    return host or None


def _author(metas: dict[str, str], ld: list[dict[str, Any]], tree: Any) -> Optional[str]:
    for obj in ld:
        if is_article(obj) and obj.get("author"):
            name = ld_name(obj["author"])
            if name and not name.startswith("http"):
                return name
    for key in _AUTHOR_META:
        value = clean(metas.get(key))
        if value and not value.startswith("http"):
            return value
    for node in tree.xpath('//*[@rel="author" or @itemprop="author"]')[:1]:
        return clean(node.text_content())
    return None


def extract_metadata(html: str, url: Optional[str] = None, *, dated: bool = True) -> Metadata:
    """Title, outlet, author, language and publication date of an HTML page.

    The date is htmldate's from dated markup or the URL (``published_from``
    "markup"), else htmldate's search of the whole page ("search"), else our own
    rules: JSON-LD, ``<meta>`` tags, ``<time datetime>``, a visible dateline
    ("rules").  The outlet comes from ``og:site_name`` or JSON-LD
    ``publisher``, else the URL's domain.  Never raises on bad HTML.
    ``dated=False`` leaves the date out (None): htmldate's search is most of the
    metadata's cost, and the relevance decision does not read it (:func:`publication_date`
    gives it later, the same).
    """
    meta = Metadata(url=url)
    tree = parse_html(html)
    if tree is None:
        meta.outlet = outlet_from_url(url)
        if dated:
            meta.published, meta.published_from = date_of(html, url, None)
        return meta
    metas = meta_tags(tree)
    ld = list(jsonld_objects(tree))
    meta.url = url or clean(metas.get("og:url"))
    headline = next((clean(o.get("headline")) for o in ld if is_article(o) and o.get("headline")), None)
    h1 = next((clean(n.text_content()) for n in tree.xpath("//h1")), None)
    title = next((clean(n.text_content()) for n in tree.xpath("//title")), None)
    meta.title = clean(metas.get("og:title")) or headline or h1 or title
    publisher = next((ld_name(o.get("publisher")) for o in ld if o.get("publisher")), None)
    meta.outlet = (clean(metas.get("og:site_name")) or publisher
                   or outlet_from_url(meta.url))
    meta.author = _author(metas, ld, tree)
    if dated:
        meta.published, meta.published_from = date_of(html, url, tree, metas, ld)
    lang = tree.get("lang") or tree.get("xml:lang") or metas.get("content-language")
    if lang and re.match(r"^[a-zA-Z]{2,3}\b", lang.strip()):
        meta.language = re.match(r"^[a-zA-Z]{2,3}", lang.strip()).group(0).lower()
    return meta

