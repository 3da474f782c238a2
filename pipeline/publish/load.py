"""Reading records and checks files back for export, leniently.

A records file may end in a truncated line, hold a record of another schema
version or a record that lacks fields.  :func:`load_records` keeps every good
record and says, for each bad line, what is wrong with it and what was done
(``line 12: ...``); nothing is dropped silently.  :func:`load_checks` does the
same for the JSON Lines of ``newsfacts check -o``.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Iterator, Optional

from pipeline.records import SCHEMA

log = logging.getLogger(__name__)

LISTS = ("regions", "counts", "percentages", "multipliers", "quotes", "checks", "errors")
ITEM_LISTS = ("regions", "counts", "percentages", "multipliers", "quotes", "checks")
ITEM_KEY = {"regions": "name"}  # the field every item of a list must have (default: id)


@dataclass
class Loaded:
    """The good items of a JSON Lines file, each with its line number, and a message per problem."""

    path: str
    items: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def note(self, line: int, message: str) -> None:
        self.problems.append(f"{self.path} line {line}: {message}")

    def note_repeated(self, line: int, rid: str, first: int) -> None:
        """Note that the record at ``line`` is skipped: the one at line ``first`` has its article id."""
        self.note(line, f"article id {rid[:12]}... already at line {first}; skipped")


def raw_lines(fh: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """``(byte offset, bytes)`` of each line of a file opened in binary mode, split where text mode
    with ``newline=""`` splits: after ``\\n``, ``\\r`` or ``\\r\\n``."""
    offset = 0
    for chunk in fh:  # each ends in a newline but perhaps the last
        pieces = [chunk]
        if b"\r" in chunk:
            parts = chunk.split(b"\r")
            pieces = [part + b"\r" for part in parts[:-1]]
            if parts[-1] == b"\n":
                pieces[-1] += b"\n"
            elif parts[-1]:
                pieces.append(parts[-1])
        for piece in pieces:
            yield offset, piece
            offset += len(piece)


def parse_line(number: int, raw: bytes, loaded: Loaded) -> Optional[dict[str, Any]]:
    """The JSON object of one line; bad JSON is noted and None returned (None for a blank line too)."""
    line = raw.decode("utf-8", errors="replace")
    if not line.strip():
        return None
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        hint = " (truncated?)" if not line.endswith("\n") else ""
        loaded.note(number, f"not valid JSON{hint}: {exc.msg} at column {exc.colno}; skipped")
        return None
    except RecursionError:
        loaded.note(number, "JSON nested too deep to read (arrays or objects thousands deep); skipped")
        return None
    if not isinstance(data, dict):
        loaded.note(number, f"a JSON {type(data).__name__}, not an object; skipped")
        return None
    return data


def lines_at(path: Path, loaded: Loaded) -> Iterator[tuple[int, int, int, dict[str, Any]]]:
    """``(line number, byte offset, byte length, JSON object)`` of each good line; bad JSON is noted and skipped."""
    with open(path, "rb") as fh:
        for number, (offset, raw) in enumerate(raw_lines(fh), 1):
            data = parse_line(number, raw, loaded)
            if data is not None:
                yield number, offset, len(raw), data


def _lines(path: Path, loaded: Loaded) -> Iterator[tuple[int, dict[str, Any]]]:
    """Each line's JSON object with its number; bad JSON is noted and skipped."""
    for number, _, _, data in lines_at(path, loaded):
        yield number, data


def repair(number: int, data: dict[str, Any], loaded: Loaded) -> Optional[dict[str, Any]]:
    """The record if it can be exported (missing lists become empty, with a note), else None."""
    schema = data.get("schema")
    if schema != SCHEMA:
        loaded.note(number, f"unknown schema version {schema!r} (this newsfacts reads {SCHEMA!r}); skipped")
        return None
    article = data.get("article")
    if not isinstance(article, dict) or not isinstance(article.get("id"), str) or not article["id"]:
        loaded.note(number, "missing field article.id, so nothing can refer to it; skipped")
        return None
    missing = [name for name in LISTS if not isinstance(data.get(name), list)]
    if not isinstance(data.get("relevance"), dict):
        missing.insert(0, "relevance")
        data["relevance"] = {}
    for name in missing:
        if name != "relevance":
            data[name] = []
    if missing:
        loaded.note(number, f"missing field(s) {', '.join(missing)}; exported as empty")
    for name in ITEM_LISTS:
        key = ITEM_KEY.get(name, "id")
        good = [item for item in data[name] if isinstance(item, dict) and item.get(key) is not None]
        if len(good) < len(data[name]):
            loaded.note(number, f"{len(data[name]) - len(good)} item(s) of {name} without {key!r}; those skipped")
            data[name] = good
    return data


def load_records(path: str | Path) -> Loaded:
    """Every exportable record of a records file, in file order, with the problems met."""
    loaded = Loaded(str(path))
    seen: dict[str, int] = {}
    for number, data in _lines(Path(path), loaded):
        record = repair(number, data, loaded)
        if record is None:
            continue
        rid = record["article"]["id"]
        if rid in seen:
            loaded.note_repeated(number, rid, seen[rid])
            continue
        seen[rid] = number
        loaded.items.append((number, record))
    for problem in loaded.problems:
        log.info(problem)
    return loaded


def load_checks(path: str | Path) -> Loaded:
    """Every check of a checks file (``newsfacts check -o``) that has an id and a kind."""
    loaded = Loaded(str(path))
    seen: set[str] = set()
    for number, data in _lines(Path(path), loaded):
        if not isinstance(data.get("id"), str) or not isinstance(data.get("kind"), str):
            loaded.note(number, "a check without 'id' or 'kind'; skipped")
            continue
        if data["kind"] == "cross_article":
            if data["id"] in seen:
                loaded.note(number, f"check id {data['id']!r} already seen; skipped")
                continue
            seen.add(data["id"])
        loaded.items.append((number, data))
    for problem in loaded.problems:
        log.info(problem)
    return loaded
