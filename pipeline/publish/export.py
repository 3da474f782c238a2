"""``newsfacts export``: a records file (and its checks) to CSV, SQLite or Parquet.

:func:`export` loads leniently (:mod:`load`), builds the tables once
(:mod:`tables`) and writes each format asked for.  CSV comes with a Frictionless
``datapackage.json`` and a dataset card (``README.md`` beside it).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from pipeline.publish.load import load_checks, load_records
from pipeline.publish.tables import Tables, build_tables

FORMATS = ("csv", "sqlite", "parquet")


@dataclass
class Exported:
    """What an export wrote and the problems met in its inputs."""

    tables: Tables
    written: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def render(self, verb: str = "exported") -> str:
        """A short summary for the terminal."""
        sizes = ", ".join(f"{len(self.tables[name])} {name}" for name in ("articles", "counts", "checks", "cross_checks"))
        lines = [f"{verb} {sizes}"]
        lines += [f"wrote {path}" for path in self.written]
        if self.problems:
            lines.append(f"{len(self.problems)} problem(s) in the input; every good record was still used:")
            lines += [f"  {p}" for p in self.problems]
        return "\n".join(lines)


def load_tables(records: str | Path, checks: Optional[str | Path] = None) -> Exported:
    """The tables of a records file and its checks file, with the problems met reading them."""
    loaded = load_records(records)
    problems = list(loaded.problems)
    check_items = None
    if checks:
        loaded_checks = load_checks(checks)
        problems += loaded_checks.problems
        check_items = loaded_checks.items
    return Exported(build_tables(loaded.items, check_items), problems=problems)


def write_format(exported: Exported, fmt: str, out: str | Path, *, package: Optional[str | Path] = None,
                 sources: Optional[list[str]] = None) -> list[Path]:
    """Write one format to ``out`` (a folder for CSV and Parquet, a file for SQLite)."""
    out = Path(out)
    if fmt == "sqlite":
        from pipeline.publish.sqlite import write_sqlite

        written = [write_sqlite(exported.tables, out)]
    elif fmt == "parquet":
        from pipeline.publish.parquet import write_parquet

        write_parquet(exported.tables, out)
        written = [out]
    elif fmt == "csv":
        from pipeline.publish.card import write_card
        from pipeline.publish.csv import write_csv
        from pipeline.publish.datapackage import write_datapackage

        write_csv(exported.tables, out)
        package = Path(package) if package else out / "datapackage.json"
        written = [out, write_datapackage(exported.tables, out, package),
                   write_card(exported.tables, package.parent / "README.md", sources=sources or [])]
    else:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    exported.written += written
    return written


def export(records: str | Path, checks: Optional[str | Path], targets: list[tuple[str, str | Path]],
           *, package: Optional[str | Path] = None) -> Exported:
    """Load once and write every ``(format, out)`` target."""
    exported = load_tables(records, checks)
    sources = [Path(p).name for p in (records, checks) if p]
    for fmt, out in targets:
        write_format(exported, fmt, out, package=package, sources=sources)
    return exported
