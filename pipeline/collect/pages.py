"""What a fetched seed or page gives the crawl, read from its body alone (no fetching, no storing): the URL
it is kept under (its ``rel=canonical`` on the same host), its role (a page asking ``noindex`` is kept out of
the articles), the links to follow (none when it asks ``nofollow``) and, on a seed, the feeds it names.

An XML or RSS body (a listing served as a feed) gives the links of the feed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from pipeline.collect.download import FetchResult
from pipeline.collect.hubs import Found, looks_like_html_body, read_hub
from pipeline.collect.links import parse_links, robots_directives
from pipeline.collect.urls import canonicalize, host_of, is_http

log = logging.getLogger("pipeline.collect.crawl")  # the crawl's log, as before this module was split off


@dataclass
class PageLinks:
    """What one fetched page gives the crawl."""

    canonical: str  # the URL the page is stored and marked done under
    role: str  # the frontier item's role, or "noindex" for a page that asks to be kept out
    found: list[Found] = field(default_factory=list)  # links to consider
    feeds: list[str] = field(default_factory=list)  # feeds a seed names


def read_page(result: FetchResult, body: bytes, *, final: str, role: str) -> PageLinks:
    """What ``body`` (fetched as ``result``, canonical final URL ``final``) of a frontier item of ``role`` gives."""
    out = PageLinks(final, role)
    content_type = result.content_type
    if looks_like_html_body(body, content_type):
        page = parse_links(body, result.final_url, result.response.header("Content-Type"))
        if page.canonical and is_http(page.canonical) and host_of(page.canonical) == host_of(final):
            out.canonical = canonicalize(page.canonical)
        directives = robots_directives(result.response.header("X-Robots-Tag"))
        if page.noindex or "noindex" in directives:
            out.role = "noindex" if role == "page" else role
            log.info("%s: noindex, kept out of the articles", final)
        if not (page.nofollow or "nofollow" in directives):
            out.found = [Found(link.url, link.text, link.nofollow) for link in page.links]
        else:
            log.info("%s: nofollow, its links are not followed", final)
        out.feeds = page.feeds if role == "seed" else []
    elif "xml" in content_type or "rss" in content_type:
        hub, _ = read_hub(body, result.final_url, content_type)
        out.found = hub.links
    return out
