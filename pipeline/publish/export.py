"""``newsfacts export``: a records file (and its checks) to CSV, SQLite or Parquet.

:func:`export` streams (:mod:`stream`): it reads the records file twice (an
index, then one record at a time in article-id order) and hands each record's
rows to a writer per format asked for, which appends them (:mod:`csv`,
:mod:`sqlite`, :mod:`parquet`), so its memory does not grow with the file.
CSV comes with a Frictionless ``datapackage.json`` and a dataset card
(``README.md`` beside it), written from a :class:`summary.TableSummary`
counted on the way.  :func:`load_tables` builds every table in memory
(:func:`tables.build_tables`) for the report and for small inputs; the
rows are the same.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Protocol

from pipeline.publish.load import load_checks, load_records
from pipeline.publish.summary import TableSummary
from pipeline.publish.schema import Row, Tables, table_specs
from pipeline.publish.tables import build_tables

FORMATS = ("csv", "sqlite", "parquet")


class TableWriter(Protocol):
    """Where the rows of one format go: batches of any table in any order, then close (or discard)."""

    def write(self, table: str, rows: list[Row]) -> None: ...

    def close(self) -> list[Path]: ...

    def discard(self) -> None: ...


def write_tables(writer: TableWriter, tables: Tables) -> None:
    """Every table of ``tables`` built in memory through ``writer``, in the schema's order; not closed."""
    for s in table_specs():
        writer.write(s.name, tables[s.name])


@dataclass
class Exported:
    """What an export wrote (its summary; every row too when built in memory) and the problems met in its inputs."""

    summary: TableSummary
    tables: Optional[Tables] = None
    written: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def render(self, verb: str = "exported") -> str:
        """A short summary for the terminal."""
        rows = self.summary.rows
        sizes = ", ".join(f"{rows[name]} {name}" for name in ("articles", "counts", "checks", "cross_checks"))
        lines = [f"{verb} {sizes}"]
        lines += [f"wrote {path}" for path in self.written]
        if self.problems:
            lines.append(f"{len(self.problems)} problem(s) in the input; every good record was still used:")
            lines += [f"  {p}" for p in self.problems]
        return "\n".join(lines)


def load_tables(records: str | Path, checks: Optional[str | Path] = None) -> Exported:
    """The tables of a records file and its checks, built in memory, with the problems met reading them."""
    loaded = load_records(records)
    problems = list(loaded.problems)
    check_items = None
    if checks:
        loaded_checks = load_checks(checks)
        problems += loaded_checks.problems
        check_items = loaded_checks.items
    tables = build_tables(loaded.items, check_items)
    return Exported(TableSummary.of(tables), tables, problems=problems)


def open_writer(fmt: str, out: str | Path) -> TableWriter:
    """The writer of one format to ``out`` (a folder for CSV and Parquet, a file for SQLite)."""
    if fmt == "sqlite":
        from pipeline.publish.sqlite import SqliteTables

        return SqliteTables(out)
    if fmt == "parquet":
        from pipeline.publish.parquet import ParquetTables

        return ParquetTables(out)
    if fmt == "csv":
        from pipeline.publish.csv import CsvTables

        return CsvTables(out)
    raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


def _finish(fmt: str, writer: TableWriter, out: str | Path, summary: TableSummary, *,
            package: Optional[str | Path], sources: list[str]) -> list[Path]:
    """Close the writer; for CSV, write the datapackage and the card beside the tables."""
    written = writer.close()
    if fmt == "csv":
        from pipeline.publish.card import write_card
        from pipeline.publish.datapackage import write_datapackage

        package = Path(package) if package else Path(out) / "datapackage.json"
        written += [write_datapackage(summary.rows, out, package),
                    write_card(summary, package.parent / "README.md", sources=sources)]
    return written


def write_format(exported: Exported, fmt: str, out: str | Path, *, package: Optional[str | Path] = None,
                 sources: Optional[list[str]] = None) -> list[Path]:
    """Write one format of tables built in memory (:func:`load_tables`) to ``out``."""
    if exported.tables is None:
        raise ValueError("write_format needs tables built in memory (load_tables); export streams")
    writer = open_writer(fmt, out)
    write_tables(writer, exported.tables)
    written = _finish(fmt, writer, out, exported.summary, package=package, sources=sources or [])
    exported.written += written
    return written


def export(records: str | Path, checks: Optional[str | Path], targets: list[tuple[str, str | Path]],
           *, package: Optional[str | Path] = None) -> Exported:
    """Stream the records (and checks) once into every ``(format, out)`` target."""
    from pipeline.publish.stream import stream_tables

    for fmt, _ in targets:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    exported = Exported(TableSummary())
    writers: list[TableWriter] = []
    try:
        for fmt, out in targets:
            writers.append(open_writer(fmt, out))
        for table, rows in stream_tables(records, checks, exported.problems):
            exported.summary.add(table, rows)
            for writer in writers:
                writer.write(table, rows)
    except BaseException:
        for writer in writers:
            writer.discard()
        raise
    sources = [Path(p).name for p in (records, checks) if p]
    for (fmt, out), writer in zip(targets, writers):
        exported.written += _finish(fmt, writer, out, exported.summary, package=package, sources=sources)
    return exported
