"""A multiplier whose own words name its base and whose sentence states a change too: the change confirms the pair.

"The figure has doubled from the 5,680 recorded a year before, a rise of 70%", the later figure in the sentence
before: the change stated beside the multiplier rests on the same two figures as the multiplier (the base its words
name, :func:`pipeline.check.multiplier_bases.own_base`, and the latest figure of that base's measure and place,
:func:`~pipeline.check.multiplier_bases.latest_figure`).  When the stated change agrees with that very pair, the
arithmetic shows the pair is the one the paper compares, and the multiplier is judged on it, both verdicts: the
paper's own change is the evidence that the figures are the claim's, not the words.  When the change disagrees with
the pair, or no pair is found, nothing is decided here (the rules that judge the multiplier on the change go on).
"""
from __future__ import annotations

from decimal import Decimal
from typing import Optional

from pipeline.check.check_builders import _check, stated_decimal
from pipeline.check.evidence import APART, UNKNOWN, Evidence, place, region_match, same_base
from pipeline.check.factor_verdicts import check_multiplier
from pipeline.check.found_changes import pair_verdict
from pipeline.check.multiplier_bases import decisive, latest_figure, own_base
from pipeline.check.tolerances import Tolerances
from pipeline.records import Check, Count, Multiplier, Percentage


def sentence_changes(mult: Multiplier, ev: Evidence) -> list[Percentage]:
    """The stated changes of the multiplier's own sentence, of its measure and of no place apart from its own,
    whatever period each took: a change re-anchored by arithmetic on a later count
    (:mod:`pipeline.extract.change_anchors`) still restates the multiplier beside it ("Calls have doubled from the
    1,000 of 2021, a rise of 100 per cent", the 2,000 of 2023 a sentence later).  Those of its period first, best
    first (:meth:`~pipeline.check.evidence.Evidence.changes`)."""
    same = [p for p in ev.changes(mult, least=UNKNOWN) if tuple(p.sentence) == tuple(mult.sentence)]
    return same + [p for p in ev.record.percentages
                   if p.kind == "change" and tuple(p.sentence) == tuple(mult.sentence) and p not in same
                   and ev.same_measure(mult, p) and region_match(mult.regions, p.regions) != APART
                   and same_base(mult, p)]


def _gives_pair(pct: Percentage, base: Count, later: Count, tol: Tolerances) -> bool:
    """Whether the stated change ``pct`` agrees with ``base`` to ``later`` (the arithmetic ties the three)."""
    return pair_verdict(pct, stated_decimal(pct.text, pct.value), base, later, tol).verdict == "consistent"


def corroborated_base_check(mult: Multiplier, ev: Evidence, tol: Tolerances, factor: Decimal,
                            word: str, same: list[Percentage]) -> Optional[Check]:
    """``mult`` judged on the base its words name and the latest figure of that base's measure and place, when a
    change stated in its sentence (``same``, :func:`sentence_changes`) agrees with that same pair; ``None``
    otherwise.  The pair must be surely the claim's by measure and place (:func:`~pipeline.check.multiplier_bases.decisive`, the gross-miss doubt
    aside: the change shows the pair is the paper's own)."""
    base = own_base(mult, ev)
    if base is None:
        return None
    later, sure = latest_figure(mult, base, ev)
    if later is None or not decisive(mult, later, sure, False, ev):
        return None
    agreeing = next((p for p in same if _gives_pair(p, base, later, tol)), None)
    if agreeing is None:
        return None
    v = check_multiplier(factor, mult.qualifier, Decimal(repr(base.value)), Decimal(repr(later.value)),
                         tolerances=tol, word=word, inputs=(base.qualifier, later.qualifier))
    return _check("multiplier", mult, [base, later], float(mult.factor), v,
                  prefix=f"the base its words name and the latest figure of its measure, {place(base)} to "
                         f"{place(later)}, the pair the change of its sentence ({agreeing.text}) gives")
