"""CSV: one RFC 4180 file per table (UTF-8, a header row, CRLF line ends).

Empty cells are nulls; booleans are ``true`` / ``false``; whole numbers are
written without a decimal point, so a spreadsheet shows 18036, not 18036.0.
"""
from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

from pipeline.publish.tables import Tables, table_specs


def cell(value: Any) -> str:
    """One value as CSV text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)


def write_csv(tables: Tables, folder: str | Path) -> list[Path]:
    """Write ``<table>.csv`` for every table into ``folder``; return the paths written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for spec in table_specs():
        path = folder / f"{spec.name}.csv"
        tmp = path.with_suffix(".csv.tmp")
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\r\n")
            writer.writerow(spec.names)
            for row in tables[spec.name]:
                writer.writerow([cell(row[name]) for name in spec.names])
        os.replace(tmp, path)
        written.append(path)
    return written
