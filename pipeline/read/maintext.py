"""An article's main text and metadata from a :class:`~pipeline.records.Document`.

:func:`extract_main_text` runs three extractors (trafilatura in precision mode,
readability-lxml and jusText) and keeps the one whose output agrees most with
the other two, trafilatura's unless another is clearly closer to the consensus;
this ensemble scores F1 0.97 on the ScrapingHub benchmark
(``benchmarks/article_extraction.py``).  :func:`read_document` adds the
metadata of :mod:`pipeline.metadata`, or for plain text the text itself with
light line-level boilerplate removal.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Optional

import lxml.html

from pipeline.read import boilerplate, nesting
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

#: How much more a candidate must agree with the others to replace trafilatura's text.
MARGIN = 0.2
#: readability replaces a trafilatura text it contains when it is this many times longer.
LONGER = 2.0

_WORD = re.compile(r"\w+")
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
           "section", "article", "tr", "br", "figcaption", "dd", "dt", "table", "ul", "ol")
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


# -- extractors ------------------------------------------------------------------

def _paragraphs(lines: list[str]) -> str:
    return "\n\n".join(" ".join(line.split()) for line in lines if line.strip())


def by_trafilatura(html: str, url: Optional[str] = None, *, precision: bool = True) -> str:
    """trafilatura's main text, without comments; paragraphs separated by blank lines."""
    import trafilatura

    text = trafilatura.extract(html, url=url, favor_precision=precision,
                               include_comments=False) or ""
    return _paragraphs(text.split("\n"))


def by_readability(html: str, url: Optional[str] = None) -> str:
    """readability-lxml's main text, one paragraph per block element."""
    from readability import Document as Readable

    summary = Readable(html, url=url).summary(html_partial=True)
    if not summary.strip():
        return ""
    tree = lxml.html.fragment_fromstring(summary, create_parent="div")
    for node in tree.iter(*_BLOCKS):
        node.tail = "\n" + (node.tail or "")
        if node.tag != "br":
            node.text = "\n" + (node.text or "")
    return _paragraphs(tree.text_content().split("\n"))


def by_justext(html: str, url: Optional[str] = None) -> str:
    """jusText's non-boilerplate paragraphs (English stop words)."""
    import justext

    paragraphs = justext.justext(html.encode("utf-8", "replace"),
                                 justext.get_stoplist("English"), encoding="utf-8")
    return _paragraphs([p.text for p in paragraphs if not p.is_boilerplate])


def by_trafilatura_balanced(html: str, url: Optional[str] = None) -> str:
    """trafilatura's main text in its default (balanced) mode: a fourth vote that keeps
    the paragraphs precision mode drops when nothing else says they are boilerplate."""
    return by_trafilatura(html, url, precision=False)


# readability logs a traceback for each page it cannot parse (one lxml finds empty, say) and then raises,
# and extract_main_text catches that and goes on with the other extractors: the traceback says nothing
logging.getLogger("readability.readability").setLevel(logging.CRITICAL)

EXTRACTORS: dict[str, Callable[..., str]] = {
    "trafilatura": by_trafilatura, "trafilatura balanced": by_trafilatura_balanced,
    "readability": by_readability, "justext": by_justext,
}


# -- the ensemble ----------------------------------------------------------------

def shingles(text: str, n: int = 4) -> Counter:
    """The multiset of ``n``-word shingles of ``text`` (lower-cased \\w+ words)."""
    words = [w.lower() for w in _WORD.findall(text or "")]
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def agreement(a: Counter, b: Counter) -> float:
    """Shingle F1 of two texts (0 when either is empty)."""
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(b.values()), common / sum(a.values())
    return 2 * precision * recall / (precision + recall)


def choose(candidates: dict[str, str], primary: str = "trafilatura") -> str:
    """The candidate that agrees most with the rest, ``primary``'s unless beaten by MARGIN.

    When ``primary`` keeps its place but readability's text is over LONGER times
    as long and contains it, readability's is taken (trafilatura then missed part
    of the article).
    """
    grams = {name: shingles(text) for name, text in candidates.items()}
    score = {name: sum(agreement(grams[name], grams[other]) for other in grams if other != name)
             for name in grams}
    best = max(score, key=lambda name: score[name])
    if score[best] > score.get(primary, 0.0) + MARGIN:
        return candidates[best]
    text = candidates.get(primary, "")
    longer = candidates.get("readability", "")
    mine, theirs = grams.get(primary, Counter()), grams.get("readability", Counter())
    if sum(theirs.values()) >= LONGER * max(sum(mine.values()), 1):
        covered = sum((mine & theirs).values()) / sum(mine.values()) if mine else 1.0
        if covered >= 0.8:
            return longer
    return text


def extract_main_text(html: str, url: Optional[str] = None, *,
                      errors: Optional[list[str]] = None) -> str:
    """The article's main text: the ensemble's choice, then line-level boilerplate removal."""
    chosen = _ensemble(html, url, errors)
    if not chosen.strip():
        deepest = nesting.nesting_depth(html)
        if deepest > nesting.PARSER_DEPTH:
            # the parsers stop at 256 levels and the last resort's cost grows with the depth: the
            # page again without the nesting past KEPT_DEPTH (100,000 nested tags: 90 s before)
            html = nesting.flattened(html)
            if errors is not None:
                errors.append(f"the page nests its tags {deepest:,} deep; read without the nesting past "
                              f"{nesting.KEPT_DEPTH} levels")
            chosen = _ensemble(html, url, None)
    if not chosen.strip():
        chosen = by_soup(html)
        if chosen and errors is not None:
            errors.append("no extractor found an article body; the page's visible text was kept")
    return boilerplate.strip_boilerplate(chosen)


def _ensemble(html: str, url: Optional[str], errors: Optional[list[str]]) -> str:
    """The ensemble's choice among the extractors' texts; trafilatura's failure goes to ``errors``."""
    candidates: dict[str, str] = {}
    for name, extractor in EXTRACTORS.items():
        try:
            candidates[name] = extractor(html, url)
        except Exception as exc:  # noqa: BLE001 - one extractor failing must not stop the rest
            logger.debug("%s failed on %s: %s", name, url, exc)
            candidates[name] = ""
            if errors is not None and name == "trafilatura":
                errors.append(f"{name} failed: {type(exc).__name__}: {exc}"[:200])
    return choose(candidates)


def by_soup(html: str) -> str:
    """The visible text of a page by BeautifulSoup's forgiving parser: the last resort for broken markup."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form"]):
        tag.decompose()
    lines = (" ".join(line.split()) for line in soup.get_text("\n").split("\n"))
    return "\n\n".join(line for line in lines if len(line.split()) > 3)


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
