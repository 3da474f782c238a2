"""The corpus on disk: rotating WARC.gz files and their SQLite index.

Every HTTP exchange (request and response) is written to
``corpus/newsfacts-YYYYmmddHHMMSS-NNNNN.warc.gz``; a new file is started once
the current one passes ``max_bytes``.  ``corpus/index.sqlite`` has a row per
response (table ``fetches``: url, canonical url, fetch time, status, content
type, content sha256, WARC file, record offset and length, ETag,
Last-Modified) and a view ``articles``, the latest HTML page (not a seed) fetched with
status 200 per canonical URL.

Crash safety: the records of one fetch are written and fsynced first, then
indexed in one transaction (with the caller's frontier update).  On opening,
:meth:`WarcStore.recover` drops index rows that point past a file's end and
truncates records that were written but never indexed, so a killed run
resumes with no page lost or written twice.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Optional

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.collect.download import Exchange, decode_body

log = logging.getLogger(__name__)

INDEX = "index.sqlite"
SOFTWARE = "newsfacts/0.1 (warcio)"
SCHEMA = """
CREATE TABLE IF NOT EXISTS warc_files (
    name TEXT PRIMARY KEY,
    created TEXT NOT NULL,
    warcinfo_end INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS fetches (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    canonical_url TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    status INTEGER NOT NULL,
    content_type TEXT,
    content_sha256 TEXT,
    content_length INTEGER,
    warc_file TEXT NOT NULL REFERENCES warc_files(name),
    request_offset INTEGER NOT NULL,
    record_offset INTEGER NOT NULL,
    record_length INTEGER NOT NULL,
    etag TEXT,
    last_modified TEXT,
    role TEXT NOT NULL,
    redirect_to TEXT,
    truncated INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS fetches_canonical ON fetches(canonical_url);
CREATE INDEX IF NOT EXISTS fetches_file ON fetches(warc_file);
CREATE VIEW IF NOT EXISTS articles AS
    SELECT * FROM fetches WHERE id IN (
        SELECT MAX(id) FROM fetches
        WHERE status = 200 AND role = 'page' AND NOT truncated
          AND (content_type LIKE 'text/html%' OR content_type LIKE 'application/xhtml%')
        GROUP BY canonical_url);
"""


@dataclass
class Stored:
    """Where one response landed."""

    url: str
    canonical_url: str
    status: int
    warc_file: str
    record_offset: int
    record_length: int


def open_index(corpus: Path) -> sqlite3.Connection:
    """The index of ``corpus`` (created if missing), rows as ``sqlite3.Row``."""
    corpus.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(corpus / INDEX)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.executescript(SCHEMA)
    return db


def _http_headers(exchange: Exchange) -> tuple[StatusAndHeaders, StatusAndHeaders]:
    path = exchange.url.split("//", 1)[-1]
    path = "/" + path.split("/", 1)[1] if "/" in path else "/"
    request = StatusAndHeaders(
        f"{exchange.method} {path.split('#', 1)[0]} {exchange.http_version}",
        exchange.request_headers,
        is_http_request=True,
    )
    # The body is stored de-chunked, so the chunked framing header would mislead readers.
    headers = [(k, v) for k, v in exchange.response_headers if k.lower() != "transfer-encoding"]
    response = StatusAndHeaders(
        f"{exchange.status} {exchange.reason}".strip(), headers, protocol=exchange.http_version
    )
    return request, response


class WarcStore:
    """Appends exchanges to WARC files under ``corpus`` and indexes them."""

    def __init__(
        self, corpus: Path, *, max_bytes: int = 100_000_000, prefix: str = "newsfacts"
    ) -> None:
        self.corpus = Path(corpus)
        self.max_bytes = max_bytes
        self.prefix = prefix
        self.db = open_index(self.corpus)
        self.stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
        self.serial = 0
        self.written: list[str] = []  # files opened by this store
        self._file: Optional[io.BufferedWriter] = None
        self._name: Optional[str] = None
        self.recovered = self.recover()

    # -- recovery -----------------------------------------------------------------
    def recover(self) -> list[str]:
        """Make the index and the WARC files agree; the canonical URLs whose rows were dropped."""
        dropped: list[str] = []
        files = self.db.execute("SELECT name, warcinfo_end FROM warc_files").fetchall()
        with self.db:
            for row in files:
                path = self.corpus / row["name"]
                size = path.stat().st_size if path.exists() else 0
                lost = self.db.execute(
                    "SELECT canonical_url FROM fetches WHERE warc_file = ? "
                    "AND record_offset + record_length > ?",
                    (row["name"], size),
                ).fetchall()
                if lost:
                    dropped += [r["canonical_url"] for r in lost]
                    self.db.execute(
                        "DELETE FROM fetches WHERE warc_file = ? AND record_offset + record_length > ?",
                        (row["name"], size),
                    )
                    log.warning("%s: %d index rows pointed past its end", row["name"], len(lost))
                last = self.db.execute(
                    "SELECT MAX(record_offset + record_length) FROM fetches WHERE warc_file = ?",
                    (row["name"],),
                ).fetchone()[0]
                end = max(row["warcinfo_end"] or 0, last or 0)
                if end == 0:
                    path.unlink(missing_ok=True)
                    self.db.execute("DELETE FROM warc_files WHERE name = ?", (row["name"],))
                    log.warning("%s: removed, it held no indexed record", row["name"])
                elif size > end:
                    with open(path, "r+b") as handle:
                        handle.truncate(end)
                        os.fsync(handle.fileno())
                    log.warning(
                        "%s: cut %d bytes of records never indexed", row["name"], size - end
                    )
        return dropped

    # -- writing ------------------------------------------------------------------
    def _open_next(self) -> None:
        self.close()
        while True:
            name = f"{self.prefix}-{self.stamp}-{self.serial:05d}.warc.gz"
            self.serial += 1
            if not (self.corpus / name).exists():
                break
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO warc_files (name, created, warcinfo_end) VALUES (?, ?, 0)",
                (name, datetime.now(timezone.utc).isoformat(timespec="seconds")),
            )
        self._file = open(self.corpus / name, "ab")
        self._name = name
        writer = WARCWriter(self._file, gzip=True)
        info = {"software": SOFTWARE, "format": "WARC File Format 1.1", "robots": "obey"}
        writer.write_record(writer.create_warcinfo_record(name, info))
        self._sync()
        with self.db:
            self.db.execute(
                "UPDATE warc_files SET warcinfo_end = ? WHERE name = ?", (self._file.tell(), name)
            )
        self.written.append(name)

    def _sync(self) -> None:
        assert self._file is not None
        self._file.flush()
        os.fsync(self._file.fileno())

    def _write(self, exchange: Exchange) -> tuple[int, int, int]:
        """Write the request and response records; (request offset, response offset, length)."""
        assert self._file is not None
        writer = WARCWriter(self._file, gzip=True)
        request_headers, response_headers = _http_headers(exchange)
        date = exchange.fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ")
        response = writer.create_warc_record(
            exchange.url,
            "response",
            payload=io.BytesIO(exchange.body),
            http_headers=response_headers,
            warc_headers_dict={"WARC-Date": date},
        )
        if exchange.truncated:
            response.rec_headers.add_header("WARC-Truncated", "length")
        request = writer.create_warc_record(
            exchange.url,
            "request",
            payload=io.BytesIO(b""),
            http_headers=request_headers,
            warc_headers_dict={
                "WARC-Date": date,
                "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID"),
            },
        )
        request_offset = self._file.tell()
        writer.write_record(request)
        offset = self._file.tell()
        writer.write_record(response)
        return request_offset, offset, self._file.tell() - offset

    def store(
        self,
        exchanges: list[tuple[Exchange, str, str]],
        *,
        then: Optional[Callable[[sqlite3.Connection], None]] = None,
    ) -> list[Stored]:
        """Write ``(exchange, role, canonical_url)`` triples, then index them.

        ``then`` runs inside the indexing transaction (the frontier's update),
        so the fetch and its consequences are committed together or not at all.
        """
        if self._file is None or self._file.tell() >= self.max_bytes:
            self._open_next()
        assert self._name is not None
        placed = [
            (exchange, role, canonical, self._write(exchange))
            for exchange, role, canonical in exchanges
        ]
        self._sync()
        stored = []
        with self.db:
            for exchange, role, canonical, (request_offset, offset, length) in placed:
                try:
                    content = decode_body(
                        exchange.body,
                        exchange.header("Content-Encoding"),
                        4 * len(exchange.body) + 2**20,
                    )
                except ValueError:
                    content = exchange.body
                content_type = (
                    (exchange.header("Content-Type") or "").split(";", 1)[0].strip().lower()
                )
                self.db.execute(
                    "INSERT INTO fetches (url, canonical_url, fetched_at, status, content_type, "
                    "content_sha256, content_length, warc_file, request_offset, record_offset, "
                    "record_length, etag, last_modified, role, redirect_to, truncated) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        exchange.url,
                        canonical,
                        exchange.fetched_at.isoformat(timespec="seconds"),
                        exchange.status,
                        content_type,
                        hashlib.sha256(content).hexdigest(),
                        len(content),
                        self._name,
                        request_offset,
                        offset,
                        length,
                        exchange.header("ETag"),
                        exchange.header("Last-Modified"),
                        role,
                        exchange.header("Location") if 300 <= exchange.status < 400 else None,
                        int(exchange.truncated),
                    ),
                )
                stored.append(
                    Stored(exchange.url, canonical, exchange.status, self._name, offset, length)
                )
            if then is not None:
                then(self.db)
        return stored

    def validators(self, canonical_url: str) -> tuple[Optional[str], Optional[str]]:
        """The ETag and Last-Modified of the latest 200 response for ``canonical_url``."""
        row = self.db.execute(
            "SELECT etag, last_modified FROM fetches WHERE canonical_url = ? AND status = 200 "
            "ORDER BY id DESC LIMIT 1",
            (canonical_url,),
        ).fetchone()
        return (row["etag"], row["last_modified"]) if row else (None, None)

    def fetched_at(self, canonical_url: str) -> Optional[datetime]:
        """When the latest 200 or 304 response for ``canonical_url`` was fetched (UTC)."""
        row = self.db.execute(
            "SELECT MAX(fetched_at) FROM fetches WHERE canonical_url = ? AND status IN (200, 304)",
            (canonical_url,),
        ).fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    def stored_body(self, canonical_url: str, limit: int = 5_000_000) -> Optional[bytes]:
        """The payload (content encoding undone) of our latest 200 response for a URL."""
        row = self.db.execute(
            "SELECT warc_file, record_offset FROM fetches WHERE canonical_url = ? AND status = 200 "
            "ORDER BY id DESC LIMIT 1",
            (canonical_url,),
        ).fetchone()
        if row is None:
            return None
        if self._file is not None:
            self._file.flush()
        try:
            with open(self.corpus / row["warc_file"], "rb") as handle:
                handle.seek(row["record_offset"])
                record = next(iter(ArchiveIterator(handle)))
                return record.content_stream().read(limit)
        except (OSError, StopIteration, ValueError) as exc:
            log.warning("%s: stored body unreadable: %s", canonical_url, exc)
            return None

    def close(self) -> None:
        """Close the current WARC file (the index stays open)."""
        if self._file is not None:
            self._sync()
            self._file.close()
            self._file = None
            self._name = None

    def __enter__(self) -> "WarcStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
        self.db.close()
