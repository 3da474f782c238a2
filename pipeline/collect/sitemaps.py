"""XML sitemaps: URL sets, sitemap indexes, Google News sitemaps, gzipped or not.

:func:`parse_sitemap` is pure: bytes in, a :class:`Sitemap` out.  Real
sitemaps are often damaged (an unescaped ``&``, a wrong declared encoding, a
byte-order mark, a cut-off end), so XML is read with lxml's *recovering*
parser, which keeps every ``<loc>`` a person could read; entity expansion
and external entities stay refused (a document declaring entities is
rejected, and the parser resolves none and never touches the network).  A
plain-text sitemap (one URL a line) is read too.  A refused or unreadable
sitemap gives ``error`` and no entries, never an exception; a repaired one
gives its entries and says what was wrong in ``damage``.
"""

from __future__ import annotations

import codecs
import logging
import re
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional

from charset_normalizer import from_bytes
from lxml import etree

log = logging.getLogger(__name__)

MAX_XML_BYTES = 50 * 1024 * 1024  # the sitemap protocol's own cap (uncompressed)
# An ``&`` that does not start a character or entity reference: escaped before parsing.
BARE_AMP = re.compile(rb"&(?!#[0-9]{1,8};|#x[0-9a-fA-F]{1,8};|[A-Za-z][A-Za-z0-9._-]{0,31};)")
_DECLARED = re.compile(rb"""<\?xml[^>]{0,100}encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""")
ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_TEXT_URL = re.compile(r"https?://[^\s<>\"']+")


@dataclass
class SitemapEntry:
    """One ``<url>``: its location and, when given, date and news title."""

    url: str
    lastmod: Optional[str] = None
    title: Optional[str] = None

    @property
    def when(self) -> Optional[datetime]:
        """``lastmod`` as a UTC datetime (a bare date is its midnight), None if unreadable."""
        return w3c_datetime(self.lastmod)


def w3c_datetime(text: Optional[str]) -> Optional[datetime]:
    """A W3C datetime (``2024-05-02``, ``2024-05-02T10:00:00+01:00``) in UTC, or None."""
    try:
        moment = datetime.fromisoformat((text or "").strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


@dataclass
class Sitemap:
    """What one sitemap file lists: pages, or (for an index) more sitemaps."""

    entries: list[SitemapEntry] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    error: Optional[str] = None
    damage: Optional[str] = None  # what the recovering parser had to repair


def local(tag: object) -> str:
    """The tag without its namespace: ``url`` of ``{http://...}url``."""
    return str(tag).rsplit("}", 1)[-1].lower()


def child_text(element: etree._Element, *names: str) -> Optional[str]:
    """Text of the first descendant whose local name is one of ``names``."""
    for node in element.iter():
        if node is element or not isinstance(node.tag, str):
            continue
        if local(node.tag) in names:
            text = "".join(node.itertext()).strip()
            if text:
                return text
    return None


def _texts(element: etree._Element) -> dict[str, str]:
    """The first non-empty text of each local name among ``element``'s descendants."""
    out: dict[str, str] = {}
    for node in element.iterdescendants():
        if not isinstance(node.tag, str):
            continue
        name = local(node.tag)
        if name not in out:
            text = (node.text or "").strip() if len(node) == 0 else "".join(node.itertext()).strip()
            if text:
                out[name] = text
    return out


def gunzip(data: bytes, limit: int = MAX_XML_BYTES) -> bytes:
    """``data`` uncompressed when it is gzip (by its magic bytes), at most ``limit`` bytes.

    A cut-off gzip stream gives what it holds up to the cut.
    """
    if not data.startswith(b"\x1f\x8b"):
        return data
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise ValueError(str(exc)) from None
    if len(out) > limit:
        raise ValueError(f"gzip sitemap inflates past {limit} bytes")
    if not out:
        raise ValueError("no data in the gzip stream")
    return out


def _as_utf8(data: bytes) -> Optional[bytes]:
    """``data`` in UTF-8 when its declaration cannot be trusted; None: trust the declaration.

    Valid UTF-8 is UTF-8 whatever the declaration says; bytes that are not,
    under a UTF-8 (or no) declaration, are decoded with a guessed encoding.
    """
    try:
        data.decode("utf-8")
        return data
    except UnicodeDecodeError:
        pass
    declared = _DECLARED.search(data[:200])
    label = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    if label.replace("_", "-") not in ("utf-8", "utf8"):
        return None  # a single-byte declaration is right often enough
    best = from_bytes(data[:200_000]).best()
    try:
        return data.decode(best.encoding if best else "cp1252", errors="replace").encode("utf-8")
    except LookupError:
        return data.decode("cp1252", errors="replace").encode("utf-8")


def _prepare(data: bytes) -> tuple[bytes, Optional[str], list[str]]:
    """Bytes ready for lxml, the encoding to force (or None) and the repairs made."""
    repairs: list[str] = []
    forced: Optional[str] = None
    if data.startswith(codecs.BOM_UTF8):
        data, forced = data[3:], "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
        data, forced = text.encode("utf-8"), "utf-8"
    stripped = data.lstrip()
    if len(stripped) != len(data):
        repairs.append("text before the XML declaration")
    data = stripped
    if forced is None:
        recoded = _as_utf8(data)
        if recoded is not None:
            data, forced = recoded, "utf-8"
    escaped, count = BARE_AMP.subn(b"&amp;", data)
    if count:
        repairs.append(f"{count} unescaped '&'")
    return escaped, forced, repairs


def parse_xml(data: bytes) -> tuple[etree._Element, Optional[str]]:
    """The root element of ``data`` (gzip undone) and what was repaired, if anything.

    Entity declarations are refused; nothing is fetched.  Raises ``ValueError``
    with the reason.
    """
    try:
        data = gunzip(data)
    except (OSError, EOFError, ValueError) as exc:
        raise ValueError(f"bad gzip: {exc}") from None
    if ENTITY_DECL.search(data):
        raise ValueError("refused XML: entity declarations")
    data, encoding, repairs = _prepare(data)
    parser = etree.XMLParser(
        recover=True,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        encoding=encoding,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"not XML: {exc}") from None
    except LookupError as exc:  # a declared encoding libxml2 does not know
        raise ValueError(f"not XML: {exc}") from None
    if root is None:
        first = parser.error_log[0].message if parser.error_log else "no element"
        raise ValueError(f"not XML: {first}")
    errors = [e for e in parser.error_log if e.level >= etree.ErrorLevels.ERROR]
    if errors:
        repairs.append(f"{len(errors)} parse errors recovered ({errors[0].message.strip()})")
    return root, "; ".join(repairs) or None


def _plain_text(data: bytes) -> Optional[Sitemap]:
    """A text sitemap (one URL a line), or None when ``data`` is not one."""
    try:
        text = gunzip(data).decode("utf-8-sig", errors="replace")
    except ValueError:
        return None
    if text.lstrip()[:1] in ("<", ""):
        return None
    urls = _TEXT_URL.findall(text)
    return Sitemap(entries=[SitemapEntry(url) for url in urls]) if urls else None


def parse_sitemap(data: bytes) -> Sitemap:
    """The entries or child sitemaps of a sitemap (``urlset`` or ``sitemapindex``)."""
    plain = _plain_text(data)
    if plain is not None:
        return plain
    try:
        root, damage = parse_xml(data)
    except ValueError as exc:
        return Sitemap(error=str(exc))
    kind = local(root.tag)
    result = Sitemap(damage=damage)
    if kind == "sitemapindex":
        for node in root:
            if isinstance(node.tag, str) and local(node.tag) == "sitemap":
                loc = child_text(node, "loc")
                if loc:
                    result.sitemaps.append(loc)
    elif kind == "urlset":
        for node in root:
            if not isinstance(node.tag, str) or local(node.tag) != "url":
                continue
            texts = _texts(node)
            loc = texts.get("loc")
            if loc:
                lastmod = texts.get("publication_date") or texts.get("lastmod")
                result.entries.append(SitemapEntry(loc, lastmod, texts.get("title")))
    else:
        result.error = f"not a sitemap: root element <{kind}>"
    if damage:
        log.info("sitemap repaired: %s", damage)
    return result
