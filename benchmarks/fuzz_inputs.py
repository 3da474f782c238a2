#!/usr/bin/env python3
"""Fuzz the command line with real pages made bad: no crash, no hang, nothing lost.

Usage:
    python benchmarks/fuzz_inputs.py [--per-kind 12] [--seed 12] [--work /tmp/newsfacts-fuzz]
    python benchmarks/fuzz_inputs.py --only build     # write the inputs, run nothing

Takes the real pages of ``../shared/bench`` (article-extraction, maintext-multilingual,
dates-multilingual: gzipped HTML) and the seeds, and writes mutated copies of them into
``--work/inputs``: cut at a random byte (plain and gzipped), bits flipped, wrong and mixed
encodings (UTF-16 without a byte-order mark, Latin-1 declared UTF-8, a BOM in the middle, NUL
bytes, a ``<meta charset>`` that lies), giant single lines, 100,000 nested tags, comments,
CDATA and scripts never closed, 10 MB of whitespace, pages of only numbers, quote marks,
right-to-left text or emoji, empty files, awkward names (spaces, a newline, bytes that are
not UTF-8), symbolic links (to a file, a folder, a loop, nothing, ``/dev/zero``), a FIFO, a
folder named ``x.html``, WARC files with bad headers, a wrong Content-Length, gzip members
cut mid-way, a record with no payload and a very large record, JSON Lines and compressed
files cut short.  Then it runs what a user runs on files:

- ``newsfacts extract inputs/`` with one worker and with two, and every input named on the
  command line, and a few on stdin;
- ``newsfacts check``, ``export`` (csv, sqlite, parquet) and ``report`` on the records it
  wrote, and on records files made bad the same ways.

A finding is a traceback or a non-zero exit, an input with no record, a record with no facts
and no text whose ``errors`` is empty, a run that does not end (``--hang`` seconds), or peak
memory past ``--max-mb``.  It prints each finding and the counts of inputs by kind; it asserts
nothing.  An archive whose records are none of them pages (``only-warcinfo``) gives no record by
design (a line on stderr counts them).  Why a script and not a test: it needs ``../shared/bench``
(not in the repository), writes about 200 MB and runs for many minutes; each finding it made is
held by a test that builds its bad input itself from text of our own writing
(``tests/read/test_bad_inputs.py``, ``tests/read/test_bad_markup.py``,
``tests/publish/test_bad_record_lines.py``).
"""
from __future__ import annotations

import argparse
import bz2
import gzip
import json
import logging
import lzma
import os
import random
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
if not SHARED.is_dir():
    SHARED = Path("/work/shared")
BENCH = ("article-extraction", "maintext-multilingual", "dates-multilingual")

log = logging.getLogger("fuzz")

# -- sources ---------------------------------------------------------------------------------


def real_pages(rng: random.Random, count: int) -> list[tuple[str, bytes]]:
    """``count`` real pages (name, HTML bytes) drawn from the three benchmarks and the seeds."""
    files: list[Path] = []
    for name in BENCH:
        files += sorted((SHARED / "bench" / name / "html").glob("*.gz"))
    seeds = sorted(p for p in (SHARED / "seeds").glob("*") if p.is_file())
    chosen = rng.sample(files, min(count, len(files))) + seeds
    pages = []
    for path in chosen:
        data = path.read_bytes()
        pages.append((path.name.split(".")[0][:24], gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data))
    return pages


def text_of(page: bytes) -> str:
    return page.decode("utf-8", "replace")


# -- mutations of one page: each returns (suffix, bytes) ----------------------------------------

def truncate(rng, page):  # noqa: ANN001, ANN201 - the table's functions share one shape
    return ".html", page[:rng.randrange(0, max(1, len(page)))]


def truncate_gz(rng, page):  # noqa: ANN001, ANN201
    data = gzip.compress(page)
    return ".html.gz", data[:rng.randrange(1, len(data))]


def flip_bits(rng, page, n: int = 0):  # noqa: ANN001, ANN201
    data = bytearray(page)
    for _ in range(n or rng.choice((1, 8, 64, 512))):
        if data:
            at = rng.randrange(len(data))
            data[at] ^= 1 << rng.randrange(8)
    return ".html", bytes(data)


def flip_bits_gz(rng, page):  # noqa: ANN001, ANN201
    data = bytearray(gzip.compress(page))
    for _ in range(rng.choice((1, 4, 32))):
        at = rng.randrange(10, len(data))
        data[at] ^= 1 << rng.randrange(8)
    return ".html.gz", bytes(data)


def utf16_no_bom(rng, page):  # noqa: ANN001, ANN201
    return ".html", text_of(page).encode(rng.choice(("utf-16-le", "utf-16-be")), "surrogatepass")


def latin1_declared_utf8(rng, page):  # noqa: ANN001, ANN201
    body = text_of(page).encode("latin-1", "replace")
    return ".html", b'<meta charset="utf-8">' + body


def bom_in_middle(rng, page):  # noqa: ANN001, ANN201
    at = rng.randrange(len(page) or 1)
    bom = rng.choice((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))
    return ".html", page[:at] + bom + page[at:]


def nul_bytes(rng, page):  # noqa: ANN001, ANN201
    data = bytearray(page)
    for _ in range(rng.choice((1, 10, 1000))):
        data.insert(rng.randrange(len(data) + 1), 0)
    return ".html", bytes(data)


def charset_lie(rng, page):  # noqa: ANN001, ANN201
    label = rng.choice(("utf-16", "shift_jis", "utf-7", "x-no-such-charset", "iso-2022-jp", "utf-32", "gb18030",
                        "\x00", "utf-8\"><script>", "a" * 5000))
    return ".html", f'<html><head><meta charset="{label}"><meta http-equiv="Content-Type" content="text/html; charset={label}">'.encode(
        "utf-8", "replace") + page


def giant_line(rng, page):  # noqa: ANN001, ANN201
    words = text_of(page).split()
    line = " ".join(words)
    size = rng.choice((1_000_000, 3_000_000))
    return ".txt", ((line + " ") * (size // (len(line) + 1) + 1))[:size].encode()


def giant_html_line(rng, page):  # noqa: ANN001, ANN201
    body = page.replace(b"\n", b" ").replace(b"\r", b" ")
    return ".html", body * max(1, 2_000_000 // max(1, len(body)))


def nested_tags(rng, page):  # noqa: ANN001, ANN201
    tag = rng.choice((b"div", b"b", b"span", b"table", b"p", b"li"))
    n = 100_000
    return ".html", (b"<" + tag + b">") * n + page + (b"</" + tag + b">") * rng.choice((0, n))


def unclosed(rng, page):  # noqa: ANN001, ANN201
    opener = rng.choice((b"<!--", b"<![CDATA[", b"<script>", b"<style>", b"<title>", b"<textarea>", b"<noscript>",
                         b"<template>", b"<svg><![CDATA[", b"<plaintext>", b"<iframe>", b"<xmp>"))
    at = rng.randrange(len(page) or 1)
    return ".html", page[:at] + opener + page[at:].replace(b"-->", b"").replace(b"</script>", b"")


def whitespace_10mb(rng, page):  # noqa: ANN001, ANN201
    ws = rng.choice((b" ", b"\n", b"\t", b"\r\n", b"\xc2\xa0"))
    where = rng.choice(("before", "only", "inside"))
    blob = ws * (10_000_000 // len(ws))
    if where == "only":
        return ".html", blob
    if where == "inside":
        at = len(page) // 2
        return ".html", page[:at] + blob + page[at:]
    return ".html", blob + page


def only_numbers(rng, page):  # noqa: ANN001, ANN201
    parts = [rng.choice(("1,234", "56%", "7.8", "2019", "1,2,3,4,5", "99.9 per cent", "0", "-3", "1e9", "½", "٣٤"))
             for _ in range(rng.choice((100, 10_000, 100_000)))]
    return rng.choice((".txt", ".html")), " ".join(parts).encode()


def only_quotes(rng, page):  # noqa: ANN001, ANN201
    marks = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "\u300c", "`"]
    n = rng.choice((100, 10_000, 200_000))
    joiner = rng.choice(("", " ", "\n"))
    return rng.choice((".txt", ".html")), joiner.join(rng.choice(marks) for _ in range(n)).encode()


def rtl_text(rng, page):  # noqa: ANN001, ANN201
    pieces = ["\u202e", "\u202b", "\u200f", "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "\u0661\u0662\u0663",
              "Stop It Now!", "1,234", "\u202c", "\u2067", "\u2069"]
    n = rng.choice((100, 10_000))
    return ".html", ("<p dir='rtl'>" + " ".join(rng.choice(pieces) for _ in range(n)) + "</p>").encode()


def emoji_only(rng, page):  # noqa: ANN001, ANN201
    pieces = ["\U0001f600", "\U0001f468\u200d\U0001f469\u200d\U0001f467", "\U0001f3f3\ufe0f\u200d\U0001f308", "\u2764\ufe0f",
              "\U0001f1ec\U0001f1e7", "\U0001f44d\U0001f3fd"]
    n = rng.choice((100, 50_000))
    return rng.choice((".txt", ".html")), "".join(rng.choice(pieces) for _ in range(n)).encode()


def mixed_encodings(rng, page):  # noqa: ANN001, ANN201
    text = text_of(page)
    cuts = sorted(rng.sample(range(len(text) or 1), min(6, len(text) or 1)))
    out, last = [], 0
    for cut in cuts + [len(text)]:
        out.append(text[last:cut].encode(rng.choice(("utf-8", "latin-1", "cp1252", "utf-16-le", "shift_jis")), "replace"))
        last = cut
    return ".html", b"".join(out)


PAGE_MUTATIONS: dict[str, Callable] = {
    "truncate": truncate, "truncate-gz": truncate_gz, "bit-flips": flip_bits, "bit-flips-gz": flip_bits_gz,
    "utf16-no-bom": utf16_no_bom, "latin1-declared-utf8": latin1_declared_utf8, "bom-in-middle": bom_in_middle,
    "nul-bytes": nul_bytes, "charset-lie": charset_lie, "mixed-encodings": mixed_encodings,
    "unclosed-block": unclosed,
}
# costly ones: a few of each
BIG_MUTATIONS: dict[str, Callable] = {
    "giant-line": giant_line, "giant-html-line": giant_html_line, "nested-100k": nested_tags,
    "whitespace-10mb": whitespace_10mb, "only-numbers": only_numbers, "only-quotes": only_quotes,
    "rtl-text": rtl_text, "emoji-only": emoji_only,
}


# -- WARC files ----------------------------------------------------------------------------------

def warc_record(url: str, body: bytes, *, length: Optional[int] = None, kind: str = "response",
                http: Optional[bytes] = None, warc_head: Optional[bytes] = None) -> bytes:
    """One WARC record written by hand, so that any header can lie."""
    if http is None:
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    block = http + body if kind == "response" else body
    size = len(block) if length is None else length
    head = warc_head if warc_head is not None else (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2022-03-18T10:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash((url, size))):032x}>\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {size}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def warc_cases(rng: random.Random, pages: list[tuple[str, bytes]]) -> dict[str, tuple[str, bytes]]:
    """Bad WARC files, each (kind, bytes), named by what is wrong with them."""
    def some(n: int) -> list[bytes]:
        return [p for _, p in rng.sample(pages, min(n, len(pages)))]

    def good(body: bytes, n: int) -> bytes:
        return warc_record(f"http://fuzz.example/{n}", body)

    def gz(records: list[bytes]) -> bytes:
        return b"".join(gzip.compress(r) for r in records)

    bodies = some(4)
    plain = [good(b, n) for n, b in enumerate(bodies)]
    cases: dict[str, tuple[str, bytes]] = {}
    cases["bad-version-line"] = ("warc", b"WARC/9.x\r\n" + plain[0].split(b"\r\n", 1)[1] + b"".join(plain[1:]))
    cases["garbage-header"] = ("warc", plain[0][:20] + bytes(rng.randrange(256) for _ in range(200)) + b"".join(plain))
    cases["no-warc-type"] = ("warc", plain[0].replace(b"WARC-Type: response\r\n", b"") + b"".join(plain[1:]))
    cases["length-not-a-number"] = ("warc", warc_record("http://fuzz.example/x", bodies[0], warc_head=(
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://fuzz.example/x\r\nContent-Length: lots\r\n\r\n"))
        + b"".join(plain[1:]))
    cases["length-negative"] = ("warc", warc_record("http://fuzz.example/x", bodies[0], length=-5) + b"".join(plain[1:]))
    cases["length-too-small"] = ("warc", warc_record("http://fuzz.example/x", bodies[0], length=100) + b"".join(plain[1:]))
    cases["length-too-large"] = ("warc", warc_record("http://fuzz.example/x", bodies[0], length=len(bodies[0]) * 3)
                                 + b"".join(plain[1:]))
    cases["length-huge"] = ("warc", warc_record("http://fuzz.example/x", bodies[0], length=10 ** 18) + b"".join(plain[1:]))
    cases["length-too-small-gz"] = ("warc.gz", gz([warc_record("http://fuzz.example/x", bodies[0], length=100)] + plain[1:]))
    cases["length-too-large-gz"] = ("warc.gz", gz([warc_record("http://fuzz.example/x", bodies[0], length=len(bodies[0]) + 500)]
                                                  + plain[1:]))
    whole = gz(plain)
    for n in range(3):
        cases[f"gz-cut-{n}"] = ("warc.gz", whole[:rng.randrange(10, len(whole))])
    member = gzip.compress(plain[1])
    cases["gz-member-cut-mid-way"] = ("warc.gz", gzip.compress(plain[0]) + member[:len(member) // 2] + gz(plain[2:]))
    flipped = bytearray(whole)
    for _ in range(5):
        flipped[rng.randrange(10, len(flipped))] ^= 0xFF
    cases["gz-bit-flips"] = ("warc.gz", bytes(flipped))
    cases["no-payload"] = ("warc", warc_record("http://fuzz.example/empty", b"") + b"".join(plain[1:]))
    cases["no-payload-no-http"] = ("warc", warc_record("http://fuzz.example/empty", b"", http=b"") + b"".join(plain[1:]))
    cases["no-payload-gz"] = ("warc.gz", gz([warc_record("http://fuzz.example/empty", b"", http=b"")] + plain[1:]))
    cases["http-head-only"] = ("warc", warc_record("http://fuzz.example/h", b"", http=b"HTTP/1.1 200 OK\r\n")
                               + b"".join(plain[1:]))
    cases["http-garbage"] = ("warc", warc_record("http://fuzz.example/h", bodies[0], http=b"\x00\xff garbage\r\n\r\n"))
    cases["chunked-lie"] = ("warc", warc_record("http://fuzz.example/c", bodies[0], http=(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n")))
    cases["gzip-encoding-lie"] = ("warc.gz", gz([warc_record("http://fuzz.example/c", bodies[0], http=(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"))] + plain[1:]))
    cases["br-encoding-lie"] = ("warc", warc_record("http://fuzz.example/c", bodies[0], http=(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\n")))
    cases["charset-lie-header"] = ("warc.gz", gz([warc_record("http://fuzz.example/c", bodies[0], http=(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-16\r\n\r\n"))]))
    cases["charset-unknown-header"] = ("warc", warc_record("http://fuzz.example/c", bodies[0], http=(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\"x-\xff\xfe\"\r\n\r\n")))
    big = (bodies[0] * (40_000_000 // len(bodies[0]) + 1))[:40_000_000]
    cases["record-40mb"] = ("warc.gz", gz([warc_record("http://fuzz.example/big", big)] + plain[1:]))
    cases["record-40mb-plain"] = ("warc", warc_record("http://fuzz.example/big", big) + b"".join(plain[1:]))
    cases["gzip-bomb-record"] = ("warc.gz", gz([warc_record("http://fuzz.example/z", b"\x00" * 300_000_000)] + plain[1:]))
    cases["only-warcinfo"] = ("warc", warc_record("http://fuzz.example/i", b"software: fuzz\r\n", kind="warcinfo"))
    cases["arc-bad-header"] = ("arc", b"filedesc://x 0.0.0.0 20220318100000 text/plain 5\nhello\n"
                               b"http://fuzz.example/a 1.2.3.4 20220318100000 text/html lots\n" + bodies[0])
    cases["arc-length-lie"] = ("arc", b"http://fuzz.example/a 1.2.3.4 20220318100000 text/html 999999\n"
                               b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + bodies[0])
    cases["warc-in-bz2-cut"] = ("warc.bz2", bz2.compress(b"".join(plain))[:-200])
    cases["warc-in-xz-cut"] = ("warc.xz", lzma.compress(b"".join(plain))[:-200])
    cases["many-empty-records"] = ("warc.gz", gz([warc_record(f"http://fuzz.example/e{n}", b"", http=b"") for n in range(3000)]))
    cases["headers-100k-lines"] = ("warc", warc_record("http://fuzz.example/h", bodies[0], warc_head=(
        b"WARC/1.0\r\nWARC-Type: response\r\n" + b"X-Junk: a\r\n" * 100_000 + b"Content-Length: 10\r\n\r\n")))
    cases["header-line-10mb"] = ("warc", b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x/" + b"a" * 10_000_000
                                 + b"\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n")
    return cases


def jsonl_cases(rng: random.Random, pages: list[tuple[str, bytes]]) -> dict[str, tuple[str, bytes]]:
    lines = [json.dumps({"url": f"http://fuzz.example/{n}", "html": text_of(p)}).encode() for n, (_, p) in enumerate(pages[:5])]
    whole = b"\n".join(lines) + b"\n"
    cases = {
        "jsonl-cut": ("jsonl", whole[:rng.randrange(len(whole))]),
        "jsonl-bit-flips": ("jsonl", flip_bits(rng, whole, 40)[1]),
        "jsonl-gz-cut": ("jsonl.gz", gzip.compress(whole)[:-100]),
        "jsonl-utf16": ("jsonl", whole.decode().encode("utf-16")),
        "jsonl-deep-nesting": ("jsonl", b"[" * 100_000 + b"]" * 100_000 + b"\n" + b'{"a":' * 50_000 + b"1" + b"}" * 50_000 + b"\n"),
        "jsonl-big-numbers": ("jsonl", b'{"url": 1e999999, "text": 123456789012345678901234567890, "published": NaN}\n'
                              b'{"url": "x", "text": "' + b"9" * 5_000_000 + b' calls", "published": "9999-99-99"}\n'),
        "jsonl-odd-fields": ("jsonl", b'{"url": "javascript:alert(1)", "text": "Stop It Now! took 1,200 calls.", '
                             b'"published": "yesterday", "fetched": {"a": 1}}\n{"url": "\\u0000", "html": "\\ud800"}\n'),
        "jsonl-nul-line": ("jsonl", b"\x00" * 100_000 + b"\n" + lines[0] + b"\n"),
    }
    return cases


# -- building the tree ----------------------------------------------------------------------------

def build(work: Path, rng: random.Random, per_kind: int) -> Counter:
    """Write every bad input under ``work/inputs``; returns how many of each kind."""
    inputs = work / "inputs"
    if inputs.exists():
        shutil.rmtree(inputs)
    inputs.mkdir(parents=True)
    kinds: Counter = Counter()
    pages = real_pages(rng, per_kind * len(PAGE_MUTATIONS))
    n = 0
    for kind, mutate in PAGE_MUTATIONS.items():
        folder = inputs / kind
        folder.mkdir()
        for name, page in rng.sample(pages, min(per_kind, len(pages))):
            suffix, data = mutate(rng, page)
            (folder / f"{n:04d}-{name}{suffix}").write_bytes(data)
            kinds[kind] += 1
            n += 1
    for kind, mutate in BIG_MUTATIONS.items():
        folder = inputs / kind
        folder.mkdir()
        for name, page in rng.sample(pages, 2):
            suffix, data = mutate(rng, page)
            (folder / f"{n:04d}-{name}{suffix}").write_bytes(data)
            kinds[kind] += 1
            n += 1
    folder = inputs / "warc"
    folder.mkdir()
    for name, (suffix, data) in warc_cases(rng, pages).items():
        (folder / f"{name}.{suffix}").write_bytes(data)
        kinds["warc:" + name] += 1
    folder = inputs / "jsonl"
    folder.mkdir()
    for name, (suffix, data) in jsonl_cases(rng, pages).items():
        (folder / f"{name}.{suffix}").write_bytes(data)
        kinds["jsonl:" + name] += 1
    folder = inputs / "files"
    folder.mkdir()
    sample = pages[0][1]
    for suffix in (".html", ".txt", ".jsonl", ".warc", ".warc.gz", ".html.gz", ".arc", ".txt.bz2", ".jsonl.xz"):
        (folder / f"empty{suffix}").write_bytes(b"")
        kinds["zero-length"] += 1
    for name in ("with space.html", "new\nline.html", "tab\there.html", "-dash.html", "quote\"'.html",
                 "semi;colon.html", "über.html", "x" * 200 + ".html"):
        (folder / name).write_bytes(sample)
        kinds["odd-name"] += 1
    os.makedirs(os.fsencode(folder) + b"/", exist_ok=True)
    for raw in (b"latin1-\xe9t\xe9.html", b"bad-\xff\xfe.html", b"sur-\xed\xa0\x80.txt"):
        with open(os.fsencode(folder) + b"/" + raw, "wb") as fh:
            fh.write(sample)
        kinds["non-utf8-name"] += 1
    (folder / "page.html").write_bytes(sample)
    links = {"link-to-file.html": "page.html", "link-broken.html": "nowhere.html", "link-to-dev-zero.html": "/dev/zero",
             "link-to-urandom.txt": "/dev/urandom", "link-to-folder": ".", "link-loop.html": "link-loop.html",
             "link-to-inputs": str(inputs)}
    for name, target in links.items():
        os.symlink(target, folder / name)
        kinds["symlink"] += 1
    os.mkfifo(folder / "fifo.html")
    kinds["fifo"] += 1
    (folder / "dir.html").mkdir()
    (folder / "dir.html" / "inner.html").write_bytes(sample)
    (folder / "dir.warc.gz").mkdir()
    kinds["folder-named-like-a-file"] += 2
    (folder / "no-permission.html").write_bytes(sample)
    os.chmod(folder / "no-permission.html", 0)
    kinds["no-permission"] += 1
    (folder / "gzip-bomb.html.gz").write_bytes(gzip.compress(b" " * 500_000_000, compresslevel=9))
    kinds["gzip-bomb"] += 1
    (folder / "html-in-bz2.html.bz2").write_bytes(bz2.compress(sample)[:-30])
    (folder / "html-in-xz.html.xz").write_bytes(lzma.compress(sample)[:-30])
    (folder / "gz-but-named-txt.txt").write_bytes(gzip.compress(sample))
    (folder / "binary.html").write_bytes(bytes(rng.randrange(256) for _ in range(100_000)))
    kinds["compressed-cut"] += 2
    kinds["misnamed"] += 1
    kinds["binary"] += 1
    return kinds


# -- running ----------------------------------------------------------------------------------------

def expected_inputs(inputs: Path) -> list[str]:
    """Every file under ``inputs`` as the reader names it (links and odd entries included)."""
    found = []
    for root, dirs, files in os.walk(inputs):
        found += [os.path.join(root, name) for name in files]
        found += [os.path.join(root, name) for name in dirs if os.path.islink(os.path.join(root, name))]
    return sorted(found)


class Watch:
    """Peak resident memory of a process and everything under it."""

    def __init__(self, pid: int):
        import psutil

        self.peak = 0
        self._proc = psutil.Process(pid)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self._proc, *self._proc.children(recursive=True)]
                total = 0
                for proc in procs:
                    try:
                        total += proc.memory_info().rss
                    except psutil.Error:
                        pass
                self.peak = max(self.peak, total)
            except psutil.Error:
                pass
            self._stop.wait(0.2)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak // 2**20


def run(cmd: list, *, hang: float, stdin: Optional[bytes] = None, cwd: Path = ROOT) -> dict:
    """Run one command; what it printed, its exit code, time and peak memory."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    watch = Watch(proc.pid)
    try:
        out, err = proc.communicate(stdin, timeout=hang)
        hung = False
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        hung = True
    return {"cmd": cmd, "rc": proc.returncode, "out": out, "err": err.decode("utf-8", "replace"), "hung": hung,
            "seconds": round(time.monotonic() - start, 1), "mb": watch.stop()}


def records_of(path: Path) -> list[dict]:
    out = []
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            out.append(json.loads(line))
    return out


def judge(label: str, result: dict, findings: list[str], max_mb: int) -> None:
    if result["hung"]:
        findings.append(f"{label}: did not end in {result['seconds']} s")
    if result["rc"] != 0:
        findings.append(f"{label}: exit code {result['rc']}: {result['err'][-600:]}")
    if "Traceback" in result["err"]:
        findings.append(f"{label}: a traceback on stderr: {result['err'][-1500:]}")
    if result["mb"] > max_mb:
        findings.append(f"{label}: peak memory {result['mb']} MB")
    log.info("%s: rc %s, %.1f s, %d MB", label, result["rc"], result["seconds"], result["mb"])


def judge_records(label: str, records: list[dict], wanted: list[str], findings: list[str]) -> None:
    """Every input has a record, and a record that failed says why."""
    sources = Counter()
    for record in records:
        source = record["article"]["source"]
        sources[source.split("#")[0]] += 1
        empty = not any(record.get(k) for k in ("counts", "percentages", "multipliers", "quotes"))
        if empty and not record["errors"]:
            findings.append(f"{label}: no facts and no error: {source!r} ({record['article'].get('text_chars')} chars)")
        timeouts = [e for e in record["errors"] if e.startswith(("timeout", "memory", "worker"))]
        if timeouts:
            log.info("%s: %s: %s", label, source, timeouts)
    missing = [path for path in wanted if not sources.get(path) and "only-warcinfo" not in path]
    for path in missing[:10]:
        findings.append(f"{label}: no record for {path!r}")
    if len(missing) > 10:
        findings.append(f"{label}: and {len(missing) - 10} more inputs with no record")
    repeated = [source for source, n in sources.items() if n > 5000]
    if repeated:
        findings.append(f"{label}: {len(repeated)} inputs with over 5,000 records each: {repeated[:3]}")


def bad_records_files(work: Path, records: Path, rng: random.Random) -> list[Path]:
    """Records files made bad: cut, bits flipped, lines of other shapes."""
    data = records.read_bytes()
    folder = work / "records"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    first = data.split(b"\n", 1)[0]
    made = {
        "cut.jsonl": data[:rng.randrange(len(data))],
        "bit-flips.jsonl": flip_bits(rng, data, 200)[1],
        "empty.jsonl": b"",
        "binary.jsonl": bytes(rng.randrange(256) for _ in range(50_000)),
        "utf16.jsonl": data.decode("utf-8").encode("utf-16"),
        "nul-lines.jsonl": b"\x00" * 1000 + b"\n" + data,
        "other-json.jsonl": b'[1,2]\n"x"\nnull\n{}\n{"schema": "newsfacts/1"}\n{"schema": "newsfacts/1", "article": null}\n'
                            b'{"schema": "newsfacts/1", "article": {"id": 5}, "counts": "many"}\n' + first + b"\n",
        "deep.jsonl": b"[" * 100_000 + b"]" * 100_000 + b"\n" + first + b"\n",
        "big-numbers.jsonl": first.replace(b'"counts": [', b'"counts": [{"id": "c1", "value": 1e999, "start": -1, "end": 1e30, '
                                           b'"text": null, "sentence": [5, 2]}, ', 1) + b"\n",
        "long-line.jsonl": b'{"a": "' + b"x" * 20_000_000 + b'"}\n' + first + b"\n",
    }
    fields = []  # every record with one field of the wrong shape, all in one file
    for record in records_of(records)[:200]:
        for key in ("counts", "percentages", "multipliers", "quotes", "regions", "checks", "errors", "relevance", "article"):
            if record.get(key):
                bad = json.loads(json.dumps(record))
                first = record[key][0] if isinstance(record[key], list) else record[key]
                value = rng.choice([None, "x", 5, [None], [{}], [[1, 2]], {"a": 1}, [{"value": "NaN", "id": 3}],
                                    [{k: None for k in (first if isinstance(first, dict) else {})}],
                                    {k: None for k in (first if isinstance(first, dict) else {})}])
                bad[key] = value
                fields.append(json.dumps(bad))
    odd = [None, "x", "", -1, 0, 10 ** 30, 1e308, [], {}, [1, 2], [5, 2], [-3, 10 ** 9], True, "NaN", {"a": 1}]
    for record in records_of(records)[:400]:  # one field of one fact, check or region of the wrong shape
        for key in ("counts", "percentages", "multipliers", "quotes", "regions", "checks"):
            for item in (record.get(key) or [])[:3]:
                if isinstance(item, dict) and item:
                    bad = json.loads(json.dumps(record))
                    target = bad[key][record[key].index(item)]
                    target[rng.choice(sorted(item))] = rng.choice(odd)
                    fields.append(json.dumps(bad))
    made["fields.jsonl"] = ("\n".join(fields) + "\n").encode()
    paths = []
    for name, content in made.items():
        (folder / name).write_bytes(content)
        paths.append(folder / name)
    return paths


def publish_commands(py: str, records: Path, out: Path, label: str, hang: float, findings: list[str],
                     max_mb: int) -> None:
    """check, export (csv, sqlite, parquet) and report on one records file."""
    out.mkdir(parents=True, exist_ok=True)
    checks = out / "checks.jsonl"
    result = run([py, "-m", "pipeline", "check", str(records), "-o", str(checks)], hang=hang)
    judge(f"{label} check", result, findings, max_mb)
    extra = [str(checks)] if checks.is_file() else []
    result = run([py, "-m", "pipeline", "export", str(records), *extra, "--to", "csv", str(out / "csv"),
                  "--to", "sqlite", str(out / "x.sqlite"), "--to", "parquet", str(out / "parquet")], hang=hang)
    judge(f"{label} export", result, findings, max_mb)
    result = run([py, "-m", "pipeline", "report", str(records), *extra, "-o", str(out / "report.html")], hang=hang)
    judge(f"{label} report", result, findings, max_mb)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-kind", type=int, default=12, help="pages per mutation of one page")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--work", type=Path, default=Path("/tmp/newsfacts-fuzz"))
    parser.add_argument("--hang", type=float, default=1800, help="seconds after which a run counts as hung")
    parser.add_argument("--max-mb", type=int, default=6000, help="peak memory of a run (every process) counted as a blow-up")
    parser.add_argument("--only", choices=("build", "extract", "publish"), help="one part")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    rng = random.Random(args.seed)
    py = sys.executable
    work = args.work.resolve()
    findings: list[str] = []
    if args.only in (None, "build"):
        kinds = build(work, rng, args.per_kind)
        (work / "kinds.json").write_text(json.dumps(kinds, indent=1, sort_keys=True))
        log.info("built %d inputs of %d kinds", sum(kinds.values()), len(kinds))
    inputs = work / "inputs"
    wanted = [w for w in expected_inputs(inputs)]
    if args.only in (None, "extract"):
        for workers in (1, 2):
            out = work / f"records-w{workers}.jsonl"
            result = run([py, "-m", "pipeline", "extract", str(inputs), "-o", str(out), "-q", "--workers", str(workers)],
                         hang=args.hang)
            judge(f"extract folder --workers {workers}", result, findings, args.max_mb)
            judge_records(f"extract folder --workers {workers}", records_of(out), wanted, findings)
        one, two = (work / "records-w1.jsonl").read_bytes(), (work / "records-w2.jsonl").read_bytes()
        if one != two:
            findings.append("extract folder: the records of 1 and 2 workers differ")
        named = [w for w in wanted if os.path.isfile(w) and not os.path.islink(w) and "fifo" not in w]
        out = work / "records-named.jsonl"
        result = run([py, "-m", "pipeline", "extract", *named, "-o", str(out), "-q", "--workers", "2"], hang=args.hang)
        judge("extract each file named", result, findings, args.max_mb)
        judge_records("extract each file named", records_of(out), named, findings)
        for path in [w for w in named if os.path.getsize(w) < 12_000_000][::25]:
            result = run([py, "-m", "pipeline", "extract", "-", "-q", "--workers", "1"], hang=args.hang,
                         stdin=Path(path).read_bytes())
            judge(f"extract - < {path}", result, findings, args.max_mb)
            got = [json.loads(line) for line in result["out"].decode("utf-8").splitlines() if line.strip()]
            if not got:
                findings.append(f"extract - < {path}: no record")
            judge_records(f"extract - < {path}", got, [], findings)
    if args.only in (None, "publish"):
        publish_commands(py, work / "records-w1.jsonl", work / "publish" / "good", "fuzzed records", args.hang,
                         findings, args.max_mb)
        # records with facts and checks to spoil: the bundled corpus's, and the fuzzed run's
        rich = work / "records-rich.jsonl"
        rich.write_bytes((ROOT / "extracted" / "records.jsonl").read_bytes() + (work / "records-w1.jsonl").read_bytes())
        for path in bad_records_files(work, rich, rng):
            publish_commands(py, path, work / "publish" / path.stem, f"records {path.name}", args.hang, findings,
                             args.max_mb)
    print(f"{len(findings)} findings")
    for finding in findings:
        print("-", finding)
    return 0


if __name__ == "__main__":
    sys.exit(main())
