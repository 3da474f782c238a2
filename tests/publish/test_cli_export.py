"""newsfacts export and newsfacts report, run as subprocesses."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


@pytest.mark.parametrize("command", ["export", "report"])
def test_help_has_examples(command):
    done = run(command, "--help")
    assert done.returncode == 0 and f"newsfacts {command} extracted/records.jsonl" in done.stdout


def test_export_every_format_and_the_report(tmp_path, small_records, small_checks):
    done = run("export", str(small_records), str(small_checks), "--to", "sqlite", str(tmp_path / "n.sqlite"),
               "--to", "csv", str(tmp_path / "csv"), "--to", "parquet", str(tmp_path / "parquet"),
               "--package", str(tmp_path / "datapackage.json"))
    assert done.returncode == 0, done.stderr
    assert f"wrote {tmp_path / 'n.sqlite'}" in done.stderr and "exported 2 articles" in done.stderr
    assert sqlite3.connect(tmp_path / "n.sqlite").execute("select count(*) from claims").fetchone() == (2,)
    assert (tmp_path / "csv" / "series.csv").is_file() and (tmp_path / "parquet" / "series.parquet").is_file()
    assert json.loads((tmp_path / "datapackage.json").read_text())["resources"][0]["path"] == "csv/articles.csv"
    done = run("report", str(small_records), str(small_checks), "-o", str(tmp_path / "report.html"))
    assert done.returncode == 0, done.stderr
    assert "Kent helpline calls rise" in (tmp_path / "report.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("args, message", [
    (["--to", "xlsx", "out.xlsx"], "unknown format 'xlsx'"),
    (["--to", "csv"], "expected 2 arguments"),
    ([], "the following arguments are required: --to"),
])
def test_bad_arguments_exit_2(small_records, args, message):
    done = run("export", str(small_records), *args)
    assert done.returncode == 2 and message in done.stderr


def test_missing_file_exits_2(tmp_path):
    done = run("report", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "r.html"))
    assert done.returncode == 2 and "no such file" in done.stderr


def test_damaged_records_are_named_by_line_and_the_rest_exported(tmp_path, small_records):
    lines = small_records.read_text(encoding="utf-8").splitlines()
    damaged = tmp_path / "damaged.jsonl"
    damaged.write_text(lines[0] + "\n" + lines[1][:50], encoding="utf-8")
    done = run("export", str(damaged), "--to", "sqlite", str(tmp_path / "n.sqlite"))
    assert done.returncode == 0
    assert f"{damaged} line 2: not valid JSON (truncated?)" in done.stderr
    assert sqlite3.connect(tmp_path / "n.sqlite").execute("select count(*) from articles").fetchone() == (1,)
