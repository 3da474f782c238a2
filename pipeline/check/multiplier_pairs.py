"""The two counts a "four-fold" or a "four times the number" compares, when nothing linked them: a sentence's pair.

Papers put a multiplier beside the two figures it compares: in its own sentence ("1,600 calls a
month are missed, four times the 400 answered"), in the sentence before it ("In 2019 the line took
1,000 calls, up from 250 in 2015. This shows a four-fold increase.") or, from a headline, in the
sentence after it.  Whatever the multiplier's measure words, the pair is the one sentence of those
that holds exactly two counts of one measure (or of measures one comparison may mix): its only pair.
The multiplier's own sentence is read first; if it holds counts that are no such pair, no pair is
taken from elsewhere.  A "doubled" is the larger over the smaller; a "halved" the smaller over the
larger.  A pair that is not the only one of its sentence is never taken.  The pair is the claim's by
its place in the text, so agreement is a verdict; a disagreement is one only when the pair is surely
the multiplier's (:func:`tied`: both counts of one known measure, its own, and over time both dated), since
two counts of no known measure beside a "doubled" may count anything.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from decimal import Decimal
from typing import Any, Optional

from pipeline.check.check_builders import _check
from pipeline.check.evidence import APART, SAME, Evidence, is_number, mix, period_match, place, plain, region_match
from pipeline.check.factor_verdicts import check_multiplier
from pipeline.check.tolerances import Tolerances
from pipeline.extract.inheritance import akin
from pipeline.records import Check, Count, Multiplier
from pipeline.settings import DATA_DIR

_WORDS_FILE = DATA_DIR / "check_words.json"
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def check_words() -> dict[str, Any]:
    """The word lists of ``data/check_words.json``."""
    return json.loads(_WORDS_FILE.read_text(encoding="utf-8"))


def word_alternation(key: str) -> str:
    """A word list of ``check_words.json`` as one regex alternation, longest first, each space as bounded
    white space (so a pattern built of it stays linear)."""
    words = sorted(check_words()[key], key=len, reverse=True)
    return "|".join(r"\s{1,3}".join(map(re.escape, w.split())) for w in words)


@lru_cache(maxsize=1)
def _likelihood_words() -> frozenset[str]:
    return frozenset(check_words()["likelihood_words"])


def of_likelihood(word: str) -> bool:
    """The multiplier compares chances or rates ("three times more likely"): no pair of counts recomputes it."""
    return any(w in _likelihood_words() for w in _WORD.findall(word.lower()))


def _candidates(span: tuple[int, int], ev: Evidence) -> list[Count]:
    """The plain counts of a sentence (no differences, no vague figures), in text order."""
    return [c for c in ev.counts_in(span) if plain(c)]


def _only_pair(counts: list[Count], mult: Multiplier) -> Optional[tuple[Count, Count]]:
    """The sentence's two counts, when it holds exactly two, of one thing and the multiplier's, two values."""
    if len(counts) != 2:
        return None
    a, b = counts
    if a.value == b.value or a.rate != b.rate or not mix(a.measure, b.measure) \
            or not (mix(mult.measure, a.measure) and mix(mult.measure, b.measure)) \
            or region_match(a.regions, b.regions) == APART:
        return None
    small, large = sorted((a, b), key=lambda c: c.value)
    return (small, large) if mult.factor >= 1 else (large, small)


def _neighbours(mult: Multiplier, ev: Evidence) -> list[tuple[int, int]]:
    """The sentence right before the multiplier's, then the one right after, among the sentences with a fact."""
    return [s for s in (ev.neighbour(mult.sentence, -1), ev.neighbour(mult.sentence, 1)) if s is not None]


def _across_two(count: Count, mult: Multiplier, ev: Evidence) -> Optional[tuple[Count, Count]]:
    """"N times as many" with one count in its sentence and one in the sentence right before, of one measure
    and one period ("answered 8,206 calls ... Over the same period 31,540 calls went unanswered, nearly four
    times as many"): the two groups it compares, when that sentence holds no other count."""
    before = ev.neighbour(mult.sentence, -1)
    other = _candidates(before, ev) if before is not None else []
    if len(other) != 1 or period_match(other[0].period_start, other[0].period_end,
                                       count.period_start, count.period_end) != SAME:
        return None
    return _only_pair([other[0], count], mult)


def tied(mult: Multiplier, old: Count, new: Count, *, groups: bool = False) -> bool:
    """Whether a pair found for a multiplier is surely the one it compares, so that a disagreement is a
    verdict: both counts of one known measure, the multiplier's own unless it names none ("This shows a
    four-fold increase" after the sentence with both figures), and, for a change over time, both dated.
    Counts of no known measure ("40 counsellors and 300 volunteers") may be anything: agreement only."""
    if old.measure in (None, "other") or old.measure != new.measure \
            or not (mult.measure in (None, "other", old.measure) or (groups and akin(mult.measure, old.measure))):
        return False
    return groups or all(c.period_start or c.period_end for c in (old, new))


def sentence_pair(mult: Multiplier, ev: Evidence, *, groups: bool = False,
                  own_only: bool = False) -> Optional[tuple[Count, Count]]:
    """``(earlier or smaller, later or larger)``: the only pair of counts in the multiplier's sentence, else
    in the one sentence beside it that holds one; ``None`` when there is none or two sentences beside it do.
    ``groups``: the multiplier compares two groups ("four times the number"), whose counts may be of one
    period; a change over time ("doubled") is never judged on two counts of one period."""
    if not is_number(mult.factor) or mult.factor <= 0 or mult.factor == 1 or of_likelihood(mult.word or mult.text):
        return None
    own = _candidates(tuple(mult.sentence), ev)
    if own_only and len(own) != 2:
        return None
    if groups and len(own) == 1:
        pairs = [_across_two(own[0], mult, ev)]
    elif own:
        pairs = [_only_pair(own, mult)]
    else:
        pairs = [p for p in (_only_pair(_candidates(span, ev), mult) for span in _neighbours(mult, ev)) if p]
    pairs = [p for p in pairs if p and (groups or period_match(p[0].period_start, p[0].period_end,
                                                               p[1].period_start, p[1].period_end) != SAME)]
    return pairs[0] if len(pairs) == 1 else None


def sentence_pair_check(mult: Multiplier, ev: Evidence, tol: Tolerances, factor: Decimal,
                         word: str, *, groups: bool = False, own_only: bool = False) -> Optional[Check]:
    """A multiplier nothing linked, judged on its sentence's only pair of counts, or the only pair of the
    sentence beside it (:func:`sentence_pair`); ``None`` when there is none, or when the
    pair disagrees and is not surely the multiplier's (:func:`tied`)."""
    pair = sentence_pair(mult, ev, groups=groups, own_only=own_only)
    if pair is None:
        return None
    old, new = pair
    v = check_multiplier(factor, mult.qualifier, Decimal(repr(old.value)), Decimal(repr(new.value)),
                         tolerances=tol, word=word, inputs=(old.qualifier, new.qualifier))
    if v.verdict != "consistent" and not tied(mult, old, new, groups=groups):
        return None
    return _check("multiplier", mult, [old, new], float(mult.factor), v,
                  prefix=f"the one pair of counts in its sentence or the one beside it, {place(old)} and {place(new)}")
