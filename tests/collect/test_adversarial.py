"""Liveness of the crawler's link reader on adversarial pages (no catastrophic backtracking)."""
from __future__ import annotations

import html

import pytest

from adversarial import TEXTS
from pipeline.collect.links import charset_of, parse_links


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
