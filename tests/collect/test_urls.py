"""URL canonicalisation: one spelling per page."""

from __future__ import annotations

import pytest

from pipeline.collect.urls import canonicalize, host_of, is_http, is_tracking, looks_like_html, origin


@pytest.mark.parametrize(
    "url, expected",
    [
        ("HTTP://Example.COM/News/a.html", "http://example.com/News/a.html"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/a#comments", "https://example.com/a"),
        ("https://example.com/a?", "https://example.com/a"),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
        ("https://example.com/a?utm_source=x&utm_medium=y&id=7", "https://example.com/a?id=7"),
        ("https://example.com/a?UTM_Campaign=x", "https://example.com/a"),
        ("https://example.com/a?fbclid=abc&gclid=def&mc_cid=1&mc_eid=2", "https://example.com/a"),
        ("https://example.com/a?page=2&fbclid=abc#top", "https://example.com/a?page=2"),
        ("https://example.com/%7Euser/a%20b", "https://example.com/~user/a%20b"),
        ("https://example.com/caf%c3%a9", "https://example.com/caf%C3%A9"),
        ("https://EXAMPLE.com./x", "https://example.com/x"),
        ("  https://example.com/x  ", "https://example.com/x"),
    ],
)
def test_canonicalize(url, expected):
    assert canonicalize(url) == expected


@pytest.mark.parametrize(
    "url, base, expected",
    [
        ("/news/b.html", "https://example.com/news/a.html", "https://example.com/news/b.html"),
        (
            "b.html?utm_source=rss",
            "https://example.com/news/a.html",
            "https://example.com/news/b.html",
        ),
        ("//cdn.example.com/x", "https://example.com/", "https://cdn.example.com/x"),
    ],
)
def test_canonicalize_relative(url, base, expected):
    assert canonicalize(url, base) == expected


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.com/a",
        "mailto:news@example.com",
        "javascript:void(0)",
        "/relative",
        "http://",
        "http://example.com:99999/",
    ],
)
def test_canonicalize_refuses(url):
    with pytest.raises(ValueError):
        canonicalize(url)


@pytest.mark.parametrize(
    "name, expected",
    [
        ("utm_source", True),
        ("utm_anything", True),
        ("fbclid", True),
        ("gclid", True),
        ("mc_cid", True),
        ("id", False),
        ("page", False),
        ("q", False),
    ],
)
def test_is_tracking(name, expected):
    assert is_tracking(name) is expected


@pytest.mark.parametrize(
    "url, http, html",
    [
        ("https://example.com/news/a.html", True, True),
        ("https://example.com/news/a", True, True),
        ("https://example.com/report.PDF", True, False),
        ("https://example.com/photo.jpg?w=300", True, False),
        ("ftp://example.com/a.html", False, True),
    ],
)
def test_is_http_and_looks_like_html(url, http, html):
    assert is_http(url) is http
    assert looks_like_html(url) is html


def test_host_and_origin():
    assert host_of("https://WWW.Example.com/a") == "example.com"
    assert host_of("not a url") == ""
    assert origin("HTTPS://Example.com:443/a/b?c=d") == "https://example.com"
    assert origin("http://127.0.0.1:8081/x") == "http://127.0.0.1:8081"
