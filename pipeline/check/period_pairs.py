"""The one pair of figures a change compares, found by measure, place and period anywhere in the article.

Issue 10's general rule: a change ("up 40 per cent", "doubled") is linked to the two figures it compares
wherever the article states them (the same measure, the same place, the periods the change names), not only
inside its sentence; in a comparison the change belongs to the later period and its base to the earlier, in
whatever order the text names them.  :func:`resolved_check` runs after the shape-specific finders have left a
change or a multiplier ``unverifiable``: it gathers the article's counts of the claim's measure (its own, or the
one its sentence's words name; calls and contacts alike, ANNOTATION.md decision 4), of the claim's place (or the one place the counts share when the
claim names none), one figure per period, and takes

- the claim's own period for the later figure and its base period for the earlier, when the article gives a
  figure of each; else
- the two latest periods of that measure (of one length, the earlier ending before the later begins), when
  the claim names one of those two, or names none and the figures give only those two.

It judges the claim only when exactly one figure stands for each period (an exact figure over a rounded
restatement of it; one of the claim's own measure over one of a measure akin to it; a figure of the claim's own
place over one of no place; never one of another place, of a
place within or around the claim's, or a listed part of another figure).  A disagreement is a verdict only when the claim's
own periods gave the pair, or the claim names none and the later figure is the latest; a claim dated to the
earlier of the two latest periods (a change that took its base year's date, "The year before, the figure was
1,322, a rise of 47 per cent") and a gross miss (the wrong direction, or off by more than ``gross_rel``) keep
agreement only.  The counts are indexed by measure once per record, and a measure of more than
:data:`MAX_FIGURES` counts (a table) is left alone, so each claim's work is bounded.  A claim's measure is read by :mod:`pipeline.check.claim_measures`.
"""
from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from typing import Optional

from pipeline.check.check_builders import _check, _claimed, stated_decimal
from pipeline.check.claim_measures import Claim, claim_measure, measure_family, named_measure, two_measures_known
from pipeline.check.claim_spans import off_span
from pipeline.check.evidence import SAME, UNKNOWN, Evidence, place, plain
from pipeline.check.multiplier_bases import gross_factor
from pipeline.check.pair_places import claim_place, own_places, place_level
from pipeline.check.period_choice import OWN_PERIODS, points_back, words_dated_pair
from pipeline.check.stated_parts import stated_part
from pipeline.check.tolerances import Tolerances
from pipeline.check.verdicts import Verdict, check_multiplier, check_percentage, fraction_word
from pipeline.records import Check, Count, Multiplier, Percentage

Period = tuple[str, str]

#: The most counts of one measure the resolver reads: more is a table, where no one pair is a claim's.
MAX_FIGURES = 200
#: Qualifiers of a count that fix its figure closely enough to be one end of a checked pair.
FIGURE_QUALIFIERS = ("exact", "about", "nearly", "more_than", "at_least")


def dated_figures(ev: Evidence) -> dict[str, list[Count]]:
    """The record's plain, dated counts of one rate-free, group-free figure that is no listed part of another nor
    one stated as of another (:mod:`pipeline.check.stated_parts`), by measure family (built once)."""
    key = ("period_pairs",)
    if key not in ev.memo:
        found: dict[str, list[Count]] = {}
        listed = {part for c in ev.record.counts for part in c.parts}
        for c in ev.record.counts:
            family = measure_family(c.measure)
            if family is None or not plain(c) or c.rate or c.group or c.qualifier not in FIGURE_QUALIFIERS:
                continue
            if c.id in listed or stated_part(c, ev.text):
                continue  # a part of a total listed after it ("11,920 by phone ... 239,380 online") is no total,
                # nor one stated as of another ("Of the 2,120, 1,300 came from men": stated_parts)
            if not (c.period_start and c.period_end):
                continue
            found.setdefault(family, []).append(c)
        ev.memo[key] = found
    return ev.memo[key]


def _figures(claim: Claim, measure: str, counts: list[Count]) -> Optional[tuple[dict[Period, Optional[Count]], bool]]:
    """One figure per period of the counts of the claim's place (:func:`~pipeline.check.pair_places.claim_place`):
    one of the claim's own ``measure`` before one of a measure akin to it, of the claim's place before one of no
    place, an exact figure before a rounded one; ``None`` for a period with two figures; ``None`` overall when the
    claim names no place and the counts name several, none holding the rest.  With it, whether the place was
    guessed from the figures."""
    found_place = claim_place(claim, counts)
    if found_place is None:
        return None
    where, guessed = found_place
    ranked: dict[Period, list[tuple[tuple[bool, int, bool], Count]]] = {}
    for c in counts:
        level = place_level(where, c)
        if level not in (SAME, UNKNOWN):
            continue  # another place, one within or around the claim's, or a list sharing one: not its figure
        rank = (c.measure == measure, level, c.qualifier == "exact")
        ranked.setdefault((c.period_start, c.period_end), []).append((rank, c))
    out: dict[Period, Optional[Count]] = {}
    for period, found in ranked.items():
        best = max(rank for rank, _ in found)
        values = {c.value: c for rank, c in found if rank == best}
        out[period] = next(iter(values.values())) if len(values) == 1 else None
    return out, guessed


def _pair(claim: Claim, ev: Evidence) -> Optional[tuple[Count, Count, str, bool]]:
    """``(earlier, later, how, decisive)``: the one pair the claim compares, how it was found, and whether a
    disagreement on it is a verdict; ``None`` when no one pair fits or the claim's measure is unknown."""
    measure = claim_measure(claim, ev)
    family = measure_family(measure)
    found = _periods_pair(claim, measure, family, ev) if family else None
    if found is None or not found[3] or named_measure(claim, ev) is not None or measure_family(claim.measure):
        return found
    # a measure lent by the figures the claim was linked to ("Officials reported an increase of 24%"): a
    # disagreement is a verdict only when its words point back at them ("The fall - 12 per cent - ...")
    return found[0], found[1], found[2], points_back(claim, ev)


def _periods_pair(claim: Claim, measure: str, family: str, ev: Evidence) -> Optional[tuple[Count, Count, str, bool]]:
    """:func:`_pair` among the counts of one measure family; a pair on a place guessed from the figures, or of two
    measures of the family (800 calls to 3,000 contacts), is never decisive."""
    counts = dated_figures(ev).get(family, [])
    if len(counts) < 2 or len(counts) > MAX_FIGURES:
        return None
    whole = _whole_pair(claim, measure, counts, ev)
    if whole is not None:
        return whole
    found = _figures(claim, measure, counts)
    if not found or not found[0]:
        return None
    figures, guessed = found
    pair = words_dated_pair(claim, figures, ev)
    if pair is None or pair[0] is None or pair[1] is None:
        return None
    earlier, later, how, decisive = pair
    mixed = two_measures_known(earlier, later)  # calls to contacts: agreement only
    return earlier, later, how, decisive and not guessed and not mixed


def _whole_pair(claim: Claim, measure: str, counts: list[Count],
                ev: Evidence) -> Optional[tuple[Count, Count, str, bool]]:
    """A claim that names no place compares the figures that name none (the whole the article reports: "Calls to a
    national line have nearly doubled" over "148,200 calls in 2019 ... nearly 290,000" beside the North East's own
    pair), when those give it one pair; ``None`` otherwise (then the place its figures share, as before)."""
    if own_places(claim):
        return None
    held = claim_place(claim, counts)  # the place that holds every other the figures name ("across the UK")
    whole = set(held[0]) if held is not None and held[1] else None
    unplaced = [c for c in counts if not c.regions or (whole and set(own_places(c)) == whole)]
    if len(unplaced) < 2 or len(unplaced) == len(counts) or all(c.regions for c in unplaced):
        return None
    found = _figures(claim, measure, unplaced)
    if not found or not found[0]:
        return None
    pair = words_dated_pair(claim, found[0], ev)
    if pair is None or pair[0] is None or pair[1] is None:
        return None
    earlier, later, how, decisive = pair
    return earlier, later, how, decisive and whole is None  # the whole read from the figures is a guess


def pair_verdict(claim: Claim, old: Count, new: Count, tol: Tolerances) -> Verdict:
    """``claim`` (a change or a multiplier) judged on the pair ``old`` → ``new``; a fraction word stated as exact is about."""
    inputs = (old.qualifier, new.qualifier)
    if isinstance(claim, Multiplier):
        return check_multiplier(Decimal(repr(claim.factor)), claim.qualifier, Decimal(repr(old.value)),
                                Decimal(repr(new.value)), tolerances=tol, word=claim.word or claim.text,
                                inputs=inputs)
    qualifier = "about" if claim.qualifier == "exact" and fraction_word(claim.text) else claim.qualifier
    return check_percentage(stated_decimal(claim.text, claim.value), qualifier, Decimal(repr(old.value)),
                            Decimal(repr(new.value)), tolerances=tol, direction=claim.direction, inputs=inputs)


def _gross(claim: Claim, v: Verdict, tol: Tolerances) -> bool:
    if isinstance(claim, Multiplier):
        return gross_factor(v.computed, Decimal(repr(claim.factor)), tol.gross_rel)
    return v.gross


def _named_apart(check: Check, claim: Claim, ev: Evidence) -> Check:
    """``check`` made ``unverifiable`` when the claim's own words name a measure ("Website visits from Bristol rose
    30 per cent") that none of the counts it was judged on is of (calls): they are another thing's figures."""
    named = measure_family(named_measure(claim, ev))
    counts = [c for c in (ev.get(i, Count) for i in check.inputs) if c is not None]
    if named is None or not counts or any(measure_family(c.measure) in (named, None) for c in counts):
        return check
    return dataclasses.replace(check, verdict="unverifiable", explanation=check.explanation
                               + "; the claim's words name another measure than these counts', so no verdict")


def _certain(claim: Claim, old: Count, new: Count, how: str, ev: Evidence) -> bool:
    """Whether a pair is the claim's beyond doubt, so that even a gross miss on it is a misprint: the figures of the
    claim's own period and base period, both of the place the claim names and of the measure its words name, moving
    the way the claim says ("Calls from Northern Ireland rose by 45 per cent last year" on 1,000 and 1,300)."""
    where = own_places(claim)
    measure = claim_measure(claim, ev)
    rising = new.value > old.value
    said = (claim.factor >= 1) if isinstance(claim, Multiplier) else (claim.direction == "increase")
    return how == OWN_PERIODS and bool(where) and rising == said and old.measure == new.measure == measure \
        and place_level(where, old) == SAME and place_level(where, new) == SAME


#: Words that, among the three before a claim, deny it ("calls have not doubled", "did not rise 10 per cent").
_DENIED = re.compile(r"\b(?:not|never|nor)\b|n[\u2019']t\b", re.I)


def _unresolvable(claim: Claim, ev: Evidence) -> bool:
    """A claim the resolver leaves alone: one its own words deny (it states no change to compare with a pair),
    or one that names a period it cannot close ("since January 2023" with no publication date): it names a
    period, so the two latest figures of an undated claim are not its."""
    if claim.period_start and not claim.period_end:
        return True
    if not ev.text:
        return False
    before = ev.text[claim.sentence[0]:claim.start].split()[-3:]
    return bool(_DENIED.search(" ".join(before)))


def resolved_check(check: Check, claim: Claim, ev: Evidence, tol: Tolerances) -> Check:
    """``check`` unless it is ``unverifiable`` and the article gives the one pair the claim compares: then the
    claim judged on that pair, the note saying how it was linked.  An ``inconsistent`` on counts of another
    measure than the one the claim's words name is made ``unverifiable``."""
    if isinstance(claim, Percentage) and claim.kind != "change":
        return check
    if check.verdict == "inconsistent":
        return off_span(_named_apart(check, claim, ev), claim, ev)
    if check.verdict != "unverifiable" or _unresolvable(claim, ev):
        return check
    found = _pair(claim, ev)
    if found is None:
        return check
    old, new, how, decisive = found
    v = pair_verdict(claim, old, new, tol)
    if v.verdict == "inconsistent":  # the pair that gives another stated change exactly is that change's
        v = _claimed(v, claim.id, old, new, ev, tol,
                     Decimal(repr(claim.factor)) if isinstance(claim, Multiplier) else None)
    if v.verdict == "unverifiable" or (v.verdict == "inconsistent" and (
            not decisive or (_gross(claim, v, tol) and not _certain(claim, old, new, how, ev)))):
        return check
    kind = "multiplier" if isinstance(claim, Multiplier) else "percentage"
    stated = float(claim.factor if isinstance(claim, Multiplier) else claim.value)
    made = _check(kind, claim, [old, new], stated, v,
                  prefix=f"linked by measure, place and period ({how}), {place(old)} to {place(new)}")
    return dataclasses.replace(made, id=check.id)
