#!/usr/bin/env python3
"""Seconds, records per second and peak memory of ``newsfacts export`` and ``newsfacts report``, by size.

Usage:
    python benchmarks/export_speed.py [--records extracted/records.jsonl] [--checks extracted/checks.jsonl]
                                      [--copies 100 1000] [--steps csv sqlite parquet report] [--root .]

For each ``--copies`` n, the records file is copied n times under new article
ids (so the tables grow as an archive would); then each step runs once as its
own process (``python -m pipeline export ... --to FORMAT`` or ``python -m
pipeline report ...``, from ``--root``: point it at another checkout to
measure that code), and its peak resident memory is read from the kernel's
account of that process (``os.wait4``).  The csv step writes the datapackage
and the card too.  Prints a table and, per step, the ratio of peak memory
between the largest and the smallest size; asserts nothing.  Timings and memory
on a shared machine are noisy.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = "@@newsfacts-copy-id@@"
STEPS = ("csv", "sqlite", "parquet", "report")


def copies(records: Path, out: Path, n: int) -> int:
    """Write ``n`` copies of the records, each under new article ids; return the number of records."""
    templates = []
    for line in records.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            rid = record["article"]["id"]
            record["article"]["id"] = PLACEHOLDER
            templates.append((rid[4:], json.dumps(record, ensure_ascii=False)))
    with open(out, "w", encoding="utf-8") as fh:
        for i in range(n):
            for tail, template in templates:
                fh.write(template.replace(PLACEHOLDER, f"{i:04d}{tail}", 1) + "\n")
    return n * len(templates)


def command(step: str, records: Path, checks: Path, out: Path) -> list[str]:
    if step == "report":
        return ["report", str(records), str(checks), "-o", str(out / "report.html")]
    target = out / ("n.sqlite" if step == "sqlite" else step)
    return ["export", str(records), str(checks), "--to", step, str(target), "--package", str(out / "datapackage.json")]


def run(step: str, records: Path, checks: Path, out: Path, root: Path) -> tuple[float, float]:
    """Seconds and peak resident MB of one step run as its own process."""
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "pipeline", *command(step, records, checks, out)], cwd=root,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    if child.returncode:
        raise SystemExit(f"{step} failed ({child.returncode}):\n{stderr.decode(errors='replace')[-2000:]}")
    return seconds, usage.ru_maxrss / 1024  # kB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", default=str(ROOT / "extracted" / "records.jsonl"))
    parser.add_argument("--checks", default=str(ROOT / "extracted" / "checks.jsonl"))
    parser.add_argument("--copies", type=int, nargs="+", default=[10, 100])
    parser.add_argument("--steps", nargs="+", choices=STEPS, default=list(STEPS))
    parser.add_argument("--root", default=str(ROOT), help="the checkout whose pipeline runs (default: this one)")
    args = parser.parse_args()
    peaks: dict[str, dict[int, float]] = {step: {} for step in args.steps}
    print(f"{'records':>8}  {'step':<8} {'seconds':>8} {'records/s':>10} {'peak MB':>8}  (shared machine: noisy)")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for n_copies in sorted(args.copies):
            records = tmp / "records.jsonl"
            n = copies(Path(args.records), records, n_copies)
            for step in args.steps:
                seconds, peak = run(step, records, Path(args.checks).resolve(), tmp / f"out{n_copies}", Path(args.root))
                peaks[step][n] = peak
                print(f"{n:>8}  {step:<8} {seconds:8.1f} {n / seconds:10.0f} {peak:8.0f}", flush=True)
            size = (tmp / f"out{n_copies}" / "n.sqlite")
            if size.is_file():
                print(f"{'':>8}  sqlite file {size.stat().st_size / 1e6:.0f} MB, records file "
                      f"{records.stat().st_size / 1e6:.0f} MB")
    if len(args.copies) > 1:
        for step, by_size in peaks.items():
            small, large = min(by_size), max(by_size)
            print(f"peak memory {step}: {large} records / {small} records = {by_size[large] / by_size[small]:.2f}")


if __name__ == "__main__":
    main()
