"""The whole crawl against the fixture site on 127.0.0.1, read back with warcio."""

from __future__ import annotations

import base64
import configparser
import hashlib
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from crawlsite import SITE, SiteServer
from warcio.archiveiterator import ArchiveIterator

from pipeline.collect.download import FetchPolicy
from pipeline.collect.crawl import CrawlOptions, CrawlSummary, crawl
from pipeline.collect.warcrecords import write_exchange
from pipeline.collect.warcstore import WarcStore

RELEVANT = {  # every on-topic article the site offers, however it is reached
    "/news/helpline-calls-double.html",  # listing (and a utm_ duplicate, and the feed)
    "/news/offender-helpline-rise.html",  # news sitemap, by its title
    "/news/seeking-help-stories.html",  # gzipped sitemap
    "/news/paedophile-prevention-campaign.html",  # RSS feed, utm_source in the link
    "/news/helpline-story-final.html",  # end of a 301 chain
    "/news/helpline-flaky.html",  # 500, then 200
    "/news/helpline-busy.html",  # 429 with Retry-After, then 200
    "/news/stop-it-now-appeal.html",  # fetched as ?ref=homepage, rel=canonical
    "/news/helpline-cp1252.html",  # windows-1252 page
    "/news/sought-help-figures.html",  # linked from the cp1252 page (depth 2)
    # damaged feeds and sitemaps
    "/news/dads-group-backs-helpline.html",  # feed with unescaped '&'
    "/news/helpline-questions.html",  # the same feed, '&' unescaped in the link's query
    "/news/families-confidential-support.html",  # the same feed
    "/news/helpline-webchat-evenings.html",  # Atom with a BOM and a wrong declared encoding
    "/news/prevention-charity-training.html",  # HTML served where a feed should be
    "/news/helpline-bank-holidays.html",  # a cut-off feed
    "/news/helpline-annual-figures.html",  # the cut-off feed's last item, title cut
    "/news/2024/05/03/story-1837.html",  # news sitemap, title "Latest": no evidence
    "/news/story.html",  # sitemap, unescaped '&' in the query, no title
    "/news/2024/05/06/story-1862.html",  # sitemap cut off after this <loc>
    "/news/helpline-volunteers-honoured.html",  # linked from a noindex page
    "/news/helpline-print.html",  # nofollow page: indexed, its links not followed
}
ARTICLES = RELEVANT | {"/news/2024/05/04/story-1840.html"}  # no evidence: fetched, off topic
QUIET = ARTICLES | {"/news/helpline-slow.html"}  # not slow when the site has no quirks
NO_EVIDENCE = {  # fetched after every link with evidence of the topic
    "/news/2024/05/03/story-1837.html",
    "/news/2024/05/04/story-1840.html",
    "/news/story.html",
    "/news/2024/05/06/story-1862.html",
    "/news/",
    "/news/school-fete.html",
}
NEVER = {
    "/private/stop-it-now-helpline-figures.html",  # robots.txt
    "/news/football-derby-report.html",
    "/news/bin-collections.html",
    "/news/council-budget.html",
    "/news/roadworks-high-street.html",
    "/about.html",  # off topic
    "/contact.html",
    "/privacy.html",
    "/sport/",
    "/sport/2024/05/04/match-report-1841.html",  # in the untitled sitemap, sport in its URL
    "/news/weather-week-ahead.html",  # on the HTML page served as a feed
    "/reports/helpline-annual-report.pdf",  # not a page
    "/news/helpline-reader-comments.html",  # rel="nofollow"
    "/news/helpline-print-only-link.html",  # on a page with <meta name="robots" nofollow>
}


def options(**changes) -> CrawlOptions:
    base = dict(delay=0.02, timeout=0.5, retries=1, backoff=0.01, max_bytes=200_000, progress=False)
    base.update(changes)
    return CrawlOptions.from_settings(**base)


def path_of(url: str) -> str:
    return "/" + url.split("/", 3)[3].split("?", 1)[0]


def articles(corpus: Path) -> list[str]:
    with sqlite3.connect(corpus / "index.sqlite") as db:
        return sorted(path_of(row[0]) for row in db.execute("SELECT canonical_url FROM articles"))


def warc_responses(corpus: Path) -> list[tuple[str, object]]:
    """(file name, record) of every response record, payload read, in file order."""
    out = []
    for path in sorted(corpus.glob("*.warc.gz")):
        with open(path, "rb") as handle:
            for record in ArchiveIterator(handle):
                if record.rec_type == "response":
                    record.payload = record.raw_stream.read()
                    out.append((path.name, record))
    return out


@pytest.fixture(scope="module")
def first(tmp_path_factory):
    """One full crawl of the misbehaving site; (site, corpus, summary)."""
    corpus = tmp_path_factory.mktemp("corpus")
    with SiteServer() as site:
        summary = crawl([site.url("/")], corpus=corpus, options=options())
        yield site, corpus, summary


@pytest.fixture(scope="module")
def quiet_site():
    with SiteServer(quirks=False) as site:
        yield site


@pytest.fixture()
def quiet(quiet_site):
    quiet_site.reset()
    return quiet_site


def test_fetches_what_is_relevant_and_nothing_else(first):
    site, corpus, summary = first
    requested = site.paths()
    assert RELEVANT <= requested
    assert not requested & NEVER
    assert set(articles(corpus)) == ARTICLES  # not the noindex pages
    assert {"/news/helpline-tag.html", "/news/helpline-partners-xrobots.html"} <= requested


@pytest.mark.parametrize(
    "path, query",
    [
        ("/news/helpline-questions.html", "id=4117&ref=rss"),  # '&' unescaped in a feed
        ("/news/story.html", "id=1850&section=news"),  # '&' unescaped in a sitemap
    ],
)
def test_unescaped_ampersands_keep_the_whole_link(first, path, query):
    site, _, _ = first
    assert [hit.path for hit in site.hits(path)] == [f"{path}?{query}"]


def test_best_first(first):
    site, _, _ = first
    order = [hit.bare for hit in site.log]
    evidence = [order.index(p) for p in RELEVANT - NO_EVIDENCE]
    rest = [order.index(p) for p in NO_EVIDENCE]
    assert max(evidence) < min(rest)


def test_max_pages_takes_the_best_links(quiet, tmp_path):
    crawl([quiet.url("/")], corpus=tmp_path / "c", options=options(max_pages=6))
    pages = {p for p in quiet.paths() if p.startswith("/news/")}
    assert len(pages) == 5 and not pages & NO_EVIDENCE


def test_each_page_requested_once(first):
    site, _, _ = first
    counts = Counter(hit.bare for hit in site.log)
    assert counts["/robots.txt"] == 1
    for path in RELEVANT - {"/news/helpline-flaky.html", "/news/helpline-busy.html"}:
        assert counts[path] == 1, path
    assert counts["/news/helpline-flaky.html"] == 2 and counts["/news/helpline-busy.html"] == 2
    # the canonical page was fetched under its ?ref= spelling only
    assert [hit.path for hit in site.hits("/news/stop-it-now-appeal.html")] == [
        "/news/stop-it-now-appeal.html?ref=homepage"
    ]
    assert all(hit.headers["User-Agent"].startswith("newsfacts/") for hit in site.log)


def test_summary(first):
    _, corpus, summary = first
    assert isinstance(summary, CrawlSummary)
    assert summary.fetched == len(ARTICLES) + 3  # and the seed and two noindex pages
    assert summary.disallowed == 1
    assert summary.failed == 6  # loop, two 404s with no evidence, a 404, slow, huge
    assert summary.redirects == 4  # two in the chain, two round the loop
    assert summary.filtered >= 6
    assert summary.skipped_known == 0
    assert summary.bytes > 200_000
    assert [Path(name).parent for name in summary.warc_files] == [corpus]
    errors = "\n".join(summary.errors)
    for needle in ("redirect loop", "HTTP 404", "Timeout", "larger than 200000"):
        assert needle in errors
    text = summary.render()
    assert f"fetched {len(ARTICLES) + 3} pages" in text  # and the seed and two noindex pages
    assert "1 disallowed" in text and "errors (6)" in text


def test_index_rows(first):
    site, corpus, _ = first
    with sqlite3.connect(corpus / "index.sqlite") as db:
        db.row_factory = sqlite3.Row
        rows = db.execute("SELECT * FROM fetches").fetchall()
    by_path = {}
    for row in rows:
        by_path.setdefault(path_of(row["url"]), []).append(row)
    assert [r["status"] for r in by_path["/news/old-helpline-story.html"]] == [301]
    assert (
        by_path["/news/old-helpline-story.html"][0]["redirect_to"]
        == "/news/moved-helpline-story.html"
    )
    assert [r["status"] for r in by_path["/news/helpline-flaky.html"]] == [500, 200]
    assert [r["status"] for r in by_path["/news/helpline-busy.html"]] == [429, 200]
    huge = by_path["/news/helpline-huge.html"][0]
    assert huge["truncated"] == 1 and huge["content_length"] == 200_000
    canonical = by_path["/news/stop-it-now-appeal.html"][0]
    assert canonical["url"].endswith("?ref=homepage")
    assert canonical["canonical_url"] == site.url("/news/stop-it-now-appeal.html")
    page = by_path["/news/helpline-calls-double.html"][0]
    expected = (SITE / "news/helpline-calls-double.html").read_bytes()
    assert page["content_sha256"] == hashlib.sha256(expected).hexdigest()
    assert page["etag"] and page["last_modified"] == "Thu, 14 Mar 2024 08:00:00 GMT"
    assert page["content_type"] == "text/html" and page["role"] == "page"
    assert {r["role"] for r in rows} == {"robots", "sitemap", "feed", "seed", "page", "noindex"}


def test_warc_records_read_back(first):
    site, corpus, _ = first
    responses = warc_responses(corpus)
    with sqlite3.connect(corpus / "index.sqlite") as db:
        indexed = db.execute("SELECT COUNT(*) FROM fetches").fetchone()[0]
    assert len(responses) == indexed
    requests = {}
    for path in corpus.glob("*.warc.gz"):
        with open(path, "rb") as handle:
            for record in ArchiveIterator(handle):
                if record.rec_type == "request":
                    requests[record.rec_headers.get_header("WARC-Concurrent-To")] = record
    for _, record in responses:
        uri = record.rec_headers.get_header("WARC-Target-URI")
        assert uri.startswith(site.base)
        digest = "sha1:" + base64.b32encode(hashlib.sha1(record.payload).digest()).decode()
        assert record.rec_headers.get_header("WARC-Payload-Digest") == digest
        request = requests[record.rec_headers.get_header("WARC-Record-ID")]
        assert request.rec_headers.get_header("WARC-Target-URI") == uri
        assert request.http_headers.get_header("User-Agent").startswith("newsfacts/")
    by_uri = {r.rec_headers.get_header("WARC-Target-URI"): r for _, r in responses}
    cp1252 = by_uri[site.url("/news/helpline-cp1252.html")]
    assert cp1252.payload == (SITE / "news/helpline-cp1252.html").read_bytes()
    assert "£40,000".encode("cp1252") in cp1252.payload
    huge = by_uri[site.url("/news/helpline-huge.html")]
    assert huge.rec_headers.get_header("WARC-Truncated") == "length"


def test_index_offsets_point_at_records(first):
    _, corpus, _ = first
    with sqlite3.connect(corpus / "index.sqlite") as db:
        rows = db.execute(
            "SELECT url, status, warc_file, record_offset, record_length FROM fetches"
        ).fetchall()
    for url, status, warc_file, offset, length in rows:
        with open(corpus / warc_file, "rb") as handle:
            handle.seek(offset)
            record = next(iter(ArchiveIterator(handle)))
            assert record.rec_headers.get_header("WARC-Target-URI") == url
            assert record.http_headers.get_statuscode() == str(status)


def test_second_run_skips_known_pages(first, tmp_path):
    site, corpus, _ = first
    copy = tmp_path / "corpus"
    shutil.copytree(corpus, copy)
    before = len(site.log)
    summary = crawl([site.url("/")], corpus=copy, options=options())
    again = site.log[before:]
    assert {hit.bare for hit in again} <= {
        "/robots.txt",
        "/",
        "/sitemap_index.xml",
        "/sitemap-news.xml",
        "/sitemap-pages.xml.gz",
        "/sitemap-untitled.xml",
        "/feed.xml",
        "/feeds/community.xml",
        "/feeds/latest.atom",
        "/feeds/briefing.xml",
        "/feeds/truncated.xml",
    }
    assert all("If-None-Match" in hit.headers for hit in again if hit.bare in ("/", "/feed.xml"))
    assert summary.fetched == 0 and summary.not_modified == 1
    assert summary.skipped_known >= len(ARTICLES)
    assert summary.changed == 0  # every sitemap and feed date is older than our copies
    assert set(articles(copy)) == ARTICLES


def test_revisit_refetches_conditionally(first, tmp_path):
    site, corpus, _ = first
    copy = tmp_path / "corpus"
    shutil.copytree(corpus, copy)
    before = len(site.log)
    summary = crawl([site.url("/")], corpus=copy, options=options(revisit=True))
    again = Counter(hit.bare for hit in site.log[before:])
    # an undated page is asked for again, conditionally
    undated = [hit for hit in site.log[before:] if hit.bare == "/news/helpline-cp1252.html"]
    assert len(undated) == 1 and undated[0].headers.get("If-None-Match")
    # a page whose feed or sitemap date is older than our copy is not asked for at all
    for path in ("/news/helpline-calls-double.html", "/news/offender-helpline-rise.html",
                 "/news/dads-group-backs-helpline.html", "/news/2024/05/04/story-1840.html"):
        assert again[path] == 0, path
    assert summary.unchanged >= 8
    assert summary.not_modified >= len(ARTICLES) - summary.unchanged - 2
    assert set(articles(copy)) == ARTICLES


def test_a_newer_sitemap_date_refetches_a_known_page(first, tmp_path):
    site, corpus, _ = first
    copy = tmp_path / "corpus"
    shutil.copytree(corpus, copy)
    with sqlite3.connect(copy / "index.sqlite") as db:  # our copy predates the lastmod
        db.execute(
            "UPDATE fetches SET fetched_at = '2024-05-01T12:00:00+00:00' "
            "WHERE canonical_url LIKE '%/news/offender-helpline-rise.html'"
        )
        # and the sitemaps changed since (our validators no longer match)
        db.execute("UPDATE fetches SET etag = NULL, last_modified = NULL WHERE role = 'sitemap'")
    before = len(site.log)
    summary = crawl([site.url("/")], corpus=copy, options=options())
    hits = [hit for hit in site.log[before:] if hit.bare.startswith("/news/")]
    assert [hit.bare for hit in hits] == ["/news/offender-helpline-rise.html"]
    assert hits[0].headers.get("If-None-Match")  # still conditional: it had not changed
    assert summary.changed == 1 and summary.not_modified == 2  # and the seed
    assert "1 changed pages queued again" in summary.render()


class Killed(BaseException):
    """Stands in for SIGKILL: nothing catches it."""


def test_killed_run_resumes_without_loss_or_duplicates(quiet, tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    real_store = WarcStore.store
    pages = Counter()

    def dying_store(self, exchanges, *, then=None):
        if any(role == "page" for _, role, _ in exchanges):
            pages["n"] += 1
            if pages["n"] == 3:  # records written and flushed, index not yet
                for exchange, _, _ in exchanges:
                    write_exchange(self._file, exchange)
                self._sync()
                raise Killed
        return real_store(self, exchanges, then=then)

    monkeypatch.setattr(WarcStore, "store", dying_store)
    with pytest.raises(Killed):
        crawl([quiet.url("/")], corpus=corpus, options=options())
    monkeypatch.undo()
    with sqlite3.connect(corpus / "index.sqlite") as db:
        indexed = db.execute("SELECT COUNT(*) FROM fetches").fetchone()[0]
    assert len(warc_responses(corpus)) == indexed + 1  # the orphan record

    summary = crawl([quiet.url("/")], corpus=corpus, options=options())
    assert summary.fetched >= 1
    assert set(articles(corpus)) == QUIET
    ok_pages = Counter(
        record.rec_headers.get_header("WARC-Target-URI")
        for _, record in warc_responses(corpus)
        if record.http_headers.get_statuscode() == "200"
        and "/news/" in record.rec_headers.get_header("WARC-Target-URI")
    )
    assert ok_pages and max(ok_pages.values()) == 1
    with sqlite3.connect(corpus / "index.sqlite") as db:
        assert db.execute("SELECT COUNT(*) FROM fetches").fetchone()[0] == len(
            warc_responses(corpus)
        )


def test_index_past_file_end_is_dropped_and_refetched(quiet, tmp_path):
    corpus = tmp_path / "corpus"
    crawl([quiet.url("/")], corpus=corpus, options=options(max_pages=4))
    with sqlite3.connect(corpus / "index.sqlite") as db:
        url, name, offset = db.execute(
            "SELECT url, warc_file, record_offset FROM fetches ORDER BY id DESC LIMIT 1"
        ).fetchone()
    with open(corpus / name, "r+b") as handle:  # a crash cut the file mid-record
        handle.truncate(offset + 20)
    quiet.reset()
    crawl([quiet.url("/")], corpus=corpus, options=options())
    assert path_of(url) in quiet.paths()  # fetched again
    assert set(articles(corpus)) == QUIET
    with sqlite3.connect(corpus / "index.sqlite") as db:
        assert db.execute("SELECT COUNT(*) FROM fetches WHERE url = ?", (url,)).fetchone()[0] == 1
        rows = db.execute("SELECT warc_file, record_offset FROM fetches").fetchall()
    for name, offset in rows:
        with open(corpus / name, "rb") as handle:
            handle.seek(offset)
            assert next(iter(ArchiveIterator(handle))).rec_type == "response"


def test_warc_files_rotate(quiet, tmp_path):
    corpus = tmp_path / "corpus"
    summary = crawl(
        [quiet.url("/")], corpus=corpus, options=options(warc_max_bytes=5000, max_pages=6)
    )
    assert len(summary.warc_files) > 2
    assert all(
        Path(name).name.startswith("newsfacts-") and name.endswith(".warc.gz")
        for name in summary.warc_files
    )
    assert sorted(p.name for p in corpus.glob("*.warc.gz")) == sorted(
        Path(n).name for n in summary.warc_files
    )


def test_max_pages(quiet, tmp_path):
    summary = crawl([quiet.url("/")], corpus=tmp_path / "c", options=options(max_pages=2))
    assert summary.fetched == 2 and summary.queued > 0
    assert len({hit.bare for hit in quiet.log} & QUIET) == 1


def test_bad_and_unreachable_seeds_do_not_crash(tmp_path):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    summary = crawl(
        ["ftp://127.0.0.1/x", "not a url", f"http://127.0.0.1:{port}/"],
        corpus=tmp_path / "c",
        options=options(retries=0),
    )
    assert summary.fetched == 0
    assert summary.disallowed == 2  # robots.txt unreachable: the seed and /sitemap.xml refused
    assert summary.warc_files == []
    assert any("ftp://127.0.0.1/x" in error for error in summary.errors)


@pytest.mark.parametrize("progress, shown", [(None, False), (False, False), (True, True)])
def test_progress_bar(quiet, tmp_path, capsys, progress, shown):
    crawl([quiet.url("/")], corpus=tmp_path / "c", options=options(max_pages=1, progress=progress))
    assert ("page" in capsys.readouterr().err) is shown


def test_options_from_settings():
    config = configparser.ConfigParser()
    config.read_string("[crawl]\ndelay = 2.5\nmax_pages = 7\nrevisit = yes\nprogress = auto\n")
    opts = CrawlOptions.from_settings(config, max_pages=None, user_agent="ua/1")
    assert (opts.delay, opts.max_pages, opts.revisit, opts.progress, opts.user_agent) == (
        2.5,
        7,
        True,
        None,
        "ua/1",
    )
    defaults = CrawlOptions.from_settings()
    assert defaults.delay >= 1.0 and defaults.user_agent.startswith("newsfacts/")
    assert defaults.max_pages == 200 and defaults.revisit is False
    with pytest.raises(TypeError):
        CrawlOptions.from_settings(config, max_pgaes=3)


def test_policy_is_the_fetching_part_of_the_options():
    config = configparser.ConfigParser()
    config.read_string("[crawl]\ndelay = 3\nretries = 5\nmax_retry_after = 9\nmax_pages = 4\n")
    policy = CrawlOptions.from_settings(config, user_agent="ua/2").policy()
    assert type(policy) is FetchPolicy
    assert (policy.delay, policy.retries, policy.max_retry_after, policy.user_agent) == (3.0, 5, 9.0, "ua/2")
    assert not hasattr(policy, "max_pages")


@pytest.mark.parametrize(
    "body, content_type, expected",
    [
        (
            "<meta charset='windows-1252'><p>£5 – “quoted”</p>".encode("cp1252"),
            "text/html",
            "£5 – “quoted”",
        ),
        ("<p>£5 – “quoted”</p>".encode("cp1252"), "text/html; charset=ISO-8859-1", "£5 – “quoted”"),
        ("<p>£5 – “quoted”</p>".encode("utf-8"), "text/html", "£5 – “quoted”"),
        ("<p>£5 – “quoted”</p>".encode("utf-8"), "text/html; charset=utf-8", "£5 – “quoted”"),
    ],
)
def test_decode_html(body, content_type, expected):
    from pipeline.collect.links import decode_html

    assert expected in decode_html(body, content_type)


def test_parse_links_of_the_fixture_pages():
    from pipeline.collect.links import parse_links

    base = "http://127.0.0.1:8000/"
    page = parse_links((SITE / "index.html").read_bytes(), base, "text/html; charset=utf-8")
    urls = [link.url for link in page.links]
    assert page.feeds == [
        base + path
        for path in (
            "feed.xml",
            "feeds/community.xml",
            "feeds/latest.atom",
            "feeds/briefing.xml",
            "feeds/truncated.xml",
        )
    ]
    nofollow = [link.url for link in page.links if link.nofollow]
    assert nofollow == [base + "news/helpline-reader-comments.html"]
    assert not page.noindex and not page.nofollow
    assert page.canonical is None
    assert base + "news/helpline-calls-double.html" in urls
    assert not any(url.startswith(("mailto:", "ftp:")) for url in urls)
    texts = {link.url: link.text for link in page.links}
    assert (
        texts[base + "news/helpline-busy.html"]
        == "Record number of callers contact helpline in January"
    )
    article = parse_links(
        (SITE / "news/helpline-cp1252.html").read_bytes(), base + "news/helpline-cp1252.html"
    )
    assert texts and {link.text for link in article.links} >= {"Who sought help – and why"}
    appeal = parse_links(
        (SITE / "news/stop-it-now-appeal.html").read_bytes(), base + "news/x?ref=1"
    )
    assert appeal.canonical == base + "news/stop-it-now-appeal.html"
    assert parse_links(b"", base).error == "empty page"
