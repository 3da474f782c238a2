"""Verdicts on a stated change: "a 40 per cent rise" against ``(new - old) / old``.

Also the earlier count a change implies (:func:`implied_count`), for the checks
across articles.
"""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Optional

from pipeline.check.intervals import (APPROXIMATE, HUNDRED, ONE_SIDED, Interval, Number, Verdict, count_interval,
                                      fmt, frac, judge, missing, places, qualified, ratio_interval, rounding)
from pipeline.check.tolerances import Tolerances


def accept_pct(stated: Number, qualifier: str, tol: Tolerances) -> tuple[Interval, str]:
    """The computed changes (in points) a stated percentage accepts, and the rule in words."""
    x = frac(stated)
    if qualifier == "more_than":
        return Interval(x, None, False), f"more_than: computed must exceed {fmt(x)}"
    if qualifier in ("at_least", "vague"):
        r = rounding(stated)
        return Interval(r.lo, None), f"{qualifier}: computed must round to {fmt(x)} or more"
    if qualifier == "nearly":
        lo = min(x - tol.nearly_pct_points, x * (1 - tol.nearly_pct_rel))
        return (Interval(lo, x, True, False),
                f"nearly: computed in [{fmt(lo)}, {fmt(x)}) (nearly_pct_points = {fmt(tol.nearly_pct_points)}, "
                f"nearly_pct_rel = {fmt(tol.nearly_pct_rel)})")
    if qualifier == "about":
        a = tol.about_pct_points
        return (Interval(x - a, x + a, True, True),
                f"about: computed within {fmt(a)} points of {fmt(x)} (about_pct_points)")
    if qualifier == "fewer_than":
        return Interval(Fraction(0), x, True, False), f"fewer_than: computed must be below {fmt(x)}"
    if qualifier == "up_to":
        r = rounding(stated)
        return Interval(Fraction(0), r.hi, True, False), f"up_to: computed must round to {fmt(x)} or less"
    r = rounding(stated)
    return r, f"exact: computed must round to {stated} at {places(stated)} decimals, i.e. lie in {r.show(3)}"


def check_percentage(stated: Number, qualifier: str, old: Optional[Number], new: Optional[Number], *,
                     tolerances: Tolerances, direction: Optional[str] = None,
                     inputs: tuple[str, str] = ("exact", "exact")) -> Verdict:
    """A stated change against ``(new - old) / old``; ``direction`` "decrease" makes it a fall.

    ``stated`` is the magnitude as written (a fall of 25% is ``Decimal("25")``
    with ``direction="decrease"``; a negative ``stated`` is read as a fall too;
    without a direction only the size of the change is judged).  ``inputs`` are
    the qualifiers of the earlier and the later count: a count given as a round
    figure near the true one ("around 42,000", "almost 1,000") gives a range of
    changes, and the verdict is decided only when the whole range agrees
    (ANNOTATION.md decision 10).  A one-sided bound ("more than 11,000") is taken
    at its figure, as before: it bounds the count on one side only, and the papers
    print it as the figure they have.
    """
    if not missing(old, new) and set(inputs) & APPROXIMATE and frac(old) != 0:
        return _approximate_change(stated, qualifier, old, new, tolerances, direction, inputs)
    if missing(old, new):
        which = "earlier" if old is None else "later"
        return Verdict("unverifiable", None, "",
                       f"the {which} count is not in the text, so {stated}% cannot be recomputed")
    o, n, x = frac(old), frac(new), frac(stated)
    if o == 0:
        return Verdict("unverifiable", None, "",
                       f"the earlier count is zero, so a change from 0 to {fmt(n)} has no percentage")
    if x < 0:
        direction, stated, x = "decrease", abs(Decimal(str(stated))), -x
    change = (n - o) / o * HUNDRED
    accept, rule = accept_pct(stated, qualifier, tolerances)
    if direction is None:  # a change of unknown direction is judged on its size
        direction = "decrease" if change < 0 else "increase"
    falls = direction == "decrease"
    arithmetic = f"({fmt(n)} - {fmt(o)}) / {fmt(o)} = {fmt(change, 2 + places(stated))}%"
    if change != 0 and (change < 0) != falls:
        said = "a decrease" if falls else "an increase"
        moved = "rose" if change > 0 else "fell"
        return Verdict("inconsistent", change, rule,
                       f"{arithmetic}: the count {moved} from {fmt(o)} to {fmt(n)}, but the text states {said} "
                       f"of {stated}%; a gross error (wrong direction)", gross=True)
    magnitude = abs(change)
    verdict = judge(Interval.point(magnitude), accept)
    if verdict == "inconsistent" and set(inputs) & ONE_SIDED:
        bounded = _approximate_change(stated, qualifier, old, new, tolerances, direction, inputs,
                                      kinds=APPROXIMATE | ONE_SIDED)
        if bounded.verdict == "unverifiable":
            return bounded  # "over 26,000" on 17,672 may be a rise of more than 50%: no proof either way
    word = "fall" if falls else "rise"
    if verdict == "consistent":
        return Verdict(verdict, change, rule,
                       f"{arithmetic}, consistent with a stated {word} of {qualified(qualifier)}{stated}%")
    explanation = f"{arithmetic}, not a {word} of {qualified(qualifier)}{stated}%"
    ratio = n / o * HUNDRED
    gross = abs(magnitude - x) > tolerances.gross_rel * max(x, magnitude)
    if rounding(stated).contains(ratio):
        explanation += (f"; {stated}% is {fmt(n)} as a share of {fmt(o)} ({fmt(ratio, 2)}%), "
                        f"not the change: a gross error")
        gross = True
    elif gross:
        explanation += f"; off by {fmt(abs(magnitude - x), 1)} points: a gross error"
    return Verdict(verdict, change, rule, explanation, gross=gross)


def _approximate_change(stated: Number, qualifier: str, old: Number, new: Number, tolerances: Tolerances,
                        direction: Optional[str], inputs: tuple[str, str], kinds: frozenset = APPROXIMATE) -> Verdict:
    """A stated change against counts of which one at least is approximate: every change they allow.

    ``kinds``: the count qualifiers read as a range (the others are taken at their figure).
    """
    exact = check_percentage(stated, qualifier, old, new, tolerances=tolerances, direction=direction)
    o, n = frac(old), frac(new)
    near = [q if q in kinds else "exact" for q in inputs]
    possible = ratio_interval(count_interval(old, near[0], tolerances), count_interval(new, near[1], tolerances))
    if possible is None:
        return Verdict("unverifiable", exact.computed, exact.tolerance,
                       f"{exact.explanation.split(',')[0]}, but the earlier count is approximate and may be zero")
    if frac(stated) < 0:
        direction, stated = "decrease", abs(Decimal(str(stated)))
    if direction is None:
        direction = "decrease" if n < o else "increase"
    sign = -1 if direction == "decrease" else 1
    ends = [None if e is None else sign * (e - 1) * HUNDRED for e in (possible.lo, possible.hi)]
    if sign > 0:
        changes = Interval(ends[0], ends[1], possible.lo_closed, possible.hi_closed)
    elif ends[1] is None:
        changes = None  # a fall of any size up to the whole: nothing bounds it below
    else:
        changes = Interval(ends[1], ends[0], possible.hi_closed, possible.lo_closed)
    accept, rule = accept_pct(stated, qualifier, tolerances)
    verdict = "unverifiable" if changes is None else judge(changes, accept, rounded_only=False)
    allowed = "any size" if changes is None else changes.show(2)
    said = {"consistent": "consistent with", "inconsistent": "not",
            "unverifiable": "which may or may not be"}[verdict]
    word = "fall" if direction == "decrease" else "rise"
    terms = " and ".join(f"{qualified(q)}{fmt(frac(v))}" for v, q in zip((old, new), near) if q != "exact")
    return Verdict(verdict, exact.computed, rule,
                   f"{exact.explanation.split(', ')[0].split(': ')[0]}; the approximate {terms} allow a {word} "
                   f"of {allowed}%, {said} a {word} of {qualified(qualifier)}{stated}%",
                   gross=verdict == "inconsistent" and exact.gross)


def implied_count(known: Number, pct: Number, direction: Optional[str], *, known_is: str = "new"
                  ) -> Optional[tuple[Fraction, Interval]]:
    """The count a stated change implies: 18,036 after a 106% rise implies about 8,755.

    ``known_is`` says which count is known ("new" or "old").  Returns the
    implied value and the range the percentage's rounding allows, or ``None``
    when the change makes it undefined (a 100% fall to a known later count).
    """
    k = frac(known)
    r = rounding(pct)
    sign = Fraction(-1) if direction == "decrease" else Fraction(1)
    factors = [1 + sign * frac(pct) / HUNDRED, 1 + sign * r.lo / HUNDRED, 1 + sign * r.hi / HUNDRED]
    if known_is == "new":
        if any(f <= 0 for f in factors):
            return None
        values = [k / f for f in factors]
    else:
        values = [k * f for f in factors]
    ends = sorted(values[1:])
    return values[0], Interval(ends[0], ends[1], True, True)
