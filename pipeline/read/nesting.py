"""How deep a page's tags nest, and the page with the nesting past a depth left out, in one pass.

libxml2 (lxml, under trafilatura, readability and jusText) stops reading a page at 256 levels of
nesting, so that a page of thousands of unclosed tags around its article gives none of them a text,
and BeautifulSoup's ``html.parser`` (the last resort) spends time in proportion to the depth for
many of the page's strings (100,000 nested tags: about 90 s).  :func:`flattened` drops the tags of
the elements that hold more than ``keep`` levels of elements (the outer ones: the article's own
paragraphs, lists and scripts, innermost, keep theirs), so that the page can be read as a page.

The tags are walked once, by a regular expression that reads each character a bounded number of
times (a ``<`` with no ``>`` is read up to the next ``<``); the contents of scripts, styles and
other raw text are skipped, since a ``"<div>"`` in a script opens nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

#: The depth libxml2 reads a page to (``XML_PARSE_HUGE`` lifts it; lxml's HTML parser does not set it).
PARSER_DEPTH = 256
#: The depth a flattened page keeps, well within what libxml2 reads.
KEPT_DEPTH = 200

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*+)[^<>]*+>")
#: Elements that have no end tag.
_VOID = frozenset("area base br col embed hr img input keygen link meta param source track wbr".split())
#: Elements that a start tag of the same name closes ("<li>one<li>two"), as HTML parsers close them.
_SIBLINGS = frozenset("p li dt dd option tr td th".split())
#: Elements whose content is text, not tags.
_RAW = frozenset("script style textarea title xmp iframe noembed noframes noscript template".split())


@lru_cache(maxsize=None)
def _raw_end(name: str) -> re.Pattern[str]:
    return re.compile(rf"</{name}\b", re.IGNORECASE)


@dataclass
class _Element:
    name: str
    start: tuple[int, int]
    end: Optional[tuple[int, int]] = None
    height: int = 1  # levels of elements in it, itself included


class _Tree:
    """The open elements, how many of each name are open (so that an end tag with nothing of its name
    open costs nothing), and every element once closed, with its height."""

    def __init__(self) -> None:
        self.stack: list[_Element] = []
        self.open: dict[str, int] = {}
        self.closed: list[_Element] = []

    def push(self, name: str, span: tuple[int, int]) -> None:
        if name in _SIBLINGS and self.stack and self.stack[-1].name == name:
            self._close_top()
        self.stack.append(_Element(name, span))
        self.open[name] = self.open.get(name, 0) + 1

    def end(self, name: str, span: tuple[int, int]) -> None:
        """Close the innermost ``name`` and what is open inside it; a stray end tag is left alone."""
        if not self.open.get(name):
            return
        while self.stack[-1].name != name:
            self._close_top()
        self.stack[-1].end = span
        self._close_top()

    def close_all(self) -> None:
        while self.stack:
            self._close_top()

    def _close_top(self) -> None:
        element = self.stack.pop()
        self.open[element.name] -= 1
        if self.stack:
            self.stack[-1].height = max(self.stack[-1].height, element.height + 1)
        self.closed.append(element)


def _tree(html: str) -> _Tree:
    tree, pos = _Tree(), 0
    while True:
        m = _TAG.search(html, pos)
        if m is None:
            break
        pos = m.end()
        name = m.group(2).lower()
        if m.group(1):
            tree.end(name, m.span())
        elif name not in _VOID and not m.group(0).endswith("/>"):
            tree.push(name, m.span())
            if name in _RAW:
                end = _raw_end(name).search(html, pos)
                pos = end.start() if end else len(html)
    tree.close_all()
    return tree


def nesting_depth(html: str) -> int:
    """How many elements the page holds inside one another at its deepest point."""
    return max((e.height for e in _tree(html).closed), default=0)


def flattened(html: str, keep: int = KEPT_DEPTH) -> str:
    """``html`` without the start and end tags of the elements that hold more than ``keep`` levels."""
    dropped = []
    for element in _tree(html).closed:
        if element.height > keep:
            dropped.append(element.start)
            if element.end is not None:
                dropped.append(element.end)
    if not dropped:
        return html
    dropped.sort()
    parts, last = [], 0
    for start, end in dropped:
        parts.append(html[last:start])
        last = end
    parts.append(html[last:])
    return "".join(parts)
