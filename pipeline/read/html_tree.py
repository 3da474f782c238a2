"""An HTML page parsed, and what its markup says about itself: JSON-LD objects and ``<meta>`` tags.

The parsing half of :mod:`metadata` and :mod:`page_dates`: :func:`parse_html` gives lxml's tree (or None),
:func:`jsonld_objects` and :func:`meta_tags` the page's JSON-LD and ``<meta>`` tags, and the small readers
of their values (:func:`clean`, :func:`ld_types`, :func:`ld_name`) that both of those modules use.
"""
from __future__ import annotations

import json
import logging
import re
from collections import deque
from typing import Any, Iterator, Optional

import lxml.html

logger = logging.getLogger(__name__)

#: The JSON-LD ``@type`` of an article (lower case): its headline, author and dates are the page's.
ARTICLE_TYPES = ("article", "newsarticle", "reportagenewsarticle", "blogposting",
                 "webpage", "analysisnewsarticle", "opinionnewsarticle", "report")

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


def clean(value: Any) -> Optional[str]:
    """A string with its white space folded, None when empty or not a string."""
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def jsonld_objects(tree: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of the page, breadth first through lists, ``@graph`` and ``mainEntity``."""
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


def ld_types(obj: dict[str, Any]) -> list[str]:
    """A JSON-LD object's ``@type`` (one or a list), lower case."""
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return [k.lower() for k in kinds if isinstance(k, str)]


def is_article(obj: dict[str, Any]) -> bool:
    """Whether a JSON-LD object is the article (:data:`ARTICLE_TYPES`)."""
    return any(t in ARTICLE_TYPES for t in ld_types(obj))


def ld_name(value: Any) -> Optional[str]:
    """The name of a JSON-LD person or organisation (a string, an object, or a list: names joined)."""
    if isinstance(value, list):
        names = [n for n in (ld_name(v) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    if isinstance(value, dict):
        return clean(value.get("name"))
    return clean(value)


def meta_tags(tree: Any) -> dict[str, str]:
    """The page's ``<meta>`` tags: name, property or itemprop (lower case) -> the first content given."""
    found: dict[str, str] = {}
    for meta in tree.xpath("//meta[@content]"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        key = key.strip().lower()
        if key and key not in found and meta.get("content", "").strip():
            found[key] = meta.get("content").strip()
    return found
