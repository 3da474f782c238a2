"""HTTP fetching with manners: one request at a time per host, a delay between
requests, retries with exponential backoff, and caps on redirects and size.

A :class:`Downloader` returns a :class:`FetchResult` and never raises for a
network problem: the problem is its ``error``.  Every request that got an
answer is kept as an :class:`Exchange` (redirect hops and failed attempts
too), with the body as it came over the wire, so the WARC store can record it
faithfully.  Redirects are followed by hand, so each hop is seen, a loop is
caught and ``allowed`` (robots.txt) is asked before every hop.

What came back and its pure readings (:class:`Exchange`, :class:`FetchResult`,
:func:`retry_after`, :func:`decode_body`) are in :mod:`responses`, the turns
per host (:class:`HostThrottle`) in :mod:`throttle`; all are re-exported here.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable, Optional
from urllib.parse import urljoin, urlsplit

import requests

from pipeline.collect.responses import Exchange, FetchResult, decode_body, retry_after
from pipeline.collect.throttle import HostThrottle
from pipeline.collect.urls import canonicalize, is_http

__all__ = ["Downloader", "Exchange", "FetchPolicy", "FetchResult", "HostThrottle", "decode_body", "retry_after"]

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
