"""The fork server starts with the garbage collector held off, and its workers collect as usual."""
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


HOLD = "import gc, sys; before = gc.get_threshold(); import pipeline.engine.start_collector as c;"


@pytest.mark.parametrize("code, expected", [
    # importing it holds automatic collection off, and imports nothing of spaCy
    (HOLD + "print(gc.get_threshold()[0], c.collector_held(), 'spacy' in sys.modules)", "0 True False"),
    # srsly's gc.enable() after reading msgpack does not turn it back on
    (HOLD + "gc.enable(); print(gc.get_threshold()[0])", "0"),
    # released: the thresholds are put back and what was made while held is frozen
    (HOLD + "c.release_collector(); print(gc.get_threshold() == before, gc.get_freeze_count() > 0, c.collector_held())",
     "True True False"),
    # released twice: the second does nothing
    (HOLD + "c.release_collector(); n = gc.get_freeze_count(); x = [[]]; c.release_collector();"
     "print(gc.get_threshold() == before, gc.get_freeze_count() == n)", "True True"),
    # held twice: released once puts back the thresholds of before the first hold
    (HOLD + "c.hold_collector(); c.release_collector(); print(gc.get_threshold() == before)", "True"),
    # released where it was never held (a worker started without the fork server): nothing frozen, nothing changed
    ("import gc; before = gc.get_threshold(); from pipeline.engine.start_collector import release_collector as r, "
     "hold_collector as h; import pipeline.engine.start_collector as c; c._held = None; gc.set_threshold(*before);"
     "r(); print(gc.get_threshold() == before, gc.get_freeze_count())", "True 0"),
])
def test_the_collector_held_and_released(code, expected):
    assert _fresh(code) == expected


#: Run in a worker forked from the fork server: exits 0 when it collects as usual (thresholds put back, the
#: server's objects frozen), else 3.
CHILD = ("import gc, sys; from pipeline.engine.start_collector import collector_held as h;"
         "sys.exit(0 if gc.get_threshold()[0] > 0 and gc.get_freeze_count() > 0 and not h() else 3)")


@pytest.mark.timeout(300)
def test_a_worker_forked_from_the_fork_server_collects_as_usual():
    code = ("import gc; from pipeline.engine.prestart import fork_context; ctx = fork_context();"
            f"p = ctx.Process(target=exec, args=({CHILD!r},)); p.start(); p.join(); print(p.exitcode)")
    assert _fresh(code) == "0"


#: A worker started without the fork server (``serve`` called in a fresh process, told to stop once ready): the
#: collector is released before warm's import, so the model and the warm-up are not frozen and it collects as usual.
SERVED = ("import gc; from multiprocessing import Pipe; from pipeline.engine.worker import DEFAULT_HANDLER, serve;"
          "from pipeline.engine.stages import ExtractOptions; from pipeline.engine.start_collector import collector_held;"
          "n = len(gc.get_objects()) + 5000; a, b = Pipe(); b.send(None);"
          "serve(a, ExtractOptions.from_settings(), DEFAULT_HANDLER);"
          "print(gc.get_threshold()[0] > 0, gc.get_freeze_count() < n, collector_held())")


@pytest.mark.timeout(300)
def test_a_worker_started_without_the_fork_server_collects_as_usual():
    assert _fresh(SERVED) == "True True False"
