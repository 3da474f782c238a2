"""The corpus on disk: rotating WARC.gz files and their SQLite index.

Every HTTP exchange (request and response) is written to
``corpus/newsfacts-YYYYmmddHHMMSS-NNNNN.warc.gz`` (:mod:`warcrecords`); a new
file is started once the current one passes ``max_bytes``.  ``corpus/index.sqlite``
(:mod:`warcindex`) has a row per response and a view ``articles``, the latest
HTML page (not a seed) fetched with status 200 per canonical URL.

Crash safety: the records of one fetch are written and fsynced first, then
indexed in one transaction (with the caller's frontier update).  On opening,
:meth:`WarcStore.recover` drops index rows that point past a file's end and
truncates records that were written but never indexed, so a killed run
resumes with no page lost or written twice.
"""

from __future__ import annotations

import io
import logging
import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Optional

from pipeline.collect.responses import Exchange
from pipeline.collect.warcindex import INDEX, Stored, index_fetch, open_index
from pipeline.collect.warcrecords import read_payload, write_exchange, write_warcinfo

__all__ = ["INDEX", "Stored", "WarcStore"]

log = logging.getLogger(__name__)


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
        write_warcinfo(self._file, name)
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
            (exchange, role, canonical, write_exchange(self._file, exchange))
            for exchange, role, canonical in exchanges
        ]
        self._sync()
        stored = []
        with self.db:
            for exchange, role, canonical, where in placed:
                stored.append(index_fetch(self.db, exchange, role, canonical, self._name, where))
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
                return read_payload(handle, row["record_offset"], limit)
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
