"""The tables of a records file as a stream of row batches, in bounded memory.

``newsfacts export`` uses this instead of :func:`tables.build_tables`, and
gives the same rows in the same order:

1. The checks file is read (its cross-article checks are kept: they are
   written after the articles' rows).
2. A first pass over the records file keeps, in a scratch SQLite file, each
   good record's article id, line number, byte offset and length, and no
   record body.  It notes the same problems :func:`load.load_records` notes.
3. A second pass reads the records by offset in article-id order (the tables'
   order) and yields one record's rows at a time, table by table, normalised.
   Across records only the table and value of the facts the checks name are
   kept (:class:`tables.RowBuilder` with ``keep``), and each count that belongs
   in a series goes to the scratch file.
4. The cross-article checks' rows, then the ``series`` and ``series_sources``
   rows, computed from the scratch file group by group.

Memory is one record's rows, the checks file's cross-article checks and the
keys they name, whatever the number of records.
"""
from __future__ import annotations

import itertools
import json
import logging
import sqlite3
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterator, Optional

from pipeline.publish.load import Loaded, lines_at, load_checks, parse_line, repair
from pipeline.publish.series import candidates, series_rows
from pipeline.publish.tables import ARTICLE_LISTS, Row, RowBuilder, as_list, cross_article_checks, normalise

log = logging.getLogger(__name__)

Batch = tuple[str, list[Row]]  # a table's name and some of its rows
SCHEMA = """
CREATE TABLE records (id BLOB PRIMARY KEY, line INTEGER, offset INTEGER, length INTEGER) WITHOUT ROWID;
CREATE TABLE sources (helpline BLOB, measure BLOB, region BLOB, period_start BLOB, period_end BLOB,
                      published BLOB, count_key BLOB, source TEXT);
"""
SERIES_ORDER = "helpline, measure, region, period_start, period_end, published, count_key, rowid"


def _blob(text: str) -> bytes:
    """Text as bytes that sort as Python sorts the text (code point order, lone surrogates included)."""
    return text.encode("utf-8", "surrogatepass")


def _text(blob: bytes) -> str:
    return blob.decode("utf-8", "surrogatepass")


class Scratch:
    """The scratch SQLite file of one export: the records' index and the series' sources."""

    def __init__(self, folder: Path) -> None:
        self.db = sqlite3.connect(folder / "scratch.sqlite", isolation_level=None)
        self.db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -8000;"
                              + SCHEMA)
        self.db.execute("BEGIN")  # one transaction, never committed: the file is thrown away

    def line_of(self, article_id: str) -> Optional[int]:
        """The line of the record already indexed under ``article_id``, if any."""
        row = self.db.execute("SELECT line FROM records WHERE id = ?", (_blob(article_id),)).fetchone()
        return row[0] if row else None

    def known(self, article_id: Any) -> bool:
        """Whether ``article_id`` is the id of a record exported."""
        return isinstance(article_id, str) and self.line_of(article_id) is not None

    def add_record(self, article_id: str, line: int, offset: int, length: int) -> None:
        self.db.execute("INSERT INTO records VALUES (?, ?, ?, ?)", (_blob(article_id), line, offset, length))

    def records(self) -> Iterator[tuple[int, int, int]]:
        """``(line, offset, length)`` of every record, in article-id order."""
        cursor = self.db.execute("SELECT line, offset, length FROM records ORDER BY id")
        while batch := cursor.fetchmany(1000):
            yield from batch

    def add_sources(self, found: list[tuple[tuple, Row]]) -> None:
        self.db.executemany("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            [(*map(_blob, key), _blob(source["published"] or ""), _blob(source["count_key"]),
                              json.dumps(source)) for key, source in found])

    def groups(self) -> Iterator[tuple[tuple, list[Row]]]:
        """The series' sources grouped by series key, in key order, each group in source order."""
        cursor = self.db.execute(f"SELECT helpline, measure, region, period_start, period_end, source FROM sources "
                                 f"ORDER BY {SERIES_ORDER}")
        rows = itertools.chain.from_iterable(iter(lambda: cursor.fetchmany(1000), []))
        for key, group in itertools.groupby(rows, key=lambda row: row[:5]):
            yield tuple(map(_text, key)), [json.loads(row[5]) for row in group]

    def close(self) -> None:
        self.db.close()


def index_records(path: Path, scratch: Scratch, keep: set[str]) -> list[str]:
    """The first pass: every good record into the scratch index; the keys of other articles' facts that
    records' checks name into ``keep``.  Returns the problems met, as :func:`load.load_records` words them."""
    loaded = Loaded(str(path))
    for number, offset, length, data in lines_at(path, loaded):
        record = repair(number, data, loaded)
        if record is None:
            continue
        rid = record["article"]["id"]
        seen = scratch.line_of(rid)
        if seen is not None:
            loaded.note_repeated(number, rid, seen)
            continue
        scratch.add_record(rid, number, offset, length)
        for check in record["checks"]:
            keep.update(item for item in as_list(check.get("inputs")) if isinstance(item, str) and ":" in item)
    for problem in loaded.problems:
        log.info(problem)
    return loaded.problems


def _batches(rows: list[tuple[str, Row]], scratch: Scratch) -> list[Batch]:
    """Rows grouped by table (in the order tables first appear), normalised; rows naming an article
    that is not exported dropped."""
    tables: dict[str, list[Row]] = defaultdict(list)
    for table, row in rows:
        if table in ARTICLE_LISTS and not scratch.known(row["article_id"]):
            continue
        tables[table].append(normalise(table, row))
    return list(tables.items())


def stream_tables(records: str | Path, checks: Optional[str | Path], problems: list[str]) -> Iterator[Batch]:
    """Every table's rows as batches; the problems met in the inputs are appended to ``problems``
    (all of them by the time the first batch is yielded)."""
    check_items = None
    check_problems: list[str] = []
    if checks:
        loaded_checks = load_checks(checks)
        check_items, check_problems = loaded_checks.items, loaded_checks.problems
    cross = cross_article_checks(check_items)
    keep = {item for check in cross for item in as_list(check.get("inputs")) if isinstance(item, str)}
    with tempfile.TemporaryDirectory(prefix="newsfacts-export-") as folder:
        scratch = Scratch(Path(folder))
        try:
            problems += index_records(Path(records), scratch, keep)
            problems += check_problems
            builder = RowBuilder(keep)
            quiet = Loaded(str(records))  # the first pass noted the problems already
            with open(records, "rb") as fh:
                for line, offset, length in scratch.records():
                    fh.seek(offset)
                    record = repair(line, parse_line(line, fh.read(length), quiet), quiet)
                    batches = _batches(builder.record(line, record), scratch)
                    scratch.add_sources(candidates(defaultdict(list, batches)))
                    yield from batches
            for position, check in enumerate(cross):
                yield from _batches(builder.cross_check(position, check), scratch)
            for series, sources in series_rows(scratch.groups()):
                yield "series", [normalise("series", series)]
                yield "series_sources", [normalise("series_sources", row) for row in sources]
        finally:
            scratch.close()
