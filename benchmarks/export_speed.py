#!/usr/bin/env python3
"""Seconds and records per second of ``newsfacts export`` and ``newsfacts report``.

Usage:
    python benchmarks/export_speed.py [--records extracted/records.jsonl] [--checks extracted/checks.jsonl] [--copies 20]

The records file is copied ``--copies`` times under new article ids (so the
tables grow as an archive would), then each step is timed once in this process:
loading and building the tables, CSV with the datapackage and card, SQLite,
Parquet, the HTML report.  Prints figures; asserts nothing.  Timings on a
shared machine are noisy.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.publish.export import load_tables, write_format  # noqa: E402
from pipeline.publish.report import write_report  # noqa: E402


def copies(records: Path, out: Path, n: int) -> int:
    """Write ``n`` copies of the records, each under new article ids; return the number of records."""
    lines = [json.loads(line) for line in records.read_text(encoding="utf-8").splitlines() if line.strip()]
    written = 0
    with open(out, "w", encoding="utf-8") as fh:
        for i in range(n):
            for record in lines:
                record = json.loads(json.dumps(record))
                record["article"]["id"] = f"{i:04d}{record['article']['id'][4:]}"
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", default=str(ROOT / "extracted" / "records.jsonl"))
    parser.add_argument("--checks", default=str(ROOT / "extracted" / "checks.jsonl"))
    parser.add_argument("--copies", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        n = copies(Path(args.records), tmp / "records.jsonl", args.copies)
        timings = []
        start = time.perf_counter()
        exported = load_tables(tmp / "records.jsonl", args.checks)
        timings.append(("load and build tables", time.perf_counter() - start))
        for fmt, out in (("csv", tmp / "csv"), ("sqlite", tmp / "n.sqlite"), ("parquet", tmp / "parquet")):
            start = time.perf_counter()
            write_format(exported, fmt, out, package=tmp / "datapackage.json", sources=["records.jsonl"])
            timings.append((fmt, time.perf_counter() - start))
        start = time.perf_counter()
        write_report(exported.tables, tmp / "report.html")
        timings.append(("report", time.perf_counter() - start))
        rows = sum(len(rows) for rows in exported.tables.values())
        print(f"{n} records, {rows} rows in {len(exported.tables)} tables")
        for name, seconds in timings:
            print(f"  {name:<24} {seconds:6.2f} s  {n / seconds:8.0f} records/s")
        print(f"  report size: {(tmp / 'report.html').stat().st_size / 1e6:.1f} MB; "
              f"sqlite: {(tmp / 'n.sqlite').stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
