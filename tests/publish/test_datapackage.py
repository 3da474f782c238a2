"""The Frictionless datapackage (validated by the frictionless library) and the dataset card."""
from __future__ import annotations

import json

import frictionless
import pytest

from pipeline.publish.export import export
from pipeline.publish.tables import table_specs


def validate(package) -> frictionless.Report:
    report = frictionless.validate(str(package))
    errors = [f"{task.name}: {error.message}" for task in report.tasks for error in task.errors]
    assert report.valid, errors[:5]
    return report


def test_small_package_is_valid_and_describes_every_field(tmp_path, small_records, small_checks):
    export(small_records, small_checks, [("csv", tmp_path / "csv")], package=tmp_path / "datapackage.json")
    descriptor = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in descriptor["resources"]] == [s.name for s in table_specs()]
    assert descriptor["resources"][0]["path"] == "csv/articles.csv"
    for resource in descriptor["resources"]:
        for field in resource["schema"]["fields"]:
            assert field["type"] in {"string", "integer", "number", "boolean", "date"} and field["description"]
    counts = next(r for r in descriptor["resources"] if r["name"] == "counts")
    measure = next(f for f in counts["schema"]["fields"] if f["name"] == "measure")
    assert "helpline_contacts" in measure["constraints"]["enum"]
    validate(tmp_path / "datapackage.json")


def test_corpus_package_is_valid(tmp_path, corpus_output):
    export(*corpus_output, [("csv", tmp_path / "csv")], package=tmp_path / "datapackage.json")
    validate(tmp_path / "datapackage.json")


def test_a_broken_foreign_key_is_caught_by_the_validator(tmp_path, small_records, small_checks):
    """The validation can fail: a counts row naming an article that is not there."""
    export(small_records, small_checks, [("csv", tmp_path / "csv")], package=tmp_path / "datapackage.json")
    path = tmp_path / "csv" / "counts.csv"
    lines = path.read_bytes().decode("utf-8").split("\r\n")
    lines[1] = lines[1].replace(lines[1].split(",")[1], "f" * 64)
    path.write_bytes("\r\n".join(lines).encode("utf-8"))
    with pytest.raises(AssertionError):
        validate(tmp_path / "datapackage.json")


def test_card_says_source_dates_outlets_and_limits(tmp_path, small_records, small_checks):
    export(small_records, small_checks, [("csv", tmp_path / "csv")], package=tmp_path / "datapackage.json")
    card = (tmp_path / "README.md").read_text(encoding="utf-8")
    assert "published 2024-01-15 to 2024-02-01" in card
    assert "| news.example | 1 |" in card and "| other.example | 1 |" in card
    assert "`records.jsonl`, `checks.jsonl`" in card
    assert "## Known limits" in card and "| `series` | 2 |" in card
