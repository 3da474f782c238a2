"""The crawl frontier, kept in the corpus index so a run can stop and resume.

Table ``frontier``: one row per canonical URL with its role (``seed`` or
``page``), state (``queued``, ``done``, ``failed``, ``disallowed``),
priority (0 seeds, 1 links with evidence of the topic, 2 links with no
evidence: see :mod:`ranking`), score, depth and where it was found.
:meth:`Frontier.next` is best-first: seeds, then the best-scored links with
evidence, then the rest, each in the order found.  Writes are left to the caller's
transaction (the WARC store commits a fetch and its frontier update
together), except :meth:`Frontier.commit`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable, Optional

SCHEMA = """
CREATE TABLE IF NOT EXISTS frontier (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    url TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued',
    priority INTEGER NOT NULL DEFAULT 1,
    depth INTEGER NOT NULL DEFAULT 0,
    via TEXT,
    anchor TEXT,
    error TEXT,
    updated TEXT,
    score REAL NOT NULL DEFAULT 0
);
"""
INDEX = "CREATE INDEX IF NOT EXISTS frontier_best ON frontier(state, priority, score DESC, seq)"


@dataclass
class Item:
    """A URL waiting to be fetched."""

    url: str
    role: str
    depth: int
    via: Optional[str] = None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Frontier:
    """Queued, done and dropped URLs of a corpus."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        db.executescript(SCHEMA)
        columns = {row[1] for row in db.execute("PRAGMA table_info(frontier)")}
        if "score" not in columns:  # a corpus from before the ranking
            db.execute("ALTER TABLE frontier ADD COLUMN score REAL NOT NULL DEFAULT 0")
        db.execute(INDEX)
        db.commit()

    def add(
        self,
        url: str,
        *,
        role: str = "page",
        depth: int = 0,
        via: Optional[str] = None,
        anchor: Optional[str] = None,
        rank: tuple[int, float] = (1, 0.0),
    ) -> bool:
        """Queue canonical ``url`` unless it is known; whether it was new.

        ``rank`` is (priority, score) for a page; a seed's priority is 0.
        """
        priority, score = (0, 0.0) if role == "seed" else rank
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO frontier (url, role, priority, score, depth, via, anchor, "
            "updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (url, role, priority, score, depth, via, anchor, _now()),
        )
        return cursor.rowcount > 0

    def seed(self, url: str) -> None:
        """Queue ``url`` as a seed, again if it was fetched before (listings change)."""
        if not self.add(url, role="seed"):
            self.db.execute(
                "UPDATE frontier SET role = 'seed', priority = 0, state = 'queued', updated = ? "
                "WHERE url = ? AND state != 'disallowed'",
                (_now(), url),
            )

    def state(self, url: str) -> Optional[str]:
        row = self.db.execute("SELECT state FROM frontier WHERE url = ?", (url,)).fetchone()
        return row[0] if row else None

    def next(self) -> Optional[Item]:
        """The next queued URL, or None."""
        row = self.db.execute(
            "SELECT url, role, depth, via FROM frontier WHERE state = 'queued' "
            "ORDER BY priority, score DESC, seq LIMIT 1"
        ).fetchone()
        return Item(row[0], row[1], row[2], row[3]) if row else None

    def mark(
        self, url: str, state: str, error: Optional[str] = None, *, role: str = "page"
    ) -> None:
        """Set ``url``'s state (adding it if unknown, as a page found by a redirect or canonical)."""
        self.db.execute(
            "INSERT INTO frontier (url, role, state, error, updated) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(url) DO UPDATE SET state = excluded.state, error = excluded.error, "
            "updated = excluded.updated",
            (url, role, state, error, _now()),
        )

    def requeue(self, urls: Iterable[str]) -> None:
        """Queue ``urls`` again (their records were lost)."""
        self.db.executemany(
            "UPDATE frontier SET state = 'queued', updated = ? WHERE url = ?",
            [(_now(), url) for url in urls],
        )

    def requeue_done(self) -> int:
        """Queue every fetched page again (a revisit); how many."""
        return self.db.execute(
            "UPDATE frontier SET state = 'queued', updated = ? WHERE state = 'done' AND role = 'page'",
            (_now(),),
        ).rowcount

    def counts(self) -> dict[str, int]:
        return dict(
            self.db.execute("SELECT state, COUNT(*) FROM frontier GROUP BY state").fetchall()
        )

    def commit(self) -> None:
        self.db.commit()
