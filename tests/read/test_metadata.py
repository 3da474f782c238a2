"""Encodings, language, dates, outlet, author and title of pages (pipeline.metadata)."""
from __future__ import annotations

import codecs
import datetime as dt

import pytest

from pipeline.read.metadata import (
    DecodeError, decode_bytes, detect_language, extract_metadata, find_dateline,
    parse_dateline,
)

TEXT = "Caf\u00e9 owners say \u201cthe \u00a35 rise\u201d won\u2019t last \u2013 and prices will fall."


@pytest.mark.parametrize("data, content_type, expected, encoding", [
    (TEXT.encode("utf-8"), None, TEXT, "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), None, TEXT, "utf-8"),
    (TEXT.encode("utf-16"), None, TEXT, "utf-16"),
    (TEXT.encode("cp1252"), None, TEXT, "cp1252"),
    (TEXT.encode("cp1252"), "text/html; charset=windows-1252", TEXT, "cp1252"),
    # a page labelled ISO-8859-1 is decoded as windows-1252 (curly quotes survive)
    (TEXT.encode("cp1252"), "text/html; charset=ISO-8859-1", TEXT, "cp1252"),
    (b'<meta charset="windows-1252"><p>' + TEXT.encode("cp1252"), None,
     '<meta charset="windows-1252"><p>' + TEXT, "cp1252"),
    (b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\xa35',
     None, '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\u00a35',
     "cp1252"),
    # valid UTF-8 wins over a wrong single-byte label
    (TEXT.encode("utf-8"), "text/html; charset=ISO-8859-1", TEXT, "utf-8"),
    # UTF-8 with one stray Latin-1 byte stays UTF-8 (one replacement character), not cp1252 mojibake
    ((TEXT * 3).encode("utf-8") + b" caf\xe9", "text/html; charset=utf-8", TEXT * 3 + " caf\ufffd",
     "utf-8"),
    ((TEXT * 3).encode("utf-8")[:-1] + b"\xc3", None, (TEXT * 3)[:-1] + "\ufffd", "utf-8"),
    # a cp1252 page labelled UTF-8 (no valid multi-byte character at all) is still detected
    (TEXT.encode("cp1252"), "text/html; charset=utf-8", TEXT, "cp1252"),
    (TEXT.encode("shift_jis", "replace"), "text/html; charset=shift_jis",
     TEXT.encode("shift_jis", "replace").decode("shift_jis"), "shift_jis"),
])
def test_decode_bytes(data, content_type, expected, encoding):
    text, used = decode_bytes(data, content_type=content_type)
    assert text == expected
    assert used == encoding


@pytest.mark.parametrize("data", [b"\x00\x01\x02binary\x00stuff" * 10, b"PK\x03\x04\x00\x00" * 50])
def test_decode_bytes_rejects_binary(data):
    with pytest.raises(DecodeError):
        decode_bytes(data)


@pytest.mark.parametrize("text, expected", [
    ("The number of people seeking help from the charity doubled over the past year.", "en"),
    ("Le nombre de personnes qui ont appelé la ligne d'écoute a doublé l'année dernière.", "fr"),
    ("Die Zahl der Anrufe bei der Beratungsstelle hat sich im letzten Jahr verdoppelt.", "de"),
    ("Too short", None),
    ("", None),
    ("12345 67890 12345 67890 12345 67890 12345 67890 12345", None),
])
def test_detect_language(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize("line, expected", [
    ("Posted: Fri 18th Mar 2022", dt.date(2022, 3, 18)),
    ("This article is old - Published: Friday, Mar 18th, 2022", dt.date(2022, 3, 18)),
    ("Published: 3 April 2020", dt.date(2020, 4, 3)),
    ("Last updated 04/05/2021", dt.date(2021, 5, 4)),  # day-month order (UK)
    ("Thursday 2nd January 2020, 9:15am", dt.date(2020, 1, 2)),
    ("no date in this line at all", None),
])
def test_parse_dateline(line, expected):
    assert parse_dateline(line) == expected


# A date after an outlet's or a byline's name (sentences of our own): read; a sentence, a date with no name
# before it in capitals, an event's date under another date, never.
NAMED_DATELINES = [
    ("Westshire Gazette, 12 March 2024\n\nHeadline\n\nBody.", "2024-03-12"),
    ("Dale Courier, Tuesday 5 March 2024\n\nHeadline", "2024-03-05"),
    ("Fenland Post, 8th May 2023\n\nHeadline", "2023-05-08"),
    ("Vale Herald 05/02/2024\n\nHeadline", "2024-02-05"),
    ("Moor Times - 21 September 2023\n\nHeadline", "2023-09-21"),
    ("By Ann Lowe, Chief Reporter, 4 June 2024\n\nHeadline", "2024-06-04"),
    ("Ann Lowe, Health Reporter - 12 Mar 2024\n\nHeadline", "2024-03-12"),
    ("Upland news, 15 August 2023\n\nHeadline", "2023-08-15"),
    ("Coast Online, March 12, 2024\n\nHeadline", "2024-03-12"),
    ("Headline\n\n3 May 2023\n\nRiver Fair, 21 April 2024", "2023-05-03"),  # a bare date line ranks first
    ("Headline\n\nPolice said on 12 March 2024 that calls rose.", None),
    ("Headline\n\nThe charity reported on 4 March 2024 that calls rose.", None),
    ("Headline\n\nSt. Albans, 12 March 2024", None),
    ("Copyright 2024 Dale Media Ltd\n\nHeadline", None),
    ("Top 10 Walks 2024\n\nHeadline", None),
    ("Westshire Gazette, 12 March\n\nHeadline", None),
]


@pytest.mark.parametrize("text, expected", NAMED_DATELINES)
def test_a_date_after_a_name_dates_the_page(text, expected):
    assert find_dateline(text) == expected


def test_find_dateline_looks_only_at_the_first_lines():
    body = "\n".join(["Headline"] + ["filler line"] * 20 + ["Posted: 1 May 2021"])
    assert find_dateline(body) is None
    assert find_dateline("Headline\n\nPosted: Fri 18th Mar 2022\n\nText.") == "2022-03-18"


def _page(head: str = "", body: str = "<p>Body text.</p>") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize("html, expected", [
    (_page('<script type="application/ld+json">{"@context": "https://schema.org", '
           '"@type": "NewsArticle", "headline": "H", "datePublished": "2021-11-02T10:00:00Z"}'
           '</script>'), "2021-11-02"),
    (_page('<script type="application/ld+json">{"@graph": [{"@type": "WebSite"}, '
           '{"@type": ["NewsArticle"], "datePublished": "2019-01-31"}]}</script>'), "2019-01-31"),
    (_page('<meta property="article:published_time" content="2020-04-07T06:00:00+01:00">'),
     "2020-04-07"),
    (_page('<meta name="pubdate" content="2018-12-24">'), "2018-12-24"),
    (_page(body='<article><time datetime="2022-03-18T09:00">18 March</time><p>x</p></article>'),
     "2022-03-18"),
    (_page(body='<div class="post-date">Posted: Fri 18th Mar 2022</div><p>Text.</p>'),
     "2022-03-18"),
    (_page(body='<span class="date">Published: Friday, Mar 18th, 2022</span><p>Text.</p>'),
     "2022-03-18"),
    # where markup disagrees htmldate decides: its meta tag over JSON-LD and <time>
    # (on the dates benchmark, where JSON-LD and htmldate differ, htmldate is right 8 to 5)
    (_page('<script type="application/ld+json">{"@type": "Article", '
           '"datePublished": "2021-05-01"}</script>'
           '<meta property="article:published_time" content="2021-06-01">',
           '<time datetime="2021-07-01">x</time>'), "2021-06-01"),
    (_page('<meta property="article:published_time" content="2021-06-01">',
           '<time datetime="2021-07-01">x</time>'), "2021-06-01"),
    (_page('<script type="application/ld+json">{not json</script>'), None),
    (_page(), None),
])
def test_published_date(html, expected):
    assert extract_metadata(html, "https://example.org/a").published == expected


@pytest.mark.parametrize("html, url, expected", [
    (_page('<meta property="og:site_name" content="Fenshire Gazette">'),
     "https://www.fenshiregazette.co.uk/news/1", "Fenshire Gazette"),
    (_page(), "https://www.fenshiregazette.co.uk/news/1", "fenshiregazette.co.uk"),
    (_page(), "https://m.deeside.com/story", "deeside.com"),
    (_page('<script type="application/ld+json">{"@type": "NewsArticle", '
           '"publisher": {"@type": "Organization", "name": "Valley Echo"}}</script>'),
     "https://valleyecho.example/x", "Valley Echo"),
    (_page(), None, None),
])
def test_outlet(html, url, expected):
    assert extract_metadata(html, url).outlet == expected


@pytest.mark.parametrize("head, body, field, expected", [
    ('<title>Site title</title><meta property="og:title" content="OG title">', "", "title",
     "OG title"),
    ("<title>Only the title</title>", "", "title", "Only the title"),
    ("<title>T</title>", "<h1>  The   headline </h1>", "title", "The headline"),
    ('<meta name="author" content="Jo Bloggs">', "", "author", "Jo Bloggs"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "author": '
     '[{"@type": "Person", "name": "A One"}, {"@type": "Person", "name": "B Two"}]}</script>',
     "", "author", "A One, B Two"),
    ('<meta property="article:author" content="https://facebook.com/someone">', "", "author",
     None),
])
def test_title_and_author(head, body, field, expected):
    assert getattr(extract_metadata(_page(head, body), None), field) == expected


@pytest.mark.parametrize("html", ["", "<<<>>>", "\x00", "<html><body></body></html>",
                                  "<?xml version='1.0' encoding='utf-8'?><html></html>"])
def test_extract_metadata_never_raises(html):
    meta = extract_metadata(html, "https://example.org/")
    assert meta.outlet == "example.org"
    assert meta.published is None


@pytest.mark.parametrize("html, title, published, source", [
    # an XHTML page whose XML declaration names an encoding: lxml refuses it in decoded text
    ("<?xml version='1.0' encoding='utf-8'?><html><head><title>Declared</title>"
     '<meta name="date" content="2019-05-06"></head><body><p>Body.</p></body></html>',
     "Declared", "2019-05-06", "markup"),
    # htmldate's search finds a date in the text when no markup dates the page
    (_page(body="<p>Filed on 12 March 2021 by our reporter.</p><p>Body text of it.</p>"),
     None, "2021-03-12", "search"),
    # a copyright year alone is no publication date (htmldate would say 1 January)
    (_page(body="<p>Body text.</p><footer><p>&copy; 2024 The Valley Echo</p></footer>"),
     None, None, None),
])
def test_published_date_source(html, title, published, source):
    meta = extract_metadata(html, None)
    assert (meta.title, meta.published, meta.published_from) == (title, published, source)
