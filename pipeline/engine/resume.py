"""Resuming a killed run: the documents whose records are already written are skipped.

A record is keyed by where its document came from, ``article.source``: a file's
path, ``archive#offset`` for an archive record, ``file.jsonl#Ln`` for a JSON line.
A run killed mid-write can leave half a line at the end of the output; it is cut
off before the rest is appended.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Iterable, Iterator

from pipeline.records import Document

log = logging.getLogger(__name__)


def cut_partial_line(path: Path) -> None:
    """Drop whatever follows the last newline of ``path`` (a line cut short by a kill)."""
    with open(path, "rb+") as fh:
        size = fh.seek(0, 2)
        at = size
        while at > 0:
            step = min(at, 1 << 16)
            fh.seek(at - step)
            chunk = fh.read(step)
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                at = at - step + newline + 1
                break
            at -= step
        if at < size:
            log.warning("%s: cut %d bytes of a line left unfinished", path, size - at)
            fh.truncate(at)


def done_sources(path: Path) -> set[str]:
    """The sources of the records already in ``path`` (none when it does not exist)."""
    if not path.is_file():
        return set()
    cut_partial_line(path)
    done = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            try:
                done.add(json.loads(line)["article"]["source"])
            except (ValueError, KeyError, TypeError, RecursionError):  # RecursionError: JSON nested thousands deep
                log.warning("%s: a line that is not a record, ignored", path)
    return done


def skip_done(docs: Iterable[Document], done: set[str]) -> Iterator[Document]:
    """``docs`` without those whose source is in ``done``."""
    return (doc for doc in docs if doc.source not in done)
