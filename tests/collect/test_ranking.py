"""Links ranked best-first: evidence of the topic, then none, and other topics left out."""

from __future__ import annotations

import sqlite3

import pytest

from pipeline.collect.frontier import Frontier
from pipeline.collect.links import parse_links, robots_directives
from pipeline.collect.ranking import OTHER, TOPIC, UNKNOWN, rank_link

E = "http://e.com"


@pytest.mark.parametrize(
    "url, text, kind",
    [
        (f"{E}/news/calls-rise.html", "Calls to prevention helpline double", TOPIC),
        (f"{E}/news/stop-it-now-figures.html", "", TOPIC),
        (f"{E}/news/2024/05/03/story-1837.html", "Latest", UNKNOWN),
        (f"{E}/news/2024/05/03/story-1837.html", "", UNKNOWN),
        (f"{E}/news/what-we-know.html", "What we know about the case", UNKNOWN),
        (f"{E}/news/school-fete.html", "School fete raises record sum", UNKNOWN),
        (f"{E}/sport/match-report-1841.html", "Match report", OTHER),
        (f"{E}/news/x.html", "Town snatch late winner in football thriller", OTHER),
        (f"{E}/news/roadworks-high-street.html", "", OTHER),
        (f"{E}/news/x.html", "Weather: sunny spells ahead", OTHER),
        (f"{E}/about.html", "About us", OTHER),
        (f"{E}/contact.html", "", OTHER),
        (f"{E}/news/football-club-backs-helpline.html", "Club backs helpline", TOPIC),
    ],
)
def test_rank_link(url, text, kind):
    assert rank_link(url, text).kind == kind


def test_other_topic_names_its_evidence():
    assert rank_link(f"{E}/sport/x.html", "").evidence == "sport"


def test_frontier_is_best_first():
    frontier = Frontier(sqlite3.connect(":memory:"))
    links = [
        ("u-bare", (2, 0.0)),
        ("t-weak", (1, 0.3)),
        ("t-strong", (1, 1.5)),
        ("u-bare-2", (2, 0.0)),
        ("t-weak-2", (1, 0.3)),
    ]
    for name, rank in links:
        frontier.add(f"{E}/{name}", rank=rank)
    frontier.seed(f"{E}/")
    order = []
    while (item := frontier.next()) is not None:
        order.append(item.url.rsplit("/", 1)[1])
        frontier.mark(item.url, "done")
    assert order == ["", "t-strong", "t-weak", "t-weak-2", "u-bare", "u-bare-2"]


def test_an_old_frontier_gains_a_score_column():
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE TABLE frontier (seq INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL UNIQUE, "
        "role TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'queued', priority INTEGER NOT NULL "
        "DEFAULT 1, depth INTEGER NOT NULL DEFAULT 0, via TEXT, anchor TEXT, error TEXT, "
        "updated TEXT)"
    )
    db.execute("INSERT INTO frontier (url, role) VALUES ('http://e.com/old', 'page')")
    frontier = Frontier(db)
    assert frontier.next().url == "http://e.com/old"


@pytest.mark.parametrize(
    "content, expected",
    [
        ("noindex, follow", {"noindex", "follow"}),
        ("NOFOLLOW", {"nofollow"}),
        ("none", {"noindex", "nofollow"}),
        ("googlebot: noindex", set()),
        ("newsfacts: nofollow", {"nofollow"}),
        ("", set()),
        (None, set()),
    ],
)
def test_robots_directives(content, expected):
    assert robots_directives(content) == expected


@pytest.mark.parametrize(
    "head, link, noindex, nofollow, link_nofollow",
    [
        ('<meta name="robots" content="noindex">', '<a href="/a">A</a>', True, False, False),
        ('<meta name="ROBOTS" content="nofollow">', '<a href="/a">A</a>', False, True, False),
        ('<meta name="robots" content="none">', '<a href="/a">A</a>', True, True, False),
        ('<meta name="description" content="noindex">', '<a href="/a">A</a>', False, False, False),
        ("", '<a rel="nofollow noopener" href="/a">A</a>', False, False, True),
        ("", '<a rel="noopener" href="/a">A</a>', False, False, False),
    ],
)
def test_page_robots_rules(head, link, noindex, nofollow, link_nofollow):
    page = parse_links(f"<html><head>{head}</head><body>{link}</body></html>".encode(), f"{E}/")
    assert (page.noindex, page.nofollow) == (noindex, nofollow)
    assert [(l.url, l.nofollow) for l in page.links] == [(f"{E}/a", link_nofollow)]
