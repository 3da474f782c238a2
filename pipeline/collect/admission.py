"""Which found links enter the crawl's frontier, and what a known page's date does.

:class:`Admission` decides for each link a page, feed or sitemap gave (:class:`~pipeline.collect.hubs.Found`):
a ``rel=nofollow`` link, one off the seeds' hosts, one that is no page, one too deep or one about another
topic (:func:`~pipeline.collect.ranking.rank_link`) is filtered out; the rest is queued best-first.  A link
the frontier already knows is not queued again, but its date (a sitemap's ``lastmod``, a feed item's date)
re-queues a page that changed since our copy and, in a revisit, spares a request for one that did not.
It fetches nothing: the crawl (:mod:`crawl`) fetches and hands it what it found.
"""

from __future__ import annotations

from datetime import datetime
from typing import Optional

from pipeline.collect.frontier import Frontier
from pipeline.collect.hubs import Found
from pipeline.collect.options import CrawlOptions
from pipeline.collect.ranking import OTHER, rank_link
from pipeline.collect.summary import CrawlSummary
from pipeline.collect.urls import canonicalize, host_of, looks_like_html
from pipeline.collect.warcstore import WarcStore


class Admission:
    """The frontier's gate for one run: the seeds' hosts, what was filtered out, which dates were used."""

    def __init__(self, store: WarcStore, frontier: Frontier, options: CrawlOptions,
                 summary: CrawlSummary) -> None:
        self.store, self.frontier, self.options, self.summary = store, frontier, options, summary
        self.hosts: set[str] = set()  # the seeds' hosts: the only ones followed
        self.filtered: set[str] = set()
        self._redated: set[str] = set()  # known pages whose date was already used

    def consider(self, found: Found, *, via: str, depth: int) -> None:
        """Queue a found link best-first, unless it is off site, not a page or off topic.

        A dated link (sitemap ``lastmod``, feed date) that a previous crawl
        already has is queued again only when the date is newer than our copy,
        and, in a revisit, left alone when it is not.
        """
        if found.nofollow:
            self.filtered.add(found.url)
            return
        try:
            canonical = canonicalize(found.url, via)
        except ValueError:
            return
        state = self.frontier.state(canonical)
        if state is not None:
            self._redate(canonical, state, found.when)
            return
        if host_of(canonical) not in self.hosts or not looks_like_html(canonical):
            self.filtered.add(canonical)
            return
        rank = rank_link(canonical, found.text)
        if depth > self.options.max_depth or rank.kind == OTHER:
            self.filtered.add(canonical)
            return
        self.frontier.add(
            canonical,
            role="page",
            depth=depth,
            via=via,
            anchor=found.text[:300],
            rank=(rank.priority, rank.score),
        )

    def consider_all(self, found: list[Found], *, via: str, depth: int) -> None:
        """:meth:`consider` each of ``found``, in order."""
        for item in found:
            self.consider(item, via=via, depth=depth)

    def _redate(self, canonical: str, state: str, when: Optional[datetime]) -> None:
        """Use a known page's date: fetch it again if changed, skip a revisit if not."""
        if when is None or state not in ("done", "queued") or canonical in self._redated:
            return
        fetched = self.store.fetched_at(canonical)
        if fetched is None:
            return
        self._redated.add(canonical)
        if state == "done" and when > fetched:
            self.frontier.requeue([canonical])
            self.summary.changed += 1
        elif state == "queued" and self.options.revisit and when <= fetched:
            self.frontier.mark(canonical, "done")
            self.summary.unchanged += 1
