"""Parquet: one file per table through pyarrow, with the column types of the spec."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.publish.tables import Tables, table_specs

TYPES = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(),
         "boolean": pa.bool_(), "date": pa.date32()}


def write_parquet(tables: Tables, folder: str | Path) -> list[Path]:
    """Write ``<table>.parquet`` for every table into ``folder``; return the paths written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for spec in table_specs():
        schema = pa.schema([pa.field(c.name, TYPES[c.type]) for c in spec.columns])
        columns = {}
        for c in spec.columns:
            values = [row[c.name] for row in tables[spec.name]]
            if c.type == "date":
                values = [dt.date.fromisoformat(v) if v else None for v in values]
            columns[c.name] = values
        table = pa.table(columns, schema=schema)
        path = folder / f"{spec.name}.parquet"
        tmp = path.with_suffix(".parquet.tmp")
        pq.write_table(table, tmp)
        os.replace(tmp, path)
        written.append(path)
    return written
