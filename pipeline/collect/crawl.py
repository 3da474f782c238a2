"""The crawl: seeds -> robots.txt -> sitemaps, feeds and listing links ->
best-first frontier -> polite fetch -> WARC.

:func:`crawl` starts from seed URLs (listing pages, feeds or sitemaps of local
papers), reads each host's robots.txt and the sitemaps it names, and follows
links on the seeds' own hosts best-first (:mod:`ranking`: evidence of the
topic first, no evidence after, evidence of another topic left out), obeying
``rel=nofollow`` and robots meta tags; feeds and sitemaps are read leniently
(:mod:`hubs`) and their dates re-queue a known page only when it changed.
Everything fetched goes to the WARC store; the frontier lives in the same
SQLite index, so a second run skips what it has (``revisit=True`` re-fetches
it conditionally, except pages dated no newer than our copy) and a killed run
resumes.  A page that cannot be had is a logged outcome in the summary, never
a crash.

This module holds the run's state and its order of steps; what it is told
(:mod:`options`: :class:`CrawlOptions`), what it reads from a fetched page
(:mod:`pages`, a pure function), which found links it queues (:mod:`admission`)
and what it reports (:mod:`summary`: :class:`CrawlSummary`) are modules of their
own, the two classes re-exported here.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from tqdm import tqdm

from pipeline.collect.admission import Admission
from pipeline.collect.download import Downloader, FetchResult
from pipeline.collect.frontier import Frontier, Item
from pipeline.collect.hubs import Found, read_hub
from pipeline.collect.options import CrawlOptions
from pipeline.collect.pages import read_page
from pipeline.collect.robots import Rules, robots_url, rules_for_status
from pipeline.collect.summary import CrawlSummary
from pipeline.collect.urls import canonicalize, host_of, is_http, origin
from pipeline.collect.warcstore import WarcStore

__all__ = ["CrawlOptions", "CrawlSummary", "crawl"]

log = logging.getLogger(__name__)


def crawl(seeds: Sequence[str], *, corpus: Path, options: CrawlOptions) -> CrawlSummary:
    """Crawl from ``seeds`` into the WARC files and index of ``corpus``."""
    with WarcStore(Path(corpus), max_bytes=options.warc_max_bytes) as store:
        return _Crawler(store, options).run(seeds)


class _Crawler:
    """The state of one run: the store, the frontier, robots rules per origin."""

    def __init__(self, store: WarcStore, options: CrawlOptions) -> None:
        self.store, self.options = store, options
        self.frontier = Frontier(store.db)
        self.downloader = Downloader(options.policy())
        self.rules: dict[str, Rules] = {}
        self.summary = CrawlSummary()
        self.admission = Admission(store, self.frontier, options, self.summary)
        self.hosts = self.admission.hosts  # the seeds' hosts, filled as the run starts
        self._hubs: set[str] = set()  # feeds and sitemaps read this run

    def run(self, seeds: Sequence[str]) -> CrawlSummary:
        summary = self.summary
        starts = []
        for seed in seeds:
            try:
                starts.append(canonicalize(seed))
            except ValueError as exc:
                summary.errors.append(f"{seed}: {exc}")
        with self.store.db:
            self.frontier.requeue(self.store.recovered)
            for url in starts:
                self.frontier.seed(url)
            if self.options.revisit:
                log.info("revisiting %d known pages", self.frontier.requeue_done())
        known = self.store.db.execute(
            "SELECT COUNT(*) FROM frontier WHERE state = 'done' AND role = 'page'"
        ).fetchone()[0]
        self.hosts.update(host_of(url) for url in starts)
        for url in dict.fromkeys(origin(u) for u in starts):
            self._guard(url, self._sitemaps, url)
        progress = self.options.progress
        if progress is None:
            progress = sys.stderr.isatty()
        requests = 0
        with tqdm(total=self.options.max_pages, disable=not progress, unit="page") as bar:
            while requests < self.options.max_pages:
                item = self.frontier.next()
                if item is None:
                    break
                requests += self._guard(item.url, self._visit, item, mark=True) or 0
                bar.update(1)
                bar.set_postfix(fetched=summary.fetched, failed=summary.failed, refresh=False)
        summary.filtered = len(self.admission.filtered)
        summary.skipped_known = known
        summary.queued = self.frontier.counts().get("queued", 0)
        summary.warc_files = [str(self.store.corpus / name) for name in self.store.written]
        log.info("crawl done: %s", summary.render().replace("\n", "; "))
        return summary

    def _guard(self, url: str, step: Callable[..., Any], *args: Any, mark: bool = False) -> Any:
        """Run ``step``; an unexpected error is logged and counted, the crawl goes on.

        With ``mark`` the frontier item ``url`` is marked failed.
        """
        try:
            return step(*args)
        except Exception as exc:  # noqa: BLE001 - a dropped item must not end the crawl
            log.exception("%s: dropped", url)
            self.summary.failed += 1
            self.summary.errors.append(f"{url}: {type(exc).__name__}: {exc}")
            if mark:
                self.store.db.rollback()
                with self.store.db:
                    self.frontier.mark(url, "failed", str(exc))
            return 1

    # -- robots.txt -------------------------------------------------------------------
    def _robots(self, url: str) -> Rules:
        key = origin(url)
        if key not in self.rules:
            self.rules[key] = Rules()  # while fetching robots.txt itself
            result = self.downloader.fetch(robots_url(key))
            self._record(result, "robots")
            status = result.status if result.response is not None else None
            if result.error and status is not None and status < 400:
                status = None  # a redirect loop or cut-off body: unreachable
            text = result.body.decode("utf-8", errors="replace")
            rules = rules_for_status(status, text, self.options.user_agent)
            if rules.crawl_delay:
                delay = min(rules.crawl_delay, self.options.max_crawl_delay)
                self.downloader.set_crawl_delay(key, delay)
            self.rules[key] = rules
            log.info("robots.txt of %s: %s", key, rules)
        return self.rules[key]

    def _allowed(self, url: str) -> bool:
        return self._robots(url).allowed(url)

    # -- fetching -----------------------------------------------------------------
    def _record(
        self,
        result: FetchResult,
        role: str,
        canonical: Optional[str] = None,
        then: Optional[Callable[[Any], None]] = None,
    ) -> None:
        triples = []
        for exchange in result.exchanges:
            key = canonical if exchange is result.response and canonical else _safe(exchange.url)
            triples.append((exchange, role, key))
            self.summary.bytes += len(exchange.body)
        if triples:
            self.store.store(triples, then=then)
        elif then is not None:
            with self.store.db:
                then(self.store.db)

    def _fetch_hub(self, url: str, role: str) -> Optional[FetchResult]:
        """Fetch a feed or sitemap (conditionally); None when there is nothing new."""
        canonical = canonicalize(url)
        if canonical in self._hubs or host_of(canonical) not in self.hosts:
            return None
        self._hubs.add(canonical)
        if not self._allowed(canonical):
            self.summary.disallowed += 1
            return None
        # a revisit reads every hub in full: its dates spare a request per unchanged page
        etag, modified = (None, None) if self.options.revisit else self.store.validators(canonical)
        result = self.downloader.fetch(
            canonical, etag=etag, last_modified=modified, allowed=self._allowed
        )
        self.summary.redirects += result.redirects
        if not result.ok:
            self._record(result, role)
            if not result.not_modified and result.status != 404:
                self.summary.errors.append(f"{url}: {result.error}")
            return None
        return result

    def _sitemaps(self, start: str) -> None:
        rules = self._robots(start)
        queue = [u for u in rules.sitemaps if is_http(u)] or [start.rstrip("/") + "/sitemap.xml"]
        seen = 0
        while queue and seen < self.options.max_sitemaps:
            url = queue.pop(0)
            seen += 1
            result = self._fetch_hub(url, "sitemap")
            if result is None:
                continue
            found, more = self._read_hub(result, url)
            queue += [u for u in more if is_http(u)]
            self._store_hub(result, "sitemap", found, url)

    def _feed(self, url: str) -> None:
        result = self._fetch_hub(url, "feed")
        if result is None:
            return
        found, _ = self._read_hub(result, url)
        self._store_hub(result, "feed", found, url)

    def _read_hub(self, result: FetchResult, url: str) -> tuple[list[Found], list[str]]:
        """The links of a feed or sitemap (and child sitemaps), however it came.

        A feed or sitemap served as HTML gives the links of the page.
        """
        found, sitemaps = read_hub(result.body, result.final_url, result.content_type)
        for problem in found.problems:
            self.summary.errors.append(f"{url}: {problem}")
        return found.links, sitemaps

    def _store_hub(self, result: FetchResult, role: str, found: list[Found], via: str) -> None:
        """Store a feed or sitemap read; its links are considered as it is stored (one transaction)."""

        def then(db: Any) -> None:
            self.admission.consider_all(found, via=via, depth=1)

        self._record(result, role, canonicalize(result.final_url), then)

    def _visit(self, item: Item) -> int:
        """Fetch one frontier item and queue what it links to; 1 if a request was made."""
        summary = self.summary
        if not self._allowed(item.url):
            log.info("%s: disallowed by robots.txt", item.url)
            summary.disallowed += 1
            with self.store.db:
                self.frontier.mark(item.url, "disallowed")
            return 0
        etag, modified = self.store.validators(item.url)  # (None, None) when new
        result = self.downloader.fetch(
            item.url, etag=etag, last_modified=modified, allowed=self._allowed
        )
        summary.redirects += result.redirects
        if result.disallowed or not (result.ok or result.not_modified):
            state = "disallowed" if result.disallowed else "failed"
            if result.disallowed:
                summary.disallowed += 1
            else:
                summary.failed += 1
                summary.errors.append(f"{item.url}: {result.error}")
            log.info("%s: %s", item.url, result.error)
            self._record(
                result, item.role, then=lambda db: self.frontier.mark(item.url, state, result.error)
            )
            return 1
        final = canonicalize(result.final_url)
        body = result.body
        if result.not_modified:
            summary.not_modified += 1
            self._record(result, item.role, final, lambda db: self.frontier.mark(item.url, "done"))
            if item.role != "seed":
                return 1
            # an unchanged listing still names feeds that may have changed: read our copy
            body = self.store.stored_body(final) or b""
        page = read_page(result, body, final=final, role=item.role)

        def then(db: Any) -> None:
            for url in (item.url, final, page.canonical):
                self.frontier.mark(url, "done")
            self.admission.consider_all(page.found, via=final, depth=item.depth + 1)

        if result.not_modified:
            with self.store.db:
                then(self.store.db)
        else:
            self._record(result, page.role, page.canonical, then)
            summary.fetched += 1
        for url in page.feeds:
            self._guard(url, self._feed, url)
        return 1


def _safe(url: str) -> str:
    try:
        return canonicalize(url)
    except ValueError:
        return url
