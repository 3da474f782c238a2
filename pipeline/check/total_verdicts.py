"""Verdicts on totals and differences: parts against their total, shares of one whole against 100%,
"an increase of nearly 300,000" against ``new - old``.
"""
from __future__ import annotations

from fractions import Fraction
from typing import Callable, Iterable, Optional

from pipeline.check.intervals import (APPROXIMATE, HUNDRED, ONE_SIDED, Interval, Number, Verdict, count_interval,
                                      fmt, frac, judge, qualified, total_rounding)
from pipeline.check.share_verdicts import share_interval
from pipeline.check.tolerances import Tolerances


def _summed(parts: list[tuple[Number, str]],
            interval_of: Callable[[Number, str], Interval]) -> tuple[Interval, Fraction]:
    """Every value the sum of ``parts`` may take (each part's values from ``interval_of``), and the sum as stated."""
    lo, hi, lo_closed, hi_closed, total = Fraction(0), Fraction(0), True, True, Fraction(0)
    for value, q in parts:
        i = interval_of(value, q)
        total += frac(value)
        lo += i.lo
        lo_closed = lo_closed and i.lo_closed
        if i.hi is None or hi is None:
            hi = None
        else:
            hi += i.hi
            hi_closed = hi_closed and i.hi_closed
    return Interval(lo, hi, lo_closed, hi_closed), total


def check_sum(stated: Number, qualifier: str, parts: Iterable[tuple[Number, str]], *,
              tolerances: Tolerances) -> Verdict:
    """A stated total against its parts, each ``(value, qualifier)``."""
    parts = list(parts)
    if not parts:
        return Verdict("unverifiable", None, "", f"no parts of {fmt(frac(stated))} are in the text")
    possible, total = _summed(parts, lambda value, q: count_interval(value, q, tolerances))
    rounded_only = all(q in ("exact", "about") for _, q in parts)
    x = frac(stated)
    if qualifier == "exact":
        accept = total_rounding(stated)
        rule = f"exact: the parts must add up to {fmt(x)} as rounded, i.e. {accept.show()}"
    elif qualifier == "about":
        r = tolerances.about_count_rel
        accept = Interval(x * (1 - r), x * (1 + r), True, True)
        rule = f"about: the parts must add up to within {fmt(r * 100)}% of {fmt(x)} (about_count_rel)"
    else:
        accept = count_interval(stated, qualifier, tolerances)
        rule = f"{qualifier}: the parts must add up to {qualified(qualifier)}{fmt(x)}"
    verdict = judge(possible, accept, rounded_only=rounded_only)
    terms = " + ".join(qualified(q) + fmt(frac(v)) for v, q in parts)
    said = {"consistent": "which is", "inconsistent": "which is not",
            "unverifiable": "which may or may not be"}[verdict]
    shown = fmt(total) if possible.lo == possible.hi else possible.show(0)
    target = f"{qualified(qualifier)}{fmt(x)}" if qualifier != "exact" else f"{fmt(x)} as rounded"
    return Verdict(verdict, total, rule, f"{terms} = {shown}, {said} {target}",
                   gross=verdict == "inconsistent" and abs(total - x) > tolerances.gross_rel * x)


def check_partition(parts: Iterable[tuple[Number, str]], *, tolerances: Tolerances) -> Verdict:
    """Shares listed as the parts of one whole against 100%, each ``(value, qualifier)``.

    "60% were men, 32% women and the remaining 8% did not say": each exact share stands
    for the values that round to it, so three whole-number shares may add up to anything
    in [98.5, 101.5) and still be right.  Consistent when 100 lies within what the shares
    allow and every share is exact; inconsistent when it lies outside; unverifiable when
    an approximate share ("about 30%") makes 100 possible but not certain.
    """
    parts = list(parts)
    possible, total = _summed(parts, lambda value, q: share_interval(value, q, tolerances))
    exact = all(q == "exact" for _, q in parts)
    if possible.contains(HUNDRED):
        verdict = "consistent" if exact else "unverifiable"
    else:
        verdict = "inconsistent"
    terms = " + ".join(f"{qualified(q)}{fmt(frac(v))}" for v, q in parts)
    rule = (f"partition: the shares of one whole must add up to 100% as rounded, i.e. 100 within "
            f"{possible.show(2)}")
    said = {"consistent": "which is", "inconsistent": "which is not",
            "unverifiable": "which may or may not be"}[verdict]
    return Verdict(verdict, total, rule, f"{terms} = {fmt(total)}% (the shares as written allow {possible.show(2)}), "
                                         f"{said} the whole, 100%",
                   gross=verdict == "inconsistent" and abs(total - HUNDRED) > tolerances.gross_rel * HUNDRED)


def accept_difference(stated: Number, qualifier: str, tol: Tolerances) -> tuple[Interval, str]:
    """The differences a stated one accepts, and the rule in words.

    Decision 10's qualifier rules on the size of the change: "nearly 300,000" is
    [270,000, 300,000) (``nearly_pct_rel``), "more than 100" above 100, "about 2,000"
    within ``about_count_rel``; an exact figure is what rounds to it, keeping two
    significant digits (:func:`total_rounding`: "300,000" is [295,000, 305,000)).
    """
    x = frac(stated)
    if qualifier == "nearly":
        lo = x * (1 - tol.nearly_pct_rel)
        return Interval(lo, x, True, False), f"nearly: difference in [{fmt(lo)}, {fmt(x)}) (nearly_pct_rel)"
    if qualifier == "about":
        r = tol.about_count_rel
        return (Interval(x * (1 - r), x * (1 + r), True, True),
                f"about: difference within {fmt(r * 100)}% of {fmt(x)} (about_count_rel)")
    if qualifier in ("more_than", "at_least", "vague", "fewer_than", "up_to"):
        return count_interval(stated, qualifier, tol), f"{qualifier}: the difference must be {qualified(qualifier)}{fmt(x)}"
    accept = total_rounding(stated)
    return accept, f"exact: the difference must round to {fmt(x)}, i.e. lie in {accept.show()}"


def check_difference(stated: Number, qualifier: str, old: Number, new: Number, *, tolerances: Tolerances,
                     direction: Optional[str] = None, inputs: tuple[str, str] = ("exact", "exact")) -> Verdict:
    """A stated difference ("an increase of nearly 300,000", "100 more than last year") against ``new - old``.

    ``inputs`` are the qualifiers of the earlier and the later count: an approximate one
    ("about", "nearly") gives a range of differences, decided only when the whole range
    agrees (decision 10); a one-sided bound ("more than 5.7 million") is taken at its
    figure, as in the change checks.
    """
    o, n = frac(old), frac(new)
    change = n - o
    falls = direction == "decrease"
    accept, rule = accept_difference(stated, qualifier, tolerances)
    arithmetic = f"{fmt(n)} - {fmt(o)} = {fmt(change)}"
    word = "fall" if falls else "rise"
    claim = f"a {word} of {qualified(qualifier)}{fmt(frac(stated))}"
    if change != 0 and (change < 0) != falls:
        moved = "rose" if change > 0 else "fell"
        return Verdict("inconsistent", change, rule,
                       f"{arithmetic}: the count {moved} from {fmt(o)} to {fmt(n)}, but the text states {claim}; "
                       "a gross error (wrong direction)", gross=True)
    near = [q if q in APPROXIMATE else "exact" for q in inputs]
    possible = _differences(old, new, near, falls, tolerances)
    verdict = judge(possible, accept, rounded_only=near == ["exact", "exact"])
    if verdict == "inconsistent" and set(inputs) & ONE_SIDED:
        # "more than 5.7 million" may be any figure above it: no proof of a wrong difference
        bounded = _differences(old, new, [q if q in APPROXIMATE | ONE_SIDED else "exact" for q in inputs], falls,
                               tolerances)
        if bounded.meets(accept):
            verdict, possible = "unverifiable", bounded
    if possible.lo != possible.hi:
        arithmetic += f" (the approximate counts allow {possible.show(0)})"
    said = {"consistent": "consistent with", "inconsistent": "not",
            "unverifiable": "which may or may not be"}[verdict]
    return Verdict(verdict, abs(change), rule, f"{arithmetic}, {said} {claim}",
                   gross=verdict == "inconsistent" and abs(abs(change) - frac(stated)) > tolerances.gross_rel * frac(stated))


def _differences(old: Number, new: Number, qualifiers: list[str], falls: bool, tol: Tolerances) -> Interval:
    """Every size of change ``new - old`` the two counts allow (a fall counted as positive when ``falls``)."""
    o, n = count_interval(old, qualifiers[0], tol), count_interval(new, qualifiers[1], tol)
    lo = n.lo - o.hi if o.hi is not None else -_FAR  # an earlier count with no upper bound allows any fall
    hi = None if n.hi is None else n.hi - o.lo
    if falls:
        lo, hi = (-_FAR if hi is None else -hi), -lo
    return Interval(lo, hi, True, True)


#: Beyond any count: the open end of a range of differences.
_FAR = Fraction(10) ** 18
