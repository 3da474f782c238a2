"""The fork server's start-up caches: the language model read from a decompressed copy is the
library's own model, and a folder that cannot be written only costs the time it would save."""
from __future__ import annotations

import numpy as np
import pytest
from py3langid import langid

from pipeline.engine.caches import cache_dir, decompressed_copy, load_language_identifier


@pytest.fixture
def fresh_identifier():
    """py3langid's identifier unset for the test, and put back after it."""
    held = langid.IDENTIFIER
    langid.IDENTIFIER = None
    yield
    langid.IDENTIFIER = held


def test_the_identifier_from_the_copy_is_the_librarys_own(tmp_path, fresh_identifier):
    assert load_language_identifier(tmp_path)
    copied, own = langid.IDENTIFIER, langid._load_identifier()
    assert np.array_equal(copied.nb_ptc, own.nb_ptc) and np.array_equal(copied.nb_pc, own.nb_pc)
    assert (copied.nb_classes, copied.tk_nextmove, copied.tk_row, copied.tk_output) == (
        own.nb_classes, own.tk_nextmove, own.tk_row, own.tk_output)


@pytest.mark.parametrize("text, language", [
    ("Calls to the helpline rose by a fifth last year, the charity said on Monday.", "en"),
    ("Die Zahl der Anrufe bei der Beratungsstelle ist im vergangenen Jahr gestiegen.", "de"),
    ("Le nombre d'appels à la ligne d'écoute a augmenté l'année dernière.", "fr"),
])
def test_a_text_gets_the_same_language_either_way(text, language, tmp_path, fresh_identifier):
    assert load_language_identifier(tmp_path)
    copied = langid.classify(text)
    langid.IDENTIFIER = None
    assert copied == langid.classify(text) and copied[0] == language


def test_the_copy_is_made_once_and_named_by_the_shipped_files_hash(tmp_path):
    source = langid.MODEL_DIR / langid.MODEL_FILE
    first = decompressed_copy(source, tmp_path)
    assert first is not None and first.parent == tmp_path and first.stat().st_size > source.stat().st_size
    mtime = first.stat().st_mtime_ns
    assert decompressed_copy(source, tmp_path) == first and first.stat().st_mtime_ns == mtime
    assert [p.name for p in tmp_path.iterdir()] == [first.name]  # no partial file left behind


def test_a_folder_that_cannot_be_written_leaves_the_library_to_load_its_own(tmp_path, fresh_identifier):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    assert decompressed_copy(langid.MODEL_DIR / langid.MODEL_FILE, blocked / "cache") is None
    assert not load_language_identifier(blocked / "cache") and langid.IDENTIFIER is None
    assert langid.classify("The helpline took more calls this year than last.")[0] == "en"


@pytest.mark.parametrize("env, expected", [
    ({"NEWSFACTS_CACHE_DIR": "/data/nf-cache", "XDG_CACHE_HOME": "/x"}, "/data/nf-cache"),
    ({"XDG_CACHE_HOME": "/x"}, "/x/newsfacts"),
    ({"HOME": "/home/someone"}, "/home/someone/.cache/newsfacts"),
])
def test_the_cache_folder_follows_the_environment(env, expected, monkeypatch):
    for name in ("NEWSFACTS_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert str(cache_dir()) == expected
