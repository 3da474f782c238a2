"""Records files made bad the ways ``benchmarks/fuzz_inputs.py`` found that check, export and report
did not take: one bad line is named and skipped, every good record is still used, exit code 0.

A line of JSON nested thousands deep raised RecursionError out of ``export`` and ``report`` (and
``--resume``'s reading of the output); a record whose article has no id, outlet, URL or source
made ``check`` fail outside its line-by-line guard.
"""
from __future__ import annotations

import json

import pytest

from pipeline.check.across import run_check
from pipeline.cli import main
from pipeline.engine.resume import done_sources
from pipeline.publish.export import export
from pipeline.publish.load import load_records
from pipeline.records import to_dict
from publish_factories import kent_later_record, kent_record

GOOD = json.dumps(to_dict(kent_record()))
OTHER = json.dumps(to_dict(kent_later_record()))


def with_article(**fields) -> str:
    data = json.loads(OTHER)
    data["article"].update(fields)
    return json.dumps(data)


DEEP = [
    pytest.param("[" * 100_000 + "]" * 100_000, id="arrays-100k-deep"),
    pytest.param('{"a":' * 50_000 + "1" + "}" * 50_000, id="objects-50k-deep"),
    pytest.param(GOOD[:-1] + ', "extra": ' + "[" * 30_000 + "]" * 30_000 + "}", id="a-record-with-a-deep-field"),
    pytest.param("[" * 100_000, id="never-closed"),
]


@pytest.mark.parametrize("line", DEEP)
def test_a_deeply_nested_line_is_named_and_skipped(tmp_path, line):
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join([GOOD, line, OTHER]) + "\n", encoding="utf-8")
    loaded = load_records(path)
    assert len(loaded.items) == 2
    assert any("line 2" in problem for problem in loaded.problems), loaded.problems
    summary = run_check(path, None)
    assert summary.records == 2
    assert done_sources(path) == {json.loads(GOOD)["article"]["source"], json.loads(OTHER)["article"]["source"]}


@pytest.mark.parametrize("line", DEEP[:2])
@pytest.mark.parametrize("command", ["export", "report", "check"])
def test_the_commands_exit_0_on_a_deeply_nested_line(tmp_path, capsys, line, command):
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join([GOOD, line, OTHER]) + "\n", encoding="utf-8")
    args = {"export": ["export", str(path), "--to", "sqlite", str(tmp_path / "n.sqlite")],
            "report": ["report", str(path), "-o", str(tmp_path / "r.html")],
            "check": ["check", str(path), "-o", str(tmp_path / "checks.jsonl")]}[command]
    assert main(args) == 0
    assert "Traceback" not in capsys.readouterr().err


ARTICLES = [
    pytest.param(with_article(id=None, outlet=None, url=None, source=None), id="every-name-null"),
    pytest.param(with_article(id=None), id="id-null"),
    pytest.param(with_article(id=5, outlet=None, url=None, source=None), id="id-a-number"),
    pytest.param(with_article(id="", outlet=None, url=None, source=None), id="id-empty"),
    pytest.param(with_article(id=["x"], outlet=None, url=None, source=None), id="id-a-list"),
]


@pytest.mark.parametrize("line", ARTICLES)
def test_check_names_a_record_without_an_id_and_checks_the_rest(tmp_path, line):
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join([GOOD, line, GOOD.replace("kent", "kent2")]) + "\n", encoding="utf-8")
    summary = run_check(path, None)
    assert summary.records == 2
    assert any(":2: not a record" in error for error in summary.errors), summary.errors
    exported = export(path, None, [("sqlite", tmp_path / "n.sqlite")])
    assert exported.summary.rows["articles"] >= 1


def spoiled(line: str, key: str, field: str, value) -> str:
    data = json.loads(line)
    if key == "relevance":
        data["relevance"][field] = value
    else:
        for item in data[key]:
            item[field] = value
    return json.dumps(data)


SHAPES = [
    pytest.param("counts", "measure", ["helpline_contacts"], id="count-measure-a-list"),
    pytest.param("counts", "group", {"young": 1}, id="count-group-an-object"),
    pytest.param("counts", "rate", [1], id="count-rate-a-list"),
    pytest.param("counts", "qualifier", {"a": 1}, id="count-qualifier-an-object"),
    pytest.param("percentages", "kind", ["change"], id="percentage-kind-a-list"),
    pytest.param("percentages", "direction", {"up": True}, id="percentage-direction-an-object"),
    pytest.param("checks", "verdict", ["consistent"], id="check-verdict-a-list"),
    pytest.param("checks", "kind", {"k": 1}, id="check-kind-an-object"),
    pytest.param("relevance", "helplines", {"Stop It Now!": 1}, id="helplines-an-object"),
    pytest.param("relevance", "helplines", 5, id="helplines-a-number"),
]


@pytest.mark.parametrize("key, field, value", SHAPES)
def test_check_leaves_out_a_field_of_the_wrong_shape_and_goes_on(tmp_path, key, field, value):
    path = tmp_path / "records.jsonl"
    lines = [GOOD, spoiled(OTHER, key, field, value), spoiled(GOOD.replace("kent", "kent2"), key, field, value)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = run_check(path, None)
    assert summary.records == 3
    out = tmp_path / "checks.jsonl"
    assert main(["check", str(path), "-o", str(out)]) == 0
