"""Syndicated copies of one press release, and the facts the cross-article checks compare.

:func:`syndication_groups` groups records whose figures or titles largely
coincide, so that a figure one outlet prints differently stands out even
when the period was not extracted.  :class:`Stated` is one fact with the
record it came from; :func:`label` and :func:`outlets` name outlets in the
checks' explanations.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from fractions import Fraction
from typing import Iterable

from pipeline.check.tolerances import Tolerances
from pipeline.records import Fact, Record

WORD = re.compile(r"[a-z0-9]{4,}")
MAX_POSTINGS = 500


def label(record: Record) -> str:
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
        return label(self.record)

    @property
    def ref(self) -> str:
        return f"{self.record.article.id}:{self.fact.id}"


def outlets(stated: Iterable[Stated], most: int = 5) -> str:
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

