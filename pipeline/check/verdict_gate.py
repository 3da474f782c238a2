"""The one gate every "inconsistent" passes: a mismatch is a verdict only when the figures are surely the claim's.

Issue 10 asks for no "inconsistent" where the paper is right.  A mismatch is the paper's misstatement only when the
figures it was judged on are certain to be the claim's own; when they may be another thing's, the mismatch says
more about our pairing than about the paper, and the check is ``unverifiable`` with the doubt in its explanation.
Every kind of check obeys the same three doubts, whichever rule found its figures (:func:`gated` runs once over all
of a record's checks, after every finder):

- **A total below one of its parts** counts something else ("four of Wales's largest towns" over 340 calls from
  Cardiff): no sum of positive parts is smaller than one of them, so the figure is no total of theirs.
- **A total that restates a figure stated before** (the same value, measure and period, of other places: "811 of
  the 1,904 contacts" after "1,904 people from the West Midlands") is that figure, whose place is its own, not the
  places of the parts its sentence lists: the parts may not be all of it.
- **A pair of another place than the claim's**: a change or a multiplier whose figures name a place the claim does
  not (a region's pair under a national "nearly doubled"; a town's under a county's claim), when the article states a
  figure of the claim's own place of the same measure and of one of the pair's periods, or, for a claim of no place
  (the whole the article is about), a figure of no place that may hold the pair's (as large or larger: 2,115
  unanswered calls are no whole of 5,830 contacts): the claim's own figures are there, so the pair is likely another
  comparison.
- **A part that is the rest of a place** ("The rest of Devon accounted for 1,870 of them and Cornwall for 875" under
  3,015 across Devon and Cornwall, after Plymouth's 270): its words say another figure of that place stands apart, so
  parts that fall short of the total without a part inside that place do not exhaust it (nineteenth round).
- **A claim whose words name another thing than its figures count**: a change or a multiplier whose subject names
  what it counts by a word that is no noun of ours ("The number of warning messages shown ... has trebled", "The
  number of printed guides handed out rose by 40 per cent"), judged on counts of a helpline measure from other
  sentences than its own, is judged on figures of something else.
- **A pair without the base the claim's phrase names** ("a fourfold rise on the 745 recorded in 2021" judged on
  another earlier figure): the words name the base, so another pair is not the claim's; a base so named that took its
  place only from the sentences before is of the claim's place (:mod:`pipeline.check.phrase_bases`, twenty-fifth
  round). A pair of two measure families (website users to calls) is no change of one figure.
- **A national claim over a place's pair**: a claim of no place whose sentence calls it national ("Calls to a
  national helpline have doubled") judged on two counts that each name a place.

The doubts read only the facts of one record, indexed once, so the gate is linear in the record's checks.
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Optional

from pipeline.check.evidence import Evidence, is_number
from pipeline.check.multiplier_pairs import check_words
from pipeline.check.claim_measures import SUBJECT_WORDS, counts_by_family, measure_family
from pipeline.check.period_pairs import resolved_check
from pipeline.check.phrase_bases import excludes_its_base, placed_by_the_claim, two_measures, two_things
from pipeline.check.tolerances import Tolerances
from pipeline.records import Check, Count, Multiplier, Percentage, adds_parts

__all__ = ["gated", "doubt", "out_of_scope", "own_place_check"]


def _counts(check: Check, ev: Evidence) -> list[Count]:
    return [c for c in (ev.get(i, Count) for i in check.inputs) if c is not None and is_number(c.value)]


def _by_value(ev: Evidence) -> dict[float, list[Count]]:
    """The record's counts by value (built once per record)."""
    key = ("verdict_gate", "by_value")
    if key not in ev.memo:
        found: dict[float, list[Count]] = {}
        for c in ev.record.counts:
            if is_number(c.value) and not c.difference:
                found.setdefault(c.value, []).append(c)
        ev.memo[key] = found
    return ev.memo[key]


def _by_family(ev: Evidence) -> dict[str, list[Count]]:
    """The record's plain counts of a known measure, no rate, by measure family (built once per record)."""
    return counts_by_family(ev, "verdict_gate", _gate_count)


def _gate_count(c: Count) -> bool:
    return is_number(c.value) and not c.difference and not c.rate and c.qualifier != "vague"


def _below_a_part(check: Check, total: Count, ev: Evidence) -> Optional[str]:
    parts = _counts(check, ev)
    largest = max((c.value for c in parts), default=None)
    if largest is not None and total.value < largest:
        return f"the total ({total.text}) is smaller than one of its parts, so it counts something else"
    return None


def _restated(check: Check, total: Count, ev: Evidence) -> Optional[str]:
    family = measure_family(total.measure)
    for other in _by_value(ev).get(total.value, []):
        if other is total or other.start >= total.start or other.id in check.inputs:
            continue
        if measure_family(other.measure) != family or (other.period_start, other.period_end) \
                != (total.period_start, total.period_end):
            continue
        if sorted(other.regions) != sorted(total.regions):
            where = " and ".join(other.regions) or "no place"
            return (f"{total.text} restates the figure stated before for {where}, whose place is its own; "
                    "the parts may not be all of it")
    return None


#: Words that make a part the rest of a place: "the rest of Devon", "the remainder of Kent", "elsewhere in Wales".
_REST_OF = re.compile(r"\b(?:(?:rest|remainder)\s{1,3}of|elsewhere\s{1,3}in)\s{1,3}(?:the\s{1,3})?", re.I)


def _rest_of_a_place(check: Check, total: Count, ev: Evidence) -> Optional[str]:
    """Why parts falling short of ``total`` do not exhaust it: a part's sentence calls one of them "the rest of" its
    place (the place's name right after the words) and no other part lies inside that place, so the place's other
    figure is not among the parts.  Reads each part's sentence once."""
    if not ev.text or check.computed is None or check.stated is None or check.computed >= check.stated:
        return None
    parts = _counts(check, ev)
    by_place = {c.regions[0].lower(): c for c in parts if len(c.regions) == 1}
    for span in {tuple(c.sentence) for c in parts}:
        for m in _REST_OF.finditer(ev.text, span[0], span[1]):
            after = ev.text[m.end():min(m.end() + 40, span[1])].lower()
            region = next((r for r in by_place if after.startswith(r)), None)
            if region is None:
                continue
            part = by_place[region]
            name = part.regions[0]
            if not any(o is not part and o.regions and all(ev._covers_memo(name, r) for r in o.regions)
                       for o in parts):
                return (f"{part.text} is the rest of {name}, whose other figure is not among the parts, so they "
                        "are not all of the total")
    return None


@lru_cache(maxsize=1)
def _measure_nouns() -> re.Pattern[str]:
    """One regex of every noun of ``check_words.json``'s ``claim_nouns`` (the nouns that name a measure of ours)."""
    words = sorted({n for nouns in check_words()["claim_nouns"].values() for n in nouns}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s{1,3}".join(map(re.escape, w.split())) for w in words) + r")\b", re.I)


#: Words by which a claim's subject names what it counts ("The number of warning messages shown ... has trebled").
_NUMBER_OF = re.compile(r"\b(?:number|numbers|amount|volume)\s{1,3}of\b", re.I)


def _other_thing(check: Check, claim: Percentage | Multiplier, ev: Evidence) -> Optional[str]:
    """Why a change's pair may count another thing: the claim's subject names what it counts ("The number of ...")
    with a first word that is no noun of ``claim_nouns`` nor one of the counts' own words, and either the extractor
    read the claim as of no measure of ours (``other``: "The number of warning messages shown ... has trebled") or
    no noun of ours follows among its first words ("The number of printed self-help guides handed out rose by 40 per
    cent"), while the pair, of a helpline measure, stands outside the claim's sentence.  "The number of people in
    Fife asking for help" and "The number of Norfolk callers" name our measure; a claim that names nothing ("The
    charity says that's a rise of 60%") is not doubted so."""
    if not ev.text:
        return None
    named = _NUMBER_OF.search(ev.text, claim.sentence[0], claim.start)
    if named is None:
        return None
    words = ev.text[named.end():claim.start].split()[:SUBJECT_WORDS + 1]
    first = next((w.strip(",.;:'\"").lower() for w in words if w.lower() not in ("the", "its", "their")), "")
    if not first or _measure_nouns().fullmatch(first):
        return None
    if getattr(claim, "measure", None) != "other" and _measure_nouns().search(" ".join(words)):
        return None  # "The number of Norfolk callers ...": a noun of ours heads it after a place
    pair = _counts(check, ev)
    if len(pair) != 2 or any(measure_family(c.measure) is None for c in pair):
        return None
    if any(tuple(c.sentence) == tuple(claim.sentence) or first in c.text.lower().split() for c in pair):
        return None
    return (f"the claim's words name what it counts ({' '.join(words).rstrip(',')}), not the counts' measure, so "
            "they may count another thing")


_NATIONAL = re.compile(r"\bnational(?:ly)?\b|\bUK-wide\b|\bacross\s{1,3}the\s{1,3}(?:UK|country)\b", re.I)


def _national_claim(check: Check, claim: Percentage | Multiplier, ev: Evidence) -> Optional[str]:
    """Why a pair of a named place may not be a claim's that names no place but calls itself national ("Calls to a
    national helpline have doubled" over Kent's 200 and 300): the claim's words give it the whole country's scope
    (ANNOTATION.md decision 12: a national line implies the national scope), the counts are of places within it."""
    if claim.regions or not ev.text or not _NATIONAL.search(ev.text, claim.sentence[0], claim.sentence[1]):
        return None
    pair = _counts(check, ev)
    if len(pair) != 2 or not all(c.regions for c in pair):
        return None
    where = " and ".join(sorted({r for c in pair for r in c.regions}))
    return f"the claim's words make it national, the counts are of {where}"


def _periods(c: Count) -> tuple[Optional[str], Optional[str]]:
    return c.period_start, c.period_end


def _other_place(check: Check, claim: Percentage | Multiplier, ev: Evidence) -> Optional[str]:
    pair = _counts(check, ev)
    if len(pair) != 2:
        return None
    own = set(claim.regions or [])
    foreign = sorted({r for c in pair if not placed_by_the_claim(c, claim, ev) for r in c.regions} - own)
    if not foreign:
        return None
    family = measure_family(pair[0].measure) or measure_family(pair[1].measure)
    periods = {_periods(c) for c in pair if c.period_start}
    ids = {c.id for c in pair}
    of_period = {_periods(c): c.value for c in pair}
    for c in _by_family(ev).get(family, []) if family else []:
        if c.id in ids or _periods(c) not in periods:
            continue
        if (own and set(c.regions) == own) or (not own and not c.regions and c.value >= of_period[_periods(c)]):
            where = " and ".join(sorted(own)) or "no place"
            return (f"the counts are of {' and '.join(foreign)}, the claim of {where}, whose own figure "
                    f"({c.text}) the article states")
    return None


def doubt(check: Check, ev: Evidence) -> Optional[str]:
    """Why the figures of an "inconsistent" ``check`` may not be the claim's own; ``None`` when they surely are."""
    if adds_parts(check):
        total = ev.get(check.claim_ref, Count)
        if total is None or not is_number(total.value):
            return None
        return _below_a_part(check, total, ev) or _restated(check, total, ev) or _rest_of_a_place(check, total, ev)
    if check.kind in ("percentage", "multiplier"):
        claim = ev.get(check.claim_ref, Multiplier) or ev.get(check.claim_ref, Percentage)
        if claim is None:
            return None
        return _other_place(check, claim, ev) or _other_thing(check, claim, ev) or _national_claim(check, claim, ev) \
            or excludes_its_base(check, claim, _counts(check, ev), ev) or two_things(_counts(check, ev)) \
            or (two_measures(_counts(check, ev), ev) if check.kind == "multiplier" else None)
    return None


def own_place_check(check: Check, claim: Percentage | Multiplier, ev: Evidence, tol: Tolerances) -> Check:
    """``check`` judged again on the claim's own pair when its figures are of another place than the claim's and the
    article states the claim's own (:func:`doubt`): the one pair of the claim's measure, place and periods
    (:func:`~pipeline.check.period_pairs.resolved_check`), when there is one; else ``check`` (an "inconsistent" on it is
    then softened by :func:`gated`).  "Calls from Wales more than doubled ... 2,140 calls from Wales in 2025, up from
    1,090 ... 318 from Swansea, up from 110": the claim is Wales's, 1.96 times, not Swansea's 2.9."""
    if check.kind not in ("percentage", "multiplier") or _other_place(check, claim, ev) is None:
        return check
    again = resolved_check(dataclasses.replace(check, verdict="unverifiable"), claim, ev, tol)
    if again.verdict == "unverifiable" or set(again.inputs) == set(check.inputs):
        return check
    shown = " and ".join(c.text for c in _counts(check, ev))
    return dataclasses.replace(again, explanation=f"{again.explanation} (not on {shown}, figures of another place "
                                                  "than the claim's)")


def gated(made: list[Check], ev: Evidence) -> list[Check]:
    """``made`` with every "inconsistent" whose figures are in :func:`doubt` made ``unverifiable``, the doubt in its
    explanation."""
    out = []
    for check in made:
        why = doubt(check, ev) if check.verdict == "inconsistent" else None
        out.append(check if why is None else dataclasses.replace(
            check, verdict="unverifiable", explanation=f"{check.explanation}; {why}, so no verdict"))
    return out


#: Why a check of an article judged not relevant is no verdict of error.
OUT_OF_SCOPE = ("the article is judged to report a line for victims or for reporting abuse, not a prevention "
                "helpline (ANNOTATION.md decision 1: nothing to extract), and its figures are read with words made for "
                "prevention lines, so no verdict of error")


def out_of_scope(made: list[Check]) -> list[Check]:
    """``made`` with every "inconsistent" made ``unverifiable``: the checks of an article judged to be about a line
    outside the scope of prevention (:func:`pipeline.read.relevance.outside_scope`: a victims' or reporting line, no
    prevention line named).  Our measures, places and periods are read for reports of a prevention helpline's use; a
    victims' line's year-on-year "nearly a fifth" is read with the same words but is out of their scope, so a mismatch
    there says no more than that.  Agreement stays (it claims no error)."""
    return [check if check.verdict != "inconsistent" else dataclasses.replace(
        check, verdict="unverifiable", explanation=f"{check.explanation}; {OUT_OF_SCOPE}") for check in made]
