"""Input readers: WARC/ARC archives, JSONL, HTML and text files, folders and stdin.

Any of them may be compressed (gzip, bzip2, xz: :mod:`pipeline.read.compressed`).

:func:`iter_documents` turns any mix of paths into a stream of
:class:`~pipeline.records.Document`, one per article, reading one file or one
archive record at a time so that memory does not grow with the input.  An input
that cannot be read becomes a Document whose ``error`` says why, and reading goes
on: a corrupt WARC member is skipped by searching for the next member.

This module reads paths, folders, files, stdin and JSON Lines; the archives' records are
read by :mod:`~pipeline.read.archive_records` (warcio, damaged members skipped) and
:mod:`~pipeline.read.fast_warc` (plain records of a gzipped WARC), an archive's ranges by
:mod:`~pipeline.read.archive_ranges`; what they share (size limits, the ``keep`` test,
decoding) is :mod:`~pipeline.read.page_bytes`.
"""
from __future__ import annotations

import io
import json
import logging
import re
import shutil
import sys
import tempfile
import zlib
from pathlib import Path
from typing import IO, BinaryIO, Iterable, Iterator, Optional

from pipeline.read.archive_ranges import iter_archive_range, record_offsets  # noqa: F401 - imported from here
from pipeline.read.archive_records import iter_archive
from pipeline.read.compressed import ERRORS, compression_of, decompressed, describe, strip_suffix
from pipeline.read.folders import walk
from pipeline.read.page_bytes import (
    CHUNK,
    GZIP_MAGIC,
    Dropped,
    Keep,
    Limits,
    PathLike,
    decode,
    kept,
)
from pipeline.records import Document

logger = logging.getLogger(__name__)

# Each may be followed by a compression suffix (.gz, .bz2, .xz): ``x.html.gz`` is HTML.
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt", ".text", ".md")
ARCHIVE_SUFFIXES = (".warc", ".arc")
JSONL_SUFFIXES = (".jsonl",)

_HTML_SNIFF = re.compile(rb"<(?:!doctype html|html|head|body|meta|title|p|div|article)\b", re.I)


def kind_of(path: PathLike) -> Optional[str]:
    """``"archive"``, ``"jsonl"``, ``"html"`` or ``"text"`` by file suffix (a compression
    suffix after it is allowed), else None."""
    name = strip_suffix(str(path))
    for kind, suffixes in (("archive", ARCHIVE_SUFFIXES), ("jsonl", JSONL_SUFFIXES),
                           ("html", HTML_SUFFIXES), ("text", TEXT_SUFFIXES)):
        if name.endswith(suffixes):
            return kind
    return None


def sniff(head: bytes) -> str:
    """The kind of input whose first bytes are ``head`` (for stdin and odd suffixes)."""
    if head.startswith(GZIP_MAGIC):
        try:
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 512)
        except zlib.error:
            return "binary"
        return "archive" if _is_archive(inner) else "gzip"
    if _is_archive(head):
        return "archive"
    stripped = head.lstrip()
    if stripped.startswith(b"{"):
        return "jsonl"
    if _HTML_SNIFF.search(head[:2048]):
        return "html"
    return "text"


def _is_archive(head: bytes) -> bool:
    return head.startswith(b"WARC/") or head.startswith(b"filedesc://")


def iter_documents(paths: Iterable[PathLike], *, stdin: Optional[BinaryIO] = None,
                   limits: Optional[Limits] = None, keep: Keep = None) -> Iterator[Document]:
    """One :class:`Document` per article in ``paths``; ``-`` reads ``stdin``.

    Folders are walked recursively in sorted order and only files with a known
    suffix are read, every other entry giving an error document that says why
    (:mod:`pipeline.read.folders`); a file named explicitly is read whatever its suffix.  With
    ``keep``, an archive record or an HTML or text file whose raw bytes it rules
    out becomes a :class:`Dropped` document (JSON lines are always decoded).
    """
    limits = limits or Limits()
    for path in paths:
        if str(path) == "-":
            yield from _iter_stream(stdin if stdin is not None else sys.stdin.buffer, limits, keep)
            continue
        path = Path(path)
        if path.is_dir():
            yield from _iter_folder(path, limits, keep)
        elif path.is_file():
            yield from _iter_file(path, kind_of(path), limits, keep)
        else:
            yield Document(source=str(path), error=f"no such file or folder: {path}")


def folder_files(folder: Path) -> list[Path]:
    """The files of a folder that :func:`iter_documents` reads, in the order it reads them."""
    return [entry.path for entry in walk(folder, kind_of) if entry.reason is None]


def _iter_folder(folder: Path, limits: Limits, keep: Keep = None) -> Iterator[Document]:
    """The documents of every file of ``folder``, and an error document for every entry not
    read, with the reason (:mod:`pipeline.read.folders`)."""
    entries = walk(folder, kind_of)
    for entry in entries:
        if entry.reason is None:
            yield from _iter_file(entry.path, kind_of(entry.path), limits, keep)
        else:
            yield Document(source=str(entry.path), error=entry.reason)
    if not entries:
        yield Document(source=str(folder), error=f"no readable files in folder: {folder}")


def _iter_file(path: Path, kind: Optional[str], limits: Limits, keep: Keep = None) -> Iterator[Document]:
    """The documents of one file of ``kind`` (None: sniffed from its first bytes), compressed or not.

    A gzipped or plain archive is read from the file itself (its members can be
    skipped by seeking); every other compressed file is read through a decompressing
    stream, and a truncated or corrupt one ends in an error document.
    """
    source = str(path)
    compression = None
    try:
        with open(path, "rb") as raw:
            compression = compression_of(raw.read(8))
            raw.seek(0)
            if kind is None:
                kind = sniff(decompressed(raw, compression).read(4096))
                raw.seek(0)
                if kind not in ("archive", "jsonl", "html", "text"):
                    yield Document(source=source, error=f"binary file: {source}")
                    return
            if kind in ("archive", "jsonl") and not raw.read(1):  # an empty file still gets its record
                yield Document(source=source, error=f"empty input: {source}")
                return
            raw.seek(0)
            if kind == "archive" and compression in (None, "gzip"):
                yield from iter_archive(raw, source, limits, keep=keep)
                return
            stream = decompressed(raw, compression)
            if kind == "archive":
                yield from _iter_spooled(stream, source, limits, keep)
            elif kind == "jsonl":
                yield from iter_jsonl(stream, source, limits)
            else:
                yield _page_document(stream, source, kind, limits, keep)
    except ERRORS as exc:
        yield Document(source=source, error=describe(exc, compression, source))
    except Exception as exc:  # noqa: BLE001 - a reader's bug on one file loses that file, not the batch
        logger.exception("%s: reading failed", source)
        yield Document(source=source, error=f"cannot read {source}: {type(exc).__name__}: {exc}"[:300])


def _iter_spooled(stream: BinaryIO, source: str, limits: Limits, keep: Keep = None) -> Iterator[Document]:
    """The documents of an archive that cannot be read in place (stdin, bzip2 or xz): copied
    to a spool (on disk past 8 MB) so that a corrupt member can be skipped by seeking.  A
    stream that breaks off gives the records copied until then, then an error document."""
    failure: Optional[BaseException] = None
    with tempfile.SpooledTemporaryFile(max_size=8 * CHUNK) as spool:
        try:
            shutil.copyfileobj(stream, spool, CHUNK)
        except ERRORS as exc:
            failure = exc
        spool.seek(0)
        yield from iter_archive(spool, source, limits, keep=keep)  # type: ignore[arg-type]
    if failure is not None:
        raise failure


def _iter_stream(stream: BinaryIO, limits: Limits, keep: Keep = None) -> Iterator[Document]:
    head = stream.read(4096)
    chained = io.BufferedReader(_Chain(head, stream), buffer_size=CHUNK)
    compression = compression_of(head)
    kind = sniff(head)
    try:
        if kind == "archive":  # plain or gzipped: spooled as it is, so that members can be skipped
            yield from _iter_spooled(chained, "-", limits, keep)  # type: ignore[arg-type]
        elif compression is not None:
            yield from _iter_stream(decompressed(chained, compression), limits, keep)  # type: ignore[arg-type]
        elif kind == "jsonl":
            yield from iter_jsonl(chained, "-", limits)
        else:
            yield _page_document(chained, "-", kind, limits, keep)
    except ERRORS as exc:
        yield Document(source="-", error=describe(exc, compression, "-"))


class _Chain(io.RawIOBase):
    """Bytes already read, followed by the rest of a stream."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n], self._head = self._head[:n], self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def _page_document(fh: IO[bytes], source: str, kind: Optional[str], limits: Limits, keep: Keep = None) -> Document:
    data = fh.read(limits.max_bytes + 1)
    truncated = len(data) > limits.max_bytes
    if not kept(data[:limits.max_bytes], keep):
        return Dropped(source=source)
    text, error = decode(data[:limits.max_bytes], source, None, limits, truncated)
    if text is None:
        return Document(source=source, error=error)
    if kind == "html":
        return Document(source=source, html=text, error=error)
    return Document(source=source, text=text, error=error)


def iter_jsonl(fh: IO[bytes], source: str, limits: Limits) -> Iterator[Document]:
    """Documents from JSON Lines of ``{url, html}`` or ``{url, text}``; source ``path#Ln``."""
    number = 0
    while True:
        line = fh.readline(limits.max_bytes + 1)
        if not line:
            break
        number += 1
        where = f"{source}#L{number}"
        if len(line) > limits.max_bytes and not line.endswith(b"\n"):
            while (rest := fh.readline(CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield Document(source=where, error=f"JSON line longer than {limits.max_bytes} bytes")
            continue
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except (ValueError, RecursionError) as exc:  # RecursionError: arrays or objects nested thousands deep
            yield Document(source=where, error=f"invalid JSON: {exc}")
            continue
        if not isinstance(item, dict):
            yield Document(source=where, error="JSON line is not an object")
            continue
        yield _jsonl_document(item, where, limits)


def _jsonl_document(item: dict, where: str, limits: Limits) -> Document:
    def field(name: str) -> Optional[str]:
        value = item.get(name)
        return value if isinstance(value, str) and value.strip() else None

    doc = Document(source=where, url=field("url"), published=field("published"),
                   fetched=field("fetched"))
    body = field("html") or field("text")
    if body is None:
        doc.error = "JSON line has no html or text"
    elif len(body) > limits.max_chars:
        doc.error = f"input longer than {limits.max_chars} characters, cut there"
        body = body[:limits.max_chars]
    if field("html"):
        doc.html = body
    else:
        doc.text = body
    return doc
