"""Input readers: WARC/ARC archives, JSONL, HTML and text files, folders and stdin.

Any of them may be compressed (gzip, bzip2, xz: :mod:`pipeline.read.compressed`).

:func:`iter_documents` turns any mix of paths into a stream of
:class:`~pipeline.records.Document`, one per article, reading one file or one
archive record at a time so that memory does not grow with the input.  An input
that cannot be read becomes a Document whose ``error`` says why, and reading goes
on: a corrupt WARC member is skipped by searching for the next member.
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
from collections import Counter
from pathlib import Path
from dataclasses import dataclass
from typing import IO, BinaryIO, Callable, Iterable, Iterator, Optional, Union

from pipeline import settings
from pipeline.read.compressed import ERRORS, compression_of, decompressed, describe, strip_suffix
from pipeline.read.folders import walk
from pipeline.read.metadata import DecodeError, decode_bytes
from pipeline.records import Document

logger = logging.getLogger(__name__)

PathLike = Union[str, Path]
Keep = Optional[Callable[[bytes], bool]]
"""A test of a page's raw bytes, before decoding (``--relevant-only``'s cheap test): a
page it returns False for is read as a :class:`Dropped` document, never decoded."""

# Each may be followed by a compression suffix (.gz, .bz2, .xz): ``x.html.gz`` is HTML.
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt", ".text", ".md")
ARCHIVE_SUFFIXES = (".warc", ".arc")
JSONL_SUFFIXES = (".jsonl",)
HTML_TYPES = ("text/html", "application/xhtml+xml")

_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_START = re.compile(rb"(?:^|\n)(?=WARC/\d\.\d\r?\n)")
_ARC_START = re.compile(rb"\n(?=(?:https?|ftp|dns|filedesc)://\S+ \S+ \d{14} \S+ \d+\r?\n)")
_HTML_SNIFF = re.compile(rb"<(?:!doctype html|html|head|body|meta|title|p|div|article)\b", re.I)
_CHUNK = 1 << 20


class Limits:
    """The size limits of the ``[extract]`` settings."""

    def __init__(self, max_bytes: Optional[int] = None, max_chars: Optional[int] = None, *, config=None):
        config = config or settings.defaults()
        section = config["extract"] if config.has_section("extract") else {}
        self.max_bytes = max_bytes or int(section.get("max_bytes", 10_000_000))
        self.max_chars = max_chars or int(section.get("max_chars", 2_000_000))


@dataclass
class Dropped(Document):
    """An input whose bytes the reader's ``keep`` test ruled out: where it came from, no body.

    Counted as read (progress, resume) but never decoded, sent to a worker or parsed;
    :func:`~pipeline.engine.stages.extract_document` gives it no record under
    ``--relevant-only``.
    """


def _kept(data: bytes, keep: Keep) -> bool:
    """Whether a body goes on to decoding: always without a test, and always when it would
    become an error record (empty, or binary) so that the error is still written."""
    if keep is None or not data or data.isspace():
        return True
    return keep(data) or b"\x00" in data


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
    if head.startswith(_GZIP_MAGIC):
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


def _iter_spooled(stream: BinaryIO, source: str, limits: Limits, keep: Keep = None) -> Iterator[Document]:
    """The documents of an archive that cannot be read in place (stdin, bzip2 or xz): copied
    to a spool (on disk past 8 MB) so that a corrupt member can be skipped by seeking.  A
    stream that breaks off gives the records copied until then, then an error document."""
    failure: Optional[BaseException] = None
    with tempfile.SpooledTemporaryFile(max_size=8 * _CHUNK) as spool:
        try:
            shutil.copyfileobj(stream, spool, _CHUNK)
        except ERRORS as exc:
            failure = exc
        spool.seek(0)
        yield from iter_archive(spool, source, limits, keep=keep)  # type: ignore[arg-type]
    if failure is not None:
        raise failure


def _iter_stream(stream: BinaryIO, limits: Limits, keep: Keep = None) -> Iterator[Document]:
    head = stream.read(4096)
    chained = io.BufferedReader(_Chain(head, stream), buffer_size=_CHUNK)
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


def _decode(data: bytes, source: str, content_type: Optional[str], limits: Limits,
            truncated: bool) -> tuple[Optional[str], Optional[str]]:
    """``(text, error)``: decoded bytes cut to ``max_chars``, or the reason they cannot be."""
    if not data.strip():
        return None, f"empty input: {source}"
    try:
        text, _ = decode_bytes(data, content_type=content_type)
    except DecodeError as exc:
        return None, f"{exc}: {source}"
    error = f"input larger than {limits.max_bytes} bytes, read only that much" if truncated else None
    if len(text) > limits.max_chars:
        text = text[:limits.max_chars]
        error = f"input longer than {limits.max_chars} characters, cut there"
    if not text.strip():
        return None, f"empty input: {source}"
    return text, error


def _page_document(fh: IO[bytes], source: str, kind: Optional[str], limits: Limits, keep: Keep = None) -> Document:
    data = fh.read(limits.max_bytes + 1)
    truncated = len(data) > limits.max_bytes
    if not _kept(data[:limits.max_bytes], keep):
        return Dropped(source=source)
    text, error = _decode(data[:limits.max_bytes], source, None, limits, truncated)
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
            while (rest := fh.readline(_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield Document(source=where, error=f"JSON line longer than {limits.max_bytes} bytes")
            continue
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as exc:
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


# -- WARC and ARC ----------------------------------------------------------------

class _Damaged(Exception):
    """A record whose header is not text: the bytes of a damaged member."""


class _Truncated(Exception):
    """A record whose body ends before its declared length."""


def iter_archive(fh: BinaryIO, source: str, limits: Limits, *, base: int = 0, keep: Keep = None) -> Iterator[Document]:
    """Documents from a seekable WARC or ARC stream, gzipped or not.

    A member that cannot be parsed becomes an error Document at its offset; the
    reader then searches for the next member (gzip header, ``WARC/1.x`` line or
    ARC header line) and goes on from there.  ``base`` is added to the offsets in
    the sources (the stream is a window of a larger file starting there).

    A gzipped WARC is read with FastWARC (:func:`_iter_fast`, twice warcio's speed)
    as long as its records are plain; from the first record that is not (a damaged
    member, a body shorter than its length, an encoded or chunked body, anything
    unexpected) and for the last record and whatever follows it, warcio reads on,
    so damaged archives give the same documents and errors either way.
    """
    from warcio.archiveiterator import ArchiveIterator

    fh.seek(0, io.SEEK_END)
    size = fh.tell()
    fh.seek(0)
    head = fh.read(4096)
    gzipped = head.startswith(_GZIP_MAGIC)
    position: Optional[int] = 0
    passed: Counter[str] = Counter()  # records that are not pages, by why
    if gzipped and _gzipped_warc(head):
        position = yield from _iter_fast(fh, source, limits, base, keep, passed)
    while position is not None:
        fh.seek(position)
        records = ArchiveIterator(fh, arc2warc=True)
        offset = position
        try:
            for record in records:
                offset = max(records.offset, position)
                doc = _record_document(record, f"{source}#{base + offset}", limits, keep)
                records.read_to_end()
                if getattr(record.raw_stream, "limit", 0) > 0:
                    raise _Truncated("record ends before its declared length")
                if isinstance(doc, str):
                    passed[doc] += 1
                else:
                    yield doc
                offset = records.offset
        except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on bad input
            message = " ".join(str(exc).split())[:160]
            yield Document(source=f"{source}#{base + offset}",
                           error=f"corrupt or truncated archive record ({type(exc).__name__}): "
                                 f"{message}")
            position = _resync(fh, offset + 1, gzipped)
            continue
        position = None
        if offset < size and _has_data(fh, offset):
            yield Document(source=f"{source}#{base + offset}",
                           error="truncated or unreadable data at the end of the archive")
            position = _resync(fh, offset + 1, gzipped)
    _report_passed(source, passed)


# what a polite crawl stores beside its pages (robots.txt, feeds, sitemaps and their gzipped
# copies): not read, and no cause for a warning
_CRAWL_FILES = frozenset(f"not HTML ({kind})" for kind in (
    "text/plain", "application/xml", "text/xml", "application/rss+xml", "application/atom+xml",
    "application/x-gzip", "application/gzip"))


def _report_passed(source: str, passed: Counter[str]) -> None:
    """Log the records of an archive that gave no document, by why: a warning when some were
    pages of another kind (PDF, images, revisits), else (requests, robots.txt, feeds, sitemaps)
    for ``--verbose`` only."""
    if not passed:
        return
    pages = any((why.startswith("not HTML") and why not in _CRAWL_FILES) or why == "revisit" for why in passed)
    logger.log(logging.WARNING if pages else logging.INFO, "%s: %d archive records are not HTML pages, not read: %s",
               source, sum(passed.values()), ", ".join(f"{why} x{n}" for why, n in sorted(passed.items())))


def _gzipped_warc(head: bytes) -> bool:
    """Whether gzipped bytes starting with ``head`` hold a WARC (not an ARC), and FastWARC is there."""
    try:
        import fastwarc  # noqa: F401
        inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 8)
    except (ImportError, zlib.error):
        return False
    return inner.startswith(b"WARC/")


_WARC_TYPES = frozenset({"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion",
                         "continuation"})


class _NotPlain(Exception):
    """A record the fast reader leaves to warcio."""


def _iter_fast(fh: BinaryIO, source: str, limits: Limits, base: int, keep: Keep,  # noqa: ANN202
               passed: Counter[str]):
    """Documents of a gzipped WARC read with FastWARC; returns the offset where warcio must go on.

    A record's document is given only once the next record has been read whole, so
    the record warcio goes on from has given nothing yet.
    """
    from fastwarc.warc import ArchiveIterator as FastIterator
    from fastwarc.warc import WarcRecordType

    fh.seek(0)
    held: Optional[tuple[int, Union[Document, str]]] = None  # the last record read, not given yet
    records = iter(FastIterator(fh, parse_http=False, record_types=WarcRecordType.any_type))
    while True:
        try:
            record = next(records, None)
            if record is None:
                break
            doc = _fast_document(record, f"{source}#{base + record.stream_pos}", limits, keep)
        except Exception as exc:  # noqa: BLE001 - gzip and parse errors of every kind: warcio reports them
            logger.debug("%s: FastWARC stops (%s); warcio goes on", source, exc)
            break
        if held is not None:
            if isinstance(held[1], str):
                passed[held[1]] += 1
            else:
                yield held[1]
        held = (record.stream_pos, doc)
    return held[0] if held is not None else 0


def _fast_document(record, source: str, limits: Limits, keep: Keep) -> Union[Document, str]:  # noqa: ANN001
    """What :func:`_record_document` gives for a plain record, from FastWARC; raises
    :class:`_NotPlain` for anything else."""
    headers = record.headers
    kind = headers.get("WARC-Type") or ""
    length = headers.get("Content-Length") or ""
    if kind not in _WARC_TYPES or not length.isdigit() or int(length) > limits.max_bytes:
        raise _NotPlain(f"record {kind!r} of length {length!r}")
    block = record.reader.read()
    if len(block) != int(length):
        raise _NotPlain("block shorter than its Content-Length")
    if kind not in ("response", "resource"):
        return kind
    if kind == "response":
        status, fields, body = _http_parts(block)
        if status != "200":
            return "status not 200"
        content_type = fields.get("content-type", "")
    else:
        content_type, body = headers.get("Content-Type") or "", block
    if not content_type.lower().split(";")[0].strip() in HTML_TYPES:
        return _not_html(content_type)
    url = headers.get("WARC-Target-URI")
    if not _kept(body, keep):
        return Dropped(source=source, url=url)
    text, error = _decode(body, source, content_type, limits, False)
    return Document(source=source, url=url, html=text, fetched=headers.get("WARC-Date"), error=error)


def _http_parts(block: bytes) -> tuple[str, dict[str, str], bytes]:
    """Status code, header fields (first of each name, lower-cased) and body of an HTTP response
    block; :class:`_NotPlain` unless it is a plain one (no transfer or content encoding)."""
    head, sep, body = block.partition(b"\r\n\r\n")
    if not sep or not head.startswith(b"HTTP/"):
        raise _NotPlain("no plain HTTP head")
    try:
        lines = head.decode("latin-1").split("\r\n")
    except UnicodeDecodeError as exc:
        raise _NotPlain("HTTP head not text") from exc
    status = lines[0].split(" ")
    fields: dict[str, str] = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if not colon or not name.strip() or name != name.strip():
            raise _NotPlain("unusual HTTP header line")
        fields.setdefault(name.lower(), value.strip())
    if len(status) < 2 or "transfer-encoding" in fields or "content-encoding" in fields:
        raise _NotPlain("encoded HTTP body")
    return status[1], fields, body


def record_offsets(path: PathLike) -> Optional[list[int]]:
    """The offset of every record of a WARC or ARC file, from one pass over its headers.

    None when the archive cannot be walked (a corrupt member): such an archive is
    read whole by one reader, which skips the corrupt part.  WARC files are walked
    with FastWARC where it is installed (the same offsets for a third of warcio's
    time); if it stops early at a corrupt member, the last range simply reaches to
    the end of the file, where the reader's own recovery takes over.
    """
    try:
        with open(path, "rb") as fh:
            if compression_of(fh.read(8)) not in (None, "gzip"):
                return None  # bzip2 and xz archives are read whole, through a spool
    except OSError as exc:
        logger.info("%s: cannot be opened (%s)", path, exc)
        return None
    if not strip_suffix(str(path)).endswith(".arc"):
        try:
            from fastwarc.warc import ArchiveIterator as FastIterator
            from fastwarc.warc import WarcRecordType
        except ImportError:
            pass
        else:
            try:
                with open(path, "rb") as fh:
                    found = [r.stream_pos for r in FastIterator(fh, parse_http=False,
                                                                record_types=WarcRecordType.any_type)]
                if found:
                    return found
            except Exception as exc:  # noqa: BLE001 - then warcio has its say
                logger.info("%s: FastWARC could not walk it (%s)", path, exc)
    from warcio.archiveiterator import ArchiveIterator

    offsets = []
    try:
        with open(path, "rb") as fh:
            records = ArchiveIterator(fh, arc2warc=True)
            for _record in records:
                offsets.append(records.offset)
    except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on bad input
        logger.info("%s: cannot be split into ranges (%s)", path, exc)
        return None
    return offsets


class _Window(io.RawIOBase):
    """Bytes ``start`` to ``end`` of a file, as a seekable stream of their own."""

    def __init__(self, fh: BinaryIO, start: int, end: int):
        self._fh, self._start, self._size, self._at = fh, start, end - start, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._at

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._at, io.SEEK_END: self._size}[whence]
        self._at = max(0, min(self._size, base + offset))
        return self._at

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        n = min(len(buffer), self._size - self._at)
        if n <= 0:
            return 0
        self._fh.seek(self._start + self._at)
        data = self._fh.read(n)
        buffer[:len(data)] = data
        self._at += len(data)
        return len(data)


def iter_archive_range(path: PathLike, start: int, end: Optional[int], limits: Limits,
                       keep: Keep = None) -> Iterator[Document]:
    """Documents of the records of an archive file from offset ``start`` up to ``end``.

    Sources are the same as when the whole file is read (``path#offset``), so a
    cluster's tasks, each reading its own range, give what one reader gives.
    """
    source = str(path)
    with open(path, "rb") as fh:
        stop = end if end is not None else fh.seek(0, io.SEEK_END)
        window = io.BufferedReader(_Window(fh, start, stop), buffer_size=_CHUNK)
        yield from iter_archive(window, source, limits, base=start, keep=keep)  # type: ignore[arg-type]


def _has_data(fh: BinaryIO, offset: int) -> bool:
    fh.seek(offset)
    return bool(fh.read(4096).strip())


def _resync(fh: BinaryIO, start: int, gzipped: bool) -> Optional[int]:
    """Offset of the next archive member at or after ``start``, or None."""
    fh.seek(start)
    overlap = b""
    base = start
    while True:
        chunk = fh.read(_CHUNK)
        if not chunk:
            return None
        data = overlap + chunk
        if gzipped:
            at = data.find(_GZIP_MAGIC)
            if at >= 0:
                return base + at
        else:
            match = _WARC_START.search(data) or _ARC_START.search(data)
            if match and base + match.start() >= start:
                return base + match.start() + (1 if data[match.start():match.start() + 1] == b"\n"
                                                else 0)
        keep = min(len(data), 200)
        overlap = data[-keep:]
        base = base + len(data) - keep


def _not_html(content_type: str) -> str:
    """Why a page of ``content_type`` gives no document."""
    return f"not HTML ({content_type.lower().split(';')[0].strip() or 'no type'})"


def _record_document(record, source: str, limits: Limits, keep: Keep = None) -> Union[Document, str]:  # noqa: ANN001
    """A Document for an HTML response/resource record with status 200, else why there is none."""
    if not re.fullmatch(r"[a-z]+", record.rec_type or ""):
        return Document(source=source, error="corrupt archive record: unreadable WARC-Type")
    if record.rec_type not in ("response", "resource"):
        return record.rec_type
    target = record.rec_headers.get_header("WARC-Target-URI")
    if target is not None and not target.isprintable():
        # a damaged gzip member read on as if it were not compressed: its "headers" are compressed
        # bytes, and its "body" would swallow the members after it; the reader resyncs instead
        raise _Damaged("record header holds bytes that are not text")
    if record.rec_type == "response":
        if record.http_headers is None:
            return Document(source=source, url=record.rec_headers.get_header("WARC-Target-URI"),
                            error="corrupt archive record: response without HTTP headers")
        if record.http_headers.get_statuscode() != "200":
            return "status not 200"
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if not content_type.lower().split(";")[0].strip() in HTML_TYPES:
        return _not_html(content_type)
    url = record.rec_headers.get_header("WARC-Target-URI")
    fetched = record.rec_headers.get_header("WARC-Date")
    stream = record.content_stream()
    data = stream.read(limits.max_bytes + 1)
    truncated = len(data) > limits.max_bytes
    if not truncated and getattr(record.raw_stream, "limit", 0) > 0:
        raise _Truncated("record body shorter than its Content-Length")
    if not _kept(data[:limits.max_bytes], keep):
        return Dropped(source=source, url=url)
    text, error = _decode(data[:limits.max_bytes], source, content_type, limits, truncated)
    return Document(source=source, url=url, html=text, fetched=fetched, error=error)
