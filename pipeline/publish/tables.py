"""Records to rows: one table per kind of thing, with keys that join.

The tables, their columns, types, meanings and keys are data, in
``pipeline/data/tables.json``; every writer (SQLite, CSV, Parquet, the
datapackage) reads them through :func:`table_specs`.  Every field of the record
format is a column; nested lists become child tables keyed to their parent
(``counts.key`` is ``<article id>:<fact id>``, the form cross-article checks
use for their inputs).  Rows come out in a stable order: articles by id, the
facts of an article in the record's order, cross-article checks in the checks
file's order, so exporting the same records twice gives the same files.
"""
from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Optional

Row = dict[str, Any]
Tables = dict[str, list[Row]]

FACT_LISTS = {"counts": "count", "percentages": "percentage", "multipliers": "multiplier"}


@dataclass(frozen=True)
class Column:
    """One column: name, Frictionless type, meaning and the values an enumerated column takes."""

    name: str
    type: str
    description: str
    enum: Optional[tuple[str, ...]] = None


@dataclass(frozen=True)
class TableSpec:
    """One table: its columns, primary key and foreign keys (column, table, referenced column)."""

    name: str
    description: str
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...]
    columns: tuple[Column, ...]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


@lru_cache(maxsize=1)
def table_specs() -> tuple[TableSpec, ...]:
    """Every table, parents before children, as described in ``data/tables.json``."""
    data = json.loads(resources.files("pipeline").joinpath("data/tables.json").read_text(encoding="utf-8"))
    specs = []
    for t in data["tables"]:
        columns = tuple(Column(c["name"], c["type"], c["description"], tuple(c["enum"]) if "enum" in c else None)
                        for c in t["fields"])
        fks = tuple((fk["fields"], fk["table"], fk["column"]) for fk in t["foreign_keys"])
        specs.append(TableSpec(t["name"], t["description"], tuple(t["primary_key"]), fks, columns))
    return tuple(specs)


def spec(name: str) -> TableSpec:
    """The spec of one table by name."""
    return next(s for s in table_specs() if s.name == name)


def _text(value: str) -> str:
    """The string with any lone surrogate (JSON allows them, UTF-8 does not) replaced by U+FFFD."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return value


def _value(value: Any, column: Column) -> Any:
    """A cell of the column's type, or None when the value cannot be one."""
    if value is None:
        return None
    try:
        if column.type == "string":
            if isinstance(value, (list, dict)):  # only in a damaged record: a list where a string belongs
                value = json.dumps(value)
            return _text(value if isinstance(value, str) else str(value))
        if column.type == "boolean":
            return bool(value)
        if column.type == "integer":
            return int(value) if not isinstance(value, bool) and float(value) == int(value) else None
        if column.type == "number":
            number = float(value)
            return number if math.isfinite(number) else None
        if column.type == "date":
            return dt.date.fromisoformat(value).isoformat() if isinstance(value, str) and len(value) == 10 else None
    except (TypeError, ValueError, OverflowError):
        return None
    return value


def _list(value: Any) -> list:
    """The value when it is a list, else an empty list (a damaged record may hold anything)."""
    return value if isinstance(value, list) else []


def _span(value: Any) -> tuple[Optional[int], Optional[int]]:
    if isinstance(value, (list, tuple)) and len(value) == 2:
        return value[0], value[1]
    return None, None


class _Builder:
    """Turns records into rows, one record at a time; one instance per export.

    :meth:`record` and :meth:`cross_check` return ``(table, row)`` pairs (rows
    not yet normalised) instead of keeping them, so a caller may hold every
    row (:func:`build_tables`) or write each record's rows and drop them
    (:mod:`stream`).  What is kept across records is the table and value of
    facts: every fact's when ``keep`` is None, else only the facts whose keys
    are in ``keep`` (those other records' checks and the cross-article checks name).
    """

    def __init__(self, keep: Optional[set[str]] = None) -> None:
        self.keep = keep
        self.fact_table: dict[str, str] = {}  # fact key -> counts / percentages / multipliers
        self.fact_value: dict[str, Any] = {}  # fact key -> value (factor for a multiplier)

    def ref(self, article_id: str, fact_id: Any, table: str) -> Optional[str]:
        """``<article>:<fact>`` when that fact is in ``table``, else None."""
        if not isinstance(fact_id, str):
            return None
        key = f"{article_id}:{fact_id}"
        return key if self.fact_table.get(key) == table else None

    def typed(self, key: Optional[str], prefix: str = "") -> Row:
        """The key in the column of its table (count_key, percentage_key or multiplier_key)."""
        table = self.fact_table.get(key or "")
        row: Row = {f"{prefix}{kind}_key": None for kind in FACT_LISTS.values()}
        if table:
            row[f"{prefix}{FACT_LISTS[table]}_key"] = key
        return row

    def record(self, line: int, data: Row) -> list[tuple[str, Row]]:
        """The rows of one record, in table order within the record."""
        out: list[tuple[str, Row]] = []

        def add(table: str, row: Row) -> None:
            out.append((table, row))

        article = data.get("article") or {}
        aid = article["id"]
        relevance = data.get("relevance") if isinstance(data.get("relevance"), dict) else {}
        row = dict(article)
        row.update(schema=data.get("schema"), relevant=relevance.get("relevant"),
                   relevance_score=relevance.get("score"), line=line)
        add("articles", row)
        for table, column, items in (("relevance_reasons", "reason", _list(relevance.get("reasons"))),
                                     ("helplines", "helpline", _list(relevance.get("helplines"))),
                                     ("errors", "error", _list(data.get("errors")))):
            for i, item in enumerate(items):
                add(table, {"article_id": aid, "position": i, column: item})
        for i, region in enumerate(_list(data.get("regions"))):
            add("regions", dict(region, article_id=aid, position=i))
            for j, span in enumerate(_list(region.get("mentions"))):
                start, end = _span(span)
                add("region_mentions", {"article_id": aid, "region_position": i, "region_name": region.get("name"),
                                        "position": j, "start": start, "end": end})
        own: list[str] = []
        for table in FACT_LISTS:
            for item in _list(data.get(table)):
                own.append(f"{aid}:{item['id']}")
                self.fact_table[own[-1]] = table
                self.fact_value[own[-1]] = item.get("factor" if table == "multipliers" else "value")
        for table, kind in FACT_LISTS.items():
            for i, item in enumerate(_list(data.get(table))):
                key = f"{aid}:{item['id']}"
                sentence_start, sentence_end = _span(item.get("sentence"))
                row = dict(item, key=key, article_id=aid, position=i,
                           sentence_start=sentence_start, sentence_end=sentence_end)
                if "context_regions" in item:  # the places a fact took from the sentences before, as one cell
                    row["context_regions"] = "; ".join(map(str, _list(item.get("context_regions")))) or None
                for name, target in (("count", "counts"), ("base_count", "counts"), ("percentage", "percentages")):
                    row[f"{name}_key"] = self.ref(aid, item.get(f"{name}_ref"), target)
                add(table, row)
                for j, region in enumerate(_list(item.get("regions"))):
                    add(f"{kind}_regions", {f"{kind}_key": key, "article_id": aid, "position": j, "region": region})
                for j, part in enumerate(_list(item.get("parts"))):  # counts only: the parts of a total
                    add("count_parts", {"count_key": key, "article_id": aid, "position": j, "part_ref": part,
                                        "part_key": self.ref(aid, part, "counts")})
        for i, quote in enumerate(_list(data.get("quotes"))):
            add("quotes", dict(quote, key=f"{aid}:{quote['id']}", article_id=aid, position=i))
        for i, check in enumerate(_list(data.get("checks"))):
            key = f"{aid}:{check['id']}"
            inputs = [(item, f"{aid}:{item}" if isinstance(item, str) and ":" not in item else item)
                      for item in _list(check.get("inputs"))]
            claim = f"{aid}:{check['claim_ref']}" if isinstance(check.get("claim_ref"), str) else None
            out += self.check("checks", dict(check, key=key, article_id=aid, position=i), claim, inputs,
                              _list(check.get("articles")))
        if self.keep is not None:
            for key in own:
                if key not in self.keep:
                    self.fact_table.pop(key, None)
                    self.fact_value.pop(key, None)
        return out

    def check(self, table: str, row: Row, claim: Optional[str], inputs: list[tuple[Any, Any]],
              articles: list[Any]) -> list[tuple[str, Row]]:
        """The rows of one check: the check, its inputs and the articles it names."""
        row.update(claim_key=claim, claim_table=self.fact_table.get(claim or ""), **self.typed(claim, "claim_"))
        out: list[tuple[str, Row]] = [(table, row)]
        singular = table[:-1]
        for j, (raw, key) in enumerate(inputs):
            key = key if isinstance(key, str) else None
            out.append((f"{singular}_inputs", {"check_key": row["key"], "position": j, "input": raw, "input_key": key,
                                               "input_table": self.fact_table.get(key or ""), **self.typed(key)}))
        for j, article_id in enumerate(articles):  # ids of articles not exported are dropped by the caller
            out.append((f"{singular}_articles", {"check_key": row["key"], "position": j, "article_id": article_id}))
        return out

    def cross_check(self, position: int, check: Row) -> list[tuple[str, Row]]:
        """The rows of one cross-article check of the checks file."""
        inputs = [(item, item) for item in _list(check.get("inputs"))]
        claim_ref = check.get("claim_ref")
        # claim_ref is a fact id without its article: of the inputs with that id, the one whose figure is the stated one
        named = [key for _, key in inputs if isinstance(key, str) and key.endswith(f":{claim_ref}")]
        stated = [key for key in named if _same(self.fact_value.get(key), check.get("stated"))]
        claim = (stated or named or [None])[0]
        return self.check("cross_checks", dict(check, key=check["id"], position=position), claim, inputs,
                          _list(check.get("articles")))


def _same(a: Any, b: Any) -> bool:
    try:
        return a is not None and b is not None and float(a) == float(b)
    except (TypeError, ValueError):
        return False


def normalise(name: str, row: Row) -> Row:
    """The row with exactly its table's columns, in order, each cell of its column's type."""
    return {c.name: _value(row.get(c.name), c) for c in _columns(name)}


@lru_cache(maxsize=None)
def _columns(name: str) -> tuple[Column, ...]:
    return spec(name).columns


def _normalise(tables: Tables) -> Tables:
    """Each row with exactly its table's columns, in order, each cell of its column's type."""
    return {s.name: [normalise(s.name, row) for row in tables.get(s.name, [])] for s in table_specs()}


ARTICLE_LISTS = ("check_articles", "cross_check_articles")  # rows naming an article that may not be exported


def cross_article_checks(checks: Optional[list[tuple[int, Row]]]) -> list[Row]:
    """The cross-article checks of a checks file's ``(line, check)`` pairs (the others are in the records)."""
    return [check for _, check in checks or [] if check.get("kind") == "cross_article"]


def build_tables(records: list[tuple[int, Row]], checks: Optional[list[tuple[int, Row]]] = None) -> Tables:
    """Every table's rows from ``(line, record)`` pairs and ``(line, check)`` pairs of a checks file.

    Only the cross-article checks of the checks file are used: the checks within
    an article are in its record already.  Holds every row: for small inputs
    and tests; ``newsfacts export`` streams (:mod:`stream`) to the same rows.
    """
    from pipeline.publish.series import build_series

    builder = _Builder()
    tables: Tables = {s.name: [] for s in table_specs()}
    for line, record in sorted(records, key=lambda pair: pair[1]["article"]["id"]):
        for table, row in builder.record(line, record):
            tables[table].append(row)
    for position, check in enumerate(cross_article_checks(checks)):
        for table, row in builder.cross_check(position, check):
            tables[table].append(row)
    known = {row["id"] for row in tables["articles"]}
    for name in ARTICLE_LISTS:
        tables[name] = [row for row in tables[name] if row["article_id"] in known]
    tables = _normalise(tables)
    series, sources = build_series(tables)
    tables["series"], tables["series_sources"] = series, sources
    return _normalise(tables)
