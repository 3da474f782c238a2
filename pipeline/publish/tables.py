"""Records to rows: one table per kind of thing, with keys that join.

The tables, their columns, types, meanings and keys are data, in
``pipeline/data/tables.json``, read by :mod:`schema` (its names re-exported
here).  Every field of the record format is a column; nested lists become
child tables keyed to their parent (``counts.key`` is ``<article id>:<fact
id>``, the form cross-article checks use for their inputs).  Rows come out in a stable order: articles by id, the
facts of an article in the record's order, cross-article checks in the checks
file's order, so exporting the same records twice gives the same files.
"""
from __future__ import annotations

from typing import Any, Optional

from pipeline.publish.schema import Column, Row, Tables, TableSpec, normalise, normalise_tables, spec, table_specs

__all__ = ["ARTICLE_LISTS", "FACT_LISTS", "Column", "Row", "RowBuilder", "TableSpec", "Tables", "as_list", "build_tables",
           "cross_article_checks", "normalise", "spec", "table_specs"]

FACT_LISTS = {"counts": "count", "percentages": "percentage", "multipliers": "multiplier"}


def as_list(value: Any) -> list:
    """The value when it is a list, else an empty list (a damaged record may hold anything)."""
    return value if isinstance(value, list) else []


def _span(value: Any) -> tuple[Optional[int], Optional[int]]:
    if isinstance(value, (list, tuple)) and len(value) == 2:
        return value[0], value[1]
    return None, None


class RowBuilder:
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
        aid = (data.get("article") or {})["id"]
        out = self._article_rows(line, data) + self._region_rows(aid, data)
        own = self._learn_facts(aid, data)
        out += self._fact_rows(aid, data)
        out += [("quotes", dict(quote, key=f"{aid}:{quote['id']}", article_id=aid, position=i))
                for i, quote in enumerate(as_list(data.get("quotes")))]
        out += self._check_rows(aid, data)
        if self.keep is not None:
            for key in own:
                if key not in self.keep:
                    self.fact_table.pop(key, None)
                    self.fact_value.pop(key, None)
        return out

    @staticmethod
    def _article_rows(line: int, data: Row) -> list[tuple[str, Row]]:
        """The article's row, then its relevance reasons, helplines and errors."""
        article = data.get("article") or {}
        aid = article["id"]
        relevance = data.get("relevance") if isinstance(data.get("relevance"), dict) else {}
        row = dict(article)
        row.update(schema=data.get("schema"), relevant=relevance.get("relevant"),
                   relevance_score=relevance.get("score"), line=line)
        out: list[tuple[str, Row]] = [("articles", row)]
        for table, column, items in (("relevance_reasons", "reason", as_list(relevance.get("reasons"))),
                                     ("helplines", "helpline", as_list(relevance.get("helplines"))),
                                     ("errors", "error", as_list(data.get("errors")))):
            for i, item in enumerate(items):
                out.append((table, {"article_id": aid, "position": i, column: item}))
        return out

    @staticmethod
    def _region_rows(aid: str, data: Row) -> list[tuple[str, Row]]:
        """The article's regions, each followed by its mentions."""
        out: list[tuple[str, Row]] = []
        for i, region in enumerate(as_list(data.get("regions"))):
            out.append(("regions", dict(region, article_id=aid, position=i)))
            for j, span in enumerate(as_list(region.get("mentions"))):
                start, end = _span(span)
                out.append(("region_mentions", {"article_id": aid, "region_position": i,
                                                "region_name": region.get("name"), "position": j,
                                                "start": start, "end": end}))
        return out

    def _learn_facts(self, aid: str, data: Row) -> list[str]:
        """Keep the table and value of each of the record's facts (its checks may name any); their keys."""
        own: list[str] = []
        for table in FACT_LISTS:
            for item in as_list(data.get(table)):
                own.append(f"{aid}:{item['id']}")
                self.fact_table[own[-1]] = table
                self.fact_value[own[-1]] = item.get("factor" if table == "multipliers" else "value")
        return own

    def _fact_rows(self, aid: str, data: Row) -> list[tuple[str, Row]]:
        """The counts, percentages and multipliers, each followed by its regions (and a count by its parts)."""
        out: list[tuple[str, Row]] = []
        for table, kind in FACT_LISTS.items():
            for i, item in enumerate(as_list(data.get(table))):
                key = f"{aid}:{item['id']}"
                sentence_start, sentence_end = _span(item.get("sentence"))
                row = dict(item, key=key, article_id=aid, position=i,
                           sentence_start=sentence_start, sentence_end=sentence_end)
                if "context_regions" in item:  # the places a fact took from the sentences before, as one cell
                    row["context_regions"] = "; ".join(map(str, as_list(item.get("context_regions")))) or None
                for name, target in (("count", "counts"), ("base_count", "counts"), ("percentage", "percentages")):
                    row[f"{name}_key"] = self.ref(aid, item.get(f"{name}_ref"), target)
                out.append((table, row))
                for j, region in enumerate(as_list(item.get("regions"))):
                    out.append((f"{kind}_regions", {f"{kind}_key": key, "article_id": aid, "position": j,
                                                    "region": region}))
                for j, part in enumerate(as_list(item.get("parts"))):  # counts only: the parts of a total
                    out.append(("count_parts", {"count_key": key, "article_id": aid, "position": j,
                                                "part_ref": part, "part_key": self.ref(aid, part, "counts")}))
        return out

    def _check_rows(self, aid: str, data: Row) -> list[tuple[str, Row]]:
        """The checks within the article, each with its inputs and articles."""
        out: list[tuple[str, Row]] = []
        for i, check in enumerate(as_list(data.get("checks"))):
            key = f"{aid}:{check['id']}"
            inputs = [(item, f"{aid}:{item}" if isinstance(item, str) and ":" not in item else item)
                      for item in as_list(check.get("inputs"))]
            claim = f"{aid}:{check['claim_ref']}" if isinstance(check.get("claim_ref"), str) else None
            out += self.check("checks", dict(check, key=key, article_id=aid, position=i), claim, inputs,
                              as_list(check.get("articles")))
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
        inputs = [(item, item) for item in as_list(check.get("inputs"))]
        claim_ref = check.get("claim_ref")
        # claim_ref is a fact id without its article: of the inputs with that id, the one whose figure is the stated one
        named = [key for _, key in inputs if isinstance(key, str) and key.endswith(f":{claim_ref}")]
        stated = [key for key in named if _same(self.fact_value.get(key), check.get("stated"))]
        claim = (stated or named or [None])[0]
        return self.check("cross_checks", dict(check, key=check["id"], position=position), claim, inputs,
                          as_list(check.get("articles")))


def _same(a: Any, b: Any) -> bool:
    try:
        return a is not None and b is not None and float(a) == float(b)
    except (TypeError, ValueError):
        return False


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

    builder = RowBuilder()
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
    tables = normalise_tables(tables)
    series, sources = build_series(tables)
    tables["series"], tables["series_sources"] = series, sources
    return normalise_tables(tables)
