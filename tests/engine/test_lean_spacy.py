"""The fork server imports spaCy without its command line, and nothing of spaCy is lost."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pipeline.engine.prestart import PRELOAD

IMPORT_THEN_REPORT = """
import json, sys
import pipeline.engine.lean_spacy as lean
import spacy
loaded = {name: name in sys.modules for name in json.loads(sys.argv[1])}
import spacy.cli
info = spacy.info()
print(json.dumps({"loaded": loaded, "download": callable(spacy.cli.download), "info": isinstance(info, dict),
                  "blank": [t.text for t in spacy.blank("en")("Calls rose by 20%.")]}))
"""

MODULES = {
    "spacy": True,
    "spacy.language": True,
    "spacy.matcher": True,
    "spacy.cli": False,  # the command line and what only it needs
    "spacy.cli.info": False,
    "typer": False,
    "weasel": False,
    "httpx": False,
}


@pytest.fixture(scope="module")
def report() -> dict:
    done = subprocess.run([sys.executable, "-c", IMPORT_THEN_REPORT, json.dumps(list(MODULES))],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("module, imported", MODULES.items())
def test_spacy_is_imported_without_its_command_line(report, module, imported):
    assert report["loaded"][module] is imported


@pytest.mark.parametrize("key, expected", [
    ("download", True),  # ``import spacy.cli`` later gives the real command line
    ("info", True),  # ``spacy.info`` imports the real one when called
    ("blank", ["Calls", "rose", "by", "20", "%", "."]),
])
def test_nothing_of_spacy_is_lost(report, key, expected):
    assert report[key] == expected


def test_the_fork_server_imports_it_before_anything_that_imports_spacy():
    # only the collector's hold comes before it, and that imports nothing of spaCy (tests/engine/test_start_collector.py)
    assert PRELOAD[:2] == ["pipeline.engine.start_collector", "pipeline.engine.lean_spacy"]


def test_an_imported_spacy_is_left_as_it_is():
    from pipeline.engine.lean_spacy import import_spacy

    import spacy  # noqa: F401 - the test session has it already

    assert import_spacy() is False
