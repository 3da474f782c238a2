"""A stated change judged on a pair a search finds, when the extractor linked no usable pair.

Each function here gives a :class:`~pipeline.records.Check` or ``None`` (the search found no pair, or one a
verdict may not rest on), and :func:`pipeline.check.percentage_checks.percentage_check` tries them in turn: the
base its sentence gives with the latest figure of that measure, the one count before a given base that fits, a
linked pair read in time order, the pair of the sentence it points back at, the two levels its sentence runs
between, the nearest pair around it, a comparison of the article.
"""
from __future__ import annotations

import dataclasses
from decimal import Decimal
from fractions import Fraction
from typing import Callable, Optional

from pipeline.check.article_pairs import article_pair
from pipeline.check.base_pairs import later_for_base, tied_by_difference
from pipeline.check.change_pairs import in_its_sentence, plain_pair
from pipeline.check.check_builders import _check, stated_decimal
from pipeline.check.evidence import Evidence, place
from pipeline.check.multiplier_bases import decisive, latest_figure, own_base
from pipeline.check.nearby_pair import nearby_pair
from pipeline.check.referring_change import told_pair
from pipeline.check.share_levels import level_pair, points_as_per_cent
from pipeline.check.tolerances import Tolerances
from pipeline.check.verdicts import Verdict, check_percentage, fmt, fraction_word, qualified
from pipeline.records import Check, Count, Percentage


def change_words(pct: Percentage) -> str:
    """The change as the explanations name it: "a rise of 30%", "a fall of more than 10%"."""
    word = "fall" if pct.direction == "decrease" else "rise"
    return f"a {word} of {qualified(pct.qualifier)}{stated_decimal(pct.text, pct.value)}%"


def stated_qualifier(pct: Percentage) -> str:
    """The qualifier a percentage is judged with: a fraction word ("a third") written as an exact figure is
    "about" (it rounds to the nearest fraction)."""
    return "about" if pct.qualifier == "exact" and fraction_word(pct.text) else pct.qualifier


def pair_verdict(pct: Percentage, stated: Decimal, old: Count, new: Count, tol: Tolerances) -> Verdict:
    """The stated change judged on ``old`` to ``new``, with its qualifier (:func:`stated_qualifier`), its direction
    and the two counts' own qualifiers."""
    return check_percentage(stated, stated_qualifier(pct), Decimal(repr(old.value)), Decimal(repr(new.value)),
                            tolerances=tol, direction=pct.direction, inputs=(old.qualifier, new.qualifier))


def own_base_check(pct: Percentage, ev: Evidence, tol: Tolerances, stated: Decimal,
                   base: Optional[Count] = None) -> Optional[Check]:
    """A change nothing linked whose sentence gives only its base ("since 2022, when 450 were taken", "down 4%
    from 4,350 in 2023"), judged against the latest figure of that base's measure and place elsewhere
    (:mod:`pipeline.check.multiplier_bases`): both verdicts when that figure is surely the change's, else
    agreement only; ``None`` when the sentence gives no such base or no one figure is the latest.  ``base``: a
    base found otherwise (written ahead of the change: :func:`pipeline.check.phrase_bases.leading_base`)."""
    base = base or own_base(pct, ev)
    later, sure = latest_figure(pct, base, ev) if base is not None else (None, False)
    if later is None:
        return None
    v = pair_verdict(pct, stated, base, later, tol)
    if v.verdict == "inconsistent" and not decisive(pct, later, sure, v.gross, ev):
        return None
    return _check("percentage", pct, [base, later], float(pct.value), v,
                  prefix=f"the base its sentence gives and the latest figure of its measure, {place(base)} to "
                         f"{place(later)}")


def base_check(pct: Percentage, old: Count, new: Optional[Count], ev: Evidence, tol: Tolerances,
               stated: Decimal) -> Optional[Check]:
    """A change whose base its sentence gives, judged on the one count before it that gives the change with that
    base (:mod:`pipeline.check.base_pairs`), when nothing linked the later count or the linked one, from another
    sentence, misses grossly; ``None`` otherwise (the usual rules then judge the pair found)."""
    def verdict(earlier: Count, later: Count) -> Verdict:
        return pair_verdict(pct, stated, earlier, later, tol)

    if new is not None:
        linked = verdict(old, new)
        if linked.verdict != "inconsistent" or not linked.gross:
            return None
    later = later_for_base(pct, old, ev, lambda earlier, later: verdict(earlier, later).verdict == "consistent"
                           or tied_by_difference(pct, earlier, later, ev))
    if later is None:
        return None
    return _check("percentage", pct, [old, later], float(pct.value), verdict(old, later),
                  prefix=f"the base its sentence gives and the one count before it that fits, {place(old)} to "
                         f"{place(later)}")


def in_time_order(pct: Percentage, old: Count, new: Count, tol: Tolerances, stated: Decimal,
                  ev: Evidence) -> Optional[Check]:
    """A change whose linked counts run backwards in time, read in the order their periods give: "240 calls in
    March 2021 compared to 300 in March 2022, a 25% rise" compares the earlier with the later, whichever the
    words name first.  Agreement is a verdict; so is a miss that is no gross error when both counts stand in the
    change's own sentence (its words tie them to it) and are a plain pair of one thing
    (:func:`pipeline.check.change_pairs.plain_pair`); ``None`` otherwise (the pair may be another)."""
    v = pair_verdict(pct, stated, old, new, tol)
    if v.verdict == "unverifiable" or (v.verdict == "inconsistent"
                                       and (v.gross or not in_its_sentence(pct, old, new)
                                            or not plain_pair(old, new, ev))):
        return None
    return _check("percentage", pct, [old, new], float(pct.value), v,
                  prefix=f"the linked counts read in time order, {place(old)} to {place(new)}")


def told_check(pct: Percentage, ev: Evidence, tol: Tolerances, stated: Decimal) -> Optional[Check]:
    """A change in a sentence of its own that points back at the one pair of the sentence before ("... 443 calls
    last year, compared to 337 in 2019. That's an increase of 24%."), judged on that pair: both verdicts
    (:mod:`pipeline.check.referring_change`); ``None`` when the words do not point back so."""
    pair = told_pair(pct, ev)
    if pair is None:
        return None
    old, new = pair
    v = pair_verdict(pct, stated, old, new, tol)
    return _check("percentage", pct, [old, new], float(pct.value), v,
                  prefix=f"the one pair of the sentence it points back at, {place(old)} to {place(new)}")


def levels_check(pct: Percentage, ev: Evidence, tol: Tolerances, stated: Decimal) -> Optional[Check]:
    """A change of no counts judged on the two levels its sentence runs between (:mod:`pipeline.check.share_levels`):
    agreement, or the points difference given as per cent; ``None`` otherwise."""
    pair = level_pair(pct, ev)
    if pair is None:
        return None
    first, second = pair
    qualifier = stated_qualifier(pct)
    v = check_percentage(stated, qualifier, Decimal(repr(first.value)), Decimal(repr(second.value)),
                         tolerances=tol, direction=pct.direction)
    if v.verdict == "inconsistent" and points_as_per_cent(stated, first, second):
        v = dataclasses.replace(v, explanation=v.explanation + f"; {fmt(Fraction(repr(first.value)))}% to "
                                f"{fmt(Fraction(repr(second.value)))}% is a change of {stated} percentage points, "
                                "given as per cent")
    elif v.verdict != "consistent":
        return None
    return _check("percentage", pct, [first, second], float(pct.value), v,
                  prefix=f"the two levels its sentence runs between, {place(first)} to {place(second)}")


def nearby_check(pct: Percentage, ev: Evidence, tol: Tolerances, stated: Decimal) -> Optional[Check]:
    """A change nothing linked to two counts, judged on the nearest pair of counts of one thing around it
    that gives it (:mod:`pipeline.check.nearby_pair`): agreement only, never an "inconsistent"."""
    def verdict(old: Count, new: Count) -> Verdict:
        return pair_verdict(pct, stated, old, new, tol)

    pair = nearby_pair(pct, ev, lambda old, new: verdict(old, new).verdict == "consistent")
    if pair is None:
        return _article_pair_check(pct, ev, verdict)
    old, new = pair
    return _check("percentage", pct, [old, new], float(pct.value), verdict(old, new),
                  prefix=f"the nearest pair of counts of one thing around it, {place(old)} to {place(new)}")


def _article_pair_check(pct: Percentage, ev: Evidence, verdict: Callable[[Count, Count], Verdict]) -> Optional[Check]:
    """A change judged on the nearest of the article's comparisons of its measure that gives it
    (:mod:`pipeline.check.article_pairs`): agreement only, never an "inconsistent"."""
    pair = article_pair(pct, ev, lambda old, new: verdict(old, new).verdict == "consistent")
    if pair is None:
        return None
    old, new = pair
    return _check("percentage", pct, [old, new], float(pct.value), verdict(old, new),
                  prefix=f"a comparison of the article that gives it, {place(old)} to {place(new)}")
