"""The workers' fork server started before the heavy imports: the starter itself imports none."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _fresh(code: str) -> str:
    """What ``code`` prints in a fresh interpreter run from the repository root."""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.parametrize("module", ["pipeline.engine.prestart", "pipeline.engine"])
def test_the_starter_imports_no_spacy(module):
    assert _fresh(f"import sys, {module}; print('spacy' in sys.modules)") == "False"


def test_the_engine_package_still_gives_the_stages_api():
    assert _fresh("import pipeline.engine as e; print(e.ExtractOptions.__name__, e.extract_document.__name__)") \
        == "ExtractOptions extract_document"


def test_the_fork_server_is_started_at_once_and_is_the_one_the_pool_uses():
    code = ("import sys; from multiprocessing import forkserver; from pipeline.engine.prestart import start_fork_server;"
            "ok = start_fork_server(); pid = forkserver._forkserver._forkserver_pid; light = 'spacy' not in sys.modules;"
            "from pipeline.engine.local import _context; p = _context().Process(target=print); p.start(); p.join();"
            "print(ok, pid is not None, light, pid == forkserver._forkserver._forkserver_pid, p.exitcode)")
    assert _fresh(code) == "True True True True 0"


@pytest.mark.timeout(300)
@pytest.mark.parametrize("engine", ["local", "dask"])
def test_the_command_that_reads_and_writes_never_imports_spacy(engine, tmp_path):
    """The stages and the model are in the worker processes; the command only reads, hands
    documents on and writes (with the Dask engine, the LocalCluster's worker runs in it too)."""
    out = tmp_path / "records.jsonl"
    code = ("import sys; from pipeline.cli import main;"
            f"code = main(['extract', 'tests/fixtures/articles', '-o', {str(out)!r}, '-q', '--workers', '2',"
            f" '--engine', {engine!r}]);"
            "print(code, 'spacy' in sys.modules)")
    assert _fresh(code) == "0 False"
    # a record for every file: each article, and gold.json's saying it is not a kind of file read
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(list((ROOT / "tests/fixtures/articles").glob("*")))
