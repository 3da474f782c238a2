"""Walking a folder of inputs: the files that are read, and a reason for every one that is not.

Nothing in a folder is passed over in silence.  Files of a known kind (by suffix,
compressed or not: :func:`pipeline.read.archives.kind_of`) are read; every other
entry gets an :class:`Entry` with the reason it is not read, which the reader
turns into an error record:

- a hidden file or folder (its name starts with a dot: ``.git``, ``.DS_Store``),
  reported once, not descended into;
- a file of another kind (``gold.json``, ``scan.pdf``): named on the command
  line, a file is read whatever its suffix;
- a broken symbolic link, or anything that is not a regular file;
- a folder already walked, reached again through a symbolic link (a loop, or a
  second way to the same files).  Other links, to files or folders, are followed;
- a folder that cannot be listed (no permission).

The crawl's own index (``index.sqlite`` beside its WARC files) is not an input
and is left out without a record.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

logger = logging.getLogger(__name__)

#: Files :mod:`pipeline.collect.warcstore` writes beside its archives (its ``INDEX`` and SQLite's own).
OWN_FILES = frozenset({"index.sqlite", "index.sqlite-journal", "index.sqlite-wal", "index.sqlite-shm"})


@dataclass(frozen=True)
class Entry:
    """A file or folder met in a walk: read when ``reason`` is None, else why it is not."""

    path: Path
    reason: Optional[str] = None


def walk(folder: Path, kind_of: Callable[[str], Optional[str]]) -> list[Entry]:
    """Every entry of ``folder`` that is read or reported, recursively, sorted by path.

    Symbolic links to folders are followed once per real folder, so a loop ends.
    """
    entries: list[Entry] = []
    seen = {os.path.realpath(folder)}

    def unreadable(exc: OSError) -> None:
        entries.append(Entry(Path(exc.filename or folder), f"cannot read folder: {exc.filename} ({exc.strerror})"))

    for root, dirs, files in os.walk(folder, followlinks=True, onerror=unreadable):
        here = Path(root)
        walked = []
        # real folders before links to them, so that a file is read under its own path
        for name in sorted(dirs, key=lambda name: ((here / name).is_symlink(), name)):
            path = here / name
            real = os.path.realpath(path)
            if name.startswith("."):
                entries.append(Entry(path, f"hidden folder, not read: {path}"))
            elif real in seen:
                entries.append(Entry(path, f"folder already read by another path (a link), not read again: {path}"))
            else:
                seen.add(real)
                walked.append(name)
        dirs[:] = walked  # os.walk goes into these only
        entries.extend(_file_entry(here / name, kind_of) for name in files if name not in OWN_FILES)
    return sorted(entries, key=lambda entry: entry.path.relative_to(folder).parts)


def _file_entry(path: Path, kind_of: Callable[[str], Optional[str]]) -> Entry:
    if path.name.startswith("."):
        return Entry(path, f"hidden file, not read: {path}")
    if path.is_symlink() and not path.exists():
        return Entry(path, f"broken symbolic link: {path}")
    if kind_of(path.name) is None:
        return Entry(path, f"not a kind of file newsfacts reads: {path} (HTML, text, JSONL, WARC or ARC, "
                           f"maybe gzip, bzip2 or xz; a file named on the command line is read whatever its suffix)")
    if not path.is_file():
        return Entry(path, f"not a regular file: {path}")
    return Entry(path)
