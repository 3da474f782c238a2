"""An article's main text and metadata from a :class:`~pipeline.records.Document`.

:func:`read_document` gives an HTML page's main text (:func:`~pipeline.read.ensemble.extract_main_text`:
the text three extractors, :mod:`~pipeline.read.extractors`, agree on most) with the metadata of
:mod:`~pipeline.read.metadata`, or for plain text the text itself with light line-level boilerplate
removal.  The extractors' and the ensemble's names are imported from here too, as before they had
modules of their own.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Optional

from pipeline.read import boilerplate
from pipeline.read.ensemble import LONGER, MARGIN, agreement, choose, extract_main_text, shingles  # noqa: F401
from pipeline.read.extractors import (  # noqa: F401 - imported from here
    EXTRACTORS,
    by_justext,
    by_readability,
    by_soup,
    by_trafilatura,
    by_trafilatura_balanced,
)
from pipeline.read.metadata import (
    detect_language,
    extract_metadata,
    find_dateline,
    iso_date,
    outlet_from_url,
    publication_date,
)
from pipeline.records import Document

logger = logging.getLogger(__name__)

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@((?:[\w-]++\.)+[a-z]{2,})", re.I)


@dataclass
class Page:
    """The main text of one document and what is known about it."""

    text: str = ""
    title: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = None
    author: Optional[str] = None
    language: Optional[str] = None
    url: Optional[str] = None
    errors: list[str] = field(default_factory=list)


# -- documents -------------------------------------------------------------------

#: A run of this many characters without a space is no word of an article (base64, a rule of dashes).
LONGEST_TOKEN = 1000
_SURROGATE = re.compile("[\ud800-\udfff]")
_OVERLONG = re.compile(rf"(?<!\S)\S{{{LONGEST_TOKEN},}}+")
# characters XML cannot hold, which lxml refuses when a cleaner moves text (readability then fails and
# logs a traceback): the controls Python splits words at become spaces, the rest are dropped as NUL is
_CONTROL_SPACES = re.compile("[\x0b\x0c\x1c-\x1f]")
_CONTROL_DROPPED = re.compile("[\x00-\x08\x0e-\x1b\ufffe\uffff]")


def markup_safe(html: str) -> str:
    """``html`` with no character that XML cannot hold: lone surrogates as U+FFFD, the control
    characters Python splits words at as spaces, other controls and U+FFFE/U+FFFF dropped."""
    html = _SURROGATE.sub("\ufffd", _CONTROL_SPACES.sub(" ", html))
    return _CONTROL_DROPPED.sub("", html)


def normalise_text(text: str) -> str:
    """Newlines as ``\\n``, Unicode NFC, no NUL characters, lone surrogates as U+FFFD, and runs
    of more than ``LONGEST_TOKEN`` characters without a space blanked (offsets keep); nothing else."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = _SURROGATE.sub("\ufffd", text)
    text = _OVERLONG.sub(lambda m: " " * len(m.group(0)), text)
    return unicodedata.normalize("NFC", text)


def _is_navigation(line: str) -> bool:
    """A menu line: three or more short items split by '|' ("London | News | Crime")."""
    parts = [p.strip() for p in line.split("|")]
    return len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts)


def _first_line(text: str) -> Optional[str]:
    """The first line that is neither a bare dateline, a menu nor a section label ("UK News")."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line and not (len(line) < 60 and find_dateline(line)) and not _is_navigation(line)]
    headline = next((line for line in lines[:5] if len(line.split()) > 3), None)
    return (headline or (lines[0] if lines else None) or "")[:300] or None


def _outlet_hint(removed: list[str]) -> Optional[str]:
    """A domain from a contact email in the removed "Got a story?" lines."""
    for line in reversed(removed):
        match = _EMAIL.search(line)
        if match:
            return match.group(1).lower()
    return None


def _read_text(doc: Document, page: Page) -> None:
    raw = normalise_text(doc.text or "")
    page.text = boilerplate.strip_boilerplate(raw)
    page.title = _first_line(page.text)
    page.published = iso_date(doc.published) or find_dateline(raw)
    page.outlet = outlet_from_url(doc.url) or _outlet_hint(boilerplate.removed_lines(raw))


def _read_html(doc: Document, page: Page, dated: bool = True) -> None:
    html = markup_safe(doc.html or "")
    meta = extract_metadata(html, doc.url, dated=dated)
    text = normalise_text(extract_main_text(html, doc.url, errors=page.errors))
    page.text = text
    page.title = meta.title or _first_line(text)
    page.outlet = meta.outlet
    page.author = meta.author
    page.url = doc.url or meta.url
    if dated:
        page.published = _published(doc, text, meta.published, meta.published_from)
    page.language = meta.language
    if not text.strip():
        page.errors.append("no main text found in the page")


def _published(doc: Document, text: str, found: Optional[str], found_from: Optional[str]) -> Optional[str]:
    """A page's date: the document's own, htmldate's on dated markup, a dateline at the head of the
    main text, then htmldate's search of the whole page (which can pick up any date on it) or our rules."""
    marked = found if found_from == "markup" else None
    return iso_date(doc.published) or marked or find_dateline(text) or found


def date_page(doc: Document, page: Page, text: str) -> bool:
    """Give ``page``, read with ``read_document(doc, dated=False)``, the date ``read_document`` gives
    (``text``: its main text as read, before any cut).  False, and the error logged, where reading the
    date raised: ``read_document`` would have read no text of that page."""
    if doc.html is None:
        return True  # a text document is dated as it is read
    try:
        page.published = _published(doc, text, *publication_date(markup_safe(doc.html or ""), doc.url))
    except Exception:  # noqa: BLE001 - as read_document: a bad page must not stop the run
        logger.exception("cannot read %s", doc.source)
        return False
    return True


def read_document(doc: Document, *, dated: bool = True) -> Page:
    """The main text and metadata of ``doc``; never raises (problems go to ``errors``).

    ``dated=False``: an HTML page's date is left out (None; htmldate's search of the page is most
    of the metadata's cost, and the relevance decision does not read the date); :func:`date_page`
    adds it later, the same.  A text document is dated as it is read either way."""
    page = Page(url=doc.url)
    if doc.error:
        page.errors.append(doc.error)
    try:
        if doc.html is not None:
            _read_html(doc, page, dated)
        elif doc.text is not None:
            _read_text(doc, page)
        elif not doc.error:
            page.errors.append("document has neither html nor text")
        if page.text and not page.language:
            page.language = detect_language(page.text)
    except Exception as exc:  # noqa: BLE001 - a bad page must not stop the run
        logger.exception("cannot read %s", doc.source)
        page.errors.append(f"cannot read {doc.source}: {type(exc).__name__}: {exc}"[:300])
    return page
