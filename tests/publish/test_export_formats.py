"""CSV, SQLite and Parquet: keys, the claims view, RFC 4180, types, and the same files twice."""
from __future__ import annotations

import csv
import hashlib
import json
import sqlite3

import pyarrow.parquet as pq
import pytest

from pipeline.publish.export import export, load_tables
from pipeline.publish.tables import spec, table_specs


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def exported(tmp_path, small_records, small_checks):
    out = tmp_path / "out"
    result = export(small_records, small_checks, [("csv", out / "csv"), ("sqlite", out / "n.sqlite"),
                                                  ("parquet", out / "parquet")], package=out / "datapackage.json")
    return out, result


def test_sqlite_has_keys_indexes_and_views(exported):
    out, _ = exported
    db = sqlite3.connect(out / "n.sqlite")
    tables = {name for (name,) in db.execute("select name from sqlite_master where type = 'table'")}
    assert tables == {s.name for s in table_specs()}
    assert db.execute("select name from pragma_table_info('counts') where pk = 1").fetchall() == [("key",)]
    fks = db.execute("select \"from\", \"table\", \"to\" from pragma_foreign_key_list('check_inputs')").fetchall()
    assert set(fks) == {("check_key", "checks", "key"), ("count_key", "counts", "key"),
                        ("percentage_key", "percentages", "key"), ("multiplier_key", "multipliers", "key")}
    indexed = {row[2] for (name,) in db.execute("select name from pragma_index_list('check_inputs')")
               for row in db.execute(f"select * from pragma_index_info('{name}')")}
    assert {"check_key", "count_key"} <= indexed
    assert db.execute("pragma foreign_key_check").fetchall() == []


def test_claims_view_puts_each_claim_beside_its_verdict_sentence_and_article(exported):
    out, _ = exported
    db = sqlite3.connect(out / "n.sqlite")
    rows = db.execute("select scope, verdict, claim_text, sentence, title, outlet from claims order by scope desc").fetchall()
    assert rows == [
        ("within", "consistent", "a rise of 20%", "That was up from 200 people in 2022, a rise of 20%.",
         "Kent helpline calls rise", "news.example"),
        ("across", "inconsistent", "250 people", "Figures show 250 people in Kent called the helpline in 2023, "
         "the charity said.", "Helpline busier in Kent", "other.example"),
    ]


def test_sqlite_joins_a_check_to_its_inputs(exported):
    out, _ = exported
    db = sqlite3.connect(out / "n.sqlite")
    values = db.execute("select c.value from check_inputs i join counts c on c.key = i.count_key "
                        "order by i.check_key, i.position").fetchall()
    assert values == [(240.0,), (200.0,)]


def test_csv_is_rfc4180_utf8_with_a_header(exported, tmp_path, small_records):
    out, result = exported
    raw = (out / "csv" / "quotes.csv").read_bytes()
    assert raw.endswith(b"\r\n") and b"\r\n" in raw and not raw.startswith(b"\xef\xbb\xbf")
    with open(out / "csv" / "quotes.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == spec("quotes").names
    assert rows[1][rows[0].index("text")] == "Every call is a chance to protect a child,"
    assert rows[1][rows[0].index("official")] == "true"
    with open(out / "csv" / "articles.csv", encoding="utf-8", newline="") as fh:
        articles = list(csv.DictReader(fh))
    [kent] = [row for row in articles if row["title"] == "Kent helpline calls rise"]
    assert kent["text"].count("\"") == 2 and kent["text"].startswith("Calls to the Stop It Now! helpline")
    with open(out / "csv" / "counts.csv", encoding="utf-8", newline="") as fh:
        assert [row["value"] for row in csv.DictReader(fh)] == ["250", "240", "200"]  # articles by id


def test_parquet_keeps_types(exported, small_records, small_checks):
    out, _ = exported
    table = pq.read_table(out / "parquet" / "counts.parquet")
    assert str(table.schema.field("value").type) == "double"
    assert str(table.schema.field("period_start").type) == "date32[day]"
    assert table.column("key").to_pylist() == [row["key"] for row in load_tables(small_records, small_checks).tables["counts"]]
    assert pq.read_table(out / "parquet" / "articles.parquet").column("relevant").to_pylist() == [True, True]


def test_the_same_records_give_the_same_files(tmp_path, small_records, small_checks):
    runs = []
    for name in ("one", "two"):
        out = tmp_path / name
        export(small_records, small_checks, [("csv", out / "csv"), ("sqlite", out / "n.sqlite"),
                                             ("parquet", out / "parquet")], package=out / "datapackage.json")
        runs.append({p.relative_to(out).as_posix(): digest(p) for p in sorted(out.rglob("*")) if p.is_file()})
    assert runs[0] == runs[1]
    assert len(runs[0]) == 2 * len(table_specs()) + 3  # csv + parquet per table, sqlite, package, card


def test_unknown_format_is_refused(tmp_path, small_records):
    with pytest.raises(ValueError, match="unknown format 'xlsx'"):
        export(small_records, None, [("xlsx", tmp_path / "x")])


@pytest.mark.parametrize("title, expected", [
    ("Kent \ud800 helpline", "Kent \ufffd helpline"),  # a lone surrogate: valid JSON, not UTF-8
    ("Kent 😀 helpline", "Kent 😀 helpline"),
    ("Kent\x00helpline", "Kent\x00helpline"),
])
def test_odd_characters_are_written_not_crashed_on(tmp_path, title, expected):
    from pipeline.publish.report import write_report
    from pipeline.records import to_dict
    from publish_factories import kent_record

    data = to_dict(kent_record())
    data["article"]["title"] = title
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(data) + "\n", encoding="ascii")  # \ud800 escaped, as json_line writes it
    export(path, None, [("csv", tmp_path / "csv"), ("sqlite", tmp_path / "n.sqlite"), ("parquet", tmp_path / "parquet")])
    write_report(load_tables(path).tables, tmp_path / "report.html")
    assert sqlite3.connect(tmp_path / "n.sqlite").execute("select title from articles").fetchone() == (expected,)
    assert pq.read_table(tmp_path / "parquet" / "articles.parquet").column("title").to_pylist() == [expected]
