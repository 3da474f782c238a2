"""What every reader of inputs shares: the size limits, the test of a page's raw bytes
(``--relevant-only``) and the documents it drops, the bytes decoded to text, and which content
types are pages.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Union

from pipeline import settings
from pipeline.read.encodings import DecodeError, decode_bytes
from pipeline.records import Document

PathLike = Union[str, Path]
Keep = Optional[Callable[[bytes], bool]]
"""A test of a page's raw bytes, before decoding (``--relevant-only``'s cheap test): a
page it returns False for is read as a :class:`Dropped` document, never decoded."""
HTML_TYPES = ("text/html", "application/xhtml+xml")
GZIP_MAGIC = b"\x1f\x8b\x08"
CHUNK = 1 << 20
"""How much a reader reads at a time."""


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


def kept(data: bytes, keep: Keep) -> bool:
    """Whether a body goes on to decoding: always without a test, and always when it would
    become an error record (empty, or binary) so that the error is still written."""
    if keep is None or not data or data.isspace():
        return True
    return keep(data) or b"\x00" in data


def decode(data: bytes, source: str, content_type: Optional[str], limits: Limits,
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


def not_html(content_type: str) -> str:
    """Why a page of ``content_type`` gives no document."""
    return f"not HTML ({content_type.lower().split(';')[0].strip() or 'no type'})"
