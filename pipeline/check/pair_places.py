"""Where a claim and the figures the period resolver pairs it with are (:mod:`pipeline.check.period_pairs`).

Two readings of the places a fact names, both from the sentence's own words:

- a place that holds another of the same fact's places only says where they are: "Stop It Now! Scotland heard from
  150 people in Tayside and Fife" is about Tayside and Fife (:func:`~pipeline.check.evidence.inner_places`);
- places that are every place of their kind inside one place are that place: "people in Newport, Caerphilly,
  Torfaen, Blaenau Gwent and Monmouthshire" is Gwent (:func:`~pipeline.check.evidence.exhausts`).

A claim that names no place is about the place its figures share, or, when they name several, the one that holds
every other ("9,400 calls from across the UK ... London accounted for 2,100"): the article's whole.  That last
reading is a guess from the figures, so a disagreement on it is no verdict.
"""
from __future__ import annotations

from typing import Optional, Sequence

from pipeline.check.evidence import SAME, covers, exhausts, inner_places, region_match
from pipeline.records import Count, Fact


def own_places(fact: Fact) -> list[str]:
    """The places a fact is about: its regions less those that only say where the others are."""
    names = list(fact.regions)
    return inner_places(names) if len(names) > 1 else names


def claim_place(claim: Fact, counts: Sequence[Count]) -> Optional[tuple[list[str], bool]]:
    """``(places, guessed)``: the claim's own places (``guessed`` False); else the one place its figures name, or
    the one of theirs that holds all the others (``guessed`` True); ``None`` when the figures name several and
    none holds the rest."""
    where = own_places(claim)
    if where:
        return where, False
    named = {frozenset(own_places(c)) for c in counts if c.regions}
    if len(named) <= 1:
        return (sorted(next(iter(named))) if named else []), False
    singles = {next(iter(n)) for n in named if len(n) == 1}
    whole = [w for w in singles if all(any(covers(w, x) for x in n) for n in named)]
    return ([whole[0]], True) if len(whole) == 1 else None


def place_level(where: Sequence[str], count: Count) -> int:
    """How a count's places agree with the claim's ``where`` (``region_match``), its places read as
    :func:`own_places`, and a list of every place of a kind inside the claim's one place read as that place."""
    places = own_places(count)
    level = region_match(where, places)
    if level != SAME and len(where) == 1 and len(places) > 1 and all(covers(where[0], p) for p in places) \
            and exhausts(where[0], places):
        return SAME
    return level
