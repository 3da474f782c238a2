"""What the fixture-set tests share: extract a set's articles with the command line, once per test run, and read
``score.py``'s table of F1 per fact type.

A set is a folder of ``tests/fixtures`` whose ``*.txt`` articles have a ``gold.json`` beside them. ``set_records``
runs ``newsfacts extract`` over it once per session and gives every test of the session the same records file;
under pytest-xdist the run's workers share it too (the first to need a set extracts it, holding a lock, and the
others wait and read it), so each set is extracted once per ``pytest`` run however the tests are spread.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Iterator

import pytest

try:
    import fcntl
except ImportError:  # not POSIX: no lock, so at worst two workers extract the same set
    fcntl = None

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
_ROW = re.compile(r"(\w+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s")
_DONE: dict[str, Path] = {}


def extract_articles(articles: Iterable[Path], out: Path, timeout: int = 600) -> Path:
    """``newsfacts extract`` over ``articles`` into ``out``; the run must succeed."""
    cmd = [sys.executable, "-m", "pipeline", "extract", *map(str, articles), "-o", str(out), "-q"]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr
    return out


def set_gold(name: str) -> list[dict[str, Any]]:
    """The gold of the fixture set ``tests/fixtures/<name>`` (its ``gold.json``)."""
    return json.loads((FIXTURES / name / "gold.json").read_text(encoding="utf-8"))


def set_articles(name: str) -> list[Path]:
    """The articles of the fixture set ``tests/fixtures/<name>``, sorted by name."""
    return sorted((FIXTURES / name).glob("*.txt"))


def _shared_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder new to this ``pytest`` run and seen by all its xdist workers (each has a base folder of its own
    inside the run's)."""
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "fixture-sets"
    folder.mkdir(exist_ok=True)
    return folder


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    with open(path, "a+b") as fh:
        if fcntl is not None:
            fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(fh, fcntl.LOCK_UN)


def set_records(tmp_path_factory: pytest.TempPathFactory, name: str, timeout: int = 600) -> Path:
    """The records of ``newsfacts extract`` over the articles of fixture set ``name``, run once per test run and
    shared by every test (and xdist worker) that asks; the run must succeed."""
    if name not in _DONE:
        out = _shared_dir(tmp_path_factory) / f"{name}.jsonl"
        with _locked(out.with_suffix(".lock")):
            if not out.is_file():  # a run that failed left no file: the next test to ask runs it again
                part = extract_articles(set_articles(name), out.with_suffix(".part"), timeout=timeout)
                part.replace(out)
        _DONE[name] = out
    return _DONE[name]


def records_by_article(records: Path) -> dict[str, dict[str, Any]]:
    """The records of a records file keyed by their article's file name without its suffix (its gold id)."""
    by_id = {}
    for line in records.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            by_id[Path(record["article"]["source"].split("#")[0]).stem] = record
    return by_id


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
    by_id = {stem: rec["checks"] for stem, rec in records_by_article(records).items()}
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
