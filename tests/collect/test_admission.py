"""Which found links enter the frontier (pipeline.collect.admission), without fetching anything."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from typing import Optional

import pytest

from pipeline.collect.admission import Admission
from pipeline.collect.frontier import Frontier
from pipeline.collect.hubs import Found
from pipeline.collect.options import CrawlOptions
from pipeline.collect.summary import CrawlSummary

SITE = "https://news.example.org"
LISTING = f"{SITE}/news/"
OUR_COPY = datetime(2024, 5, 2, 10, 0, tzinfo=timezone.utc)


class _Copies:
    """A store's one question the gate asks: when our copy of a page was fetched."""

    def __init__(self, fetched: dict[str, datetime]) -> None:
        self.fetched = fetched

    def fetched_at(self, url: str) -> Optional[datetime]:
        return self.fetched.get(url)


def _gate(*, revisit: bool = False, known: Optional[dict[str, str]] = None) -> Admission:
    frontier = Frontier(sqlite3.connect(":memory:"))
    for url, state in (known or {}).items():
        frontier.add(url)
        frontier.mark(url, state)
    copies = _Copies({url: OUR_COPY for url in (known or {})})
    gate = Admission(copies, frontier, CrawlOptions(revisit=revisit), CrawlSummary())  # type: ignore[arg-type]
    gate.hosts.add("news.example.org")
    return gate


@pytest.mark.parametrize("found, depth, queued", [
    (Found(f"{SITE}/news/helpline-calls-rise", "Calls to the Stop It Now helpline rise"), 1, True),
    (Found("/news/helpline-calls-rise", "Calls to the Stop It Now helpline rise"), 1, True),  # relative to the listing
    (Found(f"{SITE}/news/council-sets-budget", "Council sets its budget"), 1, True),  # says nothing: queued after
    (Found(f"{SITE}/news/helpline-calls-rise", "Calls to the Stop It Now helpline rise", nofollow=True), 1, False),
    (Found("https://other.example.com/news/helpline-calls-rise", "Stop It Now helpline"), 1, False),  # off site
    (Found(f"{SITE}/files/annual-report.pdf", "Stop It Now annual report"), 1, False),  # no page
    (Found(f"{SITE}/sport/derby-result", "United win the derby"), 1, False),  # another topic
    (Found(f"{SITE}/weather/weekend-forecast", "Rain for the weekend"), 1, False),
    (Found(f"{SITE}/news/helpline-calls-rise", "Calls to the Stop It Now helpline rise"), 3, False),  # too deep
    (Found(f"{SITE}/news/council-sets-budget", "Council sets its budget"), 2, True),  # at the deepest allowed
])
def test_a_found_link_is_queued_or_filtered(found, depth, queued):
    gate = _gate()
    gate.consider(found, via=LISTING, depth=depth)
    in_queue = gate.frontier.next()
    assert (in_queue is not None) == queued
    assert bool(gate.filtered) == (not queued)
    if queued:
        assert in_queue.url.endswith(found.url.rsplit("/", 1)[1]) and in_queue.depth == depth


@pytest.mark.parametrize("state, revisit, when, after, changed, unchanged", [
    ("done", False, datetime(2024, 6, 1, tzinfo=timezone.utc), "queued", 1, 0),  # newer than our copy: fetched again
    ("done", False, datetime(2024, 4, 1, tzinfo=timezone.utc), "done", 0, 0),  # older: left done
    ("done", False, None, "done", 0, 0),  # no date says nothing
    ("queued", True, datetime(2024, 4, 1, tzinfo=timezone.utc), "done", 0, 1),  # a revisit spares the request
    ("queued", True, datetime(2024, 6, 1, tzinfo=timezone.utc), "queued", 0, 0),  # changed: the revisit fetches it
    ("queued", False, datetime(2024, 4, 1, tzinfo=timezone.utc), "queued", 0, 0),  # not a revisit: queued as it was
    ("failed", False, datetime(2024, 6, 1, tzinfo=timezone.utc), "failed", 0, 0),  # a failed page is not redated
])
def test_a_known_page_s_date_requeues_or_spares_it(state, revisit, when, after, changed, unchanged):
    url = f"{SITE}/news/helpline-calls-rise"
    gate = _gate(revisit=revisit, known={url: state})
    gate.consider(Found(url, "Calls to the Stop It Now helpline rise", when=when), via=LISTING, depth=1)
    assert gate.frontier.state(url) == after
    assert (gate.summary.changed, gate.summary.unchanged) == (changed, unchanged)
    assert not gate.filtered


def test_a_page_s_date_is_used_once_a_run():
    url = f"{SITE}/news/helpline-calls-rise"
    gate = _gate(known={url: "done"})
    newer = Found(url, "", when=datetime(2024, 6, 1, tzinfo=timezone.utc))
    gate.consider_all([newer, newer], via=LISTING, depth=1)
    assert gate.summary.changed == 1
