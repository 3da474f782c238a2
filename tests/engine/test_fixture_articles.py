"""Unseen fixture articles: the facts the extractor must find, and a score floor.

The articles in ``tests/fixtures/articles`` are written for this suite (not
the seeds) and ``gold.json`` holds their hand-checked facts in the format of
``../shared/eval/seeds_gold.json``.  Each gold count, percentage and
multiplier is one parametrised case; cases the extractor gets wrong today are
marked ``xfail`` with the cause, so a fix shows up as XPASS and the mark can go.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

import pytest

from tests.fixture_sets import f1_by_type, records_by_article, set_records

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
GOLD = json.loads((ARTICLES / "gold.json").read_text(encoding="utf-8"))

#: Floors just below the F1 measured now (counts 0.98, percentages 1.00,
#: multipliers 1.00; 0.63 / 0.94 / 1.00 when the set was written); raise them as fixes land.
F1_FLOORS = {"counts": 0.95, "percentages": 0.95, "multipliers": 0.95}

# Causes of today's failures, shared by several cases.
CUE = "measure cue missing ('supported', 'helped', 'rang', 'was visited by', 'online chats', 'N a night')"

#: "article:kind:value" -> cause; every case listed here fails today.
XFAIL = {
    "scotland-2021:percentage:45": "'over the same period' base resolved to the year before, not the earlier period of the sentence before",
    "kein-taeter-2019:percentage:75": "a share takes the period of a later 'since 2015' clause about another figure", 
    "cornwall-lifeline-2021:count:90": "'over the Christmas period' is read as no period (the count took the days of"
    " 'the last 12 months' before, written as null since ANNOTATION.md decision 6)",
    "wales-first-half-2022:multiplier:2": "the headline's 'Fewer Welsh callers' names Wales since a nation's adjective"
    " names it, and the headline's place reaches the body's 'almost doubled' (this gold: no place; the real-news"
    " gold gives a fact beside 'A Scottish charity' Scotland)",
}


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``newsfacts extract`` over the set, once per test run (``tests/fixture_sets.py``)."""
    return set_records(tmp_path_factory, "articles")


@pytest.fixture(scope="module")
def record_of(records: Path) -> dict[str, dict[str, Any]]:
    """Each article's record, keyed by its gold id."""
    return records_by_article(records)


def _regions(fact: dict[str, Any]) -> set[str]:
    return {r.lower() for r in fact.get("regions") or []}


def _gold_regions(value: Any) -> set[str]:
    if value is None:
        return set()
    return {value.lower()} if isinstance(value, str) else {r.lower() for r in value}


def _year(date: Optional[str]) -> Optional[str]:
    return date[:4] if date else None


def _cases() -> list[Any]:
    cases = []
    for article in GOLD:
        if not article["relevant"]:
            continue
        facts = [("count", c["value"], c) for c in article["counts"] if c["measure"] != "other"]
        facts += [("percentage", p["value"], p) for p in article["percentages"]]
        facts += [("multiplier", m["factor"], m) for m in article["multipliers"]]
        for kind, value, gold in facts:
            key = f"{article['id']}:{kind}:{value:g}"
            marks = [pytest.mark.xfail(strict=False, reason=XFAIL[key])] if key in XFAIL else []
            cases.append(pytest.param(article["id"], kind, gold, id=key, marks=marks))
    return cases


def _find(record: dict[str, Any], kind: str, gold: dict[str, Any]) -> Optional[dict[str, Any]]:
    if kind == "count":
        hits = [c for c in record["counts"] if c["value"] is not None and int(c["value"]) == int(gold["value"])
                and c["qualifier"] != "vague" and c["measure"] != "other"]
    elif kind == "percentage":
        hits = [p for p in record["percentages"] if round(p["value"]) == round(gold["value"]) and p["kind"] == gold["kind"]]
    else:
        hits = [m for m in record["multipliers"] if m["factor"] == gold["factor"] and m["qualifier"] == gold["qualifier"]]
    return hits[0] if hits else None


@pytest.mark.parametrize("article_id, kind, gold", _cases())
def test_fact_found(record_of: dict[str, dict[str, Any]], article_id: str, kind: str, gold: dict[str, Any]) -> None:
    fact = _find(record_of[article_id], kind, gold)
    assert fact is not None, f"{kind} {gold.get('cue')!r} not found"
    expected = _gold_regions(gold["region"])
    got = _regions(fact)
    assert (not expected and not got) or expected & got, (gold["region"], fact.get("regions"))
    if kind == "multiplier":
        return
    assert fact["qualifier"] == gold["qualifier"]
    assert _year(fact.get("period_start")) == _year(gold["period_start"])
    if kind == "count":
        assert fact["measure"] == gold["measure"]
    else:
        assert fact["direction"] == gold["direction"]
        assert _year(fact.get("base_period_start")) == _year(gold["base_period_start"])


@pytest.mark.parametrize("article", GOLD, ids=[a["id"] for a in GOLD])
def test_every_article_yields_a_record(record_of: dict[str, dict[str, Any]], article: dict[str, Any]) -> None:
    record = record_of[article["id"]]
    assert record["errors"] == []
    assert record["article"]["source"].endswith(f"{article['id']}.txt")


def test_irrelevant_article_is_judged_irrelevant(record_of: dict[str, dict[str, Any]]) -> None:
    for article in GOLD:
        if not article["relevant"]:
            assert record_of[article["id"]]["relevance"]["relevant"] is False, article["id"]


def test_score_floor(records: Path) -> None:
    f1 = f1_by_type(ARTICLES / "gold.json", records)
    for kind, floor in F1_FLOORS.items():
        assert f1[kind] >= floor, f"{kind} F1 {f1[kind]:.2f} below {floor}\n{f1}"
