"""Sitemaps and feeds: parsed from bytes, damage repaired, dangerous XML refused."""

from __future__ import annotations

import gzip

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
        (b"", "not XML"),
        (b"no sitemap here", "not XML"),
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
        (b"", "not a feed"),
    ],
)
def test_bad_feeds_give_errors(data, error):
    feed = parse_feed(data)
    assert feed.error is not None and feed.error.startswith(error)
    assert feed.entries == []


DAMAGED_SITEMAPS = [  # (what is wrong, bytes, the URLs a person reads in it)
    (
        "unescaped ampersand",
        b"<urlset><url><loc>http://e.com/a?x=1&y=2</loc></url>"
        b"<url><loc>http://e.com/b</loc></url></urlset>",
        ["http://e.com/a?x=1&y=2", "http://e.com/b"],
    ),
    (
        "cut off",
        b"<urlset><url><loc>http://e.com/a</loc></url><url><loc>http://e.com/b</loc><lastm",
        ["http://e.com/a", "http://e.com/b"],
    ),
    (
        "byte-order mark and blank lines",
        b"\xef\xbb\xbf\n\n<?xml version='1.0'?>"
        b"<urlset><url><loc>http://e.com/a</loc></url></urlset>",
        ["http://e.com/a"],
    ),
    (
        "declared latin-1, written in UTF-8",
        "<?xml version='1.0' encoding='iso-8859-1'?><urlset><url><loc>http://e.com/caf\u00e9</loc>"
        "</url></urlset>".encode("utf-8"),
        ["http://e.com/caf\u00e9"],
    ),
    (
        "declared UTF-8, written in cp1252",
        "<?xml version='1.0' encoding='utf-8'?><urlset><url><loc>http://e.com/caf\u00e9</loc>"
        "</url></urlset>".encode("cp1252"),
        ["http://e.com/caf\u00e9"],
    ),
    (
        "UTF-16 with a byte-order mark",
        "<urlset><url><loc>http://e.com/a</loc></url></urlset>".encode("utf-16"),
        ["http://e.com/a"],
    ),
    ("plain text", b"http://e.com/a\nhttp://e.com/b\n", ["http://e.com/a", "http://e.com/b"]),
    (
        "gzip cut off",
        gzip.compress(b"<urlset>" + b"<url><loc>http://e.com/a</loc></url>" * 200 + b"</urlset>")[
            :300
        ],
        None,  # some URLs, all whole
    ),
]


@pytest.mark.parametrize(
    "damage, data, urls", DAMAGED_SITEMAPS, ids=[d[0] for d in DAMAGED_SITEMAPS]
)
def test_damaged_sitemaps_give_every_link(damage, data, urls):
    sitemap = parse_sitemap(data)
    assert sitemap.error is None
    found = [e.url for e in sitemap.entries]
    if urls is None:
        assert found and set(found) == {"http://e.com/a"}
    else:
        assert found == urls


def test_a_repaired_sitemap_says_what_was_wrong():
    assert parse_sitemap(DAMAGED_SITEMAPS[0][1]).damage.startswith("1 unescaped '&'")
    assert parse_sitemap(fixture_bytes("sitemap_index.xml")).damage is None


def fixture_bytes(name: str) -> bytes:
    from crawlsite import SITE

    return (SITE / name).read_bytes().replace(b"{{BASE}}", BASE.encode())


@pytest.mark.parametrize(
    "name, expected",
    [
        (
            "feeds/community.xml",  # unescaped '&' in titles and in a link
            [
                (
                    "/news/dads-group-backs-helpline.html",
                    "Dads & lads group backs helpline for worried fathers",
                ),
                (
                    "/news/helpline-questions.html?id=4117&ref=rss",
                    "Q&A: what happens when you call a prevention helpline",
                ),
                (
                    "/news/families-confidential-support.html",
                    "Families & friends offered confidential support",
                ),
            ],
        ),
        (
            "feeds/latest.atom",  # a BOM, a blank line, latin-1 declared over UTF-8
            [
                (
                    "/news/helpline-webchat-evenings.html",
                    "Helpline\u2019s webchat opens in the evenings \u2014 and at weekends",
                )
            ],
        ),
        (
            "feeds/truncated.xml",  # cut off inside the last item's title
            [
                ("/news/helpline-bank-holidays.html", "Helpline to stay open on bank holidays"),
                ("/news/helpline-annual-figures.html", None),
            ],
        ),
    ],
)
def test_damaged_feeds_give_every_link(name, expected):
    feed = parse_feed(fixture_bytes(name))
    assert feed.error is None and feed.damage
    assert [(e.url, e.title) for e in feed.entries] == [(BASE + u, t) for u, t in expected]


def test_feed_dates_are_read():
    feed = parse_feed(fixture_bytes("feed.xml"))
    assert feed.entries[0].when.isoformat() == "2024-04-11T09:30:00+00:00"
    sitemap = parse_sitemap(fixture_bytes("sitemap-news.xml"))
    assert sitemap.entries[0].when.isoformat() == "2024-05-02T00:00:00+00:00"


@pytest.mark.parametrize(
    "name, content_type, kind, urls",
    [
        (
            "feeds/briefing.xml",
            "application/xml",
            "html",
            ["/news/prevention-charity-training.html", "/news/weather-week-ahead.html"],
        ),
        ("feed.xml", "text/html", "feed", None),  # a feed served as HTML
        ("sitemap-untitled.xml", "application/rss+xml", "sitemap", None),
    ],
)
def test_hubs_are_read_by_what_they_are(name, content_type, kind, urls):
    from pipeline.collect.hubs import read_hub

    hub, _ = read_hub(fixture_bytes(name), BASE + "/" + name, content_type)
    assert hub.kind == kind and hub.links
    if urls:
        assert [f.url for f in hub.links] == [BASE + u for u in urls]


def test_a_declared_entity_is_refused_even_in_a_damaged_document():
    data = b'<!DOCTYPE r [<!ENTITY x "y">]><urlset><url><loc>http://e.com/&x;&</loc>'
    assert parse_sitemap(data).error.startswith("refused XML")
    assert parse_feed(data.replace(b"urlset", b"rss")).error.startswith("refused XML")


PIECES = [
    b"<?xml version='1.0'?>",
    b"<rss>",
    b"<channel>",
    b"<item>",
    b"<link>",
    b"</link>",
    b"http://e.com/a?x=1&y=2",
    b"<urlset>",
    b"<url>",
    b"<loc>",
    b"</loc>",
    b"&",
    b"&amp;",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"<![CDATA[",
    b"]]>",
    b"<!DOCTYPE x>",
    b"<feed>",
    b"<entry>",
    b"<html>",
    b"<a href='/b'>",
    b"\x1f\x8b",
    b"\x00",
    b"\xe9",
    b" ",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.binary(max_size=8)), max_size=30))
def test_damaged_input_never_raises(parts):
    from pipeline.collect.hubs import read_hub

    data = b"".join(parts)
    feed, sitemap = parse_feed(data), parse_sitemap(data)
    assert feed.error is None or not feed.entries
    assert sitemap.error is None or not sitemap.entries
    hub, children = read_hub(data, "http://e.com/x", "application/xml")
    assert all(isinstance(link.url, str) for link in hub.links)


@pytest.mark.parametrize(
    "body, content_type, html",
    [
        (b"<!DOCTYPE html><html><body></body></html>", "application/xml", True),
        (b"\xef\xbb\xbf  <html><body></body></html>", "application/rss+xml", True),
        (b"<?xml version='1.0'?><rss version='2.0'></rss>", "text/html", False),
        (b"<urlset xmlns='x'></urlset>", "text/html", False),
        (b"<p>no root element</p>", "text/html", True),
        (b"<p>no root element</p>", "application/xml", False),
        (b"<p>no root element</p>", "", True),
        (gzip.compress(b"<html></html>", mtime=0), "application/x-gzip", True),
    ],
)
def test_html_is_told_from_feeds_by_its_bytes(body, content_type, html):
    from pipeline.collect.hubs import looks_like_html_body

    assert looks_like_html_body(body, content_type) is html
