"""Bad input: every problem is named by its line, and every good record is still exported."""
from __future__ import annotations

import json
import sqlite3

import pytest

from pipeline.publish.export import export, load_tables
from pipeline.publish.load import load_checks, load_records
from pipeline.publish.report import render_report
from pipeline.records import to_dict
from publish_factories import kent_later_record, kent_record

GOOD = json.dumps(to_dict(kent_record()))
OTHER = json.dumps(to_dict(kent_later_record()))


def without(line: str, *path: str) -> str:
    data = json.loads(line)
    target = data
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    return json.dumps(data)


def replaced(line: str, **fields) -> str:
    return json.dumps(dict(json.loads(line), **fields))


@pytest.mark.parametrize("lines, kept, message", [
    ([GOOD, OTHER[: len(OTHER) // 2]], 1, "line 2: not valid JSON (truncated?)"),
    ([replaced(OTHER, schema="newsfacts/9"), GOOD], 1, "line 1: unknown schema version 'newsfacts/9'"),
    ([without(OTHER, "schema"), GOOD], 1, "line 1: unknown schema version None"),
    ([GOOD, without(OTHER, "article", "id")], 1, "line 2: missing field article.id"),
    ([GOOD, without(OTHER, "article")], 1, "line 2: missing field article.id"),
    ([GOOD, without(OTHER, "counts")], 2, "line 2: missing field(s) counts; exported as empty"),
    ([without(GOOD, "relevance"), OTHER], 2, "line 1: missing field(s) relevance; exported as empty"),
    ([GOOD, "[1, 2]"], 1, "line 2: a JSON list, not an object"),
    ([GOOD, "", GOOD], 1, "line 3: article id"),
    ([GOOD, OTHER], 2, None),
])
def test_bad_lines_are_named_and_good_records_kept(tmp_path, lines, kept, message):
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(lines) + ("" if message and "truncated" in message else "\n"), encoding="utf-8")
    loaded = load_records(path)
    assert len(loaded.items) == kept
    if message is None:
        assert loaded.problems == []
    else:
        assert any(message in problem for problem in loaded.problems), loaded.problems
        assert all(str(path) in problem for problem in loaded.problems)


def test_a_fact_without_an_id_is_dropped_with_a_note(tmp_path):
    data = to_dict(kent_record())
    del data["counts"][1]["id"]
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(data) + "\n", encoding="utf-8")
    loaded = load_records(path)
    assert len(loaded.items[0][1]["counts"]) == 1
    assert "line 1: 1 item(s) of counts without 'id'" in loaded.problems[0]


def test_checks_file_keeps_good_checks(tmp_path):
    path = tmp_path / "checks.jsonl"
    path.write_text('{"id": "x1", "kind": "cross_article"}\n{"kind": "sum"}\n{"id": "x1", "kind": "cross_article"}\n{"id": "x2"',
                    encoding="utf-8")
    loaded = load_checks(path)
    assert [item["id"] for _, item in loaded.items] == ["x1"]
    assert [p.split(": ", 1)[0].rsplit(" ", 1)[1] for p in loaded.problems] == ["2", "3", "4"]


def test_export_of_a_damaged_file_writes_every_good_record(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text(GOOD + "\n" + replaced(OTHER, schema="other/2") + "\n" + OTHER[:40], encoding="utf-8")
    exported = export(path, None, [("sqlite", tmp_path / "out.sqlite")])
    titles = sqlite3.connect(tmp_path / "out.sqlite").execute("select title from articles").fetchall()
    assert titles == [("Kent helpline calls rise",)] and exported.summary.rows["articles"] == 1
    assert len(exported.problems) == 2
    assert "every good record was still used" in exported.render()


@pytest.mark.parametrize("field, value", [
    ("relevance", {"relevant": True, "score": "high", "reasons": "names Stop It Now!", "helplines": None}),
    ("counts", [{"id": "c1", "value": "many", "start": "x", "sentence": [1], "regions": "Kent", "period_start": "2023"}]),
    ("regions", [{"name": "Kent", "mentions": [[1, 2, 3], "x"]}]),
    ("checks", [{"id": "k1", "inputs": "c1", "articles": 5, "stated": None, "verdict": 3}]),
])
def test_damaged_fields_become_nulls_not_crashes(tmp_path, field, value):
    data = json.loads(GOOD)
    data[field] = value
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(data) + "\n", encoding="utf-8")
    exported = export(path, None, [("sqlite", tmp_path / "n.sqlite"), ("csv", tmp_path / "csv")])
    assert exported.summary.rows["articles"] == 1
    assert "Kent helpline calls rise" in render_report(load_tables(path).tables)
