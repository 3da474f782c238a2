"""A page's publication date: htmldate first, our own rules where it finds nothing; visible datelines.

:func:`publication_date` dates a page as :func:`~pipeline.read.metadata.extract_metadata` does:
htmldate on the page's dated markup and URL (:func:`library_date`, "markup"), then htmldate's search
of the whole page ("search", not a bare 1st of January), then our rules ("rules": JSON-LD, ``<meta>``,
``<time datetime>``, a visible dateline).  :func:`find_dateline` finds a dateline among a text's first
lines (:mod:`datelines` parses it); :func:`iso_date` reads an ISO-8601-ish value.
"""
from __future__ import annotations

import logging
import re
from datetime import date, datetime
from typing import Any, Optional

from pipeline.read import datelines
from pipeline.read.html_tree import clean, is_article, jsonld_objects, meta_tags, parse_html

logger = logging.getLogger(__name__)

_DATE_META = (
    "article:published_time", "og:article:published_time", "datepublished",
    "publishdate", "publish-date", "pubdate", "publication_date", "date",
    "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created", "sailthru.date",
    "parsely-pub-date", "article.published", "og:published_time", "datecreated",
)

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
    """Our own rules' date: the article's JSON-LD, ``<meta>`` tags, ``<time datetime>``, a dateline."""
    for obj in ld:
        if is_article(obj):
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
    snippets = [clean(n.text_content()) or "" for n in body.xpath(
        ".//*[self::time or contains(@class,'date') or contains(@class,'posted') or "
        "contains(@class,'publish') or contains(@class,'byline') or contains(@class,'meta')]")[:20]]
    return find_dateline("\n".join(s for s in snippets if len(s) < 120), lines=20)


def date_of(html: str, url: Optional[str], tree: Any, metas: Optional[dict[str, str]] = None,
            ld: Optional[list[dict[str, Any]]] = None) -> tuple[Optional[str], Optional[str]]:
    """(publication date, where it came from): htmldate on markup, htmldate's search, our rules.

    ``tree``, ``metas`` and ``ld``: the page parsed (:mod:`html_tree`), when it was; None skips our rules."""
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


def publication_date(html: str, url: Optional[str] = None) -> tuple[Optional[str], Optional[str]]:
    """``(published, published_from)`` of a page, as :func:`~pipeline.read.metadata.extract_metadata`
    dates it: for a page whose other metadata was read with ``dated=False``."""
    tree = parse_html(html)
    if tree is None:
        return date_of(html, url, None)
    return date_of(html, url, tree, meta_tags(tree), list(jsonld_objects(tree)))
