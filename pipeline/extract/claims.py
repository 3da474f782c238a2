"""Repeated claims merged into one fact: a headline's, a caption's and the lead's statement of one figure.

Statements of the same figure merge when their regions and periods agree or one leaves them unstated, their
qualifiers agree (or one is a headline's bare figure) and, for counts, their measures (or one is a headline's).
The claim keeps its most fully resolved statement.  Used by :func:`pipeline.extract.assembly.assemble`.
"""
from __future__ import annotations

from typing import Optional

from pipeline.extract.inheritance import HELPLINE_FAMILY, Resolved, periods_equal


def _merge_key(item: Resolved) -> tuple:
    d = item.draft
    if d.kind == "count":  # a headline's "hears from 1,200 men" and the body's "1,200 men rang" are one claim
        return ("count", d.value, HELPLINE_FAMILY.get(d.measure, d.measure))
    if d.kind == "percentage":
        return ("percentage", d.value, d.pct_kind, d.direction)
    return ("multiplier", d.value, d.qualifier)


def _headline(item: Resolved) -> bool:
    """A statement in a headline or standfirst: one of the first lines, without a closing full stop."""
    sentence = item.draft.sentence
    return sentence.paragraph <= 3 and not sentence.text.rstrip().endswith((".", "?", '"', "\u201d"))


def _inherited(item: Resolved) -> bool:
    """Whether a statement's places were taken from the sentences before (its own sentence names none)."""
    return bool(getattr(item, "regions_inherited", False))


def _exempt(item: Resolved, headline: bool, inherited: bool) -> bool:
    """Whether ``item`` is one claim with a statement of the given kind whatever their places: a headline's (or
    standfirst's) statement and a body's whose places were only taken from the sentences before ("almost a third more
    calls to Northern Ireland's line" over the lead's "a rise of almost a third", placed by the paragraph before)."""
    return (_inherited(item) and headline) or (_headline(item) and inherited)


def _compatible(a: Resolved, b: Resolved) -> bool:
    """Whether two statements of one figure can be one claim.

    Regions and periods equal or one unstated; qualifiers equal, or one of them
    a headline's bare figure ("taking 40 calls a day" over "around 40 calls").
    """
    same_regions = not a.regions or not b.regions or set(a.regions) == set(b.regions) \
        or _exempt(a, _headline(b), _inherited(b))
    same_period = a.period is None or b.period is None or periods_equal(a.period, b.period)
    qa, qb = a.draft.qualifier, b.draft.qualifier
    same_qualifier = qa == qb or (_headline(a) and qa == "exact") or (_headline(b) and qb == "exact")
    same_measure = a.draft.kind != "count" or a.draft.measure == b.draft.measure or _headline(a) or _headline(b)
    return same_regions and same_period and same_qualifier and same_measure


def _filled(item: Resolved) -> int:
    """How much a statement says; a headline's statement says less than the body's."""
    said = sum(x is not None for x in (item.period, item.base_period, item.count_ref, item.base_count_ref))
    return 2 * (said + bool(item.regions)) + (not _headline(item))


class _Claim:
    """The statements of one claim, and what :func:`_compatible` reads of them gathered up: a statement
    is compatible with every statement of the claim exactly when it is with these sets (each of its
    tests is "equal, or one side leaves it open"), so it is compared with a claim at once instead of
    with each of its statements (a page that states one figure thousands of times was quadratic)."""

    def __init__(self) -> None:
        self.items: list[Resolved] = []
        #: the stated regions, as sets, by (a headline's statement, places taken from the sentences before)
        self.regions: dict[tuple[bool, bool], set[frozenset]] = {}
        self.periods: set[tuple] = set()  # the stated periods' (start, end): ``periods_equal`` compares these
        self.qualifiers: set[Optional[str]] = set()  # but a headline's bare figure's
        self.measures: set[Optional[str]] = set()  # but a headline's

    def admits(self, item: Resolved) -> bool:
        """``all(_compatible(item, other) for other in self.items)``, from the gathered sets."""
        headline = _headline(item)
        mine = frozenset(item.regions or ())
        if item.regions and any(not _exempt(item, *kind) and not found <= {mine}
                                for kind, found in self.regions.items()):
            return False
        if item.period is not None and not self.periods <= {(item.period.start, item.period.end)}:
            return False
        qualifier = item.draft.qualifier
        if not (headline and qualifier == "exact") and not self.qualifiers <= {qualifier}:
            return False
        return item.draft.kind != "count" or headline or self.measures <= {item.draft.measure}

    def add(self, item: Resolved) -> None:
        self.items.append(item)
        if item.regions:
            self.regions.setdefault((_headline(item), _inherited(item)), set()).add(frozenset(item.regions))
        if item.period is not None:
            self.periods.add((item.period.start, item.period.end))
        headline = _headline(item)
        if not (headline and item.draft.qualifier == "exact"):
            self.qualifiers.add(item.draft.qualifier)
        if not headline:
            self.measures.add(item.draft.measure)


def dedupe(items: list[Resolved], kept: dict[int, Resolved]) -> list[Resolved]:
    """One fact per claim (headline, caption and lead): the most fully resolved statement.

    Statements of the same figure merge when their regions and periods agree or
    one leaves them unstated (:func:`_compatible` with every statement of the claim).  The claim
    keeps the place of its first statement; ``kept`` maps every statement (by ``id()``) to the
    one kept, so links follow it.
    """
    claims: list[_Claim] = []
    by_key: dict[tuple, list[_Claim]] = {}
    for item in items:
        bucket = by_key.setdefault(_merge_key(item), [])
        for claim in bucket:
            if claim.admits(item):
                claim.add(item)
                break
        else:
            bucket.append(_Claim())
            bucket[-1].add(item)
            claims.append(bucket[-1])
    out = []
    for claim in claims:
        best = max(claim.items, key=_filled)  # max keeps the first of equals
        if not best.regions:
            placed = next((i for i in claim.items if i.regions), None)
            best.regions = list(placed.regions) if placed is not None else []
            best.regions_inherited = placed is not None and placed.regions_inherited
        best.period = best.period or next((i.period for i in claim.items if i.period), None)
        for item in claim.items:
            kept[id(item)] = best
        out.append(best)
    return out
