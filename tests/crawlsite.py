"""A small news site on 127.0.0.1 for the crawler's tests, with a request log.

Files come from ``fixtures/site`` (``{{BASE}}`` replaced by the server's
address); a few paths misbehave on purpose (and ``*-xrobots.html`` pages are
served with ``X-Robots-Tag: noindex``): a 301 chain, a redirect loop, a
500 and a 429 that succeed on retry, a page slower than any test timeout and
one larger than any test size cap.  With ``quirks=False`` the 500, the 429 and
the slow page answer at once, for tests that are not about them.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Optional

SITE = Path(__file__).resolve().parent / "fixtures" / "site"
SLOW_SECONDS = 1.5
HUGE_BYTES = 1_000_000
LAST_MODIFIED = "Thu, 14 Mar 2024 08:00:00 GMT"
REDIRECTS = {
    "/news/old-helpline-story.html": (301, "/news/moved-helpline-story.html"),
    "/news/moved-helpline-story.html": (301, "{{BASE}}/news/helpline-story-final.html"),
    "/news/helpline-loop-a.html": (302, "/news/helpline-loop-b.html"),
    "/news/helpline-loop-b.html": (302, "/news/helpline-loop-a.html"),
}
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".atom": "application/atom+xml",
    ".txt": "text/plain",
    ".pdf": "application/pdf",
}


@dataclass
class Hit:
    """One request the server saw."""

    path: str
    headers: dict[str, str]
    at: float

    @property
    def bare(self) -> str:
        return self.path.split("?", 1)[0]


class SiteServer:
    """The fixture site served from a thread; use as a context manager."""

    def __init__(self, *, quirks: bool = True) -> None:
        self.quirks = quirks
        self.log: list[Hit] = []
        self.counts: dict[str, int] = {}
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> "SiteServer":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def reset(self) -> None:
        """Forget the log and the quirks' counters (a fresh site for the next test)."""
        with self._lock:
            self.log.clear()
            self.counts.clear()

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> list[Hit]:
        """Requests for ``path`` (any query)."""
        with self._lock:
            return [hit for hit in self.log if hit.bare == path]

    def paths(self) -> set[str]:
        with self._lock:
            return {hit.bare for hit in self.log}

    def seen(self, path: str) -> int:
        with self._lock:
            self.counts[path] = self.counts.get(path, 0) + 1
            return self.counts[path]

    def content(self, path: str) -> Optional[bytes]:
        """The bytes of a site file, ``{{BASE}}`` filled in."""
        if path.endswith("/"):
            path += "index.html"
        target = (SITE / path.lstrip("/")).resolve()
        if SITE.resolve() not in target.parents or not target.is_file():
            return None
        return target.read_bytes().replace(b"{{BASE}}", self.base.encode())


def _handler(site: SiteServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "CourierTest/1.0"

        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

        def do_GET(self) -> None:  # noqa: N802 - the http.server name
            with site._lock:
                site.log.append(Hit(self.path, dict(self.headers.items()), time.monotonic()))
            try:
                self._answer(self.path.split("?", 1)[0])
            except (BrokenPipeError, ConnectionResetError):
                pass  # the crawler gave up waiting: that is the point of some pages

        def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if "Content-Length" not in headers and status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status != 304:
                self.wfile.write(body)

        def _answer(self, path: str) -> None:
            if path in REDIRECTS:
                status, target = REDIRECTS[path]
                return self._send(status, b"", {"Location": target.replace("{{BASE}}", site.base)})
            if path == "/news/helpline-flaky.html" and site.quirks and site.seen(path) == 1:
                return self._send(
                    500, b"<h1>Internal Server Error</h1>", {"Content-Type": "text/html"}
                )
            if path == "/news/helpline-busy.html" and site.quirks and site.seen(path) == 1:
                return self._send(
                    429, b"slow down", {"Retry-After": "1", "Content-Type": "text/plain"}
                )
            if path == "/news/helpline-slow.html":
                if site.quirks:
                    time.sleep(SLOW_SECONDS)
                return self._send(
                    200,
                    b"<html><body>A slow helpline page</body></html>",
                    {"Content-Type": "text/html"},
                )
            if path == "/news/helpline-huge.html":
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()  # no Content-Length: the crawler must stop reading itself
                chunk = b"<p>helpline " + b"x" * 1000 + b"</p>\n"
                for _ in range(HUGE_BYTES // len(chunk) + 1):
                    self.wfile.write(chunk)
                return None
            if path == "/sitemap-pages.xml.gz":
                body = gzip.compress(site.content("/sitemap-pages.xml") or b"")
                return self._send(200, body, {"Content-Type": "application/x-gzip"})
            body = site.content(path)
            if body is None:
                return self._send(404, b"<h1>Not Found</h1>", {"Content-Type": "text/html"})
            suffix = Path(path).suffix or ".html"
            ctype = TYPES.get(suffix, "application/octet-stream")
            if path.endswith("cp1252.html"):
                ctype = "text/html"  # the page's <meta charset> says windows-1252
            if path == "/feed.xml":
                ctype = "application/rss+xml"
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            headers = {"Content-Type": ctype, "ETag": etag, "Last-Modified": LAST_MODIFIED}
            if path.endswith("-xrobots.html"):
                headers["X-Robots-Tag"] = "noindex"
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, b"", headers)
            if path == "/" and "gzip" in self.headers.get("Accept-Encoding", ""):
                body = gzip.compress(body)
                headers["Content-Encoding"] = "gzip"
            return self._send(200, body, headers)

    return Handler
