"""Resuming: a run killed with SIGKILL half-way, run again with --resume, writes every document once."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.engine.resume import cut_partial_line, done_sources, skip_done
from pipeline.records import Document

ROOT = Path(__file__).resolve().parents[2]


def _keys(path: Path) -> list[str]:
    return [json.loads(line)["article"]["source"] for line in path.read_text(encoding="utf-8").splitlines()]


def _extract(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline", "extract", *args, "-q"], cwd=ROOT,
                            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_a_run_killed_half_way_and_resumed_writes_every_document_exactly_once(tmp_path):
    whole, cut = tmp_path / "whole.jsonl", tmp_path / "cut.jsonl"
    assert _extract("corpus", "-o", str(whole), "--workers", "2").wait(timeout=600) == 0
    expected = _keys(whole)
    run = _extract("corpus", "-o", str(cut), "--workers", "1")
    deadline = time.monotonic() + 600
    while not (cut.exists() and len(cut.read_bytes().splitlines()) >= len(expected) // 2):
        assert run.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGKILL)  # the CLI, its fork server and its workers, no goodbye
    run.wait()
    written = len(_keys(cut))
    assert 0 < written < len(expected)
    assert _extract("corpus", "-o", str(cut), "--resume", "--workers", "2").wait(timeout=600) == 0
    keys = _keys(cut)
    assert len(keys) == len(expected) and set(keys) == set(expected)
    assert sorted(cut.read_text(encoding="utf-8").splitlines()) == sorted(whole.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("content, kept", [
    (b'{"a": 1}\n{"b": 2}\n{"c": 3', b'{"a": 1}\n{"b": 2}\n'),
    (b'{"a": 1}\n{"b": 2}\n', b'{"a": 1}\n{"b": 2}\n'),
    (b'{"half', b""),
    (b"", b""),
    (b"x" * 200_000 + b"\n" + b"y" * 100_000, b"x" * 200_000 + b"\n"),
])
def test_a_line_cut_short_by_a_kill_is_dropped(tmp_path, content, kept):
    path = tmp_path / "out.jsonl"
    path.write_bytes(content)
    cut_partial_line(path)
    assert path.read_bytes() == kept


def test_done_sources_reads_the_records_and_skips_what_is_not_one(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text('{"article": {"source": "a.warc.gz#0"}}\nnot json\n{"article": {"source": "b.txt"}}\n'
                    '{"article": {"sou', encoding="utf-8")
    assert done_sources(path) == {"a.warc.gz#0", "b.txt"}
    assert done_sources(tmp_path / "absent.jsonl") == set()
    docs = [Document(source=s) for s in ("a.warc.gz#0", "a.warc.gz#300", "b.txt", "c.txt")]
    assert [d.source for d in skip_done(docs, done_sources(path))] == ["a.warc.gz#300", "c.txt"]
