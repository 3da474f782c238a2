"""What the fixture-set tests share: extract a set's articles with the command line, and read ``score.py``'s
table of F1 per fact type."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Iterable

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
_ROW = re.compile(r"(\w+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s")


def extract_articles(articles: Iterable[Path], out: Path, timeout: int = 600) -> Path:
    """``newsfacts extract`` over ``articles`` into ``out``; the run must succeed."""
    cmd = [sys.executable, "-m", "pipeline", "extract", *map(str, articles), "-o", str(out), "-q"]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr
    return out


def f1_by_type(gold: Path, records: Path) -> dict[str, float]:
    """The F1 column of ``score.py``'s table, keyed by fact type; skips when ``../shared`` has no scorer."""
    if not SCORE.is_file():
        pytest.skip("../shared/eval/score.py is not present")
    done = subprocess.run([sys.executable, str(SCORE), str(gold), str(records)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return {m.group(1): float(m.group(4)) for m in map(_ROW.match, done.stdout.splitlines()) if m}
