"""Liveness of the crawler's link reader on adversarial pages (no catastrophic backtracking)."""
from __future__ import annotations

import html

import pytest

from adversarial import TEXTS
from pipeline.collect.links import charset_of, parse_links
from pipeline.collect.robots import parse_robots


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", sorted(TEXTS))
def test_links_of_an_adversarial_page(name):
    text = html.escape(TEXTS[name]())
    body = (f'<?xml version="1.0"?><html><head><meta http-equiv="Content-Type" content="text/html; charset={text[:3000]}">'
            f'<title>{text[:3000]}</title></head><body><a href="/news/helpline-calls">{text[:3000]}</a>'
            f'<p>{text}</p><a href="/a/{text[:2000].replace(" ", "-")}">more</a></body></html>').encode("utf-8")
    links = parse_links(body, "https://news.example.org/", content_type="text/html; charset=" + " " * 5000 + "utf-8")
    assert all(link.url.startswith("https://news.example.org/") for link in links.links)
    assert charset_of("text/html; charset=" + "\"'" * 5000) in (None, "")


@pytest.mark.timeout(120)
@pytest.mark.parametrize("rule, path, allowed", [
    ("/" + "*a" * 30 + "*b", "/" + "a" * 5000, True),          # many wildcards, no "b": no backtracking
    ("/" + "*a" * 30 + "*b", "/" + "a" * 5000 + "b", False),
    ("/" + "*a" * 30 + "*b$", "/" + "a" * 5000 + "bc", True),
    ("/" + "*a" * 30 + "*b$", "/" + "a" * 5000 + "b", False),
    ("/*x*y$", "/axbyy", False),
    ("/*x*y$", "/axbyyz", True),
])
def test_robots_wildcards_on_a_long_path(rule, path, allowed):
    rules = parse_robots(f"User-agent: *\nDisallow: {rule}\n", "newsfacts")
    assert rules.allowed("https://news.example.org" + path) is allowed
