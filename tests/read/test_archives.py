"""Reading WARC, ARC, JSONL, HTML and text inputs (pipeline.archives)."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from pipeline.read.archives import Limits, iter_documents, kind_of, sniff
from warc_factories import page, write_warc

CP1252 = "The charity\u2019s \u201cStop It Now\u201d line \u2013 calls cost \u00a30 – caf\u00e9 owners"




STANDARD = [
    ("warcinfo", None, None, "application/warc-fields", b"software: tests\r\n"),
    ("request", "http://a.example/1", None, "application/http; msgtype=request",
     b"GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n"),
    ("response", "http://a.example/1", "200 OK", "text/html; charset=utf-8", page(1)),
    ("response", "http://a.example/2", "404 Not Found", "text/html", page(2)),
    ("response", "http://a.example/3.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n\x00"),
    ("metadata", "http://a.example/1", None, "application/warc-fields", b"via: x\r\n"),
    ("response", "http://a.example/4", "200 OK", "text/html; charset=windows-1252",
     f"<p>{CP1252}</p>".encode("cp1252")),
    ("resource", "http://a.example/5", None, "text/html", page(5)),
]


def docs(*paths, **kwargs):
    return list(iter_documents([str(p) for p in paths], **kwargs))


@pytest.mark.parametrize("gzipped, name", [(True, "crawl.warc.gz"), (False, "crawl.warc")])
def test_warc_keeps_html_200_responses_and_resources(tmp_path, gzipped, name):
    path = tmp_path / name
    offsets = write_warc(path, STANDARD, gzipped)
    found = docs(path)
    assert [d.url for d in found] == ["http://a.example/1", "http://a.example/4",
                                      "http://a.example/5"]
    assert [d.source for d in found] == [f"{path}#{offsets[i]}" for i in (2, 6, 7)]
    assert all(d.error is None and d.text is None for d in found)
    assert "Paragraph number 1" in found[0].html
    assert CP1252 in found[1].html  # charset from the HTTP header
    assert found[0].fetched and found[0].fetched.startswith("20")


@pytest.mark.parametrize("gzipped", [True, False])
def test_truncated_warc_gives_an_error_then_ends(tmp_path, gzipped):
    records = [("response", f"http://a.example/{i}", "200 OK", "text/html", page(i, "x" * 400))
               for i in range(3)]
    path = tmp_path / "cut.warc.gz"
    offsets = write_warc(path, records, gzipped)
    data = path.read_bytes()
    path.write_bytes(data[:offsets[2] + (offsets[2] - offsets[1]) // 2])
    found = docs(path)
    assert [d.url for d in found[:2]] == ["http://a.example/0", "http://a.example/1"]
    assert len(found) == 3
    assert found[2].error and found[2].html is None
    assert found[2].source == f"{path}#{offsets[2]}"


@pytest.mark.parametrize("gzipped", [True, False])
def test_corrupt_member_in_the_middle_is_skipped(tmp_path, gzipped):
    records = [("response", f"http://a.example/{i}", "200 OK", "text/html", page(i, "y" * 300))
               for i in range(4)]
    path = tmp_path / "bad.warc"
    offsets = write_warc(path, records, gzipped)
    data = bytearray(path.read_bytes())
    middle = offsets[1] + 30
    data[middle:middle + 60] = b"\x00garbage!" * 6 + b"\x00" * 6
    path.write_bytes(bytes(data))
    found = docs(path)
    assert found[0].url == "http://a.example/0" and found[0].error is None
    assert found[1].error and found[1].html is None
    assert found[1].source == f"{path}#{offsets[1]}"
    assert [d.url for d in found[2:]] == ["http://a.example/2", "http://a.example/3"]
    assert all(d.error is None for d in found[2:])


def arc_bytes(entries: list[tuple[str, bytes]]) -> bytes:
    head = b"1 0 Tests\nURL IP-address Archive-date Content-type Archive-length\n"
    out = b"filedesc://test.arc 0.0.0.0 20220318120000 text/plain %d\n" % len(head) + head + b"\n"
    for url, body in entries:
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
        out += (f"{url} 127.0.0.1 20220318120000 text/html {len(http)}\n".encode()
                + http + b"\n")
    return out


@pytest.mark.parametrize("name, compress", [("old.arc", False), ("old.arc.gz", True)])
def test_arc(tmp_path, name, compress):
    entries = [("http://b.example/1", page(1)), ("http://b.example/2", page(2))]
    data = arc_bytes(entries)
    if compress:  # one gzip member per record, as ARC files are written
        starts = [0] + [i + 1 for i in range(len(data)) if data.startswith(b"\nhttp://", i)]
        data = b"".join(gzip.compress(data[a:b]) for a, b in zip(starts, starts[1:] + [None]))
    (tmp_path / name).write_bytes(data)
    found = docs(tmp_path / name)
    assert [d.url for d in found] == ["http://b.example/1", "http://b.example/2"]
    assert "Paragraph number 2" in found[1].html
    assert all(d.error is None for d in found)


def test_jsonl_and_gzipped_jsonl(tmp_path):
    lines = [
        {"url": "http://c.example/1", "html": "<p>One</p>", "published": "2021-02-03"},
        {"url": "http://c.example/2", "text": "Two\r\nlines"},
        "not an object",
        {"url": "http://c.example/4"},
    ]
    body = "\n".join(json.dumps(x) for x in lines) + "\n{broken json\n\n"
    (tmp_path / "a.jsonl").write_text(body, encoding="utf-8")
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(body.encode("utf-8")))
    for name in ("a.jsonl", "b.jsonl.gz"):
        found = docs(tmp_path / name)
        src = str(tmp_path / name)
        assert [d.source for d in found] == [f"{src}#L{i}" for i in (1, 2, 3, 4, 5)]
        assert found[0].html == "<p>One</p>" and found[0].published == "2021-02-03"
        assert found[1].text == "Two\r\nlines" and found[1].html is None
        assert [bool(d.error) for d in found] == [False, False, True, True, True]


@pytest.mark.parametrize("data, expected", [
    (b"<!DOCTYPE html><html><body><p>Hi there</p></body></html>", "html"),
    (b"Just a plain article.\nSecond line.", "text"),
    (b'{"url": "http://x.example", "text": "T"}\n', "jsonl"),
])
def test_stdin(data, expected):
    found = list(iter_documents(["-"], stdin=io.BytesIO(data)))
    assert len(found) == 1 and found[0].source.startswith("-")
    assert found[0].error is None
    value = {"html": found[0].html, "text": found[0].text, "jsonl": found[0].text}[expected]
    assert value and value.strip()


def test_stdin_warc(tmp_path):
    path = tmp_path / "s.warc.gz"
    write_warc(path, STANDARD)
    found = list(iter_documents(["-"], stdin=io.BytesIO(path.read_bytes())))
    assert [d.url for d in found] == ["http://a.example/1", "http://a.example/4",
                                      "http://a.example/5"]


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "empty"),
    ("blank.html", b"  \n\n\t ", "empty"),
    ("binary.txt", b"\x00\x01\x02\x03" * 100, "binary"),
    ("image.html", b"GIF89a\x00\x00\x10\x00" * 40, "binary"),
])
def test_unreadable_files_become_errors(tmp_path, name, data, message):
    (tmp_path / name).write_bytes(data)
    (found,) = docs(tmp_path / name)
    assert message in found.error
    assert found.html is None and found.text is None


def test_cp1252_text_file(tmp_path):
    (tmp_path / "article.txt").write_bytes(("Headline\r\n\r\n" + CP1252 + ".\r\n").encode("cp1252"))
    (found,) = docs(tmp_path / "article.txt")
    assert CP1252 in found.text
    assert found.error is None and found.html is None


def test_folder_is_walked_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / "z.txt").write_text("Zed text", encoding="utf-8")
    (tmp_path / "a" / "deep" / "x.htm").write_text("<p>X page</p>", encoding="utf-8")
    (tmp_path / "a" / "one.md").write_text("One text", encoding="utf-8")
    (tmp_path / "b" / "two.html").write_text("<p>Two page</p>", encoding="utf-8")
    (tmp_path / "b" / "skip.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "notes.text").write_text("", encoding="utf-8")
    found = docs(tmp_path)
    names = [Path(d.source).relative_to(tmp_path).as_posix() for d in found]
    assert names == ["a/deep/x.htm", "a/one.md", "b/skip.png", "b/two.html", "notes.text", "z.txt"]
    assert [d.html is not None for d in found] == [True, False, False, True, False, False]
    assert found[2].error.startswith("not a kind of file newsfacts reads")  # reported, not passed over
    assert found[4].error and "empty" in found[4].error


@pytest.mark.parametrize("setup", ["empty_folder", "only_images", "missing"])
def test_nothing_readable(tmp_path, setup):
    target = tmp_path / "in"
    if setup != "missing":
        target.mkdir()
    if setup == "only_images":
        (target / "x.png").write_bytes(b"\x89PNG")
    (found,) = docs(target)
    assert found.error and found.html is None and found.text is None


def test_large_file_is_read_only_up_to_the_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 50_000, encoding="utf-8")
    (found,) = docs(path, limits=Limits(max_bytes=1000))
    assert len(found.text) <= 1000
    assert "1000 bytes" in found.error


def test_long_jsonl_line_is_skipped_and_the_next_read(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"text": "x" * 5000}) + "\n" + json.dumps({"text": "ok"}) + "\n",
                    encoding="utf-8")
    found = docs(path, limits=Limits(max_bytes=1000))
    assert found[0].error and found[0].text is None
    assert found[1].text == "ok" and found[1].error is None


@pytest.mark.parametrize("name, kind", [
    ("a.WARC.GZ", "archive"), ("a.arc", "archive"), ("a.jsonl.gz", "jsonl"), ("a.htm", "html"),
    ("a.md", "text"), ("a.text", "text"), ("a.pdf", None), ("a.gz", None),
])
def test_kind_of(name, kind):
    assert kind_of(name) == kind


@pytest.mark.parametrize("head, kind", [
    (b"WARC/1.0\r\n", "archive"), (b"filedesc://x.arc", "archive"), (b"  {\"url\": 1}", "jsonl"),
    (b"<!doctype html>", "html"), (b"Hello", "text"), (gzip.compress(b"WARC/1.1\r\n", mtime=0), "archive"),
])
def test_sniff(head, kind):
    assert sniff(head) == kind
