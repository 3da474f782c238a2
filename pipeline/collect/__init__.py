"""Collect: crawl news sites politely into WARC files.

Takes seed URLs; gives a corpus folder of rotating WARC.gz files with an SQLite
index. Fetching (:mod:`download`, :func:`robots.get_rules`) is kept apart from
the pure parsers of robots.txt, sitemaps, feeds and links.

Modules in data-flow order: ``urls``, ``robots``, ``download``, ``sitemaps``,
``feeds``, ``links``, ``hubs`` (a feed or sitemap however it was served),
``ranking`` (best-first), ``frontier``, ``warcstore``, ``crawl``.
"""
from pipeline.collect.crawl import CrawlOptions, CrawlSummary, crawl
from pipeline.collect.feeds import parse_feed
from pipeline.collect.hubs import read_hub
from pipeline.collect.links import parse_links
from pipeline.collect.ranking import rank_link
from pipeline.collect.robots import get_rules, parse_robots
from pipeline.collect.sitemaps import parse_sitemap
from pipeline.collect.urls import canonicalize
from pipeline.collect.warcstore import WarcStore

__all__ = ["CrawlOptions", "CrawlSummary", "WarcStore", "canonicalize", "crawl", "get_rules",
           "parse_feed", "parse_links", "parse_robots", "parse_sitemap", "rank_link", "read_hub"]
