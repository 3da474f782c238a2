"""The measure a change or multiplier is of, and the record's counts by measure family.

A claim's measure is what its own words name: the subject of its clause after a turn to a new subject, else of
its sentence (a noun of ``check_words.json``'s ``claim_nouns``), else the extractor's, else the one measure of the
figures it was linked to.  Calls and contacts are one family (ANNOTATION.md decision 4).  The period resolver
(:mod:`pipeline.check.period_pairs`) and the pair finders beside it read a claim's figures by these.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional, Union

from pipeline.check.evidence import Evidence
from pipeline.check.multiplier_pairs import check_words
from pipeline.extract.inheritance import HELPLINE_FAMILY
from pipeline.records import Count, Multiplier, Percentage

Claim = Union[Percentage, Multiplier]

#: How many words open a sentence's subject, where a claim's own measure is named ("The number of calls from Kent").
SUBJECT_WORDS = 5


def measure_family(measure: Optional[str]) -> Optional[str]:
    """The measure a comparison may read a count of: calls and contacts are one (decision 4); ``other`` none."""
    if not measure or measure == "other":
        return None
    return HELPLINE_FAMILY.get(measure, measure)


def two_measures_known(a: Count, b: Count) -> bool:
    """Whether two counts are of two different known measures (800 calls and 3,000 contacts), neither ``other``."""
    return a.measure != b.measure and "other" not in (a.measure, b.measure)


def counts_by_family(ev: Evidence, name: str, keep: Callable[[Count], bool]) -> dict[str, list[Count]]:
    """The record's counts of a known measure that ``keep`` accepts, by measure family, in the record's order;
    built once per record under ``name``."""
    key = ("by_family", name)
    if key not in ev.memo:
        found: dict[str, list[Count]] = {}
        for c in ev.record.counts:
            family = measure_family(c.measure)
            if family and keep(c):
                found.setdefault(family, []).append(c)
        ev.memo[key] = found
    return ev.memo[key]


@lru_cache(maxsize=1)
def _claim_nouns() -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex of ``check_words.json``'s ``claim_nouns`` and the measure of each noun."""
    measure_of = {noun: measure for measure, nouns in check_words()["claim_nouns"].items() for noun in nouns}
    words = sorted(measure_of, key=len, reverse=True)
    alternation = "|".join(r"\s{1,3}".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"\b(?:{alternation})\b", re.I), measure_of


#: A turn to a new subject inside a sentence: the claim after it is about what its own clause names.
_CLAUSE_TURN = re.compile(r",\s{0,3}(?:but|while|whilst|whereas)\b|;", re.I)


def named_measure(claim: Claim, ev: Evidence) -> Optional[str]:
    """The measure the subject of the claim's clause names, after a turn to a new subject (", but", ", while",
    ";") when its first words hold one, else the subject of its sentence: a noun of ``claim_nouns`` among its first
    :data:`SUBJECT_WORDS` words, before the claim ("Calls from Kent ...", "Website visits from Bristol ...", "The
    number of texts ..."); ``None`` when they hold none ("Figures from the helpline and website run by ...")."""
    if not ev.text:
        return None
    pattern, measure_of = _claim_nouns()
    start = claim.sentence[0]
    turn = None
    for turn in _CLAUSE_TURN.finditer(ev.text, start, claim.start):
        pass  # the last turn before the claim: "Calls fell 10%, but the number of people using its webchat doubled"
    if turn is not None:
        head = " ".join(ev.text[turn.end():claim.start].split()[:SUBJECT_WORDS + 3])
        noun = pattern.search(head)
        if noun:
            return measure_of[" ".join(noun.group(0).lower().split())]
    head = " ".join(ev.text[start:min(claim.start, start + 80)].split()[:SUBJECT_WORDS])
    noun = pattern.search(head)
    return measure_of[" ".join(noun.group(0).lower().split())] if noun else None


def claim_measure(claim: Claim, ev: Evidence) -> Optional[str]:
    """The measure the subject of the claim's sentence names ("Calls from Wrexham ... rose by 30 per cent",
    "Website visits ... doubled", "Texts to the line ... more than doubled"), else the extractor's; ``None`` when
    neither knows one ("The combined total was up 38 per cent"): a figure's measure is what its own words say,
    before what a count beside it lent it."""
    named = named_measure(claim, ev)
    if named is not None:
        return named
    if measure_family(claim.measure):
        return claim.measure
    return _linked_measure(claim, ev)


def _linked_measure(claim: Claim, ev: Evidence) -> Optional[str]:
    """The one known measure of the figures the extractor linked to a claim of none ("It took 1,000 in 2023. The
    fall - 15 per cent - surprised the charity.": calls); ``None`` when they give none or two."""
    linked = [ev.get(ref, Count) for ref in (claim.count_ref, claim.base_count_ref)]
    measures = {c.measure for c in linked if c is not None and measure_family(c.measure)}
    return next(iter(measures)) if len(measures) == 1 else None
