"""Collect: crawl news sites politely into WARC files.

Takes seed URLs; gives a corpus folder of rotating WARC.gz files with an SQLite
index. Fetching (:mod:`download`, :func:`robots.get_rules`) is kept apart from
the pure parsers of robots.txt, sitemaps, feeds and links.

Modules in data-flow order: ``urls``, ``robots``, ``download``, ``sitemaps``,
``feeds``, ``links``, ``hubs`` (a feed or sitemap however it was served),
``ranking`` (best-first), ``frontier``, ``warcstore``, then the crawl: ``options``,
``pages`` (what a fetched page gives), ``admission`` (which found links are queued),
``summary``, ``crawl``.

The names below are imported from their modules when first asked for, not with the package:
every record's id canonicalizes its URL (:mod:`pipeline.collect.urls`), and importing the
crawler with it (asyncio, ssl, the HTTP client: 285 modules, about 0.13 s) cost every worker
pool's start-up.  The function ``crawl`` is imported from :mod:`pipeline.collect.crawl`
(``pipeline.collect.crawl`` is that module, as for every module of the package).
"""
from __future__ import annotations

import importlib
from typing import Any

_HOMES = {
    "CrawlOptions": "options", "CrawlSummary": "summary", "WarcStore": "warcstore",
    "canonicalize": "urls", "get_rules": "robots", "parse_feed": "feeds", "parse_links": "links",
    "parse_robots": "robots", "parse_sitemap": "sitemaps", "rank_link": "ranking", "read_hub": "hubs",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    """A name of :data:`__all__`, imported from its module on first use."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = globals()[name] = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    return value
