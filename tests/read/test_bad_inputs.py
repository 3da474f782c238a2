"""Inputs made bad the ways ``benchmarks/fuzz_inputs.py`` found that the reader did not take.

Each bad input is built here from pages of our own writing: a gzip member of a WARC cut
mid-way (warcio read on into the next member's bytes, gave the cut record as a whole
page and went back to it again and again: an endless run of records), JSON nested
thousands deep in a JSON Lines input (a RecursionError that ended the whole batch) and a
reader's unexpected exception (one file's error record, not the end of the run).
"""
from __future__ import annotations

import gzip
import io
import itertools
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.read import archives
from pipeline.read.archives import iter_documents

PAGE = ("<html><head><title>Report {n}</title></head><body><p>The helpline took {n},204 calls in 2021, "
        "its manager said. " + "Volunteers answered the phones on every evening of the week. " * 60
        + "</p></body></html>")


def warc_members(count: int) -> list[bytes]:
    """One gzip member per record, as crawlers write them."""
    members = []
    for n in range(count):
        out = io.BytesIO()
        writer = WARCWriter(out, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"http://paper.example/{n}", "response",
                                                      payload=io.BytesIO(PAGE.format(n=n).encode()),
                                                      http_headers=http))
        members.append(out.getvalue())
    return members


def read_at_most(path: Path, most: int) -> list:
    """The documents of ``path``, stopping after ``most`` (an endless reader fails, not hangs)."""
    return list(itertools.islice(iter_documents([str(path)]), most))


@pytest.mark.parametrize("cut", [0.2, 0.5, 0.8, 0.95])
@pytest.mark.parametrize("which", [0, 1, 2], ids=["first", "middle", "last"])
def test_gzip_member_cut_mid_way_is_one_error_and_the_rest_is_read(tmp_path, cut, which):
    members = warc_members(4)
    members[which] = members[which][:int(len(members[which]) * cut)]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(members))
    docs = read_at_most(path, 20)
    sources = [doc.source for doc in docs]
    assert len(sources) == len(set(sources)), sources  # each record once: the reader moves on
    assert len(docs) <= 5
    whole = [doc for doc in docs if not doc.error]
    for doc in whole:  # a record given as a page is a whole page of ours, never the cut one
        assert doc.html.rstrip().endswith("</html>") and "Report" in doc.html
    urls = {doc.url for doc in whole}
    assert f"http://paper.example/{which}" not in urls
    kept = {f"http://paper.example/{n}" for n in range(4) if n != which}
    assert len(urls & kept) >= 2  # the records after the cut are still read
    assert any(doc.error for doc in docs)


NESTED = [
    pytest.param(b"[" * 100_000 + b"]" * 100_000, id="arrays-100k-deep"),
    pytest.param(b'{"a":' * 50_000 + b"1" + b"}" * 50_000, id="objects-50k-deep"),
    pytest.param(b'{"url": "http://paper.example/x", "text": ' + b"[" * 20_000 + b"]" * 20_000 + b"}", id="deep-field"),
    pytest.param(b"[" * 100_000, id="arrays-never-closed"),
]


@pytest.mark.parametrize("line", NESTED)
def test_json_nested_thousands_deep_is_one_error_line(tmp_path, line):
    good = b'{"url": "http://paper.example/1", "text": "The helpline took 1,204 calls in 2021."}'
    path = tmp_path / "in.jsonl"
    path.write_bytes(good + b"\n" + line + b"\n" + good.replace(b"/1", b"/2") + b"\n")
    docs = read_at_most(path, 10)
    assert [bool(doc.error) for doc in docs] == [False, True, False]
    assert docs[1].source.endswith("#L2") and "invalid JSON" in docs[1].error


def test_a_readers_unexpected_exception_is_that_files_error_record(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug of the reader")

    (tmp_path / "a.html").write_text("<p>The helpline took 1,204 calls.</p>", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>The helpline took 2,204 calls.</p>", encoding="utf-8")
    real = archives._page_document
    monkeypatch.setattr(archives, "_page_document",
                        lambda fh, source, *rest: broken() if source.endswith("a.html") else real(fh, source, *rest))
    docs = read_at_most(tmp_path, 10)
    assert [Path(doc.source).name for doc in docs] == ["a.html", "b.html"]
    assert "RuntimeError: a bug of the reader" in docs[0].error
    assert not docs[1].error and "2,204" in docs[1].html


def test_gzip_of_a_cut_member_alone_is_an_error(tmp_path):
    member = gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\n" + b"x" * 5000)
    path = tmp_path / "one.warc.gz"
    path.write_bytes(member[:len(member) // 2])
    docs = read_at_most(path, 5)
    assert docs and all(doc.error for doc in docs)



@pytest.mark.parametrize("name", ["a.warc", "a.warc.gz", "a.arc", "a.arc.gz", "a.jsonl", "a.jsonl.gz", "a.jsonl.xz",
                                  "a.warc.bz2", "a.html", "a.txt"])
def test_an_empty_file_of_any_kind_gets_its_record(tmp_path, name):
    (tmp_path / name).write_bytes(b"")
    for path in (tmp_path / name, tmp_path):  # named, and met in a folder
        docs = read_at_most(path, 5)
        assert [(Path(doc.source).name, doc.error.split(":")[0]) for doc in docs] == [(name, "empty input")]


def warc_response(block: bytes) -> bytes:
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://paper.example/x\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: "
            + str(len(block)).encode() + b"\r\n\r\n" + block + b"\r\n\r\n")


@pytest.mark.parametrize("block", [
    pytest.param(b"\x00\xff garbage\r\n\r\n<p>The helpline took 1,204 calls.</p>", id="binary-status-line"),
    pytest.param(b"hello", id="no-http-at-all"),
    pytest.param(b"<html><body><p>The helpline took 1,204 calls.</p></body></html>", id="page-without-http-head"),
    pytest.param(b"HTTP/1.1 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>", id="status-missing"),
])
@pytest.mark.parametrize("gzipped", [False, True], ids=["plain", "gz"])
def test_a_response_without_an_http_status_line_is_an_error_record(tmp_path, block, gzipped):
    good = warc_response(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>The helpline took 2,204 calls.</p>")
    records = [warc_response(block), good]
    data = b"".join(gzip.compress(r) for r in records) if gzipped else b"".join(records)
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    path.write_bytes(data)
    docs = read_at_most(path, 5)
    assert len(docs) == 2, docs
    assert "without an HTTP status line" in (docs[0].error or ""), docs[0]
    assert not docs[1].error and "2,204" in docs[1].html


def test_a_response_of_another_status_still_gives_no_record(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(warc_response(b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>gone</p>"))
    assert read_at_most(path, 5) == []


@pytest.mark.parametrize("cut, expected", [(None, True), (0.95, False), (0.5, False)])
def test_a_gzip_member_ends_only_when_its_stream_does(cut, expected):
    """A member cut mid-way may read on through the members after it without an error (its block filled with their
    bytes, decoded); only a stream that reaches its trailer ends."""
    from pipeline.read.archive_records import _member_ends

    members = warc_members(3)
    if cut is not None:
        members[0] = members[0][:int(len(members[0]) * cut)]
    assert _member_ends(io.BytesIO(b"".join(members)), 0) is expected


def test_a_whole_file_gzip_ends_at_the_end():
    from pipeline.read.archive_records import _member_ends

    whole = gzip.compress(b"WARC/1.0\r\n" + b"x" * 100_000)
    assert _member_ends(io.BytesIO(whole), 0) and not _member_ends(io.BytesIO(whole[:-10]), 0)
