"""What the fixture-set tests share: extract a set's articles with the command line, read ``score.py``'s
table of F1 per fact type, and tally the gold checks' verdicts."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
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


def verdict_tally(gold: list[dict], records: Path) -> Counter:
    """How each gold check came out: ``right``, ``wrong``, and ``false_inconsistent`` (an "inconsistent" where
    the gold has none, also among checks the gold does not list)."""
    by_id = {}
    for line in records.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        by_id[Path(rec["article"]["source"]).stem] = rec["checks"]
    tally: Counter = Counter()
    for g in gold:
        found, used = by_id[g["id"]], set()
        for c in g["checks"]:
            fits = [i for i, s in enumerate(found) if i not in used and s["kind"] == c["kind"]
                    and s.get("stated") is not None and abs(float(s["stated"]) - c["stated"]) < 0.06]
            best = next((i for i in fits if found[i]["verdict"] == c["verdict"]), fits[0] if fits else None)
            got = found[best]["verdict"] if best is not None else None
            used.add(best)
            if c["verdict"] != "unverifiable":
                tally["right" if got == c["verdict"] else "wrong"] += 1
            if got == "inconsistent" and c["verdict"] != "inconsistent":
                tally["false_inconsistent"] += 1
        tally["false_inconsistent"] += sum(1 for i, s in enumerate(found) if i not in used and s["verdict"] == "inconsistent")
    return tally
