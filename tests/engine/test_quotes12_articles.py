"""The twelfth round's quote set: 38 short articles of our own in different house styles, 81 quotes.

``tests/fixtures/quotes12`` holds short invented articles (regional and national papers, police and
charity releases, Scottish, Welsh and Northern Irish outlets, a radio site, a court report), each
with a quote or more, and ``gold.json``, written before the extractor ran, in the format of
``../shared/eval/seeds_gold.json``: each quote's speaker, title, official flag and organisation
(ANNOTATION.md decision 9; an unnamed speaker, or one nothing in the text tells, is ``null``). The
articles are run through ``newsfacts extract`` once per session; ``../shared/eval/score.py`` scores
quotes found and their speaker, official flag and organisation, and the title is scored here the
way the scorer reads an organisation (one holds the other). Each must stay at or above the figure
measured at the end of the round.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any, Optional

import pytest

from tests.fixture_sets import f1_by_type, records_by_article, set_records

SET = Path(__file__).resolve().parents[1] / "fixtures" / "quotes12"
ARTICLES = sorted(SET.glob("*.txt"))

#: Right of 81 quotes at the end of the twelfth round (at its start, counted the same way: found 81, speaker 77,
#: official 65, org 61, title 58).
#: org 75 -> 74 in the sixteenth round (branch quotes16): ni-outlet-psni names the police only as "PSNI", now its org as
#: written, as the blind sets' annotators (twice of twice) and checks13's gold write it; this set's gold has the
#: canonical "Police Service of Northern Ireland". The lead decides which of our golds to follow.
FLOOR = {"found": 81, "speaker": 81, "official": 75, "org": 74, "title": 67}


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Run ``newsfacts extract`` on every article of the set (once per test run); return the JSONL path."""
    return set_records(tmp_path_factory, "quotes12", timeout=300)


def _norm(words: Optional[str]) -> str:
    words = unicodedata.normalize("NFKC", words or "").replace("\u2019", "'")
    words = re.sub(r"\s+", " ", words).strip().lower()
    return re.sub(r"^(?:the|its|a|an) ", "", words)


def _title_right(gold: Optional[str], quote: dict[str, Any]) -> bool:
    """A title is right when both are empty or one holds the other (the record's title or role)."""
    want = _norm(gold)
    said = [_norm(quote.get("title")), _norm(quote.get("role"))]
    if not want:
        return not any(said)
    return any(s and (want in s or s in want) for s in said)


@pytest.fixture(scope="module")
def attributes(records: Path) -> dict[str, int]:
    """How many gold quotes are found, and of them how many have each attribute right."""
    gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
    by_id = records_by_article(records)
    right = dict.fromkeys(FLOOR, 0)
    for article in gold:
        quotes, used = by_id[article["id"]]["quotes"], set()
        for want in article["quotes"]:
            head = _norm(want["starts_with"])
            hit = next((i for i, q in enumerate(quotes) if i not in used and _norm(q["text"]).startswith(head)), None)
            if hit is None:
                continue
            used.add(hit)
            quote = quotes[hit]
            right["found"] += 1
            right["speaker"] += (want["speaker"] or "").split()[-1:] == (quote["speaker"] or "").split()[-1:]
            right["official"] += bool(want["official"]) == bool(quote["official"])
            go, so = _norm(want["org"]), _norm(quote["org"])
            right["org"] += (not go and not so) or bool(go and so and (go in so or so in go))
            right["title"] += _title_right(want["title"], quote)
    return right


def test_the_set_has_gold_for_every_article() -> None:
    gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
    assert {g["id"] for g in gold} == {p.stem for p in ARTICLES}
    assert len(ARTICLES) >= 30 and sum(len(g["quotes"]) for g in gold) >= 80


@pytest.mark.parametrize("attribute", sorted(FLOOR))
def test_quote_attributes_stay_at_their_floor(attributes: dict[str, int], attribute: str) -> None:
    assert attributes[attribute] >= FLOOR[attribute], f"{attribute}: {attributes[attribute]} right, floor {FLOOR[attribute]}"


def test_score_py_agrees_on_quotes(records: Path) -> None:
    f1 = f1_by_type(SET / "gold.json", records)
    assert f1["quotes"] >= 0.99, f1  # F1: every gold quote found, nothing extra
