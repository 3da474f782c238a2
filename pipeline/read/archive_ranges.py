"""An archive split into ranges of records, each read on its own (a cluster's tasks, each
reading its own range, give what one reader gives)."""
from __future__ import annotations

import io
import logging
from typing import BinaryIO, Iterator, Optional

from pipeline.read.archive_records import iter_archive
from pipeline.read.compressed import compression_of, strip_suffix
from pipeline.read.page_bytes import CHUNK, Keep, Limits, PathLike
from pipeline.records import Document

logger = logging.getLogger(__name__)


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
        window = io.BufferedReader(_Window(fh, start, stop), buffer_size=CHUNK)
        yield from iter_archive(window, source, limits, base=start, keep=keep)  # type: ignore[arg-type]
