"""What the probe-set tests share: a set's gold against its articles, ``score.py``'s F1 against a floor, and each
gold fact paired with the record's fact of its key.

A probe-set test module (``tests/engine/test_*_probe_sets.py``) keeps its table of sets (``SETS``: a row per set,
F1 per fact type first, then what is particular to the module) and the checks particular to it; the module-scoped
fixtures ``probe_records`` and ``probe_f1`` (``tests/engine/conftest.py``) extract each set of its ``SETS`` once per
run (:func:`tests.fixture_sets.set_records`) and score it.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Hashable, Iterable, Iterator, Optional

from tests.fixture_sets import records_by_article, set_articles, set_gold

#: how far below the F1 at the end of its branch a set's F1 may fall
TOLERANCE = 0.03

Fact = dict[str, Any]


def f1_rows(sets: dict[str, tuple]) -> list[tuple[str, str, float]]:
    """``(set, fact type, F1)`` of every set of a ``SETS`` table whose rows start with the F1 per fact type."""
    return [(name, kind, f1) for name, (f1s, *_) in sets.items() for kind, f1 in sorted(f1s.items())]


def gold_of_each_article(name: str, articles: Optional[int] = None) -> list[dict[str, Any]]:
    """The gold of set ``name``, after asserting it has an entry for each article and no other (and that the set
    has ``articles`` articles, when given)."""
    gold, paths = set_gold(name), set_articles(name)
    assert sorted(g["id"] for g in gold) == sorted(p.stem for p in paths)
    if articles is not None:
        assert len(paths) == articles
    return gold


def assert_f1_at_least(probe_f1: dict[str, dict[str, float]], name: str, kind: str, floor: float) -> None:
    """``score.py`` printed an F1 for ``kind`` of set ``name``, and it is at least ``floor``."""
    assert kind in probe_f1[name], f"score.py printed no {kind} line for {name}"
    f1 = probe_f1[name][kind]
    assert f1 >= floor - 1e-9, f"{name}: {kind} F1 {f1:.3f} fell below {floor:.3f}"


def gold_and_records(name: str, records: Path) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Each gold article of set ``name`` with the record of its article in ``records``."""
    by_id = records_by_article(records)
    for gold in set_gold(name):
        yield gold, by_id[gold["id"]]


def paired(gold_facts: Iterable[Fact], facts: Iterable[Fact], key: Callable[[Fact], Hashable],
           keep: Optional[Callable[[Fact], bool]] = None) -> Iterator[tuple[Fact, Optional[Fact]]]:
    """Each gold fact with the record's first fact of its ``key`` among those ``keep`` accepts (None if none):
    how the tests pair facts, as the scorer pairs them by value."""
    first: dict[Hashable, Fact] = {}
    for fact in facts:
        if keep is None or keep(fact):
            first.setdefault(key(fact), fact)
    for gold in gold_facts:
        yield gold, first.get(key(gold))
