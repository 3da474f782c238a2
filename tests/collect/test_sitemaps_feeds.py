"""Sitemaps and feeds: parsed from bytes, dangerous XML refused."""

from __future__ import annotations

import gzip

import pytest

from pipeline.collect.feeds import parse_feed
from pipeline.collect.sitemaps import parse_sitemap

BASE = "http://127.0.0.1:8000"
BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<%s><x>&lol3;</x></%s>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<%s><x>&secret;</x></%s>"""


def fixture(fixtures_dir, name: str) -> bytes:
    return (fixtures_dir / "site" / name).read_bytes().replace(b"{{BASE}}", BASE.encode())


def test_sitemap_index(fixtures_dir):
    sitemap = parse_sitemap(fixture(fixtures_dir, "sitemap_index.xml"))
    assert sitemap.error is None
    assert sitemap.entries == []
    assert sitemap.sitemaps == [f"{BASE}/sitemap-news.xml", f"{BASE}/sitemap-pages.xml.gz"]


def test_news_sitemap_titles_and_dates(fixtures_dir):
    sitemap = parse_sitemap(fixture(fixtures_dir, "sitemap-news.xml"))
    assert [(e.url, e.lastmod, e.title) for e in sitemap.entries] == [
        (
            f"{BASE}/news/offender-helpline-rise.html",
            "2024-05-02",
            "More people seek help to stop viewing images of children",
        ),
        (
            f"{BASE}/news/bin-collections.html",
            "2024-05-01",
            "Bin collection days change across the district from Monday",
        ),
    ]


def test_gzip_sitemap(fixtures_dir):
    plain = parse_sitemap(fixture(fixtures_dir, "sitemap-pages.xml"))
    zipped = parse_sitemap(gzip.compress(fixture(fixtures_dir, "sitemap-pages.xml")))
    assert zipped == plain
    assert [e.url for e in zipped.entries][:1] == [f"{BASE}/news/seeking-help-stories.html"]
    assert zipped.entries[0].lastmod == "2024-04-11"


@pytest.mark.parametrize(
    "data, error",
    [
        (BOMB % (b"urlset", b"urlset"), "refused XML"),
        (EXTERNAL % (b"urlset", b"urlset"), "refused XML"),
        (b"<html><body>not a sitemap</body></html>", "not a sitemap"),
        (b"<urlset><url><loc>http://a/</loc>", "not XML"),
        (b"", "not XML"),
        (b"\x1f\x8b\x08garbage", "bad gzip"),
    ],
)
def test_bad_sitemaps_give_errors(data, error):
    sitemap = parse_sitemap(data)
    assert sitemap.error is not None and sitemap.error.startswith(error)
    assert sitemap.entries == [] and sitemap.sitemaps == []


def test_rss_fixture(fixtures_dir):
    feed = parse_feed(fixture(fixtures_dir, "feed.xml"))
    assert feed.error is None
    assert feed.title == "Wexbridge Evening Courier: latest news"
    assert [(e.url, e.title) for e in feed.entries] == [
        (
            f"{BASE}/news/paedophile-prevention-campaign.html?utm_source=rss",
            "Prevention campaign launched on local buses",
        ),
        (f"{BASE}/news/council-budget.html", "Council sets budget with rise in parking charges"),
        (
            f"{BASE}/news/helpline-calls-double.html",
            "Calls to abuse prevention helpline double in a year",
        ),
    ]
    assert feed.entries[0].published == "Thu, 11 Apr 2024 09:30:00 GMT"


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Courier</title>
  <entry>
    <title>Helpline hours extended</title>
    <link rel="self" href="http://e.com/api/1"/>
    <link rel="alternate" type="text/html" href="http://e.com/news/hours.html"/>
    <updated>2024-04-01T10:00:00Z</updated>
  </entry>
  <entry><title>No rel</title><link href="http://e.com/news/norel.html"/></entry>
  <entry><title>No link at all</title></entry>
</feed>"""
RSS1 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://e.com/"><title>Courier RDF</title><link>http://e.com/</link></channel>
  <item rdf:about="http://e.com/news/rdf.html">
    <title>RDF item</title><link>http://e.com/news/rdf.html</link><dc:date>2024-02-02</dc:date>
  </item>
</rdf:RDF>"""
RSS_GUID = b"""<rss version="2.0"><channel><title>G</title>
<item><title>Guid only</title><guid>http://e.com/news/guid.html</guid></item>
<item><title>Not a permalink</title><guid isPermaLink="false">abc-123</guid></item>
</channel></rss>"""


@pytest.mark.parametrize(
    "data, expected",
    [
        (
            ATOM,
            [
                ("http://e.com/news/hours.html", "Helpline hours extended", "2024-04-01T10:00:00Z"),
                ("http://e.com/news/norel.html", "No rel", None),
            ],
        ),
        (RSS1, [("http://e.com/news/rdf.html", "RDF item", "2024-02-02")]),
        (RSS_GUID, [("http://e.com/news/guid.html", "Guid only", None)]),
    ],
)
def test_feed_kinds(data, expected):
    feed = parse_feed(data)
    assert feed.error is None
    assert [(e.url, e.title, e.published) for e in feed.entries] == expected


@pytest.mark.parametrize(
    "data, error",
    [
        (BOMB % (b"rss", b"rss"), "refused XML"),
        (EXTERNAL % (b"feed", b"feed"), "refused XML"),
        (b"<html/>", "not a feed"),
        (b"<rss><channel>", "not XML"),
    ],
)
def test_bad_feeds_give_errors(data, error):
    feed = parse_feed(data)
    assert feed.error is not None and feed.error.startswith(error)
    assert feed.entries == []
