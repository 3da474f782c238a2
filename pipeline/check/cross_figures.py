"""One figure stated by several articles: counts and percentages of the same slot compared.

A slot is what a fact is a figure of (kind, measure, regions, period and the
helpline the article is about); :func:`figure_checks` compares every slot
stated by two articles or more, and the i-th figure of syndicated copies
side by side even when the period was not extracted.
"""
from __future__ import annotations

import dataclasses
from collections import defaultdict
from decimal import Decimal
from typing import Optional

from pipeline.check.syndication import Stated, label, outlets
from pipeline.check.tolerances import Tolerances
from pipeline.check.verdicts import accept_pct, count_interval, fmt, frac, qualified
from pipeline.check.within import stated_decimal
from pipeline.records import Check, Count, Fact, Percentage, Record


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
    listing = "; ".join(f"{value} in {outlets(group)}" for value, group in by_value.items())
    subject = f"{what}for {where}" + (f" in {'-'.join(years)}" if years else "")
    claim = odd or first
    verdict = "inconsistent" if odd else "consistent"
    said = "stated differently" if odd else "stated alike"
    return Check(id="", kind="cross_article", claim_ref=claim.fact.id, inputs=[s.ref for s in stated],
                 stated=float(claim.fact.value), computed=float(first.fact.value), verdict=verdict,
                 tolerance="the figures' ranges (rounding, qualifiers) must meet",
                 explanation=f"{subject} {said}: {listing}{note}",
                 articles=sorted({s.record.article.id for s in stated}))


def figure_checks(records: list[Record], groups: list[list[int]], tol: Tolerances) -> list[Check]:
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
        names = sorted({label(records[i]) for i in group})
        note = f" (syndicated copies of one release: {', '.join(names)})"
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

