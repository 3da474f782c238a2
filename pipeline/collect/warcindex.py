"""The corpus's SQLite index: its schema, and the row of each response written to a WARC file.

``corpus/index.sqlite`` has a row per response (table ``fetches``: url,
canonical url, fetch time, status, content type, content sha256, WARC file,
record offset and length, ETag, Last-Modified) and a view ``articles``, the
latest HTML page (not a seed) fetched with status 200 per canonical URL.
:class:`~pipeline.collect.warcstore.WarcStore` writes the records, then indexes them here.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from pipeline.collect.responses import Exchange, decode_body

INDEX = "index.sqlite"
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


INSERT = (
    "INSERT INTO fetches (url, canonical_url, fetched_at, status, content_type, "
    "content_sha256, content_length, warc_file, request_offset, record_offset, "
    "record_length, etag, last_modified, role, redirect_to, truncated) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


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


def index_fetch(
    db: sqlite3.Connection,
    exchange: Exchange,
    role: str,
    canonical: str,
    warc_file: str,
    placed: tuple[int, int, int],
) -> Stored:
    """Index one response written to ``warc_file`` at ``placed`` (request offset, response offset, length)."""
    request_offset, offset, length = placed
    try:
        content = decode_body(
            exchange.body,
            exchange.header("Content-Encoding"),
            4 * len(exchange.body) + 2**20,
        )
    except ValueError:
        content = exchange.body
    content_type = (exchange.header("Content-Type") or "").split(";", 1)[0].strip().lower()
    db.execute(
        INSERT,
        (
            exchange.url,
            canonical,
            exchange.fetched_at.isoformat(timespec="seconds"),
            exchange.status,
            content_type,
            hashlib.sha256(content).hexdigest(),
            len(content),
            warc_file,
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
    return Stored(exchange.url, canonical, exchange.status, warc_file, offset, length)
