"""Metadata of a page: title, outlet, author, language, publication date.

:func:`extract_metadata` reads an HTML page's JSON-LD and ``<meta>`` tags; its
publication date is htmldate's (:func:`library_date`: the page's markup first,
then a search of the whole page), with our own rules (JSON-LD, ``<meta>``,
``<time>``, a visible dateline) only where htmldate finds nothing.  Raw bytes to text
(:func:`~pipeline.read.encodings.decode_bytes`) and a text's language
(:func:`~pipeline.read.language.detect_language`) have modules of their own, whose names
are imported from here too.
"""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Iterator, Optional
from urllib.parse import urlsplit

import lxml.html

from pipeline.read import datelines
from pipeline.read.encodings import DecodeError, decode_bytes  # noqa: F401 - imported from here
from pipeline.read.language import detect_language  # noqa: F401 - imported from here

logger = logging.getLogger(__name__)

_DATE_META = (
    "article:published_time", "og:article:published_time", "datepublished",
    "publishdate", "publish-date", "pubdate", "publication_date", "date",
    "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created", "sailthru.date",
    "parsely-pub-date", "article.published", "og:published_time", "datecreated",
)
_AUTHOR_META = ("author", "article:author", "byl", "sailthru.author", "parsely-author",
                "dc.creator")
_ARTICLE_TYPES = ("article", "newsarticle", "reportagenewsarticle", "blogposting",
                  "webpage", "analysisnewsarticle", "opinionnewsarticle", "report")


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


# -- dates ---------------------------------------------------------------------

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_ORDINAL = re.compile(r"(\d{1,2})(st|nd|rd|th)\b", re.I)
_LABEL = re.compile(
    r"^\W*+(?:this article is old\W*+)?(?:(?:first\s+)?(?:posted|published|updated|last updated|"
    r"date|created)(?:\s+on)?)\s*[:\-–]?\s*", re.I)
_DATELIKE = re.compile(
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?"
    r"\s+\d{4})|(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?,?\s+\d{4})|(?:\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b)|(?:\b\d{4}-\d{2}-\d{2}\b)",
    re.I)


def iso_date(value: Any) -> Optional[str]:
    """``YYYY-MM-DD`` from an ISO-8601-ish string (date or datetime), else None."""
    if not isinstance(value, str):
        return None
    match = _ISO.search(value)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3))).isoformat()
    except ValueError:
        return None


def _fallback_dateline(text: str) -> Optional[date]:
    """A dateline's date, day-month order first (used while ``periods`` lacks one)."""
    import dateparser

    match = _DATELIKE.search(_ORDINAL.sub(r"\1", _LABEL.sub("", text.strip())))
    if not match:
        return None
    parsed = dateparser.parse(
        match.group(0), languages=["en"],
        settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first",
                  "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


def parse_dateline(text: str) -> Optional[date]:
    """The date of a visible dateline, by :func:`pipeline.read.datelines.parse_dateline`.

    A small private parser stands in where that one fails.
    """
    try:
        return datelines.parse_dateline(text)
    except Exception:  # noqa: BLE001 - another stage's bug must not stop reading
        logger.exception("datelines.parse_dateline failed on %r", text[:80])
        return _fallback_dateline(text)


def find_dateline(text: str, *, lines: int = 12) -> Optional[str]:
    """The ISO date of the first dateline among the first ``lines`` non-empty lines."""
    seen = 0
    for line in (text or "").splitlines():
        line = line.strip()
        if not line:
            continue
        seen += 1
        if seen > lines:
            break
        if len(line) > 120 or not _DATELIKE.search(_ORDINAL.sub(r"\1", line)):
            continue
        found = parse_dateline(line)
        if found is not None and 1990 <= found.year <= datetime.now().year + 1:
            return found.isoformat()
    return None


# -- HTML ----------------------------------------------------------------------

def _clean(value: Any) -> Optional[str]:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _jsonld_objects(tree: Any) -> Iterator[dict[str, Any]]:
    from collections import deque

    for script in tree.xpath('//script[contains(translate(@type,"LDJSON","ldjson"),"ld+json")]'):
        try:
            data = json.loads(script.text_content().strip() or "null", strict=False)
        except (ValueError, TypeError):
            continue
        queue = deque([data])  # breadth first; popleft, not list.pop(0): a @graph of n objects costs n, not n squared
        while queue:
            item = queue.popleft()
            if isinstance(item, list):
                queue.extend(item)
            elif isinstance(item, dict):
                yield item
                queue.extend(v for k, v in item.items() if k in ("@graph", "mainEntity"))


def _types(obj: dict[str, Any]) -> list[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return [k.lower() for k in kinds if isinstance(k, str)]


def _name(value: Any) -> Optional[str]:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    if isinstance(value, dict):
        return _clean(value.get("name"))
    return _clean(value)


def _metas(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in tree.xpath("//meta[@content]"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        key = key.strip().lower()
        if key and key not in found and meta.get("content", "").strip():
            found[key] = meta.get("content").strip()
    return found


def outlet_from_url(url: Optional[str]) -> Optional[str]:
    """The registered-looking host of a URL, without ``www.``."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    host = re.sub(r"^(?:www\d*|m|amp)\.", "", host)
    return host or None


def library_date(html: str, url: Optional[str] = None, *, extensive: bool) -> Optional[str]:
    """htmldate's original publication date of a page (``YYYY-MM-DD``), or None.

    Without ``extensive`` only dated markup (JSON-LD, ``<meta>``, ``<time>``,
    ``<abbr>``, known date classes) and the URL count; with it, a search of the
    whole page's text follows.  A failure of the library is no answer.
    """
    from htmldate import find_date

    try:
        return iso_date(find_date(html, extensive_search=extensive, original_date=True, url=url))
    except Exception as exc:  # noqa: BLE001 - the library's bug must not stop reading
        logger.debug("htmldate failed on %s: %s", url, exc)
        return None


def _not_a_year(found: Optional[str]) -> Optional[str]:
    """``found`` unless it is the 1st of January: htmldate's search gives a page that names
    only a year (a copyright line, "© 2024") that year's first day, which is no
    publication date (on the dates benchmark all four such answers were wrong)."""
    return None if found and found.endswith("-01-01") else found


def _published(tree: Any, metas: dict[str, str], ld: list[dict[str, Any]]) -> Optional[str]:
    for obj in ld:
        if any(t in _ARTICLE_TYPES for t in _types(obj)):
            found = iso_date(obj.get("datePublished")) or iso_date(obj.get("dateCreated"))
            if found:
                return found
    for key in _DATE_META:
        found = iso_date(metas.get(key))
        if found:
            return found
    for node in tree.xpath("//time[@datetime]"):
        found = iso_date(node.get("datetime"))
        if found:
            return found
    body = tree.find("body")
    if body is None:
        return None
    snippets = [_clean(n.text_content()) or "" for n in body.xpath(
        ".//*[self::time or contains(@class,'date') or contains(@class,'posted') or "
        "contains(@class,'publish') or contains(@class,'byline') or contains(@class,'meta')]")[:20]]
    return find_dateline("\n".join(s for s in snippets if len(s) < 120), lines=20)


def _author(metas: dict[str, str], ld: list[dict[str, Any]], tree: Any) -> Optional[str]:
    for obj in ld:
        if any(t in _ARTICLE_TYPES for t in _types(obj)) and obj.get("author"):
            name = _name(obj["author"])
            if name and not name.startswith("http"):
                return name
    for key in _AUTHOR_META:
        value = _clean(metas.get(key))
        if value and not value.startswith("http"):
            return value
    for node in tree.xpath('//*[@rel="author" or @itemprop="author"]')[:1]:
        return _clean(node.text_content())
    return None


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")


def parse_html(html: str) -> Any:
    """lxml's tree of a page, or None when lxml cannot parse it.

    A page that starts with an XML declaration naming an encoding (XHTML) is
    parsed without it: lxml refuses such a declaration in text already decoded.
    """
    for attempt in (html or "<html></html>", _XML_DECLARATION.sub("", html or "", count=1)):
        try:
            return lxml.html.document_fromstring(attempt or "<html></html>")
        except (ValueError, lxml.etree.ParserError) as exc:
            logger.debug("unparsable HTML: %s", exc)
    return None


def _dated(html: str, url: Optional[str], tree: Any, metas: Optional[dict[str, str]] = None,
           ld: Optional[list[dict[str, Any]]] = None) -> tuple[Optional[str], Optional[str]]:
    """(publication date, where it came from): htmldate on markup, htmldate's search, our rules."""
    found = library_date(html, url, extensive=False)
    if found:
        return found, "markup"
    found = _not_a_year(library_date(html, url, extensive=True))
    if found:
        return found, "search"
    if tree is not None:
        found = _published(tree, metas or {}, ld or [])
        if found:
            return found, "rules"
    return None, None


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
            meta.published, meta.published_from = _dated(html, url, None)
        return meta
    metas = _metas(tree)
    ld = list(_jsonld_objects(tree))
    meta.url = url or _clean(metas.get("og:url"))
    headline = next((_clean(o.get("headline")) for o in ld
                     if any(t in _ARTICLE_TYPES for t in _types(o)) and o.get("headline")), None)
    h1 = next((_clean(n.text_content()) for n in tree.xpath("//h1")), None)
    title = next((_clean(n.text_content()) for n in tree.xpath("//title")), None)
    meta.title = _clean(metas.get("og:title")) or headline or h1 or title
    publisher = next((_name(o.get("publisher")) for o in ld if o.get("publisher")), None)
    meta.outlet = (_clean(metas.get("og:site_name")) or publisher
                   or outlet_from_url(meta.url))
    meta.author = _author(metas, ld, tree)
    if dated:
        meta.published, meta.published_from = _dated(html, url, tree, metas, ld)
    lang = tree.get("lang") or tree.get("xml:lang") or metas.get("content-language")
    if lang and re.match(r"^[a-zA-Z]{2,3}\b", lang.strip()):
        meta.language = re.match(r"^[a-zA-Z]{2,3}", lang.strip()).group(0).lower()
    return meta


def publication_date(html: str, url: Optional[str] = None) -> tuple[Optional[str], Optional[str]]:
    """``(published, published_from)`` of a page, as :func:`extract_metadata` dates it: for a page
    whose other metadata was read with ``dated=False``."""
    tree = parse_html(html)
    if tree is None:
        return _dated(html, url, None)
    return _dated(html, url, tree, _metas(tree), list(_jsonld_objects(tree)))
