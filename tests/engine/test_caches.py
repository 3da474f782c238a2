"""The fork server's start-up caches: the language model read from a decompressed copy is the
library's own model, the places matcher built from the cached tokens of its patterns is the one
built by tokenizing them, and a folder that cannot be written only costs the time it would save."""
from __future__ import annotations

import lzma

import numpy as np
import pytest
from py3langid import langid

from pipeline.engine.caches import cache_dir, decompressed_copy, load_language_identifier, load_place_words


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


@pytest.mark.parametrize("payload", [b"not lzma at all", lzma.compress(b"x" * 10_000)[:40]])
def test_a_broken_or_truncated_compressed_file_gives_no_copy_and_leaves_nothing_behind(tmp_path, payload):
    source = tmp_path / "model.plzma.xz"
    source.write_bytes(payload)
    assert decompressed_copy(source, tmp_path / "cache") is None
    assert list((tmp_path / "cache").iterdir()) == []  # the partial file is removed


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


# the places matcher built from the cached tokens of its patterns


def _patterns(matcher) -> dict:  # noqa: ANN001 - a RegionMatcher's patterns: key -> the hashes of each pattern's tokens
    return matcher.matcher.patterns()


@pytest.fixture
def fresh_matchers(monkeypatch):
    """No places matcher built yet in this process (the test's own are dropped after it)."""
    from pipeline.extract import regions

    monkeypatch.setattr(regions, "_MATCHERS", {})
    return regions


@pytest.fixture(scope="module")
def tokenized():
    """The places matcher of a vocabulary of its own, every pattern tokenized (no copy)."""
    import spacy

    from pipeline.extract.regions import RegionMatcher

    nlp = spacy.blank("en")
    return RegionMatcher(nlp.vocab, nlp.make_doc)


def _built(regions):  # noqa: ANN001, ANN202
    from pipeline.extract.segments import tokenizer

    return regions._MATCHERS[id(tokenizer().vocab)][1]


def test_the_places_matcher_from_the_copy_is_the_tokenized_one(tmp_path, fresh_matchers, tokenized, monkeypatch):
    assert load_place_words(tmp_path)  # no copy yet: every pattern tokenized, the copy written
    made = _built(fresh_matchers)
    [copy] = tmp_path.iterdir()
    assert copy.name.startswith("place-words.") and copy.suffix == ".json"
    monkeypatch.setattr(fresh_matchers, "_MATCHERS", {})
    mtime = copy.stat().st_mtime_ns
    assert load_place_words(tmp_path)  # from the copy, which is not written again
    read = _built(fresh_matchers)
    assert read is not made and copy.stat().st_mtime_ns == mtime
    assert _patterns(read) == _patterns(made) == _patterns(tokenized)


@pytest.mark.parametrize("text", [
    "Calls from Cardiff and North Wales rose, said the Prince of Wales Trust.",
    "The helpline in New South Wales took 900 calls; Iowans made 40 more.",
    "THE WEST MIDLANDS saw a rise, as did Berwick-upon-Tweed and the Isle of Wight.",
    "Volunteers in Kilkenny, Co Kilkenny, and in Portland, Oregon, answered 1,200 calls.",
])
def test_a_text_gets_the_same_places_either_way(text, tmp_path, fresh_matchers, monkeypatch):
    assert load_place_words(tmp_path)
    monkeypatch.setattr(fresh_matchers, "_MATCHERS", {})
    assert load_place_words(tmp_path)
    from_copy = fresh_matchers.find_regions(text)
    monkeypatch.setattr(fresh_matchers, "_MATCHERS", {})
    assert from_copy == fresh_matchers.find_regions(text)  # built by tokenizing every pattern


@pytest.mark.parametrize("damage", ["drop", "not json", "a list"])
def test_a_copy_short_of_texts_or_unreadable_is_made_anew(damage, tmp_path, fresh_matchers, tokenized, monkeypatch):
    import json

    assert load_place_words(tmp_path)
    [copy] = tmp_path.iterdir()
    words = json.loads(copy.read_text(encoding="utf-8"))
    full = dict(words)
    if damage == "drop":  # the gazetteer gained a place since the copy was made
        for text in list(words)[::50]:
            del words[text]
        copy.write_text(json.dumps(words), encoding="utf-8")
    else:
        copy.write_text("[1, 2" if damage == "not json" else "[]", encoding="utf-8")
    monkeypatch.setattr(fresh_matchers, "_MATCHERS", {})
    assert load_place_words(tmp_path)
    assert _patterns(_built(fresh_matchers)) == _patterns(tokenized)
    assert json.loads(copy.read_text(encoding="utf-8")) == full


def test_a_folder_that_cannot_be_written_still_gets_the_matcher(tmp_path, fresh_matchers, tokenized):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    assert not load_place_words(blocked / "cache")
    assert _patterns(_built(fresh_matchers)) == _patterns(tokenized)


# jusText's stop words, every language's, for trafilatura


@pytest.fixture
def fresh_stoplist(monkeypatch):
    """trafilatura's set of jusText's stop words unset for the test (put back after it)."""
    from trafilatura import external

    monkeypatch.setattr(external, "JT_STOPLIST", None)
    return external


def test_the_stop_words_from_the_copy_are_trafilaturas_own(tmp_path, fresh_stoplist, monkeypatch):
    from pipeline.engine.caches import load_justext_stoplist

    assert load_justext_stoplist(tmp_path)  # no copy yet: made by trafilatura, the copy written
    made = fresh_stoplist.JT_STOPLIST
    [copy] = tmp_path.iterdir()
    assert copy.name.startswith("justext-stoplist.") and copy.suffix == ".txt"
    mtime = copy.stat().st_mtime_ns
    monkeypatch.setattr(fresh_stoplist, "JT_STOPLIST", None)
    assert load_justext_stoplist(tmp_path) and copy.stat().st_mtime_ns == mtime
    read = fresh_stoplist.JT_STOPLIST
    monkeypatch.setattr(fresh_stoplist, "JT_STOPLIST", None)
    own = fresh_stoplist.jt_stoplist_init()
    assert read is not made and len(read) == len(own) > 10_000 and set(read) == set(made) == set(own)
    assert {"the", "und", "les"} <= set(read)


@pytest.mark.parametrize("damage", ["cut short", "no count", "empty"])
def test_a_damaged_stop_word_copy_is_made_anew(damage, tmp_path, fresh_stoplist, monkeypatch):
    from pipeline.engine.caches import load_justext_stoplist

    assert load_justext_stoplist(tmp_path)
    full = set(fresh_stoplist.JT_STOPLIST)
    [copy] = tmp_path.iterdir()
    text = copy.read_text(encoding="utf-8")
    copy.write_text({"cut short": text[: len(text) // 2], "no count": text.partition("\n")[2], "empty": ""}[damage],
                    encoding="utf-8")
    monkeypatch.setattr(fresh_stoplist, "JT_STOPLIST", None)
    assert load_justext_stoplist(tmp_path)
    assert set(fresh_stoplist.JT_STOPLIST) == full and copy.read_text(encoding="utf-8") == text


def test_a_folder_that_cannot_be_written_still_gets_the_stop_words(tmp_path, fresh_stoplist):
    from pipeline.engine.caches import load_justext_stoplist

    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    assert not load_justext_stoplist(blocked / "cache")
    assert len(fresh_stoplist.JT_STOPLIST) > 10_000


# the gazetteer's entries


@pytest.fixture
def fresh_entries(monkeypatch):
    """No gazetteer entries built or given in this process for the test (built again when next asked after it)."""
    from pipeline.extract import gazetteer

    monkeypatch.setattr(gazetteer, "_GIVEN", {})
    gazetteer.gazetteer_entries.cache_clear()
    yield gazetteer
    gazetteer.gazetteer_entries.cache_clear()  # built again from the data files when next asked


def _built_entries(gazetteer):  # noqa: ANN001, ANN202 - the entries as the data files give them
    gazetteer._GIVEN.clear()
    gazetteer.gazetteer_entries.cache_clear()
    return gazetteer.gazetteer_entries()


def test_the_entries_from_the_copy_are_the_built_ones(tmp_path, fresh_entries):
    from pipeline.engine.caches import load_gazetteer_entries

    assert load_gazetteer_entries(tmp_path)  # no copy yet: built, the copy written
    [copy] = tmp_path.iterdir()
    assert copy.name.startswith("gazetteer.") and copy.suffix == ".marshal"
    mtime = copy.stat().st_mtime_ns
    fresh_entries.gazetteer_entries.cache_clear()
    assert load_gazetteer_entries(tmp_path) and copy.stat().st_mtime_ns == mtime
    read = fresh_entries.gazetteer_entries()
    assert read is fresh_entries._GIVEN["entries"]
    built = _built_entries(fresh_entries)
    assert read is not built and list(read) == list(built) and read == built
    assert all(hash(read[key]) == hash(built[key]) for key in built)


@pytest.mark.parametrize("damage", ["cut short", "not marshal", "a row short"])
def test_a_damaged_entries_copy_is_made_anew(damage, tmp_path, fresh_entries):
    import marshal

    from pipeline.engine.caches import load_gazetteer_entries

    assert load_gazetteer_entries(tmp_path)
    [copy] = tmp_path.iterdir()
    blob = copy.read_bytes()
    rows = marshal.loads(blob)
    copy.write_bytes({"cut short": blob[: len(blob) // 2], "not marshal": b"\x00not",
                      "a row short": marshal.dumps([rows[0][:3], *rows[1:]])}[damage])
    fresh_entries._GIVEN.clear()
    fresh_entries.gazetteer_entries.cache_clear()
    assert load_gazetteer_entries(tmp_path)
    assert "entries" not in fresh_entries._GIVEN and copy.read_bytes() == blob
    assert fresh_entries.gazetteer_entries() == _built_entries(fresh_entries)


def test_a_changed_data_file_is_a_new_copy(tmp_path, fresh_entries, monkeypatch):
    from pipeline.engine.caches import load_gazetteer_entries

    assert load_gazetteer_entries(tmp_path / "cache")
    towns = tmp_path / "towns.jsonl"
    towns.write_text('{"name": "Ossingvale", "kind": "city", "parents": ["Wales"]}\n', encoding="utf-8")
    monkeypatch.setattr(fresh_entries, "TOWNS", towns)
    fresh_entries._GIVEN.clear()
    fresh_entries.gazetteer_entries.cache_clear()
    assert load_gazetteer_entries(tmp_path / "cache")
    assert len(list((tmp_path / "cache").iterdir())) == 2
    assert "Ossingvale|city" in fresh_entries.gazetteer_entries()
    fresh_entries.gazetteer_entries.cache_clear()
    assert load_gazetteer_entries(tmp_path / "cache") and "Ossingvale|city" in fresh_entries.gazetteer_entries()
