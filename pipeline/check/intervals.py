"""The ranges a stated figure allows, and the verdict of possible values against accepted ones.

The ground of every check (:mod:`pipeline.check.verdicts`): exact fractions, the
:class:`Interval` of values a rounded or qualified figure stands for ("99" is
``[98.5, 99.5)``, "about 500" 500 +/- ``about_count_rel``, "some 1,923" what
rounds to it), and :func:`judge`, which calls possible values ``consistent``,
``inconsistent`` or ``unverifiable`` against the accepted ones.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Optional, Union

from pipeline.check.tolerances import Tolerances


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


def judge(computed: Interval, accept: Interval, *, rounded_only: bool = True) -> str:
    """``consistent``/``inconsistent``/``unverifiable`` for possible values against accepted ones."""
    if computed.within(accept):
        return "consistent"
    if not computed.meets(accept):
        return "inconsistent"
    return "consistent" if rounded_only else "unverifiable"


def missing(*values: Optional[Number]) -> bool:
    return any(v is None for v in values)


#: Count qualifiers that make a count a round figure near the true one, either side of it or below.
APPROXIMATE = frozenset({"about", "nearly"})


#: Count qualifiers that bound a count on one side only ("more than 26,000"): taken at their figure, except
#: that a figure outside the claim's band is no proof while the bound allows one inside it.
ONE_SIDED = frozenset({"more_than", "at_least", "fewer_than", "up_to"})


def qualified(qualifier: str) -> str:
    """The words a qualifier is written with: "more_than" -> "more than "."""
    return {"more_than": "more than ", "nearly": "nearly ", "about": "about ", "at_least": "at least ",
            "fewer_than": "less than ", "up_to": "up to "}.get(qualifier, "")


def ratio_interval(old: Interval, new: Interval) -> Optional[Interval]:
    """Every ``new / old`` the two ranges allow (``None`` when ``old`` may be zero)."""
    if old.lo <= 0:
        return None
    hi = None if new.hi is None or old.lo == 0 else new.hi / old.lo
    return Interval(new.lo / old.hi if old.hi is not None else Fraction(0), hi,
                    new.lo_closed and old.hi is not None and old.hi_closed,
                    hi is not None and new.hi_closed and old.lo_closed)


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
