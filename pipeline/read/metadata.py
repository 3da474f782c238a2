"""Metadata of a page: title, outlet, author, language, publication date, encoding.

:func:`extract_metadata` reads an HTML page's JSON-LD and ``<meta>`` tags; its
publication date is htmldate's (:func:`library_date`: the page's markup first,
then a search of the whole page), with our own rules (JSON-LD, ``<meta>``,
``<time>``, a visible dateline) only where htmldate finds nothing; :func:`decode_bytes` turns raw
bytes into text (HTTP charset, ``<meta charset>``, BOM/UTF-8, then detection by
charset-normalizer); :func:`detect_language` names a text's language.
"""
from __future__ import annotations

import codecs
import json
import logging
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Iterator, Optional
from urllib.parse import urlsplit

import lxml.html

from pipeline.read import datelines
from pipeline.settings import DATA_DIR

logger = logging.getLogger(__name__)

#: The bytes examined for a ``<meta charset>`` declaration.
META_SCAN = 4096

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*+=\s*+(?:["']\s*+)?([\w.:-]+)""", re.I)
_HTTP_CHARSET = re.compile(r"""charset\s*+=\s*+(?:["']\s*+)?([\w.:-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# WHATWG: a page labelled latin-1 or ascii is decoded as windows-1252.
_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252",
            "ascii": "cp1252", "us-ascii": "cp1252", "iso8859-1": "cp1252"}

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


class DecodeError(ValueError):
    """Bytes that are not text in any encoding we can find."""


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


# -- encoding ------------------------------------------------------------------

def _codec(name: Optional[str]) -> Optional[str]:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def http_charset(content_type: Optional[str]) -> Optional[str]:
    """The codec named by a ``Content-Type`` header's ``charset=``, if Python knows it."""
    if not content_type:
        return None
    match = _HTTP_CHARSET.search(content_type)
    return _codec(match.group(1)) if match else None


def meta_charset(data: bytes) -> Optional[str]:
    """The codec named by ``<meta charset>`` / ``http-equiv`` in the first bytes."""
    match = _CHARSET.search(data[:META_SCAN])
    return _codec(match.group(1).decode("ascii", "ignore")) if match else None


def is_binary(data: bytes) -> bool:
    """True for bytes with NUL characters and no UTF-16/32 byte-order mark."""
    head = data[:8192]
    return b"\x00" in head and not any(head.startswith(bom) for bom, _ in _BOMS)


#: UTF-8 with at most one bad byte sequence per this many good multi-byte characters is UTF-8.
UTF8_GOOD_PER_BAD = 10


def mostly_utf8(data: bytes) -> Optional[str]:
    """``data`` as UTF-8 with its few bad bytes replaced, or None when it is not mostly UTF-8.

    Real pages are often UTF-8 with a handful of stray bytes (a character cut in
    two, a widget pasted in Latin-1); a browser shows such a page as UTF-8 with a
    replacement character or two, where guessing a single-byte codec for the
    whole page turns every accented letter into mojibake.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    return text if good >= UTF8_GOOD_PER_BAD * max(bad, 1) else None


def decode_bytes(data: bytes, *, content_type: Optional[str] = None) -> tuple[str, str]:
    """Decode a page or text file; returns ``(text, encoding)``.

    Tries, in order: a byte-order mark, strict UTF-8 (valid UTF-8 is UTF-8
    whatever its label), UTF-8 with a few stray bytes (:func:`mostly_utf8`), the HTTP ``charset``, a ``<meta>`` charset, then
    charset-normalizer's best guess, preferring cp1252 among Latin codecs.  Raises
    :class:`DecodeError` for binary data or bytes no encoding explains.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name.replace("-sig", "")
            except UnicodeDecodeError:
                break
    if is_binary(data):
        raise DecodeError("binary content (NUL bytes)")
    try:
        # Valid UTF-8 with non-ASCII bytes is UTF-8 whatever the label says (a
        # declared single-byte charset would turn it into mojibake).
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    damaged = mostly_utf8(data)
    if damaged is not None:
        return damaged, "utf-8"
    for name in (http_charset(content_type), meta_charset(data)):
        if not name:
            continue
        if name.startswith(("utf-16", "utf-32")):
            continue  # a page declaring UTF-16 without a BOM is almost always mislabelled
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise DecodeError("undecodable bytes (no text encoding fits)")
    name = _ALIASES.get(best.encoding, best.encoding)
    if name != "cp1252" and all(a.startswith(("Basic Latin", "Latin", "General Punctuation",
                                             "Control character", "Currency Symbols"))
                                for a in best.alphabets):
        # charset-normalizer reports the first of several codecs giving the same
        # Latin text (often cp1250); English-language pages are cp1252.
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(name), name
    except (UnicodeDecodeError, LookupError):
        return data.decode(name, errors="replace"), name


# -- language ------------------------------------------------------------------

#: The cheap test's bounds: at least this many words, and this share of them English function words.
ENGLISH_MIN_WORDS = 30
ENGLISH_SHARE = 0.3


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The commonest English function words (``data/english_words.txt``)."""
    lines = (DATA_DIR / "english_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def plainly_english(sample: str) -> bool:
    """Whether at least :data:`ENGLISH_SHARE` of the (at least :data:`ENGLISH_MIN_WORDS`) words of
    ``sample`` are English function words (lower-cased, written alone): English whatever py3langid
    would weigh (other languages stay far below; see ``data/english_words.txt``)."""
    words = sample.lower().split()
    if len(words) < ENGLISH_MIN_WORDS:
        return False
    common = english_words()
    return sum(word in common for word in words) >= ENGLISH_SHARE * len(words)


def detect_language(text: str, *, min_chars: int = 40) -> Optional[str]:
    """ISO 639-1 code of ``text``'s language by py3langid, or None for very short text.

    A text that is :func:`plainly_english` is "en" without py3langid (about 0.1 ms where py3langid
    takes 1.4 ms a page: it walks every byte of the sample in Python)."""
    sample = " ".join((text or "").split())[:20_000]
    if len(sample) < min_chars or not re.search(r"[^\W\d_]{2}", sample):
        return None
    if plainly_english(sample):
        return "en"
    import py3langid

    lang, _ = py3langid.classify(sample)
    return lang or None


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
    for script in tree.xpath('//script[contains(translate(@type,"LDJSON","ldjson"),"ld+json")]'):
        try:
            data = json.loads(script.text_content().strip() or "null", strict=False)
        except (ValueError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                stack.extend(v for k, v in item.items() if k in ("@graph", "mainEntity"))


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


def extract_metadata(html: str, url: Optional[str] = None) -> Metadata:
    """Title, outlet, author, language and publication date of an HTML page.

    The date is htmldate's from dated markup or the URL (``published_from``
    "markup"), else htmldate's search of the whole page ("search"), else our own
    rules: JSON-LD, ``<meta>`` tags, ``<time datetime>``, a visible dateline
    ("rules").  The outlet comes from ``og:site_name`` or JSON-LD
    ``publisher``, else the URL's domain.  Never raises on bad HTML.
    """
    meta = Metadata(url=url)
    tree = parse_html(html)
    if tree is None:
        meta.outlet = outlet_from_url(url)
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
    meta.published, meta.published_from = _dated(html, url, tree, metas, ld)
    lang = tree.get("lang") or tree.get("xml:lang") or metas.get("content-language")
    if lang and re.match(r"^[a-zA-Z]{2,3}\b", lang.strip()):
        meta.language = re.match(r"^[a-zA-Z]{2,3}", lang.strip()).group(0).lower()
    return meta
