"""``newsfacts extract`` as a batch command: workers, resume, engines, quiet runs (run as a subprocess)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "fixtures" / "articles"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True, timeout=600)


@pytest.mark.parametrize("args, code, message", [
    (("extract", "corpus", "--resume"), 2, b"--resume needs -o OUT.jsonl"),
    (("extract", "corpus", "--workers", "0"), 2, b"--workers must be at least 1"),
    (("extract", "corpus", "--engine", "spark"), 2, b"invalid choice"),
])
def test_bad_batch_arguments(args, code, message):
    done = run(*args)
    assert done.returncode == code and message in done.stderr


def test_help_shows_the_batch_options_with_examples():
    out = run("extract", "--help").stdout
    for option in (b"--workers", b"--engine", b"--scheduler", b"--resume", b"--engine dask --scheduler tcp://"):
        assert option in out


def test_two_workers_write_what_one_writes_and_resume_appends_nothing_more(tmp_path):
    inputs = [str(p) for p in sorted(ARTICLES.glob("*.txt"))[:4]]
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    done = run("extract", *inputs, "-o", str(one), "--workers", "1")
    assert done.returncode == 0 and b"4 documents in" in done.stderr and b"4 records" in done.stderr
    assert run("extract", *inputs, "-o", str(two), "--workers", "2", "-q").stderr == b""
    assert one.read_bytes() == two.read_bytes()
    assert run("extract", *inputs, "-o", str(two), "--resume", "-q").returncode == 0
    assert one.read_bytes() == two.read_bytes()
