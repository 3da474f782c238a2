"""The streaming export gives the rows, problems and files that building every table in memory gives."""
from __future__ import annotations

import hashlib
import json
import sqlite3

import pyarrow.parquet as pq
import pytest

from pipeline.publish.export import FORMATS, export, load_tables, write_format
from pipeline.publish.load import raw_lines
from pipeline.publish.stream import stream_tables
from pipeline.publish.tables import RowBuilder, table_specs
from pipeline.records import to_dict
from publish_factories import kent_later_record, kent_record, xss_record

KENT = to_dict(kent_record(), with_text=True)
LATER = to_dict(kent_later_record())
XSS = to_dict(xss_record(), with_text=True)
A, B = KENT["article"]["id"], LATER["article"]["id"]


def line(data: dict, **changes) -> str:
    return json.dumps(dict(json.loads(json.dumps(data)), **changes))


def edited(data: dict, edit) -> str:
    data = json.loads(json.dumps(data))
    edit(data)
    return json.dumps(data)


def foreign_inputs(other: dict):
    """An edit: a check that names facts of the ``other`` record (and of an article not exported)."""
    oid = other["article"]["id"]

    def edit(data: dict) -> None:
        data["checks"].append({"id": "k9", "kind": "sum", "claim_ref": "c1", "inputs": ["c1", f"{oid}:c1", f"{oid}:p1",
                                                                                         "zz:c1"],
                               "stated": 250.0, "computed": 240.0, "verdict": "inconsistent",
                               "articles": [oid, "f" * 64, 7]})
    return edit


def damaged_fields(data: dict) -> None:
    data["relevance"] = {"relevant": True, "score": "high", "reasons": "names Stop It Now!", "helplines": None}
    data["regions"] = [{"name": "Kent", "mentions": [[1, 2, 3], "x"]}]
    data["counts"][0].update(value="many", sentence=[1], regions="Kent", period_start="2023")
    del data["counts"][1]["id"]


CROSS = {"id": "x1", "kind": "cross_article", "claim_ref": "c1", "inputs": [f"{A}:c1", f"{B}:c1", 5],
         "stated": 250.0, "computed": 240.0, "verdict": "inconsistent", "articles": [A, B, "e" * 64]}

CASES = {  # name: (lines of the records file, checks or None)
    "two articles": ([json.dumps(KENT), json.dumps(LATER)], [CROSS, dict(CROSS, id="x2", claim_ref="c9")]),
    "file order is not id order": ([json.dumps(LATER), json.dumps(XSS), json.dumps(KENT)], [CROSS]),
    "damaged lines": ([json.dumps(KENT), line(LATER, schema="other/2"), "[1, 2]", "", json.dumps(KENT),
                       edited(LATER, lambda d: d.pop("counts")), json.dumps(XSS)[:80]], [CROSS, {"kind": "sum"}]),
    "damaged fields": ([edited(KENT, damaged_fields), json.dumps(LATER)], None),
    "a check naming another article's facts": ([edited(LATER, foreign_inputs(KENT)), edited(KENT, foreign_inputs(LATER))],
                                               [CROSS]),
    "a lone surrogate and a carriage return": ([line(KENT, article=dict(KENT["article"], title="Kent \ud800"))
                                               + "\r" + json.dumps(LATER), json.dumps(XSS)], None),
}


def write_case(tmp_path, name):
    lines, checks = CASES[name]
    records = tmp_path / "records.jsonl"
    records.write_bytes(("\n".join(lines) + ("\n" if name != "damaged lines" else "")).encode("utf-8", "surrogatepass"))
    if checks is None:
        return records, None
    path = tmp_path / "checks.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in checks), encoding="utf-8")
    return records, path


def streamed(records, checks):
    problems: list[str] = []
    tables = {s.name: [] for s in table_specs()}
    for table, rows in stream_tables(records, checks, problems):
        tables[table] += rows
    return tables, problems


@pytest.mark.parametrize("name", list(CASES))
def test_stream_gives_the_rows_and_problems_of_build_tables(tmp_path, name):
    records, checks = write_case(tmp_path, name)
    tables, problems = streamed(records, checks)
    expected = load_tables(records, checks)
    if name == "a check naming another article's facts":  # resolved when the other article's id comes first
        assert [row["count_key"] for row in tables["check_inputs"] if row["input"] == f"{B}:c1"] == [f"{B}:c1"]
    for s in table_specs():
        assert tables[s.name] == expected.tables[s.name], s.name
    assert problems == expected.problems
    assert tables["articles"], "every case keeps some article"


def test_stream_of_the_corpus_gives_the_rows_of_build_tables(corpus_output):
    tables, problems = streamed(*corpus_output)
    expected = load_tables(*corpus_output)
    assert tables == expected.tables and problems == expected.problems
    assert tables["series"] and tables["cross_check_inputs"]


def digests(folder) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix not in (".sqlite", ".parquet")}


def database(path) -> dict:
    """Every table's rows (with each value's SQLite type) in rowid order, and the schema's SQL."""
    db = sqlite3.connect(path)
    out = {"schema": sorted(db.execute("select type, name, sql from sqlite_master"))}
    for (name,) in db.execute("select name from sqlite_master where type = 'table'").fetchall():
        columns = [row[1] for row in db.execute(f"pragma table_info([{name}])")]
        cells = ", ".join(f"[{c}], typeof([{c}])" for c in columns)
        out[name] = db.execute(f"select {cells} from [{name}] order by rowid").fetchall()
    return out


@pytest.mark.parametrize("name", ["two articles", "damaged lines", "a check naming another article's facts",
                                  "a lone surrogate and a carriage return"])
def test_streamed_files_are_those_of_tables_built_in_memory(tmp_path, name):
    records, checks = write_case(tmp_path, name)
    streamed_out, built_out = tmp_path / "streamed", tmp_path / "built"
    export(records, checks, [("csv", streamed_out / "csv"), ("sqlite", streamed_out / "n.sqlite"),
                             ("parquet", streamed_out / "parquet")], package=streamed_out / "datapackage.json")
    built = load_tables(records, checks)
    sources = [p.name for p in (records, checks) if p]
    for fmt, out in (("csv", built_out / "csv"), ("sqlite", built_out / "n.sqlite"), ("parquet", built_out / "parquet")):
        write_format(built, fmt, out, package=built_out / "datapackage.json", sources=sources)
    assert digests(streamed_out) == digests(built_out)  # CSV, datapackage.json and the card, byte for byte
    assert len(digests(streamed_out)) == len(table_specs()) + 2
    assert database(streamed_out / "n.sqlite") == database(built_out / "n.sqlite")
    for s in table_specs():
        one, other = (pq.read_table(out / "parquet" / f"{s.name}.parquet") for out in (streamed_out, built_out))
        assert one.schema == other.schema and one.equals(other), s.name


def test_parquet_row_groups_join_into_one_table(tmp_path, monkeypatch, corpus_output):
    """Many small row groups hold the rows one group holds."""
    from pipeline.publish import parquet

    export(*corpus_output, [("parquet", tmp_path / "one")])
    monkeypatch.setattr(parquet, "ROW_GROUP_ROWS", 7)
    export(*corpus_output, [("parquet", tmp_path / "many")])
    counts = pq.ParquetFile(tmp_path / "many" / "counts.parquet")
    assert counts.metadata.num_row_groups > 1
    for s in table_specs():
        assert pq.read_table(tmp_path / "one" / f"{s.name}.parquet").equals(
            pq.read_table(tmp_path / "many" / f"{s.name}.parquet")), s.name


@pytest.mark.parametrize("raw", [b"a\nb\n", b"a\r\nb", b"a\rb\r\n\r\n", b"\xe2\x82\rx\n", b"", b"\r", b"a\r\r\nb\n\n"])
def test_lines_split_where_text_mode_splits_them(tmp_path, raw):
    path = tmp_path / "f"
    path.write_bytes(raw)
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        expected = list(fh)
    with open(path, "rb") as fh:
        got = list(raw_lines(fh))
    assert [piece.decode("utf-8", "replace") for _, piece in got] == expected
    assert [offset for offset, _ in got] == [sum(len(p) for _, p in got[:i]) for i in range(len(got))]


@pytest.mark.parametrize("keep, kept", [(None, {f"{A}:c1", f"{A}:c2", f"{A}:p1"}), (set(), set()),
                                        ({f"{A}:c1", "other:c1"}, {f"{A}:c1"})])
def test_the_builder_keeps_only_the_facts_checks_name(keep, kept):
    builder = RowBuilder(keep)
    builder.record(1, json.loads(json.dumps(KENT)))
    assert set(builder.fact_table) == kept and set(builder.fact_value) == kept


def test_a_failed_export_leaves_no_half_written_files(tmp_path, small_records, monkeypatch):
    from pipeline.publish import stream

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")
    monkeypatch.setattr(stream, "series_rows", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        export(small_records, None, [(fmt, tmp_path / fmt) for fmt in FORMATS])
    assert [p for p in tmp_path.rglob("*") if p.is_file() and p != small_records] == []
