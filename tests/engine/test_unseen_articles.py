"""A second, independent evaluation set: ten unseen articles with hand-checked gold.

The articles in ``tests/fixtures/unseen`` were written for this suite without
reading the extractor's rules or the other fixture articles, in varied house
styles (datelines, bylines, bullet lists, bracketed figures, fractions, single
quotes, quotes with the speaker after).  ``gold.json`` holds their facts in the
format of ``../shared/eval/seeds_gold.json``; one article is deliberately not
about a prevention helpline, one states a percentage its counts do not bear out.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.fixture_sets import f1_by_type, records_by_article, set_records

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "unseen"
GOLD = json.loads((UNSEEN / "gold.json").read_text(encoding="utf-8"))

#: F1 floors 0.03 below the figures measured now (counts 0.98, percentages 0.97,
#: multipliers 1.00, quotes 1.00, checks 0.97; when the set was written: 0.86, 0.87,
#: 1.00, 0.98, 0.89); raise them as fixes land.
F1_FLOORS = {"counts": 0.95, "percentages": 0.94, "multipliers": 0.97, "quotes": 0.97, "checks": 0.94}

#: Relevance the extractor gets wrong today, with the cause.
RELEVANCE_XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``newsfacts extract`` over the set, once per test run (``tests/fixture_sets.py``)."""
    return set_records(tmp_path_factory, "unseen")


@pytest.fixture(scope="module")
def record_of(records: Path) -> dict[str, dict[str, Any]]:
    """Each article's record, keyed by its gold id."""
    return records_by_article(records)


def test_gold_ids_match_files() -> None:
    assert sorted(g["id"] for g in GOLD) == sorted(p.stem for p in UNSEEN.glob("*.txt"))
    assert [g["id"] for g in GOLD if not g["relevant"]] == ["council-parking-chester-2023"]


@pytest.fixture(scope="module")
def f1_scores(records: Path) -> dict[str, float]:
    return f1_by_type(UNSEEN / "gold.json", records)


@pytest.mark.parametrize("kind,floor", sorted(F1_FLOORS.items()))
def test_f1_floor(f1_scores: dict[str, float], kind: str, floor: float) -> None:
    assert kind in f1_scores, f"score.py printed no {kind} line"
    assert f1_scores[kind] >= floor, f"{kind} F1 {f1_scores[kind]:.2f} fell below {floor:.2f}"


@pytest.mark.parametrize("article_id", [g["id"] for g in GOLD])
def test_record_without_errors(record_of: dict[str, dict[str, Any]], article_id: str) -> None:
    rec = record_of[article_id]
    assert rec["errors"] == []
    assert rec["article"]["text_chars"] > 500


def _relevance_cases() -> list[Any]:
    return [pytest.param(g["id"], g["relevant"], id=g["id"],
                         marks=[pytest.mark.xfail(reason=RELEVANCE_XFAIL[g["id"]], strict=True)]
                         if g["id"] in RELEVANCE_XFAIL else [])
            for g in GOLD]


@pytest.mark.parametrize("article_id,relevant", _relevance_cases())
def test_relevance(record_of: dict[str, dict[str, Any]], article_id: str, relevant: bool) -> None:
    """The council parking story is judged irrelevant; the helpline stories relevant."""
    assert record_of[article_id]["relevance"]["relevant"] is relevant
