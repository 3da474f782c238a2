"""Verdicts on a stated share: "5 per cent of the 1,504 calls", "one in four", "a third".

A percentage is accepted as a change is (:func:`~pipeline.check.change_verdicts.accept_pct`);
"one in N" stands for the shares nearer 1/N than any other "one in M"; other fraction
words are read as "about" their value.
"""
from __future__ import annotations

import re
from fractions import Fraction

from pipeline.check.change_verdicts import accept_pct
from pipeline.check.intervals import (APPROXIMATE, HUNDRED, Interval, Number, Verdict, count_interval, fmt, frac,
                                      judge, places, qualified, ratio_interval, rounding)
from pipeline.check.tolerances import Tolerances, one_in_band


#: "one in five", "1 in 8", "one out of four": a share as one in N.
ONE_IN = re.compile(r"\b(?:one|1)\s{1,3}(?:in|out\s{1,3}of)\s{1,3}\w+", re.I)


#: A share written as a percentage ("5 per cent", "12%", "5pc"), not as a fraction word.
PERCENT_WORDS = re.compile(r"%|\bper\s?cent|\bpercent|\d\s?pc\b", re.I)


def fraction_word(words: str) -> bool:
    """Whether a share is written as a fraction ("one in five", "a third", "nearly half"), not a percentage."""
    return bool(words) and not PERCENT_WORDS.search(words)


def accept_share(stated: Number, qualifier: str, tol: Tolerances, words: str = "") -> tuple[Interval, str]:
    """The computed shares a stated one accepts, and the rule in words.

    A percentage follows :func:`accept_pct`.  "One in N" (N of 3 or more) stands for
    the shares nearer 1/N than any other "one in M" (``tolerances.one_in_band``); "nearly one in N" the shares
    below 1/N down to that band's lower edge or ``nearly_pct_rel`` below 1/N, whichever is lower ("nearly one in
    ten" is [9, 10), as decision 10's "nearly X%" reads; the band alone gave [9.55, 10)); other
    fraction words ("a third", "half", "three in ten") are read as "about" their value
    (``about_pct_points``), since no paper writes "a third" for exactly 33.3%.
    """
    if not fraction_word(words):
        return accept_pct(stated, qualifier, tol)
    x = frac(stated)
    n = round(HUNDRED / x) if x else 0
    if ONE_IN.search(words) and n >= 3 and Fraction(100, n) == x:
        lo, hi = one_in_band(n)
        if qualifier in ("exact", "about"):
            return Interval(lo, hi), f"one in {n}: computed nearer 1/{n} than 1/{n - 1} or 1/{n + 1}, i.e. in [{fmt(lo)}, {fmt(hi)})"
        if qualifier == "nearly":  # decision 10's "nearly X": [0.9X, X), or the band's edge when that is lower
            lo = min(lo, x * (1 - tol.nearly_pct_rel))
            return Interval(lo, x), f"nearly one in {n}: computed in [{fmt(lo)}, {fmt(x)})"
        return accept_pct(stated, qualifier, tol)
    if qualifier == "exact":
        qualifier = "about"
    return accept_pct(stated, qualifier, tol)


def check_share(stated: Number, qualifier: str, part: Number, whole: Number, *, tolerances: Tolerances,
                inputs: tuple[str, str] = ("exact", "exact"), words: str = "") -> Verdict:
    """A stated share against ``part / whole``: "78 calls, 5 per cent of the 1,504" is 5.19%, which rounds to 5.

    ``inputs`` are the qualifiers of the part and the whole; an approximate one ("about", "nearly")
    gives a range of shares, decided only when the whole range agrees.  ``words`` is the share as
    written: fraction words ("one in four", "a third") accept what :func:`accept_share` says.
    """
    p, w = frac(part), frac(whole)
    if w == 0:
        return Verdict("unverifiable", None, "", f"the whole is zero, so {fmt(p)} is no share of it")
    share = p / w * HUNDRED
    accept, rule = accept_share(stated, qualifier, tolerances, words)
    near = [q if q in APPROXIMATE else "exact" for q in inputs]
    possible = ratio_interval(count_interval(whole, near[1], tolerances), count_interval(part, near[0], tolerances))
    if possible is None:
        return Verdict("unverifiable", share, rule, f"the whole may be zero, so {stated}% cannot be checked")
    shares = possible.scale(HUNDRED)
    verdict = judge(shares, accept, rounded_only=near == ["exact", "exact"])
    said = {"consistent": "consistent with", "inconsistent": "not",
            "unverifiable": "which may or may not be"}[verdict]
    arithmetic = f"{fmt(p)} / {fmt(w)} = {fmt(share, 2 + places(stated))}%"
    if shares.lo != shares.hi:
        arithmetic += f" (the approximate counts allow {shares.show(2)}%)"
    claim = f"'{words}'" if fraction_word(words) else f"a share of {qualified(qualifier)}{stated}%"
    return Verdict(verdict, share, rule, f"{arithmetic}, {said} {claim}",
                   gross=verdict == "inconsistent" and abs(share - frac(stated)) > tolerances.gross_rel * frac(stated))


def share_interval(stated: Number, qualifier: str, tol: Tolerances) -> Interval:
    """The true shares a stated one allows: "8%" is [7.5, 8.5), "about 30%" 30 +/- about_pct_points."""
    if qualifier == "exact":
        return rounding(stated)
    accept, _ = accept_pct(stated, qualifier, tol)
    return accept
