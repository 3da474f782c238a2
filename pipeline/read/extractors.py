"""The extractors of an article's main text, each a library's reading of an HTML page.

trafilatura in precision mode and in its default (balanced) mode, readability-lxml and jusText
(:data:`EXTRACTORS`, the ensemble's votes: :mod:`~pipeline.read.ensemble`), and BeautifulSoup's
visible text (:func:`by_soup`), the last resort when none of them finds a body.  Each gives plain
text, paragraphs separated by blank lines.
"""
from __future__ import annotations

import logging
from typing import Callable, Optional

import lxml.html

_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
           "section", "article", "tr", "br", "figcaption", "dd", "dt", "table", "ul", "ol")


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


def by_soup(html: str) -> str:
    """The visible text of a page by BeautifulSoup's forgiving parser: the last resort for broken markup."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form"]):
        tag.decompose()
    lines = (" ".join(line.split()) for line in soup.get_text("\n").split("\n"))
    return "\n\n".join(line for line in lines if len(line.split()) > 3)
