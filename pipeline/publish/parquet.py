"""Parquet: one file per table through pyarrow, with the column types of the spec.

:class:`ParquetTables` keeps the rows that come, column by column, and
writes a table's as a row group (``pyarrow.parquet.ParquetWriter``) when they
reach ``ROW_GROUP_ROWS`` rows or about ``ROW_GROUP_BYTES`` (a rough count of
Python's memory: text plus ``CELL_BYTES`` a cell); when all the tables' come
to ``BUDGET_BYTES``, the tables holding the most are written until half that
is left.  An export of any size holds at most that much.  Row groups are
kept large because the writer holds each one's metadata (about 1 kB a
column) until the file is closed.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.publish.export import write_tables
from pipeline.publish.schema import Row, Tables, TableSpec, table_specs

TYPES = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(),
         "boolean": pa.bool_(), "date": pa.date32()}
ROW_GROUP_ROWS = 100_000
ROW_GROUP_BYTES = 16_000_000
BUDGET_BYTES = 48_000_000
CELL_BYTES = 40  # a pointer and a small object
NO_STATISTICS = {"text"}


def memory_pool() -> pa.MemoryPool:
    """jemalloc where pyarrow has it: it hands freed buffers back sooner than the default pool (measured on a
    shared machine, noisy: peak 187 and 201 MB at 4,700 and 47,000 records against 213 and 248 MB)."""
    try:
        return pa.jemalloc_memory_pool()
    except NotImplementedError:  # a build without jemalloc (Windows wheels)
        return pa.default_memory_pool()


def _statistics(spec: TableSpec) -> list[str]:
    """The columns that get min/max statistics: all but an article's text (tens of kB in every row group's
    metadata, which the writer holds until the file is closed, and no reader filters on it)."""
    return [c.name for c in spec.columns if c.name not in NO_STATISTICS]


class ParquetTables:
    """``<table>.parquet`` for every table in ``folder``, written a row group at a time."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.specs = {s.name: s for s in table_specs()}
        self.schemas = {s.name: pa.schema([pa.field(c.name, TYPES[c.type]) for c in s.columns])
                        for s in table_specs()}
        self.pool = memory_pool()
        self.writers = {name: pq.ParquetWriter(self._tmp(name), schema, write_statistics=_statistics(self.specs[name]),
                                               memory_pool=self.pool)
                        for name, schema in self.schemas.items()}
        self.pending: dict[str, dict[str, list]] = {name: self._empty(name) for name in self.specs}
        self.rows = dict.fromkeys(self.specs, 0)
        self.size = dict.fromkeys(self.specs, 0)

    def _tmp(self, name: str) -> Path:
        return self.folder / f"{name}.parquet.tmp"

    def _empty(self, table: str) -> dict[str, list]:
        return {c.name: [] for c in self.specs[table].columns}

    def write(self, table: str, rows: list[Row]) -> None:
        for name, values in self.pending[table].items():
            column = [row[name] for row in rows]
            values += column
            self.size[table] += CELL_BYTES * len(column) + sum(len(v) for v in column if isinstance(v, str))
        self.rows[table] += len(rows)
        if self.rows[table] >= ROW_GROUP_ROWS or self.size[table] >= ROW_GROUP_BYTES:
            self._flush(table)
        if sum(self.size.values()) >= BUDGET_BYTES:
            for name in sorted(self.specs, key=self.size.get, reverse=True):
                self._flush(name)
                if sum(self.size.values()) < BUDGET_BYTES // 2:
                    break

    def _flush(self, table: str) -> None:
        if not self.rows[table]:
            return
        columns = self.pending[table]
        for c in self.specs[table].columns:
            if c.type == "date":
                columns[c.name] = [dt.date.fromisoformat(v) if v else None for v in columns[c.name]]
        arrays = [pa.array(columns[c.name], type=TYPES[c.type], memory_pool=self.pool) for c in self.specs[table].columns]
        self.writers[table].write_table(pa.Table.from_arrays(arrays, schema=self.schemas[table]))
        self.pending[table], self.rows[table], self.size[table] = self._empty(table), 0, 0

    def close(self) -> list[Path]:
        """Write what is left, finish every file and rename it into place; return the folder."""
        for name, writer in self.writers.items():
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
    write_tables(out, tables)
    out.close()
    return [Path(folder) / f"{s.name}.parquet" for s in table_specs()]
