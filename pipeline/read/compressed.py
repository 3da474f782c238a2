"""Compressed inputs: gzip, bzip2 and xz files, read as a stream of their decompressed bytes.

A compressed file is recognised by its first bytes, not its name, so a page saved
as ``x.html`` that is really gzipped is read, and so is an ``x.html.gz`` that a
browser already decompressed.  Decompression streams: memory holds what the
reader asks for (one document), never the whole file.  A truncated or corrupt
compressed file raises one of :data:`ERRORS`, which :func:`describe` turns into
the reason an error record gives.
"""
from __future__ import annotations

import bz2
import contextlib
import gzip
import lzma
import zlib
from pathlib import Path
from typing import BinaryIO, Callable, Iterator, Optional

#: Compression suffixes, as they may end a file name after the kind's own suffix.
SUFFIXES = {".gz": "gzip", ".bz2": "bzip2", ".xz": "xz"}

_MAGIC = ((b"\x1f\x8b", "gzip"), (b"BZh", "bzip2"), (b"\xfd7zXZ\x00", "xz"))
_OPENERS: dict[str, Callable[[BinaryIO], BinaryIO]] = {
    "gzip": lambda raw: gzip.GzipFile(fileobj=raw, mode="rb"),  # type: ignore[dict-item]
    "bzip2": bz2.BZ2File,  # type: ignore[dict-item]
    "xz": lzma.LZMAFile,  # type: ignore[dict-item]
}

#: What reading a damaged compressed stream raises (``gzip.BadGzipFile`` is an OSError).
ERRORS = (OSError, EOFError, zlib.error, lzma.LZMAError)


def strip_suffix(name: str) -> str:
    """``name`` (lower-cased) without a trailing compression suffix."""
    name = name.lower()
    for suffix in SUFFIXES:
        if name.endswith(suffix):
            return name[:-len(suffix)]
    return name


def compression_of(head: bytes) -> Optional[str]:
    """``"gzip"``, ``"bzip2"`` or ``"xz"`` when ``head`` starts like such a stream, else None."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    return None


def decompressed(raw: BinaryIO, compression: Optional[str]) -> BinaryIO:
    """A stream of the decompressed bytes of ``raw`` (``raw`` itself when not compressed)."""
    if compression is None:
        return raw
    return _OPENERS[compression](raw)


@contextlib.contextmanager
def open_decompressed(path: Path) -> Iterator[tuple[BinaryIO, Optional[str]]]:
    """``(stream, compression)``: the file's bytes, decompressed when its first bytes say so."""
    with open(path, "rb") as raw:
        compression = compression_of(raw.read(6))
        raw.seek(0)
        stream = decompressed(raw, compression)  # type: ignore[arg-type]
        try:
            yield stream, compression
        finally:
            if stream is not raw:
                stream.close()


def describe(exc: BaseException, compression: Optional[str], source: str) -> str:
    """The reason an error record gives for ``exc``, raised while reading ``source``."""
    detail = " ".join(str(exc).split())[:160] or type(exc).__name__
    if compression and isinstance(exc, EOFError):
        return f"truncated {compression} file: {source} ({detail})"
    if compression:
        return f"corrupt {compression} file: {source} ({detail})"
    return f"cannot read {source}: {detail}"
