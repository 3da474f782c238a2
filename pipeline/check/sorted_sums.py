"""A list sorted by place under the total before it: "By nation, 5,200 were in England, 640 in Scotland, ...".

Words that open a sentence with the kind of place its figures are sorted by ("By nation,", "By region,", "Broken
down by council area:"; ``sorted_by_openers`` and ``sorted_by_kinds`` of ``data/check_words.json``) say that its
counts are the parts of a total stated before it, one per place, whatever measure the extractor gave them alone
("5,200 were in England" counts what the total counts).  The parts are every count of that sentence, two or more,
each of one place, no two the same place or one inside another.  The total is the nearest plain count before the
sentence (at most :data:`WHOLE_SENTENCES` fact sentences back) of one place that holds every part's place, larger
than each part, of a measure they may mix (or whose parts' measure is only lent by a count between them: "Of
those, 1,900 phoned and 6,100 used the website. By nation, 6,500 were in England, ...") and of no period apart
from theirs.

Agreement is a verdict.  A miss is one only when the parts' places are every place of their kind inside the
total's (:func:`pipeline.check.evidence.exhausts`: the four nations of the United Kingdom) and the sum misses by at
most :data:`~pipeline.check.tolerances.MISPRINT_SHARE` of the total (a misprint; farther off, the list is likely another total's); else no
check: a list sorted by place may leave places out.  Linear: one match per fact sentence, a bounded look back.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Optional

from pipeline.check import evidence
from pipeline.check.check_builders import _check
from pipeline.check.evidence import APART, Evidence, mix, period_match, place, plain
from pipeline.check.multiplier_pairs import word_alternation
from pipeline.check.tolerances import Tolerances, within_misprint
from pipeline.check.total_verdicts import check_sum
from pipeline.records import Check, Count, adds_parts

#: How many fact sentences before the sorted list may hold its total.
WHOLE_SENTENCES = 3
#: How many characters of a sentence's start the opener may take.
OPENER = 60


@lru_cache(maxsize=1)
def _opener() -> re.Pattern[str]:
    # bounded: one optional alternation, "by", one alternation of kinds, an optional plural s, then a comma or colon
    return re.compile(rf"\W{{0,3}}(?:(?:{word_alternation('sorted_by_openers')})\s{{1,3}})?by\s{{1,3}}"
                      rf"(?:{word_alternation('sorted_by_kinds')})s?\s{{0,3}}[,:]", re.I)


def _parts(span: tuple[int, int], ev: Evidence) -> Optional[list[Count]]:
    """The counts of a sentence opened by a kind of place ("By nation,"), when each is one place of its own."""
    if not ev.text or not _opener().match(ev.text[span[0]:span[0] + OPENER]):
        return None
    counts = ev.counts_in(span)
    if not 2 <= len(counts) <= evidence.MAX_LISTED or not all(plain(c) and len(c.regions) == 1 for c in counts):
        return None
    places = [c.regions[0] for c in counts]
    if any(a != b and evidence.covers(a, b) for a in places for b in places) or len(set(places)) != len(places):
        return None
    return counts


def _total(span: tuple[int, int], parts: list[Count], ev: Evidence) -> Optional[Count]:
    """The nearest count before the list that may be its total (none when no fact sentence near holds one)."""
    spans = ev.fact_sentences
    i = bisect.bisect_left(spans, span)
    biggest = max(p.value for p in parts)
    passed: set[str] = set()  # the measures of the counts between the list and the total (a part's may be lent)
    for j in range(i - 1, max(i - 1 - WHOLE_SENTENCES, -1), -1):
        for c in reversed(ev.counts_in(spans[j])):
            if plain(c) and len(c.regions) == 1 and c.value > biggest and c.rate == parts[0].rate \
                    and all((mix(c.measure, p.measure) or p.measure in passed) and p.rate == c.rate
                            and p.regions[0] != c.regions[0] and evidence.covers(c.regions[0], p.regions[0])
                            and period_match(c.period_start, c.period_end, p.period_start, p.period_end) != APART
                            for p in parts):
                return c
            passed.add(c.measure)
    return None


def sorted_sum_check(span: tuple[int, int], ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """The sum check of a list sorted by place against its total: agreement; a near miss of every place."""
    parts = _parts(span, ev)
    total = _total(span, parts, ev) if parts else None
    if total is None:
        return None
    v = check_sum(Decimal(repr(total.value)), total.qualifier,
                  [(Decimal(repr(p.value)), p.qualifier) for p in parts], tolerances=tol)
    if v.verdict == "inconsistent":
        if not within_misprint(sum(Fraction(repr(p.value)) for p in parts), total.value) \
                or not evidence.exhausts(total.regions[0], [p.regions[0] for p in parts]):
            return None
        v = dataclasses.replace(v, explanation=v.explanation + "; the list names every place of its kind within the total")
    elif v.verdict != "consistent":
        return None
    check = _check("sum", total, parts, float(total.value), v, prefix=place(total))
    check.explanation += "; the parts are the list its words sort by place under the total"
    return check


def with_sorted_sums(made: list[Check], ev: Evidence, tol: Tolerances) -> list[Check]:
    """``made`` with the sum check of each list sorted by place, unless a sum check of its total and parts is there;
    it replaces that total's undecided sum checks on some of its parts."""
    for span in ev.fact_sentences:
        check = sorted_sum_check(span, ev, tol)
        if check is None:
            continue
        inputs = set(check.inputs)
        if any(adds_parts(c) and c.claim_ref == check.claim_ref and set(c.inputs) == inputs for c in made):
            continue
        made = [c for c in made if not (adds_parts(c) and c.claim_ref == check.claim_ref
                                        and c.verdict == "unverifiable" and set(c.inputs) <= inputs)] + [check]
    return made
