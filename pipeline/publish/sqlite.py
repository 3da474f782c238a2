"""SQLite: every table with its primary and foreign keys, indexes on the join columns, and views.

Tables are created through sqlite-utils from the spec in ``data/tables.json``;
the views are SQL in ``data/views.sql``: ``facts`` (counts, percentages and
multipliers in one list) and ``claims`` (each checked claim beside its
verdict, its sentence and its article).  The file is written afresh each time.
"""
from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import sqlite_utils

from pipeline.publish.tables import Tables, table_specs

TYPES = {"string": str, "integer": int, "number": float, "boolean": int, "date": str}


def write_sqlite(tables: Tables, path: str | Path) -> Path:
    """Write the database to ``path`` (replacing it); return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite_utils.Database(tmp)
    # a fresh file renamed into place at the end: no journal or fsync needed while it is built
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    for spec in table_specs():
        table = db.table(spec.name)
        table.create({c.name: TYPES[c.type] for c in spec.columns},
                     pk=spec.primary_key[0] if len(spec.primary_key) == 1 else spec.primary_key,
                     foreign_keys=list(spec.foreign_keys))
        rows = [{k: (int(v) if isinstance(v, bool) else v) for k, v in row.items()} for row in tables[spec.name]]
        table.insert_all(rows, batch_size=500)
        for column, _, _ in spec.foreign_keys:
            table.create_index([column], find_unique_name=True)
    db.executescript(resources.files("pipeline").joinpath("data/views.sql").read_text(encoding="utf-8"))
    db.conn.commit()
    db.close()
    os.replace(tmp, path)
    return path
