"""Fact checks across articles: one figure stated differently by two outlets.

:func:`check_across` compares the records of a records file: counts and
changes of the same measure, region and period stated with different values;
a "doubled" in one article against a percentage in another; the earlier count
one article implies (a 106% rise to 18,036 implies about 8,755) against the
count another article states.  Syndicated copies of one press release, whose
figures or titles largely coincide, are grouped first, so that a figure one
outlet prints differently stands out even when the period was not extracted.
:func:`run_check` streams a records JSONL, writes every check (JSONL) and
returns a :class:`Summary` for the terminal.

Cross-article checks have kind ``cross_article``; ``articles`` lists the
article ids involved, and ``inputs`` names facts as ``<article id>:<fact id>``.
"""
from __future__ import annotations

import configparser
import dataclasses
import json
import logging
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Iterable, Optional, TextIO

from .checkreport import Summary, summarise
from .checks import check_record, stated_decimal
from .evidence import Evidence
from .records import Check, Count, Fact, Multiplier, Percentage, Record, from_dict
from .tolerances import Tolerances, load
from .verdicts import accept_pct, check_multiplier_pct, check_percentage, count_interval, fmt, frac

log = logging.getLogger(__name__)
WORD = re.compile(r"[a-z0-9]{4,}")
MAX_POSTINGS = 500


@dataclass
class Stated:
    """One fact of one record, with the record it came from."""

    record: Record
    fact: Fact

    @property
    def outlet(self) -> str:
        a = self.record.article
        return a.outlet or a.url or a.source or a.id[:12]

    @property
    def ref(self) -> str:
        return f"{self.record.article.id}:{self.fact.id}"


def _figures(record: Record) -> set[tuple]:
    out: set[tuple] = set()
    out |= {("c", float(c.value), c.measure) for c in record.counts if c.value is not None}
    out |= {("p", float(p.value), p.kind, p.direction) for p in record.percentages}
    out |= {("m", float(m.factor), m.qualifier) for m in record.multipliers}
    return out


def _words(record: Record) -> set[str]:
    return set(WORD.findall((record.article.title or "").lower()))


def _jaccard(a: set, b: set) -> Fraction:
    return Fraction(len(a & b), len(a | b)) if a | b else Fraction(0)


def syndication_groups(records: list[Record], tol: Tolerances) -> list[list[int]]:
    """Indices of records that are copies of one release (groups of two or more).

    Two records are copies when at least ``syndication_overlap`` of their
    figures coincide (two figures at least), or their titles' words do and
    they share a figure.
    """
    parent = list(range(len(records)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    figs = [_figures(r) for r in records]
    words = [_words(r) for r in records]
    postings: dict[tuple, list[int]] = defaultdict(list)
    for i, fs in enumerate(figs):
        for f in fs:
            postings[f].append(i)
    pairs: Counter = Counter()
    for members in postings.values():
        if len(members) > MAX_POSTINGS:
            continue  # a figure everyone prints says nothing about a common source
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs[(members[x], members[y])] += 1
    for (i, j), shared in pairs.items():
        if records[i].article.id == records[j].article.id:
            continue
        if (shared >= 2 and _jaccard(figs[i], figs[j]) >= tol.syndication_overlap) or \
                _jaccard(words[i], words[j]) >= tol.syndication_overlap:
            parent[find(i)] = find(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(records)):
        groups[find(i)].append(i)
    return [g for g in groups.values() if len(g) > 1]


def _slot(fact: Fact, *, with_period: bool = True) -> Optional[tuple]:
    """What a fact is a figure of: kind, measure, regions, period (None when too vague to compare)."""
    period = (fact.period_start, fact.period_end) if with_period else ()
    if not fact.regions or (with_period and not any(period)):
        return None
    where = frozenset(fact.regions)
    if isinstance(fact, Count):
        return ("count", fact.measure, where, fact.rate) + period
    if isinstance(fact, Percentage):
        base = (fact.base_period_start, fact.base_period_end) if with_period else ()
        return ("percentage", fact.kind, fact.direction, where) + period + base
    return None


def _interval(fact: Fact, tol: Tolerances):
    if isinstance(fact, Count):
        if fact.qualifier == "exact" and tol.cross_count_rel:
            return count_interval(fact.value, "about", dataclasses.replace(tol, about_count_rel=tol.cross_count_rel))
        return count_interval(Decimal(repr(fact.value)), fact.qualifier, tol)
    accepted, _ = accept_pct(stated_decimal(fact.text, fact.value), fact.qualifier, tol)
    return accepted


def _show(s: Stated) -> str:
    if isinstance(s.fact, Count):
        from .verdicts import _q

        return f"{_q(s.fact.qualifier)}{fmt(frac(s.fact.value))}"
    return s.fact.text or f"{fmt(frac(s.fact.value))}%"


def _compare(slot: tuple, stated: list[Stated], tol: Tolerances, note: str) -> Optional[Check]:
    """One check for a figure stated by several articles: consistent when all can be true."""
    if len({s.record.article.id for s in stated}) < 2:
        return None
    by_value: dict[str, list[Stated]] = defaultdict(list)
    for s in stated:
        by_value[_show(s)].append(s)
    majority = max(by_value.values(), key=len)
    first = majority[0]
    odd = next((s for s in stated if not _interval(s.fact, tol).meets(_interval(first.fact, tol))), None)
    where = " and ".join(sorted(first.fact.regions))
    what = f"{slot[1]} " if slot[0] == "count" else f"{slot[1]} percentage "
    years = sorted({d[:4] for d in (first.fact.period_start, first.fact.period_end) if d})
    listing = "; ".join(f"{value} in {', '.join(sorted({x.outlet for x in group}))}" for value, group in by_value.items())
    subject = f"{what}for {where}" + (f" in {'-'.join(years)}" if years else "")
    claim = odd or first
    verdict = "inconsistent" if odd else "consistent"
    said = "stated differently" if odd else "stated alike"
    return Check(id="", kind="cross_article", claim_ref=claim.fact.id, inputs=[s.ref for s in stated],
                 stated=float(claim.fact.value), computed=float(first.fact.value), verdict=verdict,
                 tolerance="the figures' ranges (rounding, qualifiers) must meet",
                 explanation=f"{subject} {said}: {listing}{note}",
                 articles=sorted({s.record.article.id for s in stated}))


def _figure_checks(records: list[Record], groups: list[list[int]], tol: Tolerances) -> list[Check]:
    out: list[Check] = []
    slots: dict[tuple, list[Stated]] = defaultdict(list)
    for r in records:
        for f in [*r.counts, *r.percentages]:
            key = _slot(f)
            if key is not None:
                slots[key].append(Stated(r, f))
    seen: set[frozenset] = set()
    for key, stated in slots.items():
        check = _compare(key, stated, tol, "")
        if check is not None:
            seen.add(frozenset(check.inputs))
            out.append(check)
    for group in groups:
        loose: dict[tuple, list[Stated]] = defaultdict(list)
        for i in group:
            per: dict[tuple, list[Fact]] = defaultdict(list)
            for f in [*records[i].counts, *records[i].percentages]:
                key = _slot(f, with_period=False)
                if key is not None:
                    per[key].append(f)
            for key, facts in per.items():
                if len(facts) == 1:  # two years of one region would be no contradiction
                    loose[key].append(Stated(records[i], facts[0]))
        outlets = sorted({records[i].article.outlet or records[i].article.id[:12] for i in group})
        note = f" (syndicated copies of one release: {', '.join(outlets)})"
        for key, stated in loose.items():
            check = _compare(key, stated, tol, note)
            if check is not None and frozenset(check.inputs) not in seen and check.verdict == "inconsistent":
                seen.add(frozenset(check.inputs))
                out.append(check)
    return out


def _change_checks(records: list[Record], tol: Tolerances) -> list[Check]:
    """A multiplier in one article against a stated change of the same region and period in another."""
    changes: dict[tuple, list[Stated]] = defaultdict(list)
    for r in records:
        for p in r.percentages:
            if p.kind == "change" and p.regions and p.period_start:
                changes[(frozenset(p.regions), p.period_start, p.period_end)].append(Stated(r, p))
    out = []
    for r in records:
        for m in r.multipliers:
            if not m.regions or not m.period_start:
                continue
            for other in changes.get((frozenset(m.regions), m.period_start, m.period_end), []):
                if other.record.article.id == r.article.id:
                    continue
                p = other.fact
                v = check_multiplier_pct(Decimal(repr(m.factor)), m.qualifier, stated_decimal(p.text, p.value),
                                         p.qualifier, p.direction, tolerances=tol, word=m.word or m.text)
                mine = Stated(r, m)
                out.append(Check(id="", kind="cross_article", claim_ref=m.id, inputs=[mine.ref, other.ref],
                                 stated=float(m.factor), computed=float(v.computed) if v.computed else None,
                                 verdict=v.verdict, tolerance=v.tolerance,
                                 explanation=f"'{m.word or m.text}' in {mine.outlet} against {p.text} in "
                                             f"{other.outlet}: {v.explanation}",
                                 articles=sorted({r.article.id, other.record.article.id})))
    return out


def _implied_checks(records: list[Record], tol: Tolerances) -> list[Check]:
    """The earlier count a change implies in one article against the count another states."""
    counts: dict[tuple, list[Stated]] = defaultdict(list)
    for r in records:
        for c in r.counts:
            if c.qualifier == "exact" and c.regions and c.period_start:
                counts[(c.measure, frozenset(c.regions), c.period_start, c.period_end, c.rate)].append(Stated(r, c))
    out = []
    for r in records:
        ev = Evidence(r)
        for p in r.percentages:
            if p.kind != "change" or not p.base_period_start:
                continue
            new = ev.get(p.count_ref, Count) or ev.later_count(p)
            if new is None or (ev.get(p.base_count_ref, Count) or ev.earlier_count(new, p)) is not None:
                continue
            key = (new.measure, frozenset(new.regions), p.base_period_start, p.base_period_end, new.rate)
            for other in counts.get(key, []):
                if other.record.article.id == r.article.id:
                    continue
                old = other.fact
                v = check_percentage(stated_decimal(p.text, p.value), p.qualifier, Decimal(repr(old.value)),
                                     Decimal(repr(new.value)), tolerances=tol, direction=p.direction)
                mine = Stated(r, p)
                out.append(Check(id="", kind="cross_article", claim_ref=p.id,
                                 inputs=[other.ref, Stated(r, new).ref, mine.ref], stated=float(p.value),
                                 computed=float(v.computed) if v.computed is not None else None,
                                 verdict=v.verdict, tolerance=v.tolerance,
                                 explanation=f"{p.text} in {mine.outlet} with the earlier count "
                                             f"{fmt(frac(old.value))} from {other.outlet}: {v.explanation}",
                                 articles=sorted({r.article.id, other.record.article.id})))
    return out


def check_across(records: Iterable[Record], *, config: Optional[configparser.ConfigParser] = None) -> list[Check]:
    """Every cross-article check of ``records``, ids ``x1``, ``x2``..."""
    tol = load(config)
    unique: dict[str, Record] = {}
    for r in records:
        unique.setdefault(r.article.id, r)
    recs = list(unique.values())
    groups = syndication_groups(recs, tol)
    checks = _figure_checks(recs, groups, tol) + _change_checks(recs, tol) + _implied_checks(recs, tol)
    for i, check in enumerate(checks, 1):
        check.id = f"x{i}"
    return checks


def _label(record: Record) -> str:
    a = record.article
    return a.outlet or a.url or a.source or a.id[:12]


def run_check(records_path: Path, out: Optional[TextIO] = None, *,
              config: Optional[configparser.ConfigParser] = None) -> Summary:
    """Stream a records JSONL, check across it, write every check (JSONL) to ``out``.

    Each record's own checks are counted and written too (with ``articles``
    set to that record's id); a record written without a ``checks`` field is
    checked here.  A line that is not a record is reported in
    ``Summary.errors`` and skipped.
    """
    records: list[Record] = []
    errors: list[str] = []
    own: list[tuple[str, Check]] = []
    with open(records_path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                record = from_dict(data)
                checks = record.checks if "checks" in data else check_record(record, config=config)
            except Exception as exc:  # one bad line must not stop the file
                errors.append(f"{records_path}:{number}: not a record ({type(exc).__name__}: {exc})")
                continue
            record.article.text = None
            records.append(record)
            for check in checks:
                own.append((_label(record), dataclasses.replace(check, articles=[record.article.id])))
    across = check_across(records, config=config)
    summary = summarise(own + [("", c) for c in across])
    summary.records = len(records)
    summary.errors = errors
    if out is not None:
        for _, check in own:
            out.write(json.dumps(dataclasses.asdict(check), ensure_ascii=False) + "\n")
        for check in across:
            out.write(json.dumps(dataclasses.asdict(check), ensure_ascii=False) + "\n")
    return summary
