"""Polite HTTP against the fixture site on 127.0.0.1: redirects, retries, caps."""

from __future__ import annotations

import gzip
import socket
import zlib
from datetime import datetime, timezone

import pytest
from crawlsite import SiteServer

from pipeline.collect.download import Downloader, FetchPolicy, HostThrottle, decode_body, retry_after


class Recorder:
    """Stands in for time.sleep: notes the waits, waits a token amount."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def downloader(**changes) -> tuple[Downloader, Recorder]:
    policy = FetchPolicy(
        user_agent="newsfacts-test/0.1",
        delay=0.0,
        timeout=0.5,
        retries=2,
        backoff=0.01,
        max_redirects=5,
        max_bytes=100_000,
    )
    for name, value in changes.items():
        setattr(policy, name, value)
    sleep = Recorder()
    return Downloader(policy, throttle=HostThrottle(policy.delay, sleep=sleep)), sleep


@pytest.fixture()
def site():
    with SiteServer() as server:
        yield server


def test_plain_page(site):
    dl, _ = downloader()
    result = dl.fetch(site.url("/news/helpline-calls-double.html"))
    assert result.ok and result.status == 200 and result.error is None
    assert result.content_type == "text/html"
    assert b"Calls to abuse prevention helpline double" in result.body
    assert len(result.exchanges) == 1
    exchange = result.response
    assert ("User-Agent", "newsfacts-test/0.1") in exchange.request_headers
    assert exchange.request_headers[0][0] == "Host"
    assert exchange.header("etag")


def test_gzip_content_encoding_is_undone_but_kept_raw(site):
    dl, _ = downloader()
    result = dl.fetch(site.url("/"))
    assert result.ok
    assert result.response.header("Content-Encoding") == "gzip"
    assert result.response.body[:2] == b"\x1f\x8b"
    assert result.body.startswith(b"<!DOCTYPE html>")


def test_redirect_chain_records_every_hop(site):
    dl, _ = downloader()
    result = dl.fetch(site.url("/news/old-helpline-story.html"))
    assert result.ok
    assert result.redirects == 2
    assert [(e.url, e.status) for e in result.exchanges] == [
        (site.url("/news/old-helpline-story.html"), 301),
        (site.url("/news/moved-helpline-story.html"), 301),
        (site.url("/news/helpline-story-final.html"), 200),
    ]
    assert result.final_url == site.url("/news/helpline-story-final.html")


@pytest.mark.parametrize(
    "path, max_redirects, error",
    [
        ("/news/helpline-loop-a.html", 5, "redirect loop"),
        ("/news/old-helpline-story.html", 1, "more than 1 redirects"),
        ("/news/helpline-missing.html", 5, "HTTP 404"),
    ],
)
def test_failures(site, path, max_redirects, error):
    dl, _ = downloader(max_redirects=max_redirects)
    result = dl.fetch(site.url(path))
    assert not result.ok
    assert result.error.startswith(error)


def test_redirect_hop_asks_robots(site):
    dl, _ = downloader()
    asked = []
    result = dl.fetch(
        site.url("/news/old-helpline-story.html"),
        allowed=lambda url: asked.append(url) or "moved" not in url,
    )
    assert result.disallowed and not result.ok
    assert asked == [site.url("/news/moved-helpline-story.html")]
    assert [hit.path for hit in site.log] == ["/news/old-helpline-story.html"]


def test_500_then_success(site):
    dl, sleep = downloader()
    result = dl.fetch(site.url("/news/helpline-flaky.html"))
    assert result.ok
    assert [e.status for e in result.exchanges] == [500, 200]
    assert sleep.waits == [0.01]  # backoff * 2**0


def test_429_honours_retry_after(site):
    dl, sleep = downloader()
    result = dl.fetch(site.url("/news/helpline-busy.html"))
    assert result.ok
    assert [e.status for e in result.exchanges] == [429, 200]
    assert sleep.waits == [1.0]


def test_retry_after_too_long_gives_up(site):
    dl, sleep = downloader(max_retry_after=0.5)
    result = dl.fetch(site.url("/news/helpline-busy.html"))
    assert not result.ok and "Retry-After" in result.error
    assert sleep.waits == [] and len(site.hits("/news/helpline-busy.html")) == 1


def test_slow_page_times_out_after_retries(site):
    dl, sleep = downloader(timeout=0.3, retries=1)
    result = dl.fetch(site.url("/news/helpline-slow.html"))
    assert not result.ok and "Timeout" in result.error
    assert result.exchanges == []
    assert len(site.hits("/news/helpline-slow.html")) == 2
    assert sleep.waits == [0.01]


def test_oversized_page_is_cut(site):
    dl, _ = downloader(max_bytes=50_000)
    result = dl.fetch(site.url("/news/helpline-huge.html"))
    assert not result.ok and "larger than 50000" in result.error
    assert result.response.truncated
    assert len(result.response.body) == 50_000


def test_connection_refused_is_retried_with_backoff():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    dl, sleep = downloader(retries=2, backoff=0.5)
    result = dl.fetch(f"http://127.0.0.1:{port}/x")
    assert not result.ok and "ConnectionError" in result.error
    assert sleep.waits == [0.5, 1.0]


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/a", "file:///etc/passwd", "javascript:alert(1)"])
def test_only_http(url):
    dl, _ = downloader()
    result = dl.fetch(url)
    assert not result.ok and result.error.startswith("not an http(s) URL")


def test_conditional_get(site):
    dl, _ = downloader()
    first = dl.fetch(site.url("/feed.xml"))
    etag = first.response.header("ETag")
    second = dl.fetch(
        site.url("/feed.xml"), etag=etag, last_modified=first.response.header("Last-Modified")
    )
    assert second.not_modified and second.status == 304 and second.body == b""
    assert site.log[-1].headers["If-None-Match"] == etag
    assert "If-Modified-Since" in site.log[-1].headers


@pytest.mark.parametrize(
    "value, expected",
    [
        ("120", 120.0),
        ("0", 0.0),
        ("Wed, 01 May 2024 12:00:30 GMT", 30.0),
        ("Wed, 01 May 2024 11:00:00 GMT", 0.0),  # in the past
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after(value, expected):
    now = datetime(2024, 5, 1, 12, 0, 0, tzinfo=timezone.utc)
    assert retry_after(value, now) == expected


def test_decode_body():
    text = b"<p>helpline</p>" * 10
    assert decode_body(gzip.compress(text), "gzip", 1000) == text
    assert decode_body(zlib.compress(text), "deflate", 1000) == text
    raw = zlib.compressobj(wbits=-15)
    assert decode_body(raw.compress(text) + raw.flush(), "deflate", 1000) == text
    assert decode_body(text, None, 1000) == text
    with pytest.raises(ValueError, match="inflates past"):
        decode_body(gzip.compress(b"0" * 10_000_000), "gzip", 1_000_000)
    with pytest.raises(ValueError, match="unsupported"):
        decode_body(text, "br", 1000)
    with pytest.raises(ValueError, match="corrupt"):
        decode_body(b"not gzip", "gzip", 1000)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.waits: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(round(seconds, 6))
        self.now += seconds


def test_throttle_spaces_requests_per_host():
    clock = FakeClock()
    throttle = HostThrottle(1.0, clock=clock, sleep=clock.sleep)
    with throttle.slot("a.example"):
        clock.now += 0.25  # the request itself took a quarter second
    with throttle.slot("b.example"):  # another host need not wait
        pass
    clock.now += 0.5
    with throttle.slot("a.example"):
        pass
    assert clock.waits == [0.5]  # 1.0 delay counted from the end of the last request


def test_crawl_delay_raises_but_never_lowers():
    clock = FakeClock()
    throttle = HostThrottle(1.0, clock=clock, sleep=clock.sleep)
    throttle.set_delay("slow.example", 3.0)
    throttle.set_delay("fast.example", 0.1)
    assert throttle.delay_for("slow.example") == 3.0
    assert throttle.delay_for("fast.example") == 1.0
    for _ in range(3):
        with throttle.slot("slow.example"):
            pass
    assert clock.waits == [3.0, 3.0]
