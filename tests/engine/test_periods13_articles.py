"""The thirteenth round's periods probe set: 29 short articles of our own about periods as papers write them.

``tests/fixtures/periods13`` holds 29 invented articles (branch periods13): a dateline of outlet or byline and date
("Northern Echo, 12 March 2024", "Bucks Herald 05/02/2024") that "last year" and "this year" resolve against, a
quarter with no year ("the third quarter", "in Q4"), a change in the sentence of its earlier figure ("In 2022/23 it
took 2,000, so calls have gone up by 30%"), "the same six months of 2023", "In 2023, 640 did so", standing counts
(volunteers) and rates; ``gold.json`` was written before the extractor was run on them, under ANNOTATION.md.
``score.py`` scores them (each F1 within 0.03 of the figure at the end of the branch), and the periods are checked
whole, start and end, with the base period of a percentage: right must not fall.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fixture_sets import f1_by_type, set_records

SET = Path(__file__).resolve().parents[1] / "fixtures" / "periods13"
ARTICLES = sorted(SET.glob("*.txt"))

# F1 per fact type at the end of branch periods13 (score 0.992; 0.990 before the branch's rules)
BASELINE = {"counts": 0.96, "percentages": 1.00, "multipliers": 1.00, "quotes": 1.00, "checks": 1.00}
TOLERANCE = 0.03
# periods right, start and end (with the base period for a percentage): 53/55 counts and 11/11 percentages at the
# end of the branch (30 and 3 before it)
PERIODS_RIGHT = {"counts": 53, "percentages": 11}


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return set_records(tmp_path_factory, "periods13")


def _gold() -> list[dict]:
    return json.loads((SET / "gold.json").read_text(encoding="utf-8"))


def test_the_set_has_gold_for_each_article() -> None:
    assert len(ARTICLES) == 29
    assert {g["id"] for g in _gold()} == {p.stem for p in ARTICLES}
    dated = sum(bool(f["period_start"]) for g in _gold() for f in g["counts"] + g["percentages"])
    assert dated >= 60


@pytest.fixture(scope="module")
def f1_scores(records: Path) -> dict[str, float]:
    return f1_by_type(SET / "gold.json", records)


@pytest.mark.parametrize("kind, baseline", sorted(BASELINE.items()))
def test_f1_does_not_fall_below_the_baseline(f1_scores: dict[str, float], kind: str, baseline: float) -> None:
    assert f1_scores[kind] >= baseline - TOLERANCE - 1e-9


def test_whole_periods_right_do_not_fall(records: Path) -> None:
    """Each gold count (percentage) paired with the record's first of its value (value and kind): its period's
    start and end (and base period's) exactly as the gold has them."""
    by_id = {}
    for line in records.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        by_id[Path(record["article"]["source"]).stem] = record
    right = {"counts": 0, "percentages": 0}
    for gold in _gold():
        record = by_id[gold["id"]]
        counts = {}
        for c in record["counts"]:
            counts.setdefault(int(c["value"]), c)
        for g in gold["counts"]:
            c = counts.get(int(g["value"]))
            right["counts"] += bool(c) and (c["period_start"], c["period_end"]) == (g["period_start"], g["period_end"])
        pcts = {}
        for p in record["percentages"]:
            pcts.setdefault((round(p["value"]), p["kind"]), p)
        keys = ("period_start", "period_end", "base_period_start", "base_period_end")
        for g in gold["percentages"]:
            p = pcts.get((round(g["value"]), g["kind"]))
            right["percentages"] += bool(p) and all(p[k] == g[k] for k in keys)
    for kind, floor in PERIODS_RIGHT.items():
        assert right[kind] >= floor, f"{kind}: {right[kind]} periods right, fewer than {floor}"
