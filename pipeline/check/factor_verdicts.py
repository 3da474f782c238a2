"""Verdicts on a stated factor: "doubled", "more than trebled", "halved", "four-fold".

The ratio later/earlier against the band of the factor, from two counts
(:func:`check_multiplier`) or from a stated change (:func:`check_multiplier_pct`:
a 106% increase is a factor of [2.055, 2.065)).
"""
from __future__ import annotations

from fractions import Fraction
from typing import Optional

from pipeline.check.change_verdicts import accept_pct
from pipeline.check.intervals import (HUNDRED, Interval, Number, Verdict, count_interval, fmt, frac, judge, missing,
                                      qualified, ratio_interval, rounding)
from pipeline.check.tolerances import Tolerances


def accept_factor(factor: Number, qualifier: str, tol: Tolerances) -> tuple[Interval, str]:
    """The ratios later/earlier a "doubled"-like claim accepts, and the rule in words."""
    f = frac(factor)
    shrink = f < 1
    if qualifier == "vague":
        qualifier = "at_least"
    if qualifier == "more_than":
        if shrink:
            return Interval(Fraction(0), f, True, False), f"more_than: ratio must be below {fmt(f)}"
        return Interval(f, None, False), f"more_than: ratio must exceed {fmt(f)}"
    if qualifier == "at_least":
        if shrink:
            return Interval(Fraction(0), f, True, True), f"at_least: ratio must be {fmt(f)} or less"
        return Interval(f), f"at_least: ratio must be {fmt(f)} or more"
    if qualifier == "nearly":
        if shrink:
            hi = tol.almost_halved_high if f == Fraction(1, 2) else f * (2 - tol.almost_low / 2)
            return Interval(f, hi, False, True), f"nearly: ratio in ({fmt(f)}, {fmt(hi)}]"
        lo = f * tol.almost_low / 2
        return Interval(lo, f, True, False), f"nearly: ratio in [{fmt(lo)}, {fmt(f)}) (almost_low)"
    if qualifier in ("fewer_than", "up_to"):
        return Interval(Fraction(0), f, True, qualifier == "up_to"), f"{qualifier}: ratio must be below {fmt(f)}"
    if f == 2:
        band, name = Interval(tol.doubled_low, tol.doubled_high), "doubled_low, doubled_high"
    elif f == 3:
        band, name = Interval(tol.trebled_low, tol.trebled_high), "trebled_low, trebled_high"
    elif f == Fraction(1, 2):
        band, name = Interval(tol.halved_low, tol.halved_high, True, True), "halved_low, halved_high"
    else:
        r = tol.multiplier_rel
        band, name = Interval(f * (1 - r), f * (1 + r)), "multiplier_rel"
    return band, f"{qualifier}: ratio in {band.show(4)} ({name})"  # the edges exact: [2.925, 3.075)


def factor_of_percentage(value: Number, qualifier: str, direction: Optional[str]) -> tuple[Interval, bool]:
    """The ratio later/earlier a stated change allows, and whether only rounding widens it.

    A 106% increase is a factor of [2.055, 2.065); "more than 150%" is above 2.5.
    """
    accepted, _ = accept_pct(value, qualifier, Tolerances())
    if qualifier == "about":
        accepted = rounding(value)
    sign = Fraction(-1) if direction == "decrease" else Fraction(1)
    lo, hi = 1 + sign * accepted.lo / HUNDRED, None if accepted.hi is None else 1 + sign * accepted.hi / HUNDRED
    if sign < 0:
        lo, hi = (Fraction(0) if hi is None else max(hi, Fraction(0))), lo
        return Interval(lo, hi, not accepted.hi_closed, accepted.lo_closed), qualifier in ("exact", "about")
    return Interval(lo, hi, accepted.lo_closed, accepted.hi_closed), qualifier in ("exact", "about")


def check_multiplier(factor: Number, qualifier: str, old: Optional[Number], new: Optional[Number], *,
                     tolerances: Tolerances, word: str = "", inputs: tuple[str, str] = ("exact", "exact")) -> Verdict:
    """A "doubled"/"trebled"/"halved" claim against the counts before and after.

    ``inputs`` are the qualifiers of the earlier and the later count: an approximate
    count ("almost 100,000") gives a range of ratios, and the verdict is decided only
    when the whole range agrees.
    """
    word = word or f"multiplied by {factor}"
    if missing(old, new):
        return Verdict("unverifiable", None, "", f"the counts behind '{word}' are not in the text")
    o, n = frac(old), frac(new)
    if o == 0:
        return Verdict("unverifiable", None, "", f"the earlier count is zero, so '{word}' has no ratio")
    ratio = n / o
    accept, rule = accept_factor(factor, qualifier, tolerances)
    possible = ratio_interval(count_interval(old, inputs[0], tolerances), count_interval(new, inputs[1], tolerances))
    if possible is None:
        return Verdict("unverifiable", ratio, rule, f"the earlier count may be zero, so '{word}' cannot be checked")
    verdict = judge(possible, accept, rounded_only=False)
    said = {"consistent": "consistent with", "inconsistent": "not",
            "unverifiable": "which may or may not be"}[verdict]
    arithmetic = f"{fmt(n)} / {fmt(o)} = {fmt(ratio, 3)}"
    if possible.lo != possible.hi:
        arithmetic += f" (the approximate counts allow {possible.show(3)})"
    return Verdict(verdict, ratio, rule, f"{arithmetic}, {said} '{word}' ({rule})")


def check_multiplier_pct(factor: Number, qualifier: str, pct: Number, pct_qualifier: str,
                         direction: Optional[str], *, tolerances: Tolerances, word: str = "") -> Verdict:
    """A "doubled"-like claim against a stated change: a 106% increase is a factor of 2.06."""
    word = word or f"multiplied by {factor}"
    possible, rounded_only = factor_of_percentage(pct, pct_qualifier, direction)
    accept, rule = accept_factor(factor, qualifier, tolerances)
    verdict = judge(possible, accept, rounded_only=rounded_only)
    change = f"{'decrease' if direction == 'decrease' else 'increase'} of {qualified(pct_qualifier)}{pct}%"
    sign = -1 if direction == "decrease" else 1
    point = 1 + sign * frac(pct) / HUNDRED
    said = {"consistent": "consistent with", "inconsistent": "not",
            "unverifiable": "which may or may not be"}[verdict]
    return Verdict(verdict, point, rule,
                   f"{'a' if direction == 'decrease' else 'an'} {change} is a factor of {fmt(point, 3)} "
                   f"(allowing for rounding, {possible.show(3)}), "
                   f"{said} '{word}' ({rule})")
