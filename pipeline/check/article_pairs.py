"""A change's two counts anywhere in the article, when nothing near it gives them: the article's comparisons.

A lede states the change ("a 32 per cent rise in crimes"); the figures come paragraphs later, written
as a comparison of their own: two counts in one sentence ("41 crimes in 2016/17, up from 31 the year
before"), two dated counts in sentences that follow one another ("456 calls in January 2022. ... 1,492
calls in 2023."), or a pair the extractor linked to another change ("a 27% annual rise" beside its
counts, which "more than a quarter" in the lede restates).  Those comparisons are few in an article, so
one that gives the stated change is taken as its pair; one that does not proves nothing (the lede may
compare other figures), so only agreement is a verdict.  A one-sentence pair must be its sentence's
only pair of the measure; every pair must name two periods, the earlier first ("50 to 60 calls a week"
is a range, no comparison).  An open
claim ("more than a quarter") agrees with too many pairs: it is judged only on a pair linked to a change.
"""
from __future__ import annotations

from typing import Callable, Iterator, Optional

from pipeline.check.evidence import ADJACENT, APART, SAME, Evidence, before, is_number, period_match, region_match
from pipeline.extract.inheritance import akin
from pipeline.records import Count, Multiplier, Percentage

#: The qualifiers of a change that bound it on both sides, so that a pair found far from it that agrees is evidence.
BOUNDED = ("exact", "about", "nearly")


def _fits(count: Count, pct: Percentage) -> bool:
    return not count.difference and count.qualifier != "vague" and is_number(count.value) and count.value > 0 \
        and ("other" in (count.measure, pct.measure) or akin(count.measure, pct.measure))


def _same_rate(a: Count, b: Count) -> bool:
    """One rate, or a rate written once for two figures of one sentence ("242 calls a month, up from 220")."""
    return a.rate == b.rate or (tuple(a.sentence) == tuple(b.sentence) and None in (a.rate, b.rate))


def _ordered(a: Count, b: Count, pct: Percentage) -> Optional[tuple[Count, Count]]:
    """``(earlier, later)`` of two counts for the change: in the change's direction, the periods (when
    named) not against it, of the change's period and base period when it names them."""
    if a.value == b.value or not _same_rate(a, b) or region_match(a.regions, b.regions) == APART \
            or not ("other" in (a.measure, b.measure) or akin(a.measure, b.measure)):
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


def _comparisons(pct: Percentage, ev: Evidence) -> Iterator[tuple[Count, Count]]:
    """The article's comparisons of counts of the change's measure, in text order."""
    spans = ev.fact_sentences
    by_span = {span: [c for c in ev.record.counts if tuple(c.sentence) == span and _fits(c, pct)] for span in spans}
    for i, span in enumerate(spans):
        counts = by_span[span]
        if len(counts) == 2:
            pair = _ordered(counts[0], counts[1], pct)
            if pair and before(*pair):  # "50 to 60 calls a week" is a range, no comparison
                yield pair
        elif len(counts) == 1 and i + 1 < len(spans) and 0 <= spans[i + 1][0] - span[1] <= ADJACENT \
                and len(by_span[spans[i + 1]]) == 1:
            a, b = counts[0], by_span[spans[i + 1]][0]
            pair = _ordered(a, b, pct)
            if pair and before(*pair):
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


def article_pair(pct: Percentage, ev: Evidence,
                 agrees: Callable[[Count, Count], bool]) -> Optional[tuple[Count, Count]]:
    """The nearest of the article's comparisons that ``agrees`` with the change; ``None`` when none does."""
    if pct.kind != "change" or pct.direction not in ("increase", "decrease") or not pct.value:
        return None
    pairs = list(_linked_pairs(pct, ev))
    if pct.qualifier in BOUNDED:
        pairs += list(_comparisons(pct, ev))
    pairs.sort(key=lambda p: min(abs(p[0].start - pct.start), abs(p[1].start - pct.start)))
    for old, new in pairs:
        if agrees(old, new):
            return old, new
    return None


def multiplier_article_pair(mult: Multiplier, ev: Evidence,
                            agrees: Callable[[Count, Count], bool]) -> Optional[tuple[Count, Count]]:
    """The nearest of the article's comparisons that ``agrees`` with a "doubled" over time ("Calls to the
    line double" in a headline, the two dated counts paragraphs on); ``None`` when none does.  An open
    "more than doubled" is judged only on a pair linked to a change."""
    if not is_number(mult.factor) or mult.factor <= 0 or mult.factor == 1:
        return None
    claim = Percentage(id=mult.id, text=mult.text, start=mult.start, end=mult.end, sentence=mult.sentence,
                       qualifier=mult.qualifier, regions=mult.regions, period_start=mult.period_start,
                       period_end=mult.period_end, value=abs(mult.factor - 1) * 100, kind="change",
                       direction="increase" if mult.factor > 1 else "decrease", measure=mult.measure,
                       base_period_start=mult.base_period_start, base_period_end=mult.base_period_end)
    return article_pair(claim, ev, agrees)
