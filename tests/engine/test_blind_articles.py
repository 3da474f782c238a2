"""The blind evaluation set: eight articles written without reading the extractor.

``tests/fixtures/blind`` holds eight invented local news articles about Stop It
Now! figures (county, Welsh, Scottish, Northern Irish, London, police-led and
national stories, with site furniture left in) and ``gold.json``, the facts a
careful fact-checker takes from them under ``RECORDS.md``. The articles are run
through ``newsfacts extract`` once per session; ``../shared/eval/score.py`` scores
the records, and each F1 must stay within 0.03 of the figure measured when the
set was written, so a rule change that only fits the seeds shows up here.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fixture_sets import f1_by_type, set_records

BLIND = Path(__file__).resolve().parents[1] / "fixtures" / "blind"
ARTICLES = sorted(BLIND.glob("*.txt"))

# F1 per fact type measured now (score 0.993; 0.966 when the set was written, with
# quotes 0.90 and checks 0.93); a drop of more than 0.03 below any of these fails.
BASELINE = {
    "counts": 1.00,
    "percentages": 1.00,
    "multipliers": 1.00,
    "quotes": 1.00,
    "checks": 0.97,
}
TOLERANCE = 0.03


@pytest.fixture(scope="module")
def blind_records(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Run ``newsfacts extract`` on every blind article; return the JSONL path."""
    return set_records(tmp_path_factory, "blind", timeout=300)


@pytest.fixture(scope="module")
def f1_scores(blind_records: Path) -> dict[str, float]:
    """The F1 column of ``score.py``'s table, keyed by fact type."""
    return f1_by_type(BLIND / "gold.json", blind_records)


def test_the_set_has_eight_articles_and_gold_for_each() -> None:
    gold_ids = {g["id"] for g in json.loads((BLIND / "gold.json").read_text(encoding="utf-8"))}
    assert len(ARTICLES) == 8
    assert gold_ids == {p.stem for p in ARTICLES}


@pytest.mark.parametrize("kind, baseline", sorted(BASELINE.items()))
def test_f1_does_not_fall_below_the_baseline(f1_scores: dict[str, float], kind: str,
                                             baseline: float) -> None:
    assert kind in f1_scores, f"score.py printed no row for {kind}"
    assert f1_scores[kind] >= baseline - TOLERANCE - 1e-9, (
        f"{kind} F1 {f1_scores[kind]:.2f} is more than {TOLERANCE} below {baseline:.2f}")


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_every_article_yields_a_record_without_errors(blind_records: Path, article: Path) -> None:
    records = [json.loads(line) for line in blind_records.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    mine = [r for r in records if Path(r["article"]["source"].split("#")[0]).stem == article.stem]
    assert len(mine) == 1, f"{len(mine)} records for {article.name}"
    assert mine[0]["errors"] == []
    assert mine[0]["relevance"]["relevant"] is True
