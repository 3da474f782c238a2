"""Figures surely a claim's own: the article's one comparison of the claim's measure and place.

Issue 10's principle for "inconsistent" has two sides: no verdict where the figures may be another thing's
(:mod:`pipeline.check.verdict_gate`), and a verdict where they surely are the claim's, since misprints are what
fact-checkers come for.  Two ways the article itself says a pair is the claim's (nineteenth round):

- **The one pair of its measure and place** (:func:`sole_pair`): "Three times as many people in Essex are now
  calling ... as five years ago" over "In 2023, 634 callers from Essex ..." and "In 2019 ... the figure was 198": the
  article states exactly two dated figures of the claim's measure family (rate-free, of the claim's place or of no
  place), one per period, and they are the pair judged.  An "N times as many" read as a change over time keeps its
  disagreement then (it was agreement only).
- **The one comparison the article checks** (:func:`with_one_comparison`): a "doubled" nothing linked ("has doubled
  in six months" in the lede) in an article whose stated changes all rest on one pair of counts ("The figure for
  Devon in the last six months of 2023 was 410, meaning the increase was 71 per cent", a change the arithmetic
  confirms), that pair of the claim's place and measure: both are the paper's words for one comparison, so the
  "doubled" is judged on it, both verdicts (702 / 410 = 1.71, not "doubled").

Both read only the record's facts, indexed once per record, and stay linear in the page.
"""
from __future__ import annotations

import dataclasses
from decimal import Decimal

from pipeline.check.check_builders import _check
from pipeline.check.evidence import Evidence, is_number, place, plain
from pipeline.check.claim_measures import counts_by_family, measure_family
from pipeline.check.tolerances import Tolerances
from pipeline.check.verdicts import check_multiplier
from pipeline.records import Check, Count, Multiplier, Percentage

__all__ = ["sole_pair", "with_one_comparison"]


def _family_counts(ev: Evidence) -> dict[str, list[Count]]:
    """The record's plain, dated, rate-free, group-free counts of a known measure by family (built once)."""
    return counts_by_family(ev, "sole_pairs", _sole_count)


def _sole_count(c: Count) -> bool:
    return plain(c) and is_number(c.value) and not c.rate and not c.group and not c.difference \
        and c.qualifier != "vague" and bool(c.period_start and c.period_end)


def _of_place(c: Count, regions: list[str]) -> bool:
    """A count of the claim's place: the same places, or none of its own (it takes the claim's from the text)."""
    return not c.regions or sorted(c.regions) == sorted(regions)


def sole_pair(check: Check, claim: Percentage | Multiplier, ev: Evidence) -> bool:
    """Whether the two counts ``check`` was judged on are the article's only dated figures of the claim's measure
    family and place, one per period: nothing else in the text could be the comparison the claim states."""
    pair = [c for c in (ev.get(i, Count) for i in check.inputs) if c is not None]
    if len(pair) != 2 or not claim.regions:
        return False
    family = measure_family(pair[0].measure) or measure_family(pair[1].measure)
    own = measure_family(getattr(claim, "measure", None))
    if family is None or (own is not None and own != family):
        return False
    alike = [c for c in _family_counts(ev).get(family, []) if _of_place(c, claim.regions)]
    periods = {(c.period_start, c.period_end) for c in alike}
    return len(alike) == 2 and len(periods) == 2 and {c.id for c in alike} == {c.id for c in pair}


def _comparisons(made: list[Check], ev: Evidence) -> set[tuple[str, str]]:
    """The pairs of counts the record's stated changes were checked on (earlier, later ids)."""
    pairs = set()
    for c in made:
        if c.kind == "percentage" and len(c.inputs) == 2 and ev.get(c.inputs[0], Count) is not None \
                and ev.get(c.inputs[1], Count) is not None:
            pairs.add((c.inputs[0], c.inputs[1]))
    return pairs


def _fits(mult: Multiplier, old: Count, new: Count, ev: Evidence) -> bool:
    """The pair may be the multiplier's comparison: of its place or places within it (of no place when it names
    none), of its
    measure (or it names none of ours), the later figure of its period when it names one."""
    places = {r for c in (old, new) for r in c.regions}
    if not mult.regions and places:
        return False  # a claim of no place is the whole's, not a region's comparison
    if mult.regions and any(not any(ev._covers_memo(m, r) for m in mult.regions) for r in places):
        return False
    family = measure_family(mult.measure)
    pair_family = measure_family(new.measure) or measure_family(old.measure)
    if family is not None and pair_family is not None and family != pair_family:
        return False
    if mult.period_start and (mult.period_start, mult.period_end) != (new.period_start, new.period_end):
        return False
    return True


def _alone(mult: Multiplier, old: Count, new: Count, ev: Evidence) -> bool:
    """Each of the pair's figures is the only exact figure of its period among the counts of its measure family of
    no place, its own place or the multiplier's (a town's figure within it is a part, not another comparison): no
    other comparison of those periods is in the text ("640 people in 2023 ... 1,300 people in 2024" beside calls of
    "420 in 2024, against 400 in 2023")."""
    family = measure_family(new.measure) or measure_family(old.measure)
    for end in (old, new):
        period = (end.period_start, end.period_end)
        for c in _family_counts(ev).get(family, []):
            if (c.period_start, c.period_end) != period or c.qualifier != "exact" or c.value == end.value:
                continue
            if not c.regions or sorted(c.regions) in (sorted(end.regions), sorted(mult.regions)):
                return False
    return True


def with_one_comparison(made: list[Check], ev: Evidence, tol: Tolerances) -> list[Check]:
    """``made`` with each multiplier check that found no figures judged on the article's one comparison: the pair
    every stated change of the record was checked on, agreeing with one of them (the paper's own arithmetic ties
    the two counts), when that pair fits the multiplier (:func:`_fits`) and no other figure of its periods could
    make another comparison (:func:`_alone`)."""
    pairs = _comparisons(made, ev)
    if len(pairs) != 1:
        return made
    (old_id, new_id), = pairs
    if not any(c.kind == "percentage" and c.verdict == "consistent" and (c.inputs[0], c.inputs[1]) == (old_id, new_id)
               for c in made if len(c.inputs) == 2):
        return made
    old, new = ev.get(old_id, Count), ev.get(new_id, Count)
    out = []
    for check in made:
        mult = ev.get(check.claim_ref, Multiplier) if check.kind == "multiplier" else None
        if mult is None or check.inputs or check.verdict != "unverifiable" or mult.factor is None \
                or not _fits(mult, old, new, ev) \
                or not _alone(mult, old, new, ev):
            out.append(check)
            continue
        word = mult.word or mult.text
        v = check_multiplier(Decimal(repr(mult.factor)), mult.qualifier, Decimal(repr(old.value)),
                             Decimal(repr(new.value)), tolerances=tol, word=word,
                             inputs=(old.qualifier, new.qualifier))
        out.append(dataclasses.replace(
            _check("multiplier", mult, [old, new], float(mult.factor), v,
                   prefix=f"the article's one comparison, which its stated change confirms, {place(old)} to "
                          f"{place(new)}"), id=check.id))
    return out
