"""SQLite: every table with its primary and foreign keys, indexes on the join columns, and views.

Tables are created through sqlite-utils from the spec in ``data/tables.json``;
the views are SQL in ``data/views.sql``: ``facts`` (counts, percentages and
multipliers in one list) and ``claims`` (each checked claim beside its
verdict, its sentence and its article).  The file is written afresh each time.
:class:`SqliteTables` inserts rows as they come, ``BATCH`` at a time with
``executemany``, all in one transaction; the indexes and views come at the end.
"""
from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import sqlite_utils

from pipeline.publish.export import write_tables
from pipeline.publish.schema import Row, Tables, table_specs

TYPES = {"string": str, "integer": int, "number": float, "boolean": int, "date": str}
BATCH = 500


class SqliteTables:
    """The database at ``path``, built in ``<path>.tmp`` and renamed into place by :meth:`close`."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.path.with_name(self.path.name + ".tmp")
        self.tmp.unlink(missing_ok=True)
        self.db = sqlite_utils.Database(self.tmp)
        # a fresh file renamed into place at the end: no journal or fsync needed while it is built
        self.db.execute("PRAGMA journal_mode = OFF")
        self.db.execute("PRAGMA synchronous = OFF")
        self.names: dict[str, list[str]] = {}
        self.insert: dict[str, str] = {}
        for s in table_specs():
            self.db.table(s.name).create({c.name: TYPES[c.type] for c in s.columns},
                                         pk=s.primary_key[0] if len(s.primary_key) == 1 else s.primary_key,
                                         foreign_keys=list(s.foreign_keys))
            self.names[s.name] = s.names
            self.insert[s.name] = (f"INSERT INTO [{s.name}] ({', '.join(f'[{n}]' for n in s.names)}) "
                                   f"VALUES ({', '.join('?' for _ in s.names)})")
        self.pending: dict[str, list[tuple]] = {name: [] for name in self.names}

    def write(self, table: str, rows: list[Row]) -> None:
        names, pending = self.names[table], self.pending[table]
        pending += [tuple(int(v) if isinstance(v, bool) else v for v in map(row.get, names)) for row in rows]
        if len(pending) >= BATCH:
            self._flush(table)

    def _flush(self, table: str) -> None:
        self.db.conn.executemany(self.insert[table], self.pending[table])  # opens the transaction if none is open
        self.pending[table] = []

    def close(self) -> list[Path]:
        """Insert what is left, index the join columns, add the views, commit and rename into place."""
        for name in self.names:
            self._flush(name)
        for s in table_specs():
            for column, _, _ in s.foreign_keys:
                self.db.table(s.name).create_index([column], find_unique_name=True)
        self.db.executescript(resources.files("pipeline").joinpath("data/views.sql").read_text(encoding="utf-8"))
        self.db.conn.commit()
        self.db.close()
        os.replace(self.tmp, self.path)
        return [self.path]

    def discard(self) -> None:
        """Close and remove the unfinished file."""
        self.db.close()
        self.tmp.unlink(missing_ok=True)


def write_sqlite(tables: Tables, path: str | Path) -> Path:
    """Write the database to ``path`` (replacing it); return the path."""
    out = SqliteTables(path)
    write_tables(out, tables)
    return out.close()[0]
