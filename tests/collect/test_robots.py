"""robots.txt parsing (pure) and fetching (a real server on 127.0.0.1)."""

from __future__ import annotations

import socket

import pytest
import requests
from crawlsite import SiteServer

from pipeline.collect.robots import Rules, get_rules, parse_robots, rules_for_status

UA = "newsfacts/0.1 (+https://example.invalid; research crawler)"
ROBOTS = """\
# comment line
User-agent: *
Disallow: /private/
Disallow: /search
Allow: /private/press-releases/
Disallow: /*.pdf$
Disallow: /tmp*/cache
Crawl-delay: 2.5

User-agent: newsfacts
User-agent: otherbot
Disallow: /members/
Allow: /members/free$
Crawl-delay: 4

User-agent: GreedyBot
Disallow: /

Sitemap: https://example.com/sitemap_index.xml
sitemap: https://example.com/news-sitemap.xml
"""


@pytest.mark.parametrize(
    "agent, url, allowed",
    [
        # newsfacts has its own group: only its rules apply, not those of *
        (UA, "https://example.com/private/x.html", True),
        (UA, "https://example.com/members/story", False),
        (UA, "https://example.com/members/free", True),
        (UA, "https://example.com/members/free/more", False),
        (UA, "https://example.com/robots.txt", True),
        # anyone else gets the * group
        ("SomeBot/2.0", "https://example.com/private/x.html", False),
        ("SomeBot/2.0", "https://example.com/private/press-releases/a.html", True),
        ("SomeBot/2.0", "https://example.com/search?q=helpline", False),
        ("SomeBot/2.0", "https://example.com/searching", False),
        ("SomeBot/2.0", "https://example.com/report.pdf", False),
        ("SomeBot/2.0", "https://example.com/report.pdf?x=1", True),
        ("SomeBot/2.0", "https://example.com/tmp1/cache/a", False),
        ("SomeBot/2.0", "https://example.com/news/a.html", True),
        ("GreedyBot/1.0", "https://example.com/news/a.html", False),
        ("GreedyBot/1.0", "https://example.com/robots.txt", True),
    ],
)
def test_allowed(agent, url, allowed):
    assert parse_robots(ROBOTS, agent).allowed(url) is allowed


@pytest.mark.parametrize("agent, delay", [(UA, 4.0), ("SomeBot", 2.5), ("GreedyBot", None)])
def test_crawl_delay(agent, delay):
    assert parse_robots(ROBOTS, agent).crawl_delay == delay


def test_sitemaps_apply_to_everyone():
    expected = ["https://example.com/sitemap_index.xml", "https://example.com/news-sitemap.xml"]
    assert parse_robots(ROBOTS, UA).sitemaps == expected
    assert parse_robots(ROBOTS, "GreedyBot").sitemaps == expected


@pytest.mark.parametrize(
    "text, url, allowed",
    [
        ("", "https://e.com/a", True),
        ("garbage\n\x00\x01 no colon here", "https://e.com/a", True),
        ("Disallow: /\n", "https://e.com/a", True),  # a rule outside any group is ignored
        ("User-agent: *\nDisallow:\n", "https://e.com/a", True),
        ("User-agent: *\nDisallow: /a%2Fb\n", "https://e.com/a/b", True),
        ("User-agent: *\nDisallow: /caf%C3%A9\n", "https://e.com/café", False),
        ("User-agent: *\nDisallow: /a\nAllow: /a\n", "https://e.com/a", True),  # tie: allow
        ("User-agent: *\nCrawl-delay: soon\nDisallow: /x\n", "https://e.com/x", False),
        ("User-agent: news\nDisallow: /\n", "https://e.com/a", True),  # not our token: newsfacts
        ("User-agent: crawler\nDisallow: /\n", "https://e.com/a", True),  # a word of our UA
    ],
)
def test_edge_cases(text, url, allowed):
    assert parse_robots(text, UA).allowed(url) is allowed


@pytest.mark.parametrize(
    "status, everything_allowed, everything_disallowed",
    [
        (200, False, False),
        (404, True, False),
        (403, True, False),
        (500, False, True),
        (None, False, True),
    ],
)
def test_rules_for_status(status, everything_allowed, everything_disallowed):
    rules = rules_for_status(status, "User-agent: *\nDisallow: /x\n", UA)
    assert rules.allowed("https://e.com/x") is everything_allowed
    assert rules.allowed("https://e.com/y") is not everything_disallowed


def test_get_rules_from_a_server():
    with SiteServer(quirks=False) as site:
        rules = get_rules(requests.Session(), site.url("/news/a.html"), user_agent=UA, timeout=2)
        assert [hit.path for hit in site.log] == ["/robots.txt"]
        assert site.log[0].headers["User-Agent"] == UA
    assert not rules.allowed(site.url("/private/stop-it-now-helpline-figures.html"))
    assert rules.allowed(site.url("/news/helpline-calls-double.html"))
    assert rules.crawl_delay == 0.05
    assert rules.sitemaps == [site.url("/sitemap_index.xml"), site.url("/sitemap-untitled.xml")]


def test_get_rules_unreachable_disallows_everything():
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    rules = get_rules(requests.Session(), f"http://127.0.0.1:{port}/a", user_agent=UA, timeout=1)
    assert rules == Rules(disallow_all=True)
    assert not rules.allowed(f"http://127.0.0.1:{port}/a")
