"""The tables' schema: their columns, types, meanings and keys, and a cell of a column's type.

The tables are data, in ``pipeline/data/tables.json``; every writer (SQLite,
CSV, Parquet, the datapackage, the card) reads them through :func:`table_specs`,
and every row goes out through :func:`normalise`: exactly its table's columns,
in order, each cell of its column's type (None where a damaged record holds
something that cannot be one).
"""
from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Optional

Row = dict[str, Any]
Tables = dict[str, list[Row]]


@dataclass(frozen=True)
class Column:
    """One column: name, Frictionless type, meaning and the values an enumerated column takes."""

    name: str
    type: str
    description: str
    enum: Optional[tuple[str, ...]] = None


@dataclass(frozen=True)
class TableSpec:
    """One table: its columns, primary key and foreign keys (column, table, referenced column)."""

    name: str
    description: str
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...]
    columns: tuple[Column, ...]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


@lru_cache(maxsize=1)
def table_specs() -> tuple[TableSpec, ...]:
    """Every table, parents before children, as described in ``data/tables.json``."""
    data = json.loads(resources.files("pipeline").joinpath("data/tables.json").read_text(encoding="utf-8"))
    specs = []
    for t in data["tables"]:
        columns = tuple(Column(c["name"], c["type"], c["description"], tuple(c["enum"]) if "enum" in c else None)
                        for c in t["fields"])
        fks = tuple((fk["fields"], fk["table"], fk["column"]) for fk in t["foreign_keys"])
        specs.append(TableSpec(t["name"], t["description"], tuple(t["primary_key"]), fks, columns))
    return tuple(specs)


def spec(name: str) -> TableSpec:
    """The spec of one table by name."""
    return next(s for s in table_specs() if s.name == name)


def _text(value: str) -> str:
    """The string with any lone surrogate (JSON allows them, UTF-8 does not) replaced by U+FFFD."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return value


def _value(value: Any, column: Column) -> Any:
    """A cell of the column's type, or None when the value cannot be one."""
    if value is None:
        return None
    try:
        if column.type == "string":
            if isinstance(value, (list, dict)):  # only in a damaged record: a list where a string belongs
                value = json.dumps(value)
            return _text(value if isinstance(value, str) else str(value))
        if column.type == "boolean":
            return bool(value)
        if column.type == "integer":
            return int(value) if not isinstance(value, bool) and float(value) == int(value) else None
        if column.type == "number":
            number = float(value)
            return number if math.isfinite(number) else None
        if column.type == "date":
            return dt.date.fromisoformat(value).isoformat() if isinstance(value, str) and len(value) == 10 else None
    except (TypeError, ValueError, OverflowError):
        return None
    return value


def normalise(name: str, row: Row) -> Row:
    """The row with exactly its table's columns, in order, each cell of its column's type."""
    return {c.name: _value(row.get(c.name), c) for c in _columns(name)}


@lru_cache(maxsize=None)
def _columns(name: str) -> tuple[Column, ...]:
    return spec(name).columns


def normalise_tables(tables: Tables) -> Tables:
    """Each row with exactly its table's columns, in order, each cell of its column's type."""
    return {s.name: [normalise(s.name, row) for row in tables.get(s.name, [])] for s in table_specs()}
