"""Running a shared benchmark's own ``score.py`` over the pages we answered.

The benchmarks in ``../shared/bench`` each ship a scorer that reads a gold file and a
JSON Lines file of answers; these helpers write both for a subset of pages and read
the figure the scorer prints.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Iterable


def figure(name: str, stdout: str) -> float:
    """The number a scorer printed on its line ``<name>: <number>``."""
    match = re.search(rf"^{re.escape(name)}: ([\d.]+)", stdout, re.M)
    if not match:
        raise RuntimeError(f"scorer printed no {name}: {stdout[-500:]}")
    return float(match.group(1))


def score_subset(bench: Path, pages: Iterable[str], rows: Iterable[dict], out: Path, *, name: str) -> float:
    """``bench/score.py`` over the gold of ``pages`` only and ``rows`` written to ``out``.

    Returns the figure the scorer prints as ``name`` (``f1``, ``accuracy``).
    """
    gold = json.loads((bench / "gold.json").read_text(encoding="utf-8"))
    subset = out.with_suffix(".gold.json")
    subset.write_text(json.dumps({p: gold[p] for p in pages if p in gold}), encoding="utf-8")
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
    result = subprocess.run([sys.executable, str(bench / "score.py"), str(subset), str(out)],
                            capture_output=True, text=True, check=True)
    return figure(name, result.stdout)
