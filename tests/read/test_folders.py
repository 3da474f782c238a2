"""What a researcher's folder holds (pipeline.read.folders): every entry read or reported with a
reason, never passed over in silence; and archives whose records are not all HTML pages."""
from __future__ import annotations

import codecs
import gzip
import json
import logging
import os
from pathlib import Path

import pytest

from pipeline.read.archives import iter_documents, kind_of
from pipeline.read.folders import OWN_FILES, walk
from warc_factories import page, write_warc

ARTICLE = "The helpline took 2,300 calls in the spring \u2013 a caf\u00e9 owner\u2019s \u201cline\u201d too."


def docs(*paths):
    return list(iter_documents([str(p) for p in paths]))


def relative(found, folder: Path) -> list[str]:
    return [Path(d.source.split("#")[0]).relative_to(folder).as_posix() for d in found]


def test_a_mixed_folder_is_read_whole(tmp_path):
    write_warc(tmp_path / "crawl.warc.gz", [("response", "http://a.example/1", "200 OK", "text/html", page(1))])
    (tmp_path / "page.html").write_text("<p>A page of its own.</p>", encoding="utf-8")
    (tmp_path / "note.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text(json.dumps({"url": "http://b.example/", "text": ARTICLE}) + "\n",
                                          encoding="utf-8")
    (tmp_path / "old.html.gz").write_bytes(gzip.compress(b"<p>An older page.</p>"))
    found = docs(tmp_path)
    assert relative(found, tmp_path) == ["crawl.warc.gz", "lines.jsonl", "note.txt", "old.html.gz", "page.html"]
    assert all(d.error is None for d in found)


@pytest.mark.parametrize("encoding, bom", [
    ("cp1252", b""), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-8", codecs.BOM_UTF8), ("utf-8", b""), ("utf-32-le", codecs.BOM_UTF32_LE),
])
def test_text_in_other_encodings(tmp_path, encoding, bom):
    path = tmp_path / "note.txt"
    path.write_bytes(bom + f"Headline\r\n\r\n{ARTICLE}\r\n".encode(encoding))
    (found,) = docs(path)
    assert found.error is None and ARTICLE in found.text and "\ufeff" not in found.text


@pytest.mark.parametrize("name, reason", [
    (".DS_Store", "hidden file, not read"),
    (".draft.txt", "hidden file, not read"),
    ("gold.json", "not a kind of file newsfacts reads"),
    ("scan.pdf", "not a kind of file newsfacts reads"),
    ("bundle.tar.gz", "not a kind of file newsfacts reads"),
])
def test_entries_not_read_are_reported_with_the_reason(tmp_path, name, reason):
    (tmp_path / name).write_bytes(b"\x00\x01 something")
    (tmp_path / "z.txt").write_text(ARTICLE, encoding="utf-8")
    skipped, read = docs(tmp_path)
    assert skipped.source == str(tmp_path / name) and skipped.error.startswith(reason + ": ")
    assert skipped.text is None and skipped.html is None
    assert read.error is None and read.text


def test_a_hidden_folder_is_reported_once_and_not_walked(tmp_path):
    (tmp_path / ".git" / "objects").mkdir(parents=True)
    for n in range(5):
        (tmp_path / ".git" / "objects" / f"{n}.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    found = docs(tmp_path)
    assert relative(found, tmp_path) == [".git", "a.txt"]
    assert found[0].error.startswith("hidden folder, not read: ")


def test_links_are_followed_and_loops_end(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    outside = tmp_path.parent / f"{tmp_path.name}-outside"
    outside.mkdir()
    (outside / "b.html").write_text("<p>Linked from elsewhere.</p>", encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "elsewhere").symlink_to(outside, target_is_directory=True)
    (tmp_path / "in" / "same").symlink_to(tmp_path / "real", target_is_directory=True)
    (tmp_path / "in" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "alias.txt").symlink_to(tmp_path / "real" / "a.txt")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "gone.txt")
    found = docs(tmp_path)
    assert relative(found, tmp_path) == ["alias.txt", "broken.txt", "in/elsewhere/b.html", "in/loop", "in/same",
                                         "real/a.txt"]
    errors = {Path(d.source).name: d.error for d in found}
    assert errors["alias.txt"] is None and errors["b.html"] is None and errors["a.txt"] is None
    assert errors["broken.txt"].startswith("broken symbolic link: ")
    assert errors["loop"].startswith("folder already read by another path")
    assert errors["same"].startswith("folder already read by another path")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads every folder")
def test_a_folder_that_cannot_be_listed_is_reported(tmp_path):
    (tmp_path / "locked").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "locked").chmod(0)
    try:
        found = docs(tmp_path)
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert [d.error.split(":")[0] for d in found if d.error] == ["cannot read folder"]


def test_a_folder_the_system_refuses_to_list_is_reported(tmp_path, monkeypatch):
    """The same as a folder without permission, for a run as root (which reads every folder)."""
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    scandir = os.scandir

    def refusing(path):  # noqa: ANN001, ANN202
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    found = docs(tmp_path)
    assert relative(found, tmp_path) == ["a.txt", "locked"]
    assert found[1].error == f"cannot read folder: {tmp_path / 'locked'} (Permission denied)"


def test_a_fifo_is_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (found,) = docs(tmp_path)
    assert found.error.startswith("not a regular file: ")


def test_the_crawl_index_is_not_an_input(tmp_path):
    from pipeline.collect.warcstore import INDEX

    assert INDEX in OWN_FILES
    (tmp_path / INDEX).write_bytes(b"SQLite format 3\x00")
    write_warc(tmp_path / "crawl.warc.gz", [("response", "http://a.example/1", "200 OK", "text/html", page(1))])
    assert [d.url for d in docs(tmp_path)] == ["http://a.example/1"]


def test_walk_lists_what_is_read_and_what_is_not(tmp_path):
    (tmp_path / "a.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "b.doc").write_text("x", encoding="utf-8")
    entries = walk(tmp_path, kind_of)
    assert [(e.path.name, e.reason is None) for e in entries] == [("a.html", True), ("b.doc", False)]


ODD_RECORDS = [
    ("warcinfo", None, None, "application/warc-fields", b"software: tests\r\n"),
    ("request", "http://a.example/1", None, "application/http; msgtype=request", b"GET /1 HTTP/1.1\r\n\r\n"),
    ("response", "http://a.example/1", "200 OK", "text/html", page(1)),
    ("response", "http://a.example/report.pdf", "200 OK", "application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"),
    ("response", "http://a.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n\x00"),
    ("response", "http://a.example/old", "301 Moved Permanently", "text/html", b""),
    ("revisit", "http://a.example/1", None, None, b""),
    ("resource", "http://a.example/2", None, "text/html", page(2)),
]


@pytest.mark.parametrize("gzipped", [True, False])
def test_an_archive_says_which_records_are_not_pages(tmp_path, caplog, gzipped):
    path = tmp_path / ("odd.warc.gz" if gzipped else "odd.warc")
    write_warc(path, ODD_RECORDS, gzipped)
    with caplog.at_level(logging.INFO, logger="pipeline.read.archive_records"):
        found = docs(path)
    assert [d.url for d in found] == ["http://a.example/1", "http://a.example/2"]
    (message,) = [r for r in caplog.records if "not HTML pages" in r.getMessage()]
    assert message.levelno == logging.WARNING  # a PDF, an image and a revisit: pages of another kind
    text = message.getMessage()
    for why in ("not HTML (application/pdf) x1", "not HTML (image/png) x1", "request x1", "revisit x1",
                "status not 200 x1", "warcinfo x1"):
        assert why in text, text
    assert text.startswith(f"{path}: 6 archive records")


CRAWL_FILES = [
    ("response", "http://a.example/robots.txt", "200 OK", "text/plain", b"User-agent: *\nAllow: /\n"),
    ("response", "http://a.example/feed.xml", "200 OK", "application/rss+xml", b"<rss></rss>"),
    ("response", "http://a.example/sitemap.xml", "200 OK", "application/xml", b"<urlset></urlset>"),
    ("response", "http://a.example/sitemap.xml.gz", "200 OK", "application/x-gzip", b"\x1f\x8b\x08\x00"),
]


@pytest.mark.parametrize("records", [ODD_RECORDS[:3], ODD_RECORDS[:3] + CRAWL_FILES], ids=["requests", "crawl-files"])
def test_an_archive_of_pages_and_requests_only_says_so_quietly(tmp_path, caplog, records):
    path = tmp_path / "plain.warc.gz"
    write_warc(path, records)
    with caplog.at_level(logging.INFO, logger="pipeline.read.archive_records"):
        docs(path)
    (message,) = [r for r in caplog.records if "not HTML pages" in r.getMessage()]
    assert message.levelno == logging.INFO
