"""The two counts a "four-fold" or a "four times the number" compares, when nothing linked them: a sentence's pair.

Papers put a multiplier beside the two figures it compares: in its own sentence ("2,200 calls a
month are missed, four times the 500 answered"), in the sentence before it ("In 2009 the line took
1,259 calls, up from 267 in 2005. This shows a four-fold increase.") or, from a headline, in the
sentence after it.  Whatever the multiplier's measure words, the pair is the one sentence of those
that holds exactly two counts of one measure (or of measures one comparison may mix): its only pair.
The multiplier's own sentence is read first; if it holds counts that are no such pair, no pair is
taken from elsewhere.  A "doubled" is the larger over the smaller; a "halved" the smaller over the
larger.  The pair is the claim's by its place in the text, so the verdict is the arithmetic's, both
ways; a pair that is not the only one of its sentence is never taken.
"""
from __future__ import annotations

import bisect
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

from pipeline.check.evidence import ADJACENT, APART, SAME, Evidence, is_number, period_match, region_match
from pipeline.extract.inheritance import akin
from pipeline.records import Count, Multiplier


WORDS = Path(__file__).resolve().parent.parent / "data" / "check_words.json"
WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _likelihood_words() -> frozenset[str]:
    return frozenset(json.loads(WORDS.read_text(encoding="utf-8"))["likelihood_words"])


def of_likelihood(word: str) -> bool:
    """The multiplier compares chances or rates ("three times more likely"): no pair of counts recomputes it."""
    return any(w in _likelihood_words() for w in WORD.findall(word.lower()))


def _measures_mix(a: str, b: str) -> bool:
    return "other" in (a, b) or akin(a, b)


def _candidates(span: tuple[int, int], ev: Evidence) -> list[Count]:
    """The plain counts of a sentence (no differences, no vague figures), in text order."""
    return sorted((c for c in ev.record.counts if tuple(c.sentence) == span and not c.difference
                   and c.qualifier != "vague" and is_number(c.value) and c.value > 0), key=lambda c: c.start)


def _only_pair(counts: list[Count], mult: Multiplier) -> Optional[tuple[Count, Count]]:
    """The sentence's two counts, when it holds exactly two, of one thing and the multiplier's, two values."""
    if len(counts) != 2:
        return None
    a, b = counts
    if a.value == b.value or a.rate != b.rate or not _measures_mix(a.measure, b.measure) \
            or not (_measures_mix(mult.measure, a.measure) and _measures_mix(mult.measure, b.measure)) \
            or region_match(a.regions, b.regions) == APART:
        return None
    small, large = sorted((a, b), key=lambda c: c.value)
    return (small, large) if mult.factor >= 1 else (large, small)


def _neighbours(mult: Multiplier, ev: Evidence) -> list[tuple[int, int]]:
    """The sentence right before the multiplier's, then the one right after, among the sentences with a fact."""
    spans = ev.fact_sentences
    own = tuple(mult.sentence)
    i = bisect.bisect_left(spans, own)
    if i == len(spans) or spans[i] != own:
        return []
    found = []
    if i > 0 and 0 <= own[0] - spans[i - 1][1] <= ADJACENT:
        found.append(spans[i - 1])
    if i + 1 < len(spans) and 0 <= spans[i + 1][0] - own[1] <= ADJACENT:
        found.append(spans[i + 1])
    return found


def sentence_pair(mult: Multiplier, ev: Evidence, *, groups: bool = False) -> Optional[tuple[Count, Count]]:
    """``(earlier or smaller, later or larger)``: the only pair of counts in the multiplier's sentence, else
    in the one sentence beside it that holds one; ``None`` when there is none or two sentences beside it do.
    ``groups``: the multiplier compares two groups ("four times the number"), whose counts may be of one
    period; a change over time ("doubled") is never judged on two counts of one period."""
    if not is_number(mult.factor) or mult.factor <= 0 or mult.factor == 1 or of_likelihood(mult.word or mult.text):
        return None
    own = _candidates(tuple(mult.sentence), ev)
    if own:
        pairs = [_only_pair(own, mult)]
    else:
        pairs = [p for p in (_only_pair(_candidates(span, ev), mult) for span in _neighbours(mult, ev)) if p]
    pairs = [p for p in pairs if p and (groups or period_match(p[0].period_start, p[0].period_end,
                                                               p[1].period_start, p[1].period_end) != SAME)]
    return pairs[0] if len(pairs) == 1 else None
