"""CSV: one RFC 4180 file per table (UTF-8, a header row, CRLF line ends).

Empty cells are nulls; booleans are ``true`` / ``false``; whole numbers are
written without a decimal point, so a spreadsheet shows 18036, not 18036.0.
:class:`CsvTables` appends rows as they come (every table's file is open
while an export streams); each file is renamed into place when it is complete.
"""
from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

from pipeline.publish.export import write_tables
from pipeline.publish.schema import Row, Tables, table_specs


def cell(value: Any) -> str:
    """One value as CSV text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)


class CsvTables:
    """``<table>.csv`` for every table in ``folder``, written row batch by row batch."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.files, self.writers, self.names = {}, {}, {}
        for s in table_specs():
            fh = open(self._tmp(s.name), "w", encoding="utf-8", newline="")
            self.files[s.name] = fh
            self.writers[s.name] = csv.writer(fh, lineterminator="\r\n")
            self.writers[s.name].writerow(s.names)
            self.names[s.name] = s.names

    def _tmp(self, name: str) -> Path:
        return self.folder / f"{name}.csv.tmp"

    def write(self, table: str, rows: list[Row]) -> None:
        names = self.names[table]
        self.writers[table].writerows([cell(row[name]) for name in names] for row in rows)

    def close(self) -> list[Path]:
        """Finish every file and rename it into place; return the folder."""
        for name, fh in self.files.items():
            fh.close()
            os.replace(self._tmp(name), self.folder / f"{name}.csv")
        return [self.folder]

    def discard(self) -> None:
        """Close and remove the unfinished files."""
        for name, fh in self.files.items():
            fh.close()
            self._tmp(name).unlink(missing_ok=True)


def write_csv(tables: Tables, folder: str | Path) -> list[Path]:
    """Write ``<table>.csv`` for every table into ``folder``; return the paths written."""
    out = CsvTables(folder)
    write_tables(out, tables)
    out.close()
    return [Path(folder) / f"{s.name}.csv" for s in table_specs()]
