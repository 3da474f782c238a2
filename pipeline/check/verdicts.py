"""Pure verdicts: is a stated figure what the figures beside it give?

The arithmetic of :mod:`pipeline.checks`, usable on its own.  Following
statcheck, an exactly stated figure is accepted when the computed value rounds
to it at the stated precision (the decimals written in the text decide the
precision, carried by the :class:`~decimal.Decimal` passed in: ``Decimal("99")``
accepts ``[98.5, 99.5)``, ``Decimal("98.9")`` accepts ``[98.85, 98.95)``);
qualified figures ("more than", "nearly", "about") are accepted within the
named tolerances of :class:`~pipeline.check.tolerances.Tolerances`.  All arithmetic is
done with :class:`~fractions.Fraction`, so no edge is decided by a float.

Inputs that are themselves rounded or qualified give an :class:`Interval` of
possible values rather than one number.  A verdict is ``consistent`` when every
possible value is accepted, or when the two overlap only because of rounding;
``inconsistent`` when none is; ``unverifiable`` otherwise, and whenever an
input is missing or zero where it would divide.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Callable, Iterable, Optional, Union

from pipeline.check.tolerances import Tolerances, one_in_band

Number = Union[Decimal, Fraction, int, float, str]
HUNDRED = Fraction(100)


def frac(value: Number) -> Fraction:
    """An exact fraction; floats go through their shortest ``repr`` (``0.1`` is 1/10)."""
    if isinstance(value, float):
        return Fraction(repr(value))
    return Fraction(value)


def places(value: Number) -> int:
    """Decimal places a stated figure was written with (``Decimal("98.9")`` -> 1)."""
    if isinstance(value, float):
        value = Decimal(repr(value))
        if value == value.to_integral_value():
            return 0
    exponent = Decimal(value).as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


@dataclass(frozen=True)
class Interval:
    """The values between ``lo`` and ``hi`` (``None`` hi: no upper bound)."""

    lo: Fraction
    hi: Optional[Fraction] = None
    lo_closed: bool = True
    hi_closed: bool = False

    @classmethod
    def point(cls, value: Fraction) -> "Interval":
        return cls(value, value, True, True)

    def contains(self, x: Fraction) -> bool:
        above = x >= self.lo if self.lo_closed else x > self.lo
        below = self.hi is None or (x <= self.hi if self.hi_closed else x < self.hi)
        return above and below

    def within(self, other: "Interval") -> bool:
        """Every value of ``self`` is in ``other``."""
        lo_ok = self.lo > other.lo or (self.lo == other.lo and (other.lo_closed or not self.lo_closed))
        if other.hi is None:
            return lo_ok
        if self.hi is None:
            return False
        hi_ok = self.hi < other.hi or (self.hi == other.hi and (other.hi_closed or not self.hi_closed))
        return lo_ok and hi_ok

    def meets(self, other: "Interval") -> bool:
        """Some value lies in both."""
        if self.lo != other.lo:
            lo, lo_closed = max((self.lo, self.lo_closed), (other.lo, other.lo_closed), key=lambda e: e[0])
        else:
            lo, lo_closed = self.lo, self.lo_closed and other.lo_closed
        ends = [(i.hi, i.hi_closed) for i in (self, other) if i.hi is not None]
        if not ends:
            return True
        if len(ends) == 2 and ends[0][0] == ends[1][0]:
            hi, hi_closed = ends[0][0], ends[0][1] and ends[1][1]
        else:
            hi, hi_closed = min(ends, key=lambda e: e[0])
        return lo < hi or (lo == hi and lo_closed and hi_closed)

    def scale(self, k: Fraction) -> "Interval":
        """``k`` times every value (``k`` > 0)."""
        return Interval(self.lo * k, None if self.hi is None else self.hi * k, self.lo_closed, self.hi_closed)

    def show(self, digits: int = 2) -> str:
        left = "[" if self.lo_closed else "("
        if self.hi is None:
            return f"{'at least' if self.lo_closed else 'more than'} {fmt(self.lo, digits)}"
        if self.lo == self.hi:
            return fmt(self.lo, digits)
        right = "]" if self.hi_closed else ")"
        return f"{left}{fmt(self.lo, digits)}, {fmt(self.hi, digits)}{right}"


@dataclass(frozen=True)
class Verdict:
    """The outcome of one check: verdict, computed value, the rule applied, the arithmetic."""

    verdict: str
    computed: Optional[Fraction]
    tolerance: str
    explanation: str
    gross: bool = False


def fmt(x: Fraction, digits: int = 2) -> str:
    """A number for an explanation: thousands separated, at most ``digits`` decimals."""
    d = Decimal(x.numerator) / Decimal(x.denominator)
    q = d.quantize(Decimal(1).scaleb(-digits)) if digits else d.quantize(Decimal(1))
    text = f"{q:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def rounding(stated: Number) -> Interval:
    """The values that round to ``stated`` at its precision: 99 -> [98.5, 99.5)."""
    half = Fraction(1, 2) / Fraction(10) ** places(stated)
    x = frac(stated)
    return Interval(x - half, x + half, True, False)


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


def judge(computed: Interval, accept: Interval, *, rounded_only: bool = True) -> str:
    """``consistent``/``inconsistent``/``unverifiable`` for possible values against accepted ones."""
    if computed.within(accept):
        return "consistent"
    if not computed.meets(accept):
        return "inconsistent"
    return "consistent" if rounded_only else "unverifiable"


def _missing(*values: Optional[Number]) -> bool:
    return any(v is None for v in values)


#: Count qualifiers that make a count a round figure near the true one, either side of it or below.
APPROXIMATE = frozenset({"about", "nearly"})
#: Count qualifiers that bound a count on one side only ("more than 26,000"): taken at their figure, except
#: that a figure outside the claim's band is no proof while the bound allows one inside it.
ONE_SIDED = frozenset({"more_than", "at_least", "fewer_than", "up_to"})


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
    if not _missing(old, new) and set(inputs) & APPROXIMATE and frac(old) != 0:
        return _approximate_change(stated, qualifier, old, new, tolerances, direction, inputs)
    if _missing(old, new):
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
    the shares nearer 1/N than any other "one in M" (``tolerances.one_in_band``); other
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
        if qualifier == "nearly":
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


def qualified(qualifier: str) -> str:
    """The words a qualifier is written with: "more_than" -> "more than "."""
    return {"more_than": "more than ", "nearly": "nearly ", "about": "about ", "at_least": "at least ",
            "fewer_than": "less than ", "up_to": "up to "}.get(qualifier, "")


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
    return band, f"{qualifier}: ratio in {band.show()} ({name})"


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
    if _missing(old, new):
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


def ratio_interval(old: Interval, new: Interval) -> Optional[Interval]:
    """Every ``new / old`` the two ranges allow (``None`` when ``old`` may be zero)."""
    if old.lo <= 0:
        return None
    hi = None if new.hi is None or old.lo == 0 else new.hi / old.lo
    return Interval(new.lo / old.hi if old.hi is not None else Fraction(0), hi,
                    new.lo_closed and old.hi is not None and old.hi_closed,
                    hi is not None and new.hi_closed and old.lo_closed)


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


def count_interval(value: Number, qualifier: str, tol: Tolerances) -> Interval:
    """The values a stated count allows: "about 500" is 500 +/- about_count_rel."""
    v = frac(value)
    r = tol.about_count_rel
    unit = hedge_unit(v)
    if unit is not None and qualifier in ("about", "nearly"):  # "some 1,923": what rounds to it
        return Interval(v - unit / 2, v + unit / 2) if qualifier == "about" else Interval(v - unit, v)
    return {
        "more_than": Interval(v, None, False),
        "at_least": Interval(v),
        "vague": Interval(v),
        "about": Interval(v * (1 - r), v * (1 + r), True, True),
        "nearly": Interval(v * (1 - r), v, True, False),
        "fewer_than": Interval(Fraction(0), v, True, False),
        "up_to": Interval(Fraction(0), v, True, True),
    }.get(qualifier, Interval.point(v))


def hedge_unit(value: Number) -> Optional[Fraction]:
    """One unit of the last significant digit of a hedged count written with three or more ("some 1,923": 1;
    "around 1.23 million": 10,000), or ``None`` for a round figure ("about 42,000", "about 1,250": a last
    significant digit of 5 is a rounding to a half or quarter) or one with a fraction.

    A hedge on a figure so precise allows a few units, not 5% (ANNOTATION.md decision 10 asks for the range the
    approximation allows): "some 1,923" is what rounds to it, [1,922.5, 1,923.5); "nearly 1,460" is
    [1,450, 1,460).  A round figure keeps the range of ``about_count_rel``."""
    v = frac(value)
    if v.denominator != 1 or v <= 0:
        return None
    digits = str(v.numerator)
    significant = digits.rstrip("0")
    if len(significant) < 3 or significant.endswith("5"):
        return None
    return Fraction(10) ** (len(digits) - len(significant))


def total_rounding(value: Number) -> Interval:
    """What an exact total rounds from: its trailing zeros, keeping two significant digits.

    24,000 accepts [23,500, 24,500); 24,232 only itself; 100 accepts [95, 105).
    """
    v = frac(value)
    if v.denominator != 1 or v <= 0:
        return Interval.point(v)
    digits = str(v.numerator)
    zeros = min(len(digits) - len(digits.rstrip("0")), max(0, len(digits) - 2))
    if zeros == 0:
        return Interval.point(v)
    half = Fraction(10) ** zeros / 2
    return Interval(v - half, v + half, True, False)


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


def share_interval(stated: Number, qualifier: str, tol: Tolerances) -> Interval:
    """The true shares a stated one allows: "8%" is [7.5, 8.5), "about 30%" 30 +/- about_pct_points."""
    if qualifier == "exact":
        return rounding(stated)
    accept, _ = accept_pct(stated, qualifier, tol)
    return accept


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
