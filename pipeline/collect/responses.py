"""What came back over the wire, and the pure readings of it.

An :class:`Exchange` is one HTTP request and its answer, the body as it came
(Content-Encoding not undone), as the WARC store records it; a
:class:`FetchResult` is the outcome of fetching one URL with its redirect hops
and failed attempts.  :func:`retry_after` reads a ``Retry-After`` header and
:func:`decode_body` undoes a gzip or deflate encoding, guarded against
decompression bombs.  Nothing here fetches: :mod:`download` does, and
:mod:`warcstore` writes and reads these without the HTTP client.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Optional


@dataclass
class Exchange:
    """One HTTP request and the response to it."""

    url: str
    request_headers: list[tuple[str, str]]
    status: int
    reason: str
    response_headers: list[tuple[str, str]]
    body: bytes  # as received: Content-Encoding not undone, at most max_bytes
    fetched_at: datetime
    http_version: str = "HTTP/1.1"
    method: str = "GET"
    truncated: bool = False

    def header(self, name: str) -> Optional[str]:
        lowered = name.lower()
        for key, value in self.response_headers:
            if key.lower() == lowered:
                return value
        return None


@dataclass
class FetchResult:
    """The outcome of fetching one URL, redirects followed."""

    url: str
    final_url: str
    status: Optional[int] = None
    body: bytes = b""  # Content-Encoding undone
    exchanges: list[Exchange] = field(default_factory=list)
    redirects: int = 0
    error: Optional[str] = None
    disallowed: bool = False

    @property
    def response(self) -> Optional[Exchange]:
        return self.exchanges[-1] if self.exchanges else None

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200

    @property
    def not_modified(self) -> bool:
        return self.error is None and self.status == 304

    @property
    def content_type(self) -> str:
        value = self.response.header("Content-Type") if self.response else None
        return (value or "").split(";", 1)[0].strip().lower()


def retry_after(value: Optional[str], now: Optional[datetime] = None) -> Optional[float]:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


def decode_body(body: bytes, encoding: Optional[str], limit: int) -> bytes:
    """Undo a gzip or deflate ``Content-Encoding``, at most ``limit`` bytes out.

    Raises ``ValueError`` on a corrupt body, an unknown encoding or a body that
    inflates past ``limit`` (a decompression bomb).
    """
    coding = (encoding or "identity").strip().lower()
    if coding in ("", "identity"):
        return body
    if coding not in ("gzip", "x-gzip", "deflate"):
        raise ValueError(f"unsupported Content-Encoding {coding!r}")
    wbits = 16 + zlib.MAX_WBITS if "gzip" in coding else zlib.MAX_WBITS
    try:
        inflater = zlib.decompressobj(wbits)
        out = inflater.decompress(body, limit + 1)
    except zlib.error:
        if coding != "deflate":
            raise ValueError("corrupt gzip body") from None
        try:  # raw deflate, as some servers send
            inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            out = inflater.decompress(body, limit + 1)
        except zlib.error as exc:
            raise ValueError(f"corrupt deflate body: {exc}") from None
    if len(out) > limit:
        raise ValueError(f"body inflates past {limit} bytes")
    return out
