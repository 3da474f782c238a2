"""A change counted "since" a period: the figure of that period against the figure it reached.

"Calls have trebled since 2022, reaching 2,940 in the first half of this year" ... "In the first half of 2022 the
line heard from 1,120": "since P" names the period the comparison counts from, the base; the later figure is the one
the claim's own sentence reaches ("reaching 2,940", "to 1,400"), else the latest of its measure and place.  The
extractor dates such a claim from P with no end (``period_start`` only), which the period resolver
(:mod:`pipeline.check.period_pairs`) leaves alone, so a claim counted from a period was judged only when the base
stood in its own sentence.  :func:`since_check` judges it on

- the base: the one figure of the claim's measure (or, when the claim's words name none, of the one measure the
  figures of P share) whose period starts within a year of P's start, of the later figure's length, and of the claim's
  place (of no place when the claim names one and the article gives none of it; of no place when the claim names none);
- the later figure: the one figure of its sentence dated after that year, else the one figure of the latest period
  of the base's length, measure and place.

A disagreement is a verdict only when the miss is no gross one (the wrong direction, or off by more than
``gross_rel``) and the later figure is its own sentence's (its words tie it to the claim) or both figures are of the
place the claim names; the latest figure of an article that names no place is a guess, so on it only agreement
stands.  The figures read are the period resolver's, indexed once per record (a measure of more than
:data:`~pipeline.check.period_pairs.MAX_FIGURES` is a table and left alone).
"""
from __future__ import annotations

import dataclasses
import re
from datetime import date
from decimal import Decimal
from typing import Optional, Union

from pipeline.check.check_builders import _check, _claimed
from pipeline.check.evidence import SAME, UNKNOWN, Evidence, place
from pipeline.check.multiplier_bases import gross_factor
from pipeline.check.pair_places import own_places, place_level
from pipeline.check.period_choice import LENGTH_SLACK
from pipeline.check.claim_measures import claim_measure, measure_family
from pipeline.check.period_pairs import MAX_FIGURES, dated_figures, pair_verdict
from pipeline.check.tolerances import Tolerances
from pipeline.records import Check, Count, Multiplier, Percentage

Claim = Union[Percentage, Multiplier]

#: The word that makes a claim's open period the one it counts from.
_SINCE = re.compile(r"\bsince\b", re.I)


def _days(count: Count) -> int:
    return (date.fromisoformat(count.period_end[:10]) - date.fromisoformat(count.period_start[:10])).days


def _year_on(day: str) -> str:
    """The day a year after ``day`` (ISO), as a string that sorts with the others."""
    return f"{int(day[:4]) + 1:04d}{day[4:10]}"


def _one(counts: list[Count]) -> Optional[Count]:
    """The first of ``counts`` when they give one value, else ``None``."""
    return counts[0] if counts and len({c.value for c in counts}) == 1 else None


def _family(claim: Claim, ev: Evidence, start: str, end: str) -> Optional[str]:
    """The claim's measure family; when its words and the extractor name none ("Demand has risen fivefold since
    2015/16"), the one family of the figures of the period it counts from."""
    family = measure_family(claim_measure(claim, ev))
    if family is not None:
        return family
    families = {f for f, counts in dated_figures(ev).items() if len(counts) <= MAX_FIGURES  # a table: no claim's
                and any(start <= c.period_start < end for c in counts)}
    return next(iter(families)) if len(families) == 1 else None


def _placed(claim: Claim, counts: list[Count], other: Optional[Count]) -> list[Count]:
    """The counts of the claim's own place (those of no place when none is), or, when the claim names none, the
    counts of no place, or of ``other``'s place."""
    where = own_places(claim)
    if where:
        levels = [(place_level(where, c), c) for c in counts]
        same = [c for level, c in levels if level == SAME]
        return same or [c for level, c in levels if level == UNKNOWN]
    places = set(own_places(other)) if other is not None else set()
    return [c for c in counts if set(own_places(c)) == places]


def _alike_length(a: Count, b: Count) -> bool:
    return abs(_days(a) - _days(b)) <= LENGTH_SLACK


def since_pair(claim: Claim, ev: Evidence) -> Optional[tuple[Count, Count, bool]]:
    """``(base, later, decisive)``: the figure of the period the claim counts from and the one it reached, and
    whether a disagreement on them is a verdict (the later figure is its own sentence's, or both are of the place the
    claim names); ``None`` when the claim counts from no period ("since" in its sentence, a start and no end) or no
    one figure stands for either end."""
    if not counts_since(claim, ev):
        return None
    start = claim.period_start
    end = _year_on(start)
    family = _family(claim, ev, start, end)
    counts = dated_figures(ev).get(family, []) if family else []
    if len(counts) < 2 or len(counts) > MAX_FIGURES:
        return None
    mine = [c for c in counts if tuple(c.sentence) == tuple(claim.sentence) and c.period_start >= end]
    own = _one(_placed(claim, mine, None))
    if own is None and mine:
        return None  # figures of its sentence, none or two of them its own: no one it reaches
    bases = [c for c in counts if start <= c.period_start < end and (own is None or _alike_length(c, own))]
    base = _one(_placed(claim, bases, own))
    if base is None:
        return None
    where = own_places(claim)
    certain = bool(where) and place_level(where, base) == SAME
    if own is not None:
        return base, own, True
    after = [c for c in counts if c.period_start >= end and _alike_length(c, base)]
    alike = _placed(claim, after, base)
    if not alike:
        return None
    latest = max(c.period_end for c in alike)
    later = _one([c for c in alike if c.period_end == latest])
    if later is None:
        return None
    return base, later, certain and place_level(where, later) == SAME


def counts_since(claim: Claim, ev: Evidence) -> bool:
    """The claim counts from a period: dated from it with no end, "since" in its sentence, or, for a headline's claim
    (the text's first sentence, which the body's "doubled since 2019" dated), "since" and that period's year in the
    text."""
    if not claim.period_start or claim.period_end or not ev.text:
        return False
    if _SINCE.search(ev.text, claim.sentence[0], claim.sentence[1]):
        return True
    year = claim.period_start[:4]
    since_year = rf"\bsince\s{{1,3}}(?:[A-Z][a-z]{{2,8}}\s{{1,3}})?{year}\b"  # "since 2019", "since April 2019"
    return claim.sentence[0] == 0 and re.search(since_year, ev.text) is not None


def _judged(claim: Claim, base: Count, later: Count, decisive: bool, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """The claim judged on ``base`` and ``later``: agreement, or a disagreement that is a verdict (``decisive`` and no
    gross miss, or both figures in the claim's own sentence); ``None`` otherwise."""
    v = pair_verdict(claim, base, later, tol)
    factor = Decimal(repr(claim.factor)) if isinstance(claim, Multiplier) else None
    if v.verdict == "inconsistent":  # the pair that gives another stated change exactly is that change's
        v = _claimed(v, claim.id, base, later, ev, tol, factor)
    gross = gross_factor(v.computed, factor, tol.gross_rel) if factor is not None else v.gross
    tied = tuple(base.sentence) == tuple(later.sentence) == tuple(claim.sentence)
    if v.verdict == "unverifiable" or (v.verdict == "inconsistent" and not tied and (not decisive or gross)):
        return None
    kind = "multiplier" if isinstance(claim, Multiplier) else "percentage"
    stated = float(claim.factor if isinstance(claim, Multiplier) else claim.value)
    mine = tuple(later.sentence) == tuple(claim.sentence)
    reached = "the one its sentence reaches" if mine else "the latest of its measure"
    return _check(kind, claim, [base, later], stated, v,
                  prefix=f"the figure of the period it counts from and {reached}, {place(base)} to {place(later)}")


def _stated_after(later: Count, ev: Evidence) -> bool:
    """Whether the article gives a figure of ``later``'s measure and place for a period after ``later``'s: then
    ``later`` is not the latest a claim counted "since" reached."""
    family = measure_family(later.measure)
    where = own_places(later)
    return bool(family and later.period_end and any(
        c.period_start and c.period_start > later.period_end and (place_level(where, c) == SAME if where
                                                                   else not own_places(c))
        for c in dated_figures(ev).get(family, [])))


def since_check(check: Check, claim: Claim, ev: Evidence, tol: Tolerances) -> Check:
    """``check`` of a claim that counts from a period (:func:`counts_since`), judged again where the words say:

    - left ``unverifiable``, it is judged on :func:`since_pair` when the article gives that pair;
    - an ``inconsistent`` on counts whose earlier figure is not of the period the claim counts from ("doubled since
      2019" on 2023's and 2024's figures) is judged on that pair instead, or, with none, is no verdict;
    - an ``inconsistent`` on that period's figure and one of another sentence that misses grossly (the wrong way, or
      by more than ``gross_rel``) is more likely another thing's figure than a misprint: no verdict;
    - an ``inconsistent`` on that period's figure and a later one of another sentence than the one
      :func:`since_pair` finds it reached is judged on that pair instead, or is no verdict.

    Agreement found by any rule stands."""
    if check.verdict == "consistent" or (isinstance(claim, Percentage) and claim.kind != "change") \
            or not counts_since(claim, ev):
        return check
    found = since_pair(claim, ev)
    judged = _judged(claim, *found, ev, tol) if found is not None else None
    if check.verdict == "unverifiable":
        return dataclasses.replace(judged, id=check.id) if judged is not None else check
    counts = [ev.get(ref, Count) for ref in check.inputs]
    if len(counts) != 2 or None in counts:
        return check  # judged against a stated change, not on figures
    earlier, later = sorted(counts, key=lambda c: c.period_start or "")
    reached = tuple(later.sentence) == tuple(claim.sentence) or (
        later is found[1] if found is not None else not _stated_after(later, ev))
    if earlier.period_start and claim.period_start <= earlier.period_start < _year_on(claim.period_start) \
            and not reached:  # "since 2020" on 2020's figure and 2023's, the article giving 2024's: not where it got
        if judged is not None:
            return dataclasses.replace(judged, id=check.id)
        why = f"{place(later)} is not the latest figure it reached"
    elif earlier.period_start and claim.period_start <= earlier.period_start < _year_on(claim.period_start):
        again = _judged(claim, earlier, later, True, ev, tol)
        if again is not None:
            return check
        why = "a gross miss on figures not both in its sentence is more likely another thing's figure than a misprint"
    elif judged is not None:
        return dataclasses.replace(judged, id=check.id)
    else:
        why = f"it counts from {claim.period_start[:4]}, and {place(earlier)} is not that period's figure"
    return dataclasses.replace(check, verdict="unverifiable", explanation=f"{check.explanation}; {why}, so no verdict")
