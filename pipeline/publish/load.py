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
from typing import Any, Iterator, Optional

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


def _lines(path: Path, loaded: Loaded) -> Iterator[tuple[int, dict[str, Any]]]:
    """Each line's JSON object with its number; bad JSON is noted and skipped."""
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                hint = " (truncated?)" if not line.endswith("\n") else ""
                loaded.note(number, f"not valid JSON{hint}: {exc.msg} at column {exc.colno}; skipped")
                continue
            if not isinstance(data, dict):
                loaded.note(number, f"a JSON {type(data).__name__}, not an object; skipped")
                continue
            yield number, data


def _repair(number: int, data: dict[str, Any], loaded: Loaded) -> Optional[dict[str, Any]]:
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
        record = _repair(number, data, loaded)
        if record is None:
            continue
        rid = record["article"]["id"]
        if rid in seen:
            loaded.note(number, f"article id {rid[:12]}... already at line {seen[rid]}; skipped")
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
