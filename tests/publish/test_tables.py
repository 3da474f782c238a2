"""Records to rows: every field of the record format is a column, child tables join to their parents."""
from __future__ import annotations

import dataclasses

import pytest

from pipeline import records as rf
from pipeline.publish.export import load_tables
from pipeline.publish.tables import build_tables, spec, table_specs
from pipeline.records import to_dict
from publish_factories import kent_later_record, kent_record

# Where each field of the record format goes: (record class, field) -> "table.column".
SPLIT = {"sentence": ("sentence_start", "sentence_end")}
CHILD = {  # lists that became child tables
    (rf.Relevance, "reasons"): "relevance_reasons.reason", (rf.Relevance, "helplines"): "helplines.helpline",
    (rf.Record, "errors"): "errors.error", (rf.Region, "mentions"): "region_mentions.start",
    (rf.Count, "regions"): "count_regions.region", (rf.Percentage, "regions"): "percentage_regions.region",
    (rf.Multiplier, "regions"): "multiplier_regions.region", (rf.Check, "inputs"): "check_inputs.input",
    (rf.Check, "articles"): "check_articles.article_id", (rf.Count, "parts"): "count_parts.part_ref",
}
RENAMED = {(rf.Relevance, "relevant"): "articles.relevant", (rf.Relevance, "score"): "articles.relevance_score",
           (rf.Record, "schema"): "articles.schema"}
TABLE_OF = {rf.Article: "articles", rf.Region: "regions", rf.Count: "counts", rf.Percentage: "percentages",
            rf.Multiplier: "multipliers", rf.Quote: "quotes", rf.Check: "checks"}


def columns() -> set[str]:
    return {f"{s.name}.{c.name}" for s in table_specs() for c in s.columns}


@pytest.mark.parametrize("cls", [rf.Article, rf.Relevance, rf.Region, rf.Count, rf.Percentage, rf.Multiplier,
                                 rf.Quote, rf.Check, rf.Record])
def test_every_field_of_the_record_format_is_a_column(cls):
    have = columns()
    for f in dataclasses.fields(cls):
        if (cls, f.name) in CHILD:
            assert CHILD[cls, f.name] in have
        elif (cls, f.name) in RENAMED:
            assert RENAMED[cls, f.name] in have
        elif cls is rf.Record:
            assert f.name in {"article", "relevance"} or f.name in {s.name for s in table_specs()}
        elif f.name in SPLIT:
            assert {f"{TABLE_OF[cls]}.{name}" for name in SPLIT[f.name]} <= have
        elif cls is not rf.Relevance:
            assert f"{TABLE_OF[cls]}.{f.name}" in have, f"{cls.__name__}.{f.name}"


@pytest.mark.parametrize("table, column, values", [
    ("counts", "qualifier", rf.QUALIFIERS), ("counts", "measure", rf.MEASURES),
    ("counts", "rate", tuple(r for r in rf.RATES if r)), ("checks", "verdict", rf.VERDICTS),
    ("percentages", "measure", rf.MEASURES), ("series", "measure", rf.MEASURES),
])
def test_enumerations_match_the_record_format(table, column, values):
    assert next(c for c in spec(table).columns if c.name == column).enum == tuple(values)


def test_keys_name_existing_columns():
    for s in table_specs():
        names = set(s.names)
        assert set(s.primary_key) <= names
        for column, table, target in s.foreign_keys:
            assert column in names and target in spec(table).names


def small_tables():
    items = [(1, to_dict(kent_record(), with_text=True)), (2, to_dict(kent_later_record()))]
    return build_tables(items)


@pytest.mark.parametrize("table, where, expected", [
    ("articles", {"title": "Kent helpline calls rise"}, {"outlet": "news.example", "published": "2024-01-15",
                                                         "relevant": True, "relevance_score": 0.9, "line": 1}),
    ("counts", {"id": "c1", "value": 240.0}, {"measure": "helpline_contacts", "period_start": "2023-01-01",
                                              "sentence_start": 0, "text": "240 people"}),
    ("percentages", {"id": "p1"}, {"value": 20.0, "count_ref": "c1", "base_count_ref": "c2", "direction": "increase"}),
    ("quotes", {"id": "q1"}, {"speaker": "Dana Whitlow", "official": True, "org": "Stop It Now!"}),
    ("checks", {"id": "k1"}, {"claim_table": "percentages", "verdict": "consistent", "claim_count_key": None}),
    ("helplines", {"position": 0, "helpline": "Stop It Now!"}, {}),
    ("regions", {"name": "Kent"}, {"kind": "county", "code": None}),
])
def test_rows_hold_the_record_fields(table, where, expected):
    rows = [r for r in small_tables()[table] if all(r[k] == v for k, v in where.items())]
    assert rows, f"no {table} row with {where}"
    for key, value in expected.items():
        assert rows[0][key] == value


def test_references_become_keys_of_the_rows_they_name():
    tables = small_tables()
    counts = {row["key"]: row for row in tables["counts"]}
    [percentage] = tables["percentages"]
    assert counts[percentage["count_key"]]["value"] == 240 and counts[percentage["base_count_key"]]["value"] == 200
    inputs = [row for row in tables["check_inputs"]]
    assert [counts[row["count_key"]]["value"] for row in inputs] == [240, 200]
    assert all(row["input_table"] == "counts" and row["percentage_key"] is None for row in inputs)
    [check] = tables["checks"]
    assert check["claim_percentage_key"] == percentage["key"]


def test_every_foreign_key_of_the_corpus_resolves(corpus_output):
    tables = load_tables(*corpus_output).tables
    for s in table_specs():
        for column, table, target in s.foreign_keys:
            known = {row[target] for row in tables[table]}
            missing = [row[column] for row in tables[s.name] if row[column] is not None and row[column] not in known]
            assert not missing, f"{s.name}.{column} -> {table}.{target}: {missing[:3]}"
        keys = [tuple(row[k] for k in s.primary_key) for row in tables[s.name]]
        assert len(keys) == len(set(keys)), s.name


def test_corpus_checks_all_reach_the_tables(corpus_output):
    tables = load_tables(*corpus_output).tables
    records_checks = sum(1 for _ in tables["checks"])
    assert records_checks > 0 and len(tables["cross_checks"]) > 0
    assert all(row["claim_key"] for row in tables["cross_checks"])


def test_rows_are_in_a_stable_order_whatever_the_order_of_the_file():
    a = [(1, to_dict(kent_record())), (2, to_dict(kent_later_record()))]
    b = [(2, to_dict(kent_later_record())), (1, to_dict(kent_record()))]
    assert build_tables(a) == build_tables(b)
