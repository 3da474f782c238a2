"""Fixtures of the export and report tests: small records of our own writing, the bundled corpus's output."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.records import to_dict
from publish_factories import EXTRACTED, kent_later_record, kent_record, write_jsonl, xss_record


@pytest.fixture
def small_records(tmp_path) -> Path:
    """Two articles about Kent (they disagree on 2023) written to a records file with their text."""
    return write_jsonl(tmp_path / "records.jsonl",
                       [to_dict(kent_record(), with_text=True), to_dict(kent_later_record(), with_text=True)])


@pytest.fixture
def small_checks(tmp_path) -> Path:
    """One cross-article check between the two Kent articles."""
    a, b = kent_record().article.id, kent_later_record().article.id
    check = {"id": "x1", "kind": "cross_article", "claim_ref": "c1", "inputs": [f"{a}:c1", f"{b}:c1"], "stated": 250.0,
             "computed": 240.0, "verdict": "inconsistent", "tolerance": "the figures must meet",
             "explanation": "helpline_contacts for Kent in 2023: 240 and 250", "implied": None, "articles": [a, b]}
    within = dict(json.loads(json.dumps(to_dict(kent_record())["checks"][0])), articles=[a])
    return write_jsonl(tmp_path / "checks.jsonl", [within, check])


@pytest.fixture(scope="session")
def corpus_output() -> tuple[Path, Path]:
    """The bundled corpus's records and checks (``extracted/``), as ``make run`` writes them."""
    records, checks = EXTRACTED / "records.jsonl", EXTRACTED / "checks.jsonl"
    if not records.is_file() or not checks.is_file():
        pytest.skip("extracted/records.jsonl or checks.jsonl is missing: run make run")
    return records, checks


@pytest.fixture
def corpus_with_xss(tmp_path, corpus_output) -> tuple[Path, Path]:
    """The bundled corpus's records plus the article with script probes, and the corpus's checks."""
    records = tmp_path / "with-xss.jsonl"
    records.write_text(corpus_output[0].read_text(encoding="utf-8")
                       + json.dumps(to_dict(xss_record(), with_text=True)) + "\n", encoding="utf-8")
    return records, corpus_output[1]
