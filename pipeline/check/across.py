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

from pipeline.check.evidence import Evidence
from pipeline.check.summary import Summary, summarise
from pipeline.check.tolerances import Tolerances, load
from pipeline.check.verdicts import (
    accept_pct,
    check_multiplier_pct,
    check_percentage,
    count_interval,
    fmt,
    frac,
    qualified,
)
from pipeline.check.within import check_record, placed_by_context, stated_decimal
from pipeline.publish.jsonl import json_line
from pipeline.records import (
    Check,
    Count,
    Fact,
    Multiplier,
    Percentage,
    Record,
    from_dict,
)

log = logging.getLogger(__name__)
WORD = re.compile(r"[a-z0-9]{4,}")
MAX_POSTINGS = 500


def _label(record: Record) -> str:
    """The outlet of a record with its title (or where it came from), to tell articles apart."""
    a = record.article
    where = a.outlet or a.url or a.source or a.id[:12]
    title = (a.title or "").strip()
    return f"{where} ({title[:60]})" if title else where


@dataclass
class Stated:
    """One fact of one record, with the record it came from."""

    record: Record
    fact: Fact

    @property
    def outlet(self) -> str:
        return _label(self.record)

    @property
    def ref(self) -> str:
        return f"{self.record.article.id}:{self.fact.id}"


def _outlets(stated: Iterable[Stated], most: int = 5) -> str:
    names = sorted({s.outlet for s in stated})
    more = f" and {len(names) - most} more" if len(names) > most else ""
    return ", ".join(names[:most]) + more


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


def _slot(fact: Fact, *, with_period: bool = True, helpline: str = "") -> Optional[tuple]:
    """What a fact is a figure of: kind, measure, regions, period, and the helpline the article is
    about (a gambling line's callers are not Stop It Now!'s); None when too vague to compare."""
    period = (fact.period_start, fact.period_end) if with_period else ()
    if not fact.regions or (with_period and not any(period)):
        return None
    where = frozenset(fact.regions)
    if isinstance(fact, Count):
        return ("count", fact.measure, where, fact.rate, helpline, fact.difference, fact.group) + period  # a change's size, a group's count apart
    if isinstance(fact, Percentage):
        base = (fact.base_period_start, fact.base_period_end) if with_period else ()
        return ("percentage", fact.kind, fact.direction, where, helpline) + period + base
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
            return f"{qualified(s.fact.qualifier)}{fmt(frac(s.fact.value))}"
    return s.fact.text or f"{fmt(frac(s.fact.value))}%"


def _compare(slot: tuple, stated: list[Stated], tol: Tolerances, note: str) -> Optional[Check]:
    """One check for a figure stated by several articles: consistent when all can be true."""
    if len({s.record.article.id for s in stated}) < 2:
        return None
    per_article: dict[str, set] = defaultdict(set)
    for s in stated:
        per_article[s.record.article.id].add(_show(s))
    if any(len(values) > 1 for values in per_article.values()):
        return None  # an article with two figures for one slot: the slot is not one figure
    by_value: dict[str, list[Stated]] = defaultdict(list)
    for s in stated:
        by_value[_show(s)].append(s)
    majority = max(by_value.values(), key=len)
    first = majority[0]
    odd = next((s for s in stated if not _interval(s.fact, tol).meets(_interval(first.fact, tol))), None)
    where = " and ".join(sorted(first.fact.regions))
    what = f"{slot[1]} " if slot[0] == "count" else f"{slot[1]} percentage "
    years = sorted({d[:4] for d in (first.fact.period_start, first.fact.period_end) if d})
    listing = "; ".join(f"{value} in {_outlets(group)}" for value, group in by_value.items())
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
        helpline = (r.relevance.helplines or [""])[0]
        for f in [*r.counts, *r.percentages]:
            key = _slot(f, helpline=helpline)
            if key is not None:
                slots[key].append(Stated(r, f))
    seen: set[frozenset] = set()
    for key, stated in slots.items():
        check = _compare(key, stated, tol, "")
        if check is not None:
            seen.add(frozenset(check.inputs))
            out.append(check)
    for group in groups:
        outlets = sorted({_label(records[i]) for i in group})
        note = f" (syndicated copies of one release: {', '.join(outlets)})"
        for stated in _aligned(records, group):
            check = _compare(_slot(stated[0].fact, with_period=False), stated, tol, note)
            if check is not None and frozenset(check.inputs) not in seen and check.verdict == "inconsistent":
                seen.add(frozenset(check.inputs))
                out.append(check)
    return out


def _aligned(records: list[Record], group: list[int]) -> list[list[Stated]]:
    """Facts of syndicated copies side by side: the i-th figure of a region and measure in each copy.

    Copies of one text list their figures in the same order, so where every
    copy has the same number of figures of a kind, measure and region, they
    are paired by position; figures whose known periods differ are not.
    """
    per_record: list[dict[tuple, list[Fact]]] = []
    for i in group:
        per: dict[tuple, list[Fact]] = defaultdict(list)
        for f in [*records[i].counts, *records[i].percentages]:
            key = _slot(f, with_period=False)
            if key is not None:
                per[key].append(f)
        per_record.append(per)
    rows = []
    for key in set().union(*per_record):
        lists = [per.get(key, []) for per in per_record]
        present = [(i, facts) for i, facts in zip(group, lists) if facts]
        if len(present) < 2 or len({len(facts) for _, facts in present}) != 1:
            continue
        for n in range(len(present[0][1])):
            row = [Stated(records[i], facts[n]) for i, facts in present]
            periods = {(s.fact.period_start, s.fact.period_end) for s in row if s.fact.period_start}
            if len(periods) <= 1:
                rows.append(row)
    return rows


def _change_checks(records: list[Record], tol: Tolerances) -> list[Check]:
    """A multiplier in some articles against a stated change of the same region and period in others.

    Claims are grouped by their form ("doubled", "a 45% increase"), so each
    pair of forms is checked once however many articles repeat them.
    """
    slots: dict[tuple, tuple[dict, dict]] = defaultdict(lambda: (defaultdict(list), defaultdict(list)))
    for r in records:
        for f in [*r.multipliers, *r.percentages]:
            if not f.regions or not f.period_start:
                continue
            mults, pcts = slots[(frozenset(f.regions), f.period_start, f.period_end)]
            if isinstance(f, Multiplier):
                mults[(float(f.factor), f.qualifier, f.word or f.text)].append(Stated(r, f))
            elif f.kind == "change":
                pcts[(str(stated_decimal(f.text, f.value)), f.qualifier, f.direction, f.text)].append(Stated(r, f))
    out = []
    for mults, pcts in slots.values():
        for (factor, qualifier, word), ms in mults.items():
            for (value, pq, direction, text), ps in pcts.items():
                ids = {s.record.article.id for s in ms + ps}
                if len(ids) < 2 or {s.record.article.id for s in ms} == {s.record.article.id for s in ps}:
                    continue
                v = check_multiplier_pct(Decimal(repr(factor)), qualifier, Decimal(value), pq, direction,
                                         tolerances=tol, word=word)
                out.append(Check(id="", kind="cross_article", claim_ref=ms[0].fact.id,
                                 inputs=[s.ref for s in ms + ps], stated=factor,
                                 computed=float(v.computed) if v.computed is not None else None,
                                 verdict=v.verdict, tolerance=v.tolerance,
                                 explanation=f"'{word}' in {_outlets(ms)} against {text} in {_outlets(ps)}: "
                                             f"{v.explanation}",
                                 articles=sorted(ids)))
    return out


def _implied_checks(records: list[Record], tol: Tolerances) -> list[Check]:
    """The earlier count a change implies in one article against the count another states."""
    counts: dict[tuple, list[Stated]] = defaultdict(list)
    for r in records:
        for c in r.counts:
            if c.qualifier == "exact" and c.regions and c.period_start and not c.difference:
                counts[(c.measure, frozenset(c.regions), c.period_start, c.period_end, c.rate, c.group)].append(Stated(r, c))
    out = []
    for r in records:
        ev = Evidence(r)
        for p in r.percentages:
            if p.kind != "change" or not p.base_period_start:
                continue
            new = ev.get(p.count_ref, Count) or ev.later_count(p)
            if new is None or (ev.get(p.base_count_ref, Count) or ev.earlier_count(new, p)) is not None:
                continue
            key = (new.measure, frozenset(new.regions), p.base_period_start, p.base_period_end, new.rate, new.group)
            by_value: dict[float, list[Stated]] = defaultdict(list)
            for other in counts.get(key, []):
                if other.record.article.id != r.article.id:
                    by_value[float(other.fact.value)].append(other)
            mine = Stated(r, p)
            for value, others in by_value.items():
                v = check_percentage(stated_decimal(p.text, p.value), p.qualifier, Decimal(repr(value)),
                                     Decimal(repr(new.value)), tolerances=tol, direction=p.direction)
                out.append(Check(id="", kind="cross_article", claim_ref=p.id,
                                 inputs=[o.ref for o in others] + [Stated(r, new).ref, mine.ref],
                                 stated=float(p.value),
                                 computed=float(v.computed) if v.computed is not None else None,
                                 verdict=v.verdict, tolerance=v.tolerance,
                                 explanation=f"{p.text} in {mine.outlet} with the earlier count "
                                             f"{fmt(frac(value))} from {_outlets(others)}: {v.explanation}",
                                 articles=sorted({r.article.id} | {o.record.article.id for o in others})))
    return out


def _number(x: object) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and x == x and abs(x) != float("inf")


# the fields of a fact that name what it is a figure of (keys of the checks' slots): one value each
_NAMING = ("id", "text", "qualifier", "measure", "rate", "difference", "group", "kind", "direction",
           "base_period_start", "base_period_end")
_SCALAR = (str, int, float, bool, type(None))


def _well_formed(fact: Fact) -> bool:
    value = fact.factor if isinstance(fact, Multiplier) else getattr(fact, "value", None)
    return (_number(value) and isinstance(fact.regions, list) and all(isinstance(x, str) for x in fact.regions)
            and all(d is None or isinstance(d, str) for d in (fact.period_start, fact.period_end))
            and all(isinstance(getattr(fact, name, None), _SCALAR) for name in _NAMING))


def _usable(record: Record) -> Record:
    """The record without facts too malformed to compare (logged, not fatal)."""
    kept = {name: [f for f in getattr(record, name) if _well_formed(f)]
            for name in ("counts", "percentages", "multipliers")}
    dropped = sum(len(getattr(record, n)) - len(v) for n, v in kept.items())
    if dropped:
        log.warning("%s: %d malformed facts left out of the cross-article checks", record.article.id, dropped)
    for name in ("counts", "percentages", "multipliers"):  # a fact whose sentence names no place: the places before
        kept[name] = [placed_by_context(f) for f in kept[name]]
    helplines = record.relevance.helplines
    if not (isinstance(helplines, list) and all(isinstance(h, str) for h in helplines)):
        kept["relevance"] = dataclasses.replace(record.relevance, helplines=[])  # type: ignore[assignment]
    return dataclasses.replace(record, **kept)


def check_across(records: Iterable[Record], *, config: Optional[configparser.ConfigParser] = None) -> list[Check]:
    """Every cross-article check of ``records``, ids ``x1``, ``x2``..."""
    tol = load(config)
    unique: dict[str, Record] = {}
    for r in records:
        unique.setdefault(r.article.id, _usable(r))
    recs = list(unique.values())
    groups = syndication_groups(recs, tol)
    checks = _figure_checks(recs, groups, tol) + _change_checks(recs, tol) + _implied_checks(recs, tol)
    for i, check in enumerate(checks, 1):
        check.id = f"x{i}"
    return checks


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
    with open(records_path, encoding="utf-8", errors="replace") as lines:  # a bad byte spoils one line, not the run
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                record = from_dict(data)
                if not (isinstance(record.article.id, str) and record.article.id):
                    raise ValueError("the article has no id")
                label = _label(record)
                checks = record.checks if "checks" in data else check_record(record, config=config)
                if not isinstance(checks, list):
                    raise ValueError("its checks are not a list")
            except Exception as exc:  # one bad line must not stop the file
                errors.append(f"{records_path}:{number}: not a record ({type(exc).__name__}: {exc})")
                continue
            usable = [c for c in checks if isinstance(c, Check) and isinstance(c.kind, str) and isinstance(c.verdict, str)]
            if len(usable) < len(checks):
                errors.append(f"{records_path}:{number}: {len(checks) - len(usable)} malformed checks left out")
                checks = usable
            record.article.text = None
            records.append(record)
            for check in checks:
                own.append((label, dataclasses.replace(check, articles=[record.article.id])))
    across = check_across(records, config=config)
    summary = summarise(own + [("", c) for c in across])
    summary.records = len(records)
    summary.errors = errors
    if out is not None:
        for check in [c for _, c in own] + across:
            out.write(json_line(dataclasses.asdict(check)) + "\n")
    return summary
