"""How ``check_record`` runs its jobs: the kind of a check that failed, and no share check run twice.

Hand-built facts; the words are of our own writing.
"""
from __future__ import annotations

from collections import Counter

import pytest

from check_factories import count, pct, record
from pipeline.check import within
from pipeline.records import Percentage


def _share(id: str, text: str, value: float, at: int, q: str = "exact") -> Percentage:
    return Percentage(id=id, text=text, start=at, end=at + len(text), sentence=(0, 80), qualifier=q, value=value,
                      kind="share", measure="other")


@pytest.mark.parametrize("shares", [
    [_share("p1", "20%", 20.0, 10)],
    [_share("p1", "nearly half", 50.0, 0, q="nearly"), _share("p2", "45%", 45.0, 40)],
])
def test_a_share_check_that_fails_is_of_kind_share(monkeypatch, shares):
    def broken(*args, **kwargs):
        raise ValueError("no such figure")

    monkeypatch.setattr(within, "share_check", broken)
    made = [c for c in within.check_record(record(percentages=shares)) if c.claim_ref == "p1"]
    assert made, "no check of the share"
    assert [c.kind for c in made if c.explanation.startswith("could not be checked")] == ["share"], \
        [(c.kind, c.explanation) for c in made]


def test_the_share_check_runs_once_per_share(monkeypatch):
    calls: Counter = Counter()
    real = within.share_check

    def counted(pct, ev, tol):
        calls[pct.id] += 1
        return real(pct, ev, tol)

    monkeypatch.setattr(within, "share_check", counted)
    # "nearly half of the callers were men; 45% were men worried about their own thoughts"
    shares = [_share("p1", "nearly half", 50.0, 0, q="nearly"), _share("p2", "45%", 45.0, 40)]
    made = within.check_record(record(percentages=shares))
    assert [c.verdict for c in made if c.claim_ref == "p1"] == ["consistent"], [c.explanation for c in made]
    assert calls["p1"] == 1, calls


@pytest.mark.timeout(120)  # a liveness guard, not a timing: a hang fails instead of holding CI
@pytest.mark.parametrize("per_sentence", [1, 2])
def test_a_page_of_figures_is_checked(per_sentence):
    """800 counts, one or two a sentence, a change every ten: the checks once took tens of seconds on such a
    page (each rule rescanned every count for every sentence and every claim); how long they take now is
    measured in ``benchmarks/``, not asserted here."""
    counts, changes, at = [], [], 0
    for i in range(800):
        sentence = (at - at % (60 * per_sentence), at - at % (60 * per_sentence) + 60 * per_sentence - 2)
        counts.append(count(f"c{i}", 1000 + 7 * i, measure="helpline_calls", year=2000 + i % 20, at=at,
                            sentence=sentence))
        if i % 10 == 0:
            changes.append(pct(f"p{i}", 20.0, measure="helpline_calls", at=at + 20, sentence=sentence))
        at += 60
    checks = within.check_record(record(counts=counts, percentages=changes))
    assert len(checks) >= len(changes)  # every change gets a check (a verdict or "unverifiable")


@pytest.mark.timeout(120)  # a liveness guard, not a timing
@pytest.mark.parametrize("per_sentence", [1, 300])
def test_sum_rules_read_the_counts_near_each_total(monkeypatch, per_sentence):
    """A page of 600 totals of contacts, one a sentence or 300 in one sentence run together (a table without
    stops): each sum rule reads a few sentences around each total, not every count of the page (reading every
    later count, or every count of a 300-count sentence, for each total made the checks quadratic or worse)."""
    from pipeline.check import adjacent_parts, channel_sums
    reads = Counter()
    for module, name in ((channel_sums, "_fits"), (adjacent_parts, "_part")):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda c, t, real=real, name=name: reads.update([name]) or real(c, t))
    counts = []
    for i in range(600):
        at = 60 * i
        first = at - at % (60 * per_sentence)
        counts.append(count(f"c{i}", 1000 + 7 * i, measure="helpline_contacts", year=2020, at=at,
                            sentence=(first, first + 60 * per_sentence - 2)))
    within.check_record(record(counts=counts))
    assert max(reads.values(), default=0) <= 100 * len(counts), reads  # quadratic: 270,000 and more
