"""A change's two counts anywhere in the article, when nothing near it gives them: the article's comparisons.

A lede states the change ("a 25 per cent rise in crimes"); the figures come paragraphs later, written
as a comparison of their own: two counts in one sentence ("50 crimes in 2016/17, up from 40 the year
before"), two dated counts in sentences that follow one another ("400 calls in January 2022. ... 1,200
calls in 2023."), or a pair the extractor linked to another change ("a 30% annual rise" beside its
counts, which "more than a quarter" in the lede restates).  The pair is the one comparison of the
change's periods, or the nearest when it names none, never one searched for because it fits; when
several would do, there is no verdict.  A pair that does not give the change proves nothing (the lede
may compare other figures), so only agreement is a verdict.  A one-sentence pair must be its sentence's
only pair of the measure; every pair must name two periods, the earlier first ("50 to 60 calls a week"
is a range, no comparison).  An open
claim ("more than a quarter") agrees with too many pairs: it is judged only on a pair linked to a change.
"""
from __future__ import annotations

from typing import Callable, Iterator, Optional

from pipeline.check.evidence import (APART, BOUNDED, SAME, SHARED, Evidence, before, is_number, mix,
                                     period_match, plain, region_match)
from pipeline.records import Count, Multiplier, Percentage


def _fits(count: Count, pct: Percentage) -> bool:
    return plain(count) and mix(count.measure, pct.measure)


def _same_rate(a: Count, b: Count) -> bool:
    """One rate, or a rate written once for two figures of one sentence ("242 calls a month, up from 220")."""
    return a.rate == b.rate or (tuple(a.sentence) == tuple(b.sentence) and None in (a.rate, b.rate))


def _ordered(a: Count, b: Count, pct: Percentage) -> Optional[tuple[Count, Count]]:
    """``(earlier, later)`` of two counts for the change: in the change's direction, the periods (when
    named) not against it, of the change's period and base period when it names them."""
    if a.value == b.value or not _same_rate(a, b) or region_match(a.regions, b.regions) == APART \
            or not mix(a.measure, b.measure):
        return None
    small, large = sorted((a, b), key=lambda c: c.value)
    old, new = (small, large) if pct.direction == "increase" else (large, small)
    if before(new, old) or period_match(old.period_start, old.period_end, new.period_start, new.period_end) == SAME:
        return None
    if period_match(pct.period_start, pct.period_end, new.period_start, new.period_end) == APART:
        return None
    if period_match(pct.base_period_start, pct.base_period_end, old.period_start, old.period_end) == APART:
        return None
    return old, new


def _candidates(measure: str, ev: Evidence) -> list[tuple[Count, Count]]:
    """The article's pairs of counts a change of ``measure`` may compare, in text order: a sentence's two
    counts, or the one count of each of two sentences that follow one another.  Built once per measure."""
    key = ("article_pairs", measure)
    if key not in ev.memo:
        fitting = {span: [c for c in counts if plain(c) and mix(c.measure, measure)]
                   for span, counts in ev.counts_by_sentence.items()}
        found = []
        for span, counts in fitting.items():
            if len(counts) == 2:
                found.append((counts[0], counts[1]))
            elif len(counts) == 1:
                after = ev.neighbour(span, 1)
                following = fitting.get(after, []) if after is not None else []
                if len(following) == 1:
                    found.append((counts[0], following[0]))
        ev.memo[key] = found
    return ev.memo[key]


def _comparisons(pct: Percentage, ev: Evidence) -> Iterator[tuple[Count, Count]]:
    """The article's comparisons of counts of the change's measure, in text order."""
    for a, b in _candidates(pct.measure, ev):
        pair = _ordered(a, b, pct)
        if pair and before(*pair):  # "50 to 60 calls a week" is a range, no comparison
            yield pair


def _linked_pairs(pct: Percentage, ev: Evidence) -> Iterator[tuple[Count, Count]]:
    """The pairs the extractor linked to the article's other changes of the same direction."""
    for other in ev.record.percentages:
        if other is pct or other.kind != "change" or other.direction != pct.direction:
            continue
        old, new = ev.get(other.base_count_ref, Count), ev.get(other.count_ref, Count)
        if old is not None and new is not None and _fits(old, pct) and _fits(new, pct):
            pair = _ordered(old, new, pct)
            if pair:
                yield pair


def _period_fit(pct: Percentage, old: Count, new: Count) -> int:
    """How well the pair's periods are the ones the change names (its period the later count's, its base the
    earlier's): the sum of their agreements (SAME or SHARED, over the periods the change names); -1 when one
    of them is not the change's (unknown or apart)."""
    fit = 0
    for named, count in (((pct.period_start, pct.period_end), new),
                         ((pct.base_period_start, pct.base_period_end), old)):
        if any(named):
            agreement = period_match(*named, count.period_start, count.period_end)
            if agreement < SHARED:
                return -1
            fit += agreement
    return fit


def article_pair(pct: Percentage, ev: Evidence,
                 agrees: Callable[[Count, Count], bool]) -> Optional[tuple[Count, Count]]:
    """The one comparison of the article the change is judged on, when it ``agrees``; ``None`` otherwise.

    The comparison is the single one whose periods are best the ones the change names (its period, its
    base: the same periods before overlapping ones); when it names none, the nearest one.  Several
    comparisons that fit the change's periods equally, or several at the nearest distance, are no evidence
    for one: no verdict.  The comparisons are never searched for one that
    fits (among ten yearly counts one pair gives almost any rise)."""
    if pct.kind != "change" or pct.direction not in ("increase", "decrease") or not pct.value:
        return None
    pairs = list(_linked_pairs(pct, ev))
    if pct.qualifier in BOUNDED:
        pairs += list(_comparisons(pct, ev))
    pairs = list({(id(old), id(new)): (old, new) for old, new in pairs}.values())  # a linked pair may be in the text
    if not pairs:
        return None
    if pct.period_start or pct.period_end or pct.base_period_start or pct.base_period_end:
        fits = [_period_fit(pct, *p) for p in pairs]
        best = max(fits)
        chosen = [p for p, fit in zip(pairs, fits) if fit >= 0 and fit == best]
    else:
        distance = [min(abs(old.start - pct.start), abs(new.start - pct.start)) for old, new in pairs]
        nearest = min(distance)
        chosen = [p for p, d in zip(pairs, distance) if d == nearest]
    if len(chosen) != 1 or not agrees(*chosen[0]):
        return None
    return chosen[0]


def multiplier_article_pair(mult: Multiplier, ev: Evidence,
                            agrees: Callable[[Count, Count], bool]) -> Optional[tuple[Count, Count]]:
    """The one comparison of the article (see :func:`article_pair`) for a "doubled" over time ("Calls to the
    line double" in a headline, the two dated counts paragraphs on), when it ``agrees``; ``None`` otherwise.  An open
    "more than doubled" is judged only on a pair linked to a change."""
    if not is_number(mult.factor) or mult.factor <= 0 or mult.factor == 1:
        return None
    claim = Percentage(id=mult.id, text=mult.text, start=mult.start, end=mult.end, sentence=mult.sentence,
                       qualifier=mult.qualifier, regions=mult.regions, period_start=mult.period_start,
                       period_end=mult.period_end, value=abs(mult.factor - 1) * 100, kind="change",
                       direction="increase" if mult.factor > 1 else "decrease", measure=mult.measure,
                       base_period_start=mult.base_period_start, base_period_end=mult.base_period_end)
    return article_pair(claim, ev, agrees)
