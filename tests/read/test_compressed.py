"""Compressed inputs (pipeline.read.compressed): gzip, bzip2 and xz files of every kind, in folders,
named alone and on stdin; truncated and corrupt ones; memory that stays flat."""
from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import tracemalloc
from pathlib import Path

import pytest

from pipeline.read.archives import Limits, iter_documents, kind_of
from pipeline.read.compressed import compression_of, strip_suffix
from warc_factories import page, write_warc

COMPRESSORS = {".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}
NAMES = {".gz": "gzip", ".bz2": "bzip2", ".xz": "xz"}
HTML = ("<html><head><title>Helpline figures</title></head><body><p>The line took 1,250 calls "
        "in the year, up from 980, a charity said.</p><p>Caf\u00e9 owners \u2013 and others \u2013 called "
        "too.</p></body></html>").encode("utf-8")
TEXT = "A helpline answered 3,400 calls last year.\n\nIts director said demand doubled.\n".encode("utf-8")
JSONL = b"".join(json.dumps(item).encode() + b"\n" for item in (
    {"url": "http://a.example/1", "html": "<p>First page about a helpline.</p>"},
    {"url": "http://a.example/2", "text": "Second article, plain text."},
    {"url": "http://a.example/3", "text": "Third article."},
))
WARC_RECORDS = [
    ("request", "http://a.example/1", None, "application/http; msgtype=request", b"GET /1 HTTP/1.1\r\n\r\n"),
    ("response", "http://a.example/1", "200 OK", "text/html; charset=utf-8", page(1)),
    ("response", "http://a.example/2", "200 OK", "text/html", page(2)),
]


def docs(*paths, **kwargs):
    return list(iter_documents([str(p) for p in paths], **kwargs))


def same_content(a, b) -> bool:
    return (a.html, a.text, a.url, a.error) == (b.html, b.text, b.url, b.error)


@pytest.mark.parametrize("suffix", list(COMPRESSORS))
@pytest.mark.parametrize("name, data", [("page.html", HTML), ("page.htm", HTML), ("page.xhtml", HTML),
                                        ("note.txt", TEXT), ("note.md", TEXT), ("lines.jsonl", JSONL)])
def test_a_compressed_file_reads_as_the_plain_one(tmp_path, name, data, suffix):
    plain = tmp_path / name
    plain.write_bytes(data)
    packed = tmp_path / "packed" / (name + suffix)
    packed.parent.mkdir()
    packed.write_bytes(COMPRESSORS[suffix](data))
    expected, found = docs(plain), docs(packed)
    assert len(found) == len(expected) >= 1
    assert all(same_content(a, b) for a, b in zip(expected, found))
    # the key of a document is the compressed file (a JSON line's: the file and its line)
    assert [d.source for d in found] == [d.source.replace(str(plain), str(packed)) for d in expected]
    assert docs(packed.parent)[0].source == found[0].source  # the same in a folder


@pytest.mark.parametrize("suffix", [".warc", ".warc.gz", ".warc.bz2", ".warc.xz"])
def test_a_compressed_archive_reads_as_the_plain_one(tmp_path, suffix):
    plain = tmp_path / "crawl.warc"
    write_warc(plain, WARC_RECORDS, gzipped=False)
    path = tmp_path / f"c{suffix}"
    if suffix == ".warc.gz":
        write_warc(path, WARC_RECORDS, gzipped=True)  # member by member, as crawlers write it
    else:
        path.write_bytes(COMPRESSORS.get(suffix[5:], bytes)(plain.read_bytes()))
    found = docs(path)
    assert [d.url for d in found] == ["http://a.example/1", "http://a.example/2"]
    assert all(same_content(a, b) for a, b in zip(docs(plain), found))
    assert all(d.source.startswith(f"{path}#") for d in found)


@pytest.mark.parametrize("suffix", list(COMPRESSORS))
@pytest.mark.parametrize("name, data", [("page.html", HTML * 40), ("note.txt", TEXT * 200)])
def test_a_truncated_file_is_an_error_and_the_next_file_is_read(tmp_path, name, data, suffix):
    packed = COMPRESSORS[suffix](data)
    (tmp_path / f"a-{name}{suffix}").write_bytes(packed[:len(packed) * 2 // 3])
    (tmp_path / f"b-{name}{suffix}").write_bytes(packed)
    cut, whole = docs(tmp_path)
    assert cut.error.startswith(f"truncated {NAMES[suffix]} file: ")
    assert cut.html is None and cut.text is None
    assert whole.error is None and (whole.html or whole.text)


@pytest.mark.parametrize("suffix", list(COMPRESSORS))
def test_a_corrupt_file_is_an_error_and_the_next_file_is_read(tmp_path, suffix):
    packed = bytearray(COMPRESSORS[suffix](HTML * 40))
    for at in range(len(packed) // 3, len(packed) // 3 + 40):
        packed[at] ^= 0x5A  # damage in the middle of the compressed data
    (tmp_path / f"a.html{suffix}").write_bytes(bytes(packed))
    (tmp_path / f"b.html{suffix}").write_bytes(COMPRESSORS[suffix](HTML))
    bad, good = docs(tmp_path)
    assert bad.error.split(":")[0] in (f"corrupt {NAMES[suffix]} file", f"truncated {NAMES[suffix]} file")
    assert good.error is None and "1,250 calls" in good.html


@pytest.mark.parametrize("suffix", list(COMPRESSORS))
def test_a_file_that_only_starts_like_a_compressed_one_is_an_error(tmp_path, suffix):
    head = {".gz": b"\x1f\x8b\x08\x00", ".bz2": b"BZh9", ".xz": b"\xfd7zXZ\x00"}[suffix]
    (tmp_path / f"x.txt{suffix}").write_bytes(head + b"not compressed at all " * 20)
    (found,) = docs(tmp_path / f"x.txt{suffix}")
    assert found.error.split(":")[0] in (f"corrupt {NAMES[suffix]} file", f"truncated {NAMES[suffix]} file")


def _varied_lines(count: int) -> bytes:
    """JSON lines whose texts differ (bzip2 compresses in blocks of 900 kB of input: a file cut
    short gives back its whole blocks only, so the file must be several blocks long)."""
    return b"".join(json.dumps({"url": f"http://a.example/{n}", "text": " ".join(
        f"w{n * 7919 + k * 104729}" for k in range(60))}).encode() + b"\n" for n in range(count))


@pytest.mark.parametrize("suffix", list(COMPRESSORS))
def test_a_truncated_jsonl_keeps_its_whole_lines_then_gives_an_error(tmp_path, suffix):
    lines = _varied_lines(6000)
    packed = COMPRESSORS[suffix](lines)
    path = tmp_path / f"lines.jsonl{suffix}"
    path.write_bytes(packed[:len(packed) // 2])
    found = docs(path)
    assert found[-1].error.startswith(f"truncated {NAMES[suffix]} file: ") and found[-1].source == str(path)
    read = found[:-1]
    assert read and all(d.error is None for d in read)
    assert [d.source for d in read] == [f"{path}#L{n}" for n in range(1, len(read) + 1)]


def test_a_truncated_bzip2_archive_gives_its_records_then_errors(tmp_path):
    plain = tmp_path / "crawl.warc"
    write_warc(plain, [("response", f"http://a.example/{n}", "200 OK", "text/html", page(n, _varied_lines(4).decode()))
                       for n in range(2000)], gzipped=False)
    packed = bz2.compress(plain.read_bytes())
    path = tmp_path / "crawl.warc.bz2"
    path.write_bytes(packed[:len(packed) * 3 // 4])
    found = docs(path)
    pages = [d for d in found if d.error is None]
    assert 0 < len(pages) < 2000
    assert found[-1].error.startswith("truncated bzip2 file: ")


@pytest.mark.parametrize("suffix", ["", ".gz"])
@pytest.mark.parametrize("compress", [gzip.compress, bz2.compress, lzma.compress])
def test_the_first_bytes_decide_not_the_name(tmp_path, suffix, compress):
    """A page saved gzipped under a plain name, and one already decompressed under a .gz name."""
    path = tmp_path / f"page.html{suffix}"
    path.write_bytes(compress(HTML) if not suffix else HTML)
    (found,) = docs(path)
    assert found.error is None and "1,250 calls" in found.html


@pytest.mark.parametrize("name", ["page", "page.gz", "page.data"])
@pytest.mark.parametrize("compress", [gzip.compress, bz2.compress, lzma.compress])
def test_a_file_named_alone_is_sniffed_inside_its_compression(tmp_path, name, compress):
    (tmp_path / name).write_bytes(compress(HTML))
    (found,) = docs(tmp_path / name)
    assert found.error is None and "1,250 calls" in found.html


@pytest.mark.parametrize("compress", [gzip.compress, bz2.compress, lzma.compress])
@pytest.mark.parametrize("data, field", [(HTML, "html"), (TEXT, "text")])
def test_stdin_compressed(compress, data, field):
    (found,) = list(iter_documents(["-"], stdin=io.BytesIO(compress(data))))
    assert found.source == "-" and found.error is None and getattr(found, field)


@pytest.mark.parametrize("compress", [bz2.compress, lzma.compress])
def test_stdin_compressed_archive(tmp_path, compress):
    plain = tmp_path / "crawl.warc"
    write_warc(plain, WARC_RECORDS, gzipped=False)
    found = list(iter_documents(["-"], stdin=io.BytesIO(compress(plain.read_bytes()))))
    assert [d.url for d in found] == ["http://a.example/1", "http://a.example/2"]


def test_stdin_corrupt_gzip_is_an_error():
    (found,) = list(iter_documents(["-"], stdin=io.BytesIO(b"\x1f\x8b\x08\x00" + b"\x00garbage" * 50)))
    assert found.source == "-" and found.error.split(":")[0] in ("corrupt gzip file", "truncated gzip file")


def _peak_reading(path: Path) -> tuple[int, int]:
    """(documents, peak traced bytes) of reading ``path`` without keeping its documents."""
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_documents([path]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return count, peak


@pytest.mark.parametrize("suffix", list(COMPRESSORS))
def test_memory_stays_flat_on_a_large_compressed_jsonl(tmp_path, suffix):
    """2.5 and 10 MB of JSON lines, 5 kB each: the peak is the same (the decoder's own tables, xz's
    dictionary is 8 MB, and about a line), not a share of the file."""
    line = json.dumps({"url": "http://a.example/", "text": "word " * 1000}).encode() + b"\n"
    opener = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}[suffix]
    peaks = []
    for lines in (500, 2000):
        path = tmp_path / f"big{lines}.jsonl{suffix}"
        with opener(path, "wb") as fh:
            for _ in range(lines):
                fh.write(line)
        count, peak = _peak_reading(path)
        assert count == lines
        peaks.append(peak)
    assert peaks[1] < peaks[0] + 500_000, peaks
    assert peaks[1] < 12_000_000, peaks


def test_a_large_compressed_page_is_read_only_up_to_the_limit(tmp_path):
    path = tmp_path / "big.txt.gz"
    with gzip.open(path, "wb") as fh:
        for _ in range(20_000):
            fh.write(b"word " * 200)  # 20 MB decompressed
    tracemalloc.start()
    try:
        (found,) = docs(path, limits=Limits(max_bytes=100_000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(found.text) <= 100_000 and "100000 bytes" in found.error
    assert peak < 2_000_000, peak


@pytest.mark.parametrize("name, kind", [
    ("a.html.gz", "html"), ("a.HTM.BZ2", "html"), ("a.xhtml.xz", "html"), ("a.txt.gz", "text"),
    ("a.md.xz", "text"), ("a.jsonl.bz2", "jsonl"), ("a.warc.xz", "archive"), ("a.arc.bz2", "archive"),
    ("a.gz", None), ("a.tar.gz", None), ("a.pdf.gz", None), ("a.html.zip", None),
])
def test_kind_of_compressed_names(name, kind):
    assert kind_of(name) == kind


@pytest.mark.parametrize("head, name", [
    (gzip.compress(b"x", mtime=0), "gzip"), (bz2.compress(b"x"), "bzip2"), (lzma.compress(b"x"), "xz"),
    (b"<html>", None), (b"", None), (b"BZ", None),
])
def test_compression_of(head, name):
    assert compression_of(head) == name


def test_strip_suffix():
    assert strip_suffix("A.HTML.GZ") == "a.html" and strip_suffix("a.txt") == "a.txt"
