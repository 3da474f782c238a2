"""What the fork server builds at start-up, kept between runs in the user's cache folder.

The fork server's start-up is paid before the first document of every run (see
:mod:`pipeline.engine.prestart`), so a second run should not rebuild what the first
built.  Only what is the same object either way is cached:

- the language identifier's model (py3langid ships it compressed with LZMA; decompressing
  its 68 MB took 0.33 s of every start-up, reading the decompressed copy takes about
  0.03 s), keyed by the SHA-256 of the shipped file, so a new py3langid gets a new copy;
- the tokens of the places matcher's pattern texts (:func:`load_place_words`: tokenizing
  its 7,500 patterns and making their 13,000 words lexemes took about 0.35 s of every
  start-up), keyed by the SHA-256 of the tokenizer's settings and spaCy's version; a
  text the copy lacks (the gazetteer changed) is tokenized and the copy written anew;
- the gazetteer's entries (:func:`load_gazetteer_entries`: parsing and checking the 20,800 lines of
  its three data files took 0.17 s of every start-up), as :mod:`marshal` rows keyed by the SHA-256 of
  the files and of the entries' fields;
- the words of jusText's stop lists, every language's in one set (:func:`load_justext_stoplist`:
  trafilatura reads and lowers the 100 lists, 154,000 words, when it first falls back on
  jusText for a page of no given language, 0.09-0.18 s of every start-up), keyed by the SHA-256
  of the lists' files.

A copy is written to a temporary name and renamed, so a half-written one is never read.
Where the folder cannot be written, the start-up builds what it needs as before.

The folder is ``$NEWSFACTS_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsfacts``, else
``~/.cache/newsfacts``.
"""
from __future__ import annotations

import hashlib
import json
import logging
import lzma
import marshal
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import IO, Callable, Optional

log = logging.getLogger(__name__)


def cache_dir() -> Path:
    """The folder of the start-up caches (not created here)."""
    if os.environ.get("NEWSFACTS_CACHE_DIR"):
        return Path(os.environ["NEWSFACTS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsfacts"


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()[:16]


def decompressed_copy(source: Path, folder: Optional[Path] = None) -> Optional[Path]:
    """The LZMA file ``source`` decompressed into the cache ``folder`` (made on first use), or
    None when it cannot be written there."""
    folder = folder or cache_dir()
    target = folder / f"{source.name.removesuffix('.xz')}.{_digest(source)}"
    if target.is_file():
        return target

    def fill(out: IO[bytes]) -> None:
        with lzma.open(source) as src:
            shutil.copyfileobj(src, out, length=1 << 20)

    return target if _replace(target, fill, (OSError, EOFError, lzma.LZMAError)) else None


def load_language_identifier(folder: Optional[Path] = None) -> bool:
    """Set py3langid's identifier from the decompressed copy of its model; False (and nothing
    set: the library loads its own file when first asked) when there is no copy or the model's
    layout is not the one this reads."""
    try:
        import numpy as np
        from py3langid import langid, modelio
    except ImportError:
        return False
    if langid.IDENTIFIER is not None:
        return True
    source = langid.MODEL_DIR / langid.MODEL_FILE
    copy = decompressed_copy(source, folder) if source.is_file() else None
    if copy is None:
        return False
    try:  # the arrays py3langid's own loader (modelio.load_model) gives, without the LZMA step
        with np.load(copy, allow_pickle=False) as data:
            ptc, pc, classes = data["ptc"], data["pc"], data["classes"].tolist()
            nextmove, row = modelio._to_array(data["nextmove"]), modelio._to_array(data["nextmove_row"])
            output = data["out_feat"].tolist()
        langid.IDENTIFIER = langid.LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, output,
                                                      norm_probs=False, tk_row=row)
    except (OSError, KeyError, ValueError, AttributeError, TypeError) as exc:
        log.info("language model copy %s not used: %s", copy, exc)
        return False
    return True


def _replace(target: Path, fill: Callable[[IO[bytes]], object],
             errors: tuple[type[Exception], ...] = (OSError,)) -> bool:
    """``target`` written by ``fill`` into a temporary file in its folder (made on first use), then moved into
    place, so that a reader never sees half a file; False (and nothing left behind) when that fails."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, prefix=".partial-", delete=False) as out:
            fill(out)
        os.replace(out.name, target)
    except errors as exc:
        log.info("no start-up cache in %s: %s", target.parent, exc)
        try:
            os.unlink(out.name)
        except (OSError, UnboundLocalError):
            pass
        return False
    return True


def _write(target: Path, data: bytes) -> bool:
    """``data`` into ``target`` by way of a temporary file in its folder (made on first use)."""
    return _replace(target, lambda out: out.write(data))


def load_place_words(folder: Optional[Path] = None) -> bool:
    """Build the places matcher of the sentence splitter's vocabulary (what ``find_regions`` uses)
    from the cached tokens of its pattern texts, tokenizing only the texts the copy lacks (and then
    writing it anew).  The matcher is the same either way: a pattern is the hashes of its tokens'
    texts.  False when the copy could not be read or written (the matcher is built all the same)."""
    import spacy

    from pipeline.extract import regions
    from pipeline.extract.segments import tokenizer

    nlp = tokenizer()
    settings = nlp.tokenizer.to_bytes(exclude=["vocab"]) + spacy.__version__.encode()
    target = (folder or cache_dir()) / f"place-words.{hashlib.sha256(settings).hexdigest()[:16]}.json"
    try:
        words: dict[str, list[str]] = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        words = {}
    if not isinstance(words, dict):
        words = {}
    texts = regions.pattern_texts()
    missing = [text for text in texts if text not in words]
    if missing:
        words.update({text: [token.text for token in nlp.make_doc(text)] for text in missing})
        words = {text: words[text] for text in texts}
    regions.matcher_for(nlp.vocab, nlp.make_doc, words)
    return not missing or _write(target, json.dumps(words, ensure_ascii=False).encode("utf-8"))


def load_justext_stoplist(folder: Optional[Path] = None) -> bool:
    """Give trafilatura its set of every jusText stop list's words (what ``jt_stoplist_init`` makes) from
    the copy in the cache ``folder``, or make the set and write the copy.  jusText reads the set only
    through membership (``define_stoplist`` makes a frozenset of it), so the words' order is of no
    matter.  False when trafilatura or jusText is missing, or the copy could not be read or written."""
    try:
        import justext
        from trafilatura import external
    except ImportError:
        return False
    if getattr(external, "JT_STOPLIST", None):
        return True
    lists = sorted((Path(justext.__file__).parent / "stoplists").glob("*.txt"))
    sha = hashlib.sha256(repr(sys.version_info[:2]).encode())
    for path in [*lists, Path(external.__file__)]:  # the lists and the code that joins them
        sha.update(path.name.encode("utf-8") + b"\0" + path.read_bytes())
    target = (folder or cache_dir()) / f"justext-stoplist.{sha.hexdigest()[:16]}.txt"
    try:  # the number of words, then the words, a line each
        count, _, text = target.read_text(encoding="utf-8").partition("\n")
        words = tuple(text.split("\n"))
        if len(words) == int(count):
            external.JT_STOPLIST = words
            return True
    except (OSError, ValueError):
        pass
    words = external.jt_stoplist_init()
    return _write(target, "\n".join([str(len(words)), *sorted(words)]).encode("utf-8"))


def load_gazetteer_entries(folder: Optional[Path] = None) -> bool:
    """Give :func:`~pipeline.extract.gazetteer.gazetteer_entries` the entries kept in the cache ``folder``
    (rows of plain values, in the entries' order), or build them and write the copy.  The copy is named by
    the data files' bytes and the entries' fields, so a changed file or field is a new copy.  False when the
    copy could not be read or written (the entries are built as before), or the data files are bad (the
    error is the workers' to report, as without the copy)."""
    from dataclasses import fields

    from pipeline.extract import gazetteer
    from pipeline.extract.gazetteer import Entry, Place

    if "entries" in gazetteer._GIVEN or gazetteer.gazetteer_entries.cache_info().currsize:
        return True  # given or built already in this process
    sha = hashlib.sha256(repr(([f.name for f in fields(Place)], [f.name for f in fields(Entry)],
                               sys.version_info[:2])).encode())  # marshal's format is the Python version's
    for path in (gazetteer.GAZETTEER, gazetteer.TOWNS, gazetteer.ABROAD, Path(gazetteer.__file__)):  # and the code
        sha.update(path.name.encode("utf-8") + b"\0" + (path.read_bytes() if path.is_file() else b"") + b"\0")
    target = (folder or cache_dir()) / f"gazetteer.{sha.hexdigest()[:16]}.marshal"
    try:
        rows = marshal.loads(target.read_bytes())
        gazetteer.use_entries({row[0]: Entry(Place(*row[1]), *row[2:]) for row in rows})
        return True
    except (OSError, EOFError, ValueError, TypeError, IndexError):
        pass
    try:
        built = gazetteer.gazetteer_entries()
    except gazetteer.GazetteerError as exc:
        log.debug("no gazetteer copy: %s", exc)
        return False
    rows = [(key, (e.place.name, e.place.kind, e.place.code, e.place.parents),
             *(getattr(e, f.name) for f in fields(Entry)[1:])) for key, e in built.items()]
    return _write(target, marshal.dumps(rows))
