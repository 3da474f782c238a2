"""HTTP fetching with manners: one request at a time per host, a delay between
requests, retries with exponential backoff, and caps on redirects and size.

A :class:`Downloader` returns a :class:`FetchResult` and never raises for a
network problem: the problem is its ``error``.  Every request that got an
answer is kept as an :class:`Exchange` (redirect hops and failed attempts
too), with the body as it came over the wire, so the WARC store can record it
faithfully.  Redirects are followed by hand, so each hop is seen, a loop is
caught and ``allowed`` (robots.txt) is asked before every hop.
"""

from __future__ import annotations

import logging
import threading
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Callable, Iterator, Optional
from urllib.parse import urljoin, urlsplit

import requests

from pipeline.collect.urls import canonicalize, is_http

log = logging.getLogger(__name__)

REDIRECTS = (301, 302, 303, 307, 308)
CHUNK = 64 * 1024


@dataclass
class FetchPolicy:
    """How to fetch: who we are, how patient and how greedy."""

    user_agent: str = "newsfacts/0.1"
    delay: float = 1.0
    timeout: float = 10.0
    retries: int = 3
    backoff: float = 1.0
    max_redirects: int = 5
    max_bytes: int = 5_000_000
    max_retry_after: float = 120.0  # a longer Retry-After gives up instead of waiting


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


class HostThrottle:
    """One request at a time per host, and ``delay`` seconds between two of them.

    ``clock`` and ``sleep`` are injectable so tests can check the waits
    without waiting.
    """

    def __init__(
        self,
        delay: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.delay = delay
        self.clock, self.sleep = clock, sleep
        self._delays: dict[str, float] = {}
        self._last: dict[str, float] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def set_delay(self, host: str, seconds: float) -> None:
        """Raise ``host``'s delay to ``seconds`` (never below the default)."""
        self._delays[host] = max(self.delay, seconds)

    def delay_for(self, host: str) -> float:
        return self._delays.get(host, self.delay)

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        """Hold ``host``'s turn: wait for its delay, and restart the delay when done."""
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:
            last = self._last.get(host)
            if last is not None:
                wait = last + self.delay_for(host) - self.clock()
                if wait > 0:
                    self.sleep(wait)
            try:
                yield
            finally:
                self._last[host] = self.clock()


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


class Downloader:
    """Fetches URLs by :class:`FetchPolicy`, sharing one session and one throttle."""

    def __init__(
        self,
        policy: FetchPolicy,
        *,
        session: Optional[requests.Session] = None,
        throttle: Optional[HostThrottle] = None,
    ) -> None:
        self.policy = policy
        self.session = session or requests.Session()
        self.session.headers.update(
            {
                "User-Agent": policy.user_agent,
                "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
                "Accept-Encoding": "gzip, deflate",
                "Accept-Language": "en-GB,en;q=0.8",
            }
        )
        self.throttle = throttle or HostThrottle(policy.delay)

    def set_crawl_delay(self, url: str, seconds: float) -> None:
        """Raise the delay of ``url``'s host (robots.txt ``Crawl-delay``)."""
        self.throttle.set_delay(_host(url), seconds)

    def fetch(
        self,
        url: str,
        *,
        etag: Optional[str] = None,
        last_modified: Optional[str] = None,
        allowed: Optional[Callable[[str], bool]] = None,
    ) -> FetchResult:
        """GET ``url``, following redirects; conditional when ``etag``/``last_modified`` given.

        ``allowed`` is asked before every redirect hop; a refused hop ends the
        fetch with ``disallowed`` set.
        """
        result = FetchResult(url=url, final_url=url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current, seen = url, set()
        for hop in range(self.policy.max_redirects + 2):
            if not is_http(current):
                result.error = f"not an http(s) URL: {current}"
                return result
            key = canonicalize(current)
            if key in seen:
                result.error = f"redirect loop at {current}"
                return result
            seen.add(key)
            if hop > self.policy.max_redirects:
                result.error = f"more than {self.policy.max_redirects} redirects"
                return result
            if hop and allowed is not None and not allowed(current):
                result.disallowed = True
                result.error = f"redirect to a disallowed URL {current}"
                return result
            result.final_url = current
            exchange, error = self._get_with_retries(current, headers if hop == 0 else {}, result)
            if exchange is None:
                result.error = error
                return result
            result.status = exchange.status
            location = exchange.header("Location")
            if exchange.status in REDIRECTS and location:
                current = urljoin(current, location.strip())
                result.redirects += 1
                continue
            if error:
                result.error = error
            elif exchange.truncated:
                result.error = f"response larger than {self.policy.max_bytes} bytes"
            else:
                try:
                    result.body = decode_body(
                        exchange.body, exchange.header("Content-Encoding"), self.policy.max_bytes
                    )
                except ValueError as exc:
                    result.error = str(exc)
            if result.error is None and exchange.status not in (200, 304):
                result.error = f"HTTP {exchange.status}"
            return result
        return result  # not reached

    def _get_with_retries(
        self, url: str, headers: dict[str, str], result: FetchResult
    ) -> tuple[Optional[Exchange], Optional[str]]:
        """The last answer to ``url`` after retries, or (None, error) when none came."""
        policy = self.policy
        exchange: Optional[Exchange] = None
        for attempt in range(policy.retries + 1):
            wait = policy.backoff * (2**attempt)
            try:
                exchange = self._get(url, headers)
            except (requests.ConnectionError, requests.Timeout) as exc:
                error = f"{type(exc).__name__}: {exc}"
                log.info("%s: attempt %d failed: %s", url, attempt + 1, error)
                if attempt == policy.retries:
                    return None, error
                self.throttle.sleep(wait)
                continue
            except requests.RequestException as exc:
                return None, f"{type(exc).__name__}: {exc}"
            result.exchanges.append(exchange)
            if exchange.status != 429 and not 500 <= exchange.status < 600:
                return exchange, None
            if attempt == policy.retries:
                return exchange, f"HTTP {exchange.status} after {attempt + 1} attempts"
            asked = retry_after(exchange.header("Retry-After"))
            if asked is not None and asked > policy.max_retry_after:
                return exchange, f"HTTP {exchange.status}, Retry-After {asked:.0f}s is too long"
            log.info("%s: HTTP %d, retrying", url, exchange.status)
            self.throttle.sleep(asked if asked is not None else wait)
        return exchange, None

    def _get(self, url: str, headers: dict[str, str]) -> Exchange:
        """One GET, streamed and cut at ``max_bytes``; raises requests' exceptions."""
        policy = self.policy
        with self.throttle.slot(_host(url)):
            fetched_at = datetime.now(timezone.utc)
            started = time.monotonic()
            response = self.session.get(
                url, headers=headers, timeout=policy.timeout, stream=True, allow_redirects=False
            )
            try:
                body, truncated = bytearray(), False
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > policy.max_bytes:
                    truncated = True
                else:
                    for chunk in response.raw.stream(CHUNK, decode_content=False):
                        body += chunk
                        if len(body) > policy.max_bytes:
                            del body[policy.max_bytes :]
                            truncated = True
                            break
                        if time.monotonic() - started > policy.timeout * 3:
                            raise requests.Timeout(f"body took longer than {policy.timeout * 3}s")
            except Exception as exc:  # urllib3 errors while streaming
                if isinstance(exc, requests.RequestException):
                    raise
                raise requests.ConnectionError(f"{type(exc).__name__}: {exc}") from exc
            finally:
                response.close()
        request_headers = [("Host", urlsplit(url).netloc)]
        request_headers += [(k, v) for k, v in response.request.headers.items()]
        version = {10: "HTTP/1.0", 11: "HTTP/1.1"}.get(
            getattr(response.raw, "version", 11), "HTTP/1.1"
        )
        return Exchange(
            url=url,
            request_headers=request_headers,
            status=response.status_code,
            reason=response.reason or "",
            response_headers=list(response.raw.headers.items()),
            body=bytes(body),
            fetched_at=fetched_at,
            http_version=version,
            truncated=truncated,
        )


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()
