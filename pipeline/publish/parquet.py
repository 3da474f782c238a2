"""Parquet: one file per table through pyarrow, with the column types of the spec.

:class:`ParquetTables` keeps a few rows per table and writes them as a row
group (``pyarrow.parquet.ParquetWriter``) when they reach ``ROW_GROUP_ROWS``
rows or about ``ROW_GROUP_BYTES`` of text, so an export of any size holds
only those rows.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.publish.tables import Row, Tables, table_specs

TYPES = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(),
         "boolean": pa.bool_(), "date": pa.date32()}
ROW_GROUP_ROWS = 50_000
ROW_GROUP_BYTES = 8_000_000  # of text (an article's text is tens of kB)


class ParquetTables:
    """``<table>.parquet`` for every table in ``folder``, written a row group at a time."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.specs = {s.name: s for s in table_specs()}
        self.schemas = {s.name: pa.schema([pa.field(c.name, TYPES[c.type]) for c in s.columns])
                        for s in table_specs()}
        self.writers = {name: pq.ParquetWriter(self._tmp(name), schema) for name, schema in self.schemas.items()}
        self.pending: dict[str, list[Row]] = {name: [] for name in self.specs}
        self.size = dict.fromkeys(self.specs, 0)

    def _tmp(self, name: str) -> Path:
        return self.folder / f"{name}.parquet.tmp"

    def write(self, table: str, rows: list[Row]) -> None:
        self.pending[table] += rows
        self.size[table] += sum(len(v) for row in rows for v in row.values() if isinstance(v, str))
        if len(self.pending[table]) >= ROW_GROUP_ROWS or self.size[table] >= ROW_GROUP_BYTES:
            self._flush(table)

    def _flush(self, table: str) -> None:
        rows, columns = self.pending[table], {}
        for c in self.specs[table].columns:
            values = [row[c.name] for row in rows]
            if c.type == "date":
                values = [dt.date.fromisoformat(v) if v else None for v in values]
            columns[c.name] = values
        self.writers[table].write_table(pa.table(columns, schema=self.schemas[table]))
        self.pending[table], self.size[table] = [], 0

    def close(self) -> list[Path]:
        """Write what is left, finish every file and rename it into place; return the folder."""
        for name, writer in self.writers.items():
            if self.pending[name]:
                self._flush(name)
            writer.close()
            os.replace(self._tmp(name), self.folder / f"{name}.parquet")
        return [self.folder]

    def discard(self) -> None:
        """Close and remove the unfinished files."""
        for name, writer in self.writers.items():
            writer.close()
            self._tmp(name).unlink(missing_ok=True)


def write_parquet(tables: Tables, folder: str | Path) -> list[Path]:
    """Write ``<table>.parquet`` for every table into ``folder``; return the paths written."""
    out = ParquetTables(folder)
    for s in table_specs():
        out.write(s.name, tables[s.name])
    out.close()
    return [Path(folder) / f"{s.name}.parquet" for s in table_specs()]
