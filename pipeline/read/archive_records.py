"""The documents of a WARC or ARC archive, gzipped or not, read from a seekable stream.

A member that cannot be parsed becomes an error document at its offset, and the reader
searches for the next member and goes on from there.  A gzipped WARC is read with FastWARC
(:mod:`pipeline.read.fast_warc`) as long as its records are plain, then with warcio.
"""
from __future__ import annotations

import io
import logging
import re
import zlib
from collections import Counter
from typing import BinaryIO, Iterator, Optional, Union

from pipeline.read.fast_warc import gzipped_warc, iter_fast
from pipeline.read.page_bytes import (
    CHUNK,
    GZIP_MAGIC,
    HTML_TYPES,
    Dropped,
    Keep,
    Limits,
    decode,
    kept,
    not_html,
)
from pipeline.records import Document

logger = logging.getLogger(__name__)

_WARC_START = re.compile(rb"(?:^|\n)(?=WARC/\d\.\d\r?\n)")
_ARC_START = re.compile(rb"\n(?=(?:https?|ftp|dns|filedesc)://\S+ \S+ \d{14} \S+ \d+\r?\n)")


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

    A gzipped WARC is read with FastWARC (:func:`iter_fast`, twice warcio's speed)
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
    gzipped = head.startswith(GZIP_MAGIC)
    position: Optional[int] = 0
    passed: Counter[str] = Counter()  # records that are not pages, by why
    if gzipped and gzipped_warc(head):
        position = yield from iter_fast(fh, source, limits, base, keep, passed)
    while position is not None:
        start = position  # each pass starts past the last: warcio's offset can go back on a damaged member
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
                if records.offset <= offset:  # its gzip member is cut: warcio read on into the next one's bytes
                    raise _Damaged("record's gzip member is cut or corrupt")
                if gzipped and records.offset >= size and not _member_ends(fh, offset):
                    # a member cut mid-way whose deflate stream reads on through every member after it to the
                    # end of the file as if they were its own (the block is filled with their bytes, decoded)
                    raise _Damaged("record's gzip member is cut: its stream runs on to the end of the archive")
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
            position = _resync(fh, max(offset, start) + 1, gzipped)
            continue
        position = None
        if offset < size and _has_data(fh, offset):
            yield Document(source=f"{source}#{base + offset}",
                           error="truncated or unreadable data at the end of the archive")
            position = _resync(fh, max(offset, start) + 1, gzipped)
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


def _has_data(fh: BinaryIO, offset: int) -> bool:
    fh.seek(offset)
    return bool(fh.read(4096).strip())


def _member_ends(fh: BinaryIO, start: int) -> bool:
    """Whether the gzip stream at ``start`` ends (its trailer read and checked) before the end of the file; a
    whole-file gzip ends at the end. The file's position is left where it was."""
    back = fh.tell()
    fh.seek(start)
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        while not inflate.eof:
            chunk = fh.read(CHUNK)
            if not chunk:
                break
            inflate.decompress(chunk, CHUNK)
            while inflate.unconsumed_tail and not inflate.eof:  # output bounded: a bomb costs time, not memory
                inflate.decompress(inflate.unconsumed_tail, CHUNK)
    except zlib.error:
        return False
    finally:
        fh.seek(back)
    return inflate.eof


def _resync(fh: BinaryIO, start: int, gzipped: bool) -> Optional[int]:
    """Offset of the next archive member at or after ``start``, or None."""
    fh.seek(start)
    overlap = b""
    base = start
    while True:
        chunk = fh.read(CHUNK)
        if not chunk:
            return None
        data = overlap + chunk
        if gzipped:
            at = data.find(GZIP_MAGIC)
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
        status = record.http_headers.get_statuscode() or ""
        if not (len(status) == 3 and status.isdigit()):  # no HTTP status line: a damaged record, not a page of another kind
            return Document(source=source, url=record.rec_headers.get_header("WARC-Target-URI"),
                            error="corrupt archive record: response without an HTTP status line")
        if status != "200":
            return "status not 200"
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if not content_type.lower().split(";")[0].strip() in HTML_TYPES:
        return not_html(content_type)
    url = record.rec_headers.get_header("WARC-Target-URI")
    fetched = record.rec_headers.get_header("WARC-Date")
    stream = record.content_stream()
    data = stream.read(limits.max_bytes + 1)
    truncated = len(data) > limits.max_bytes
    if not truncated and getattr(record.raw_stream, "limit", 0) > 0:
        raise _Truncated("record body shorter than its Content-Length")
    if not kept(data[:limits.max_bytes], keep):
        return Dropped(source=source, url=url)
    text, error = decode(data[:limits.max_bytes], source, content_type, limits, truncated)
    return Document(source=source, url=url, html=text, fetched=fetched, error=error)
