"""The ``[checks]`` section of ``settings.cfg`` as exact numbers.

Every tolerance a fact check applies is a named setting, documented beside its
key in ``data/settings.cfg`` and in ``docs/checks.md``.  Values are read as
:class:`fractions.Fraction` so that the bands' edges are exact (``1.9`` is
nineteen tenths, not the float nearest to it).
"""
from __future__ import annotations

import configparser
from dataclasses import dataclass, fields
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Optional

from pipeline.extract.listed_wholes import MISPRINT_SHARE  # noqa: F401 - the checks' band is the extractor's

#: :data:`MISPRINT_SHARE`: how far a sum of parts may miss its total and still be a misprint of it, as a share of the
#: total (the sums that judge a miss as "inconsistent" only that near: period, pointed and sorted sums); defined where
#: the extractor reads a breakdown within it (:mod:`pipeline.extract.listed_wholes`), so the two cannot part.


def within_misprint(summed: Fraction | Decimal, total: float) -> bool:
    """Whether a sum (exact: a :class:`~fractions.Fraction` or :class:`~decimal.Decimal`) misses the total ``total``
    by no more than :data:`MISPRINT_SHARE` of it: near enough to be a misprint of it."""
    whole = Fraction(repr(total))
    return abs(Fraction(summed) - whole) <= MISPRINT_SHARE * whole


@dataclass(frozen=True)
class Tolerances:
    """The bands and tolerances of :mod:`pipeline.checks`, in percentage points or factors."""

    about_pct_points: Fraction = Fraction(5, 2)
    nearly_pct_points: Fraction = Fraction(0)
    nearly_pct_rel: Fraction = Fraction(1, 10)
    gross_rel: Fraction = Fraction(1, 4)
    doubled_low: Fraction = Fraction(39, 20)
    doubled_high: Fraction = Fraction(41, 20)
    almost_low: Fraction = Fraction(9, 5)
    trebled_low: Fraction = Fraction(117, 40)
    trebled_high: Fraction = Fraction(123, 40)
    halved_low: Fraction = Fraction(39, 80)
    halved_high: Fraction = Fraction(41, 80)
    almost_halved_high: Fraction = Fraction(3, 5)
    multiplier_rel: Fraction = Fraction(1, 40)
    about_count_rel: Fraction = Fraction(1, 20)
    cross_count_rel: Fraction = Fraction(0)
    syndication_overlap: Fraction = Fraction(1, 2)


def load(config: Optional[configparser.ConfigParser] = None) -> Tolerances:
    """The tolerances of ``config``'s ``[checks]`` section (the defaults without one).

    A key that is absent keeps its default; a value that is not a number is
    logged and ignored rather than stopping the run.  Called once per record: the section's values are read
    each time (in one call; through ``get`` when one holds an interpolation sign), their parsing into fractions
    is kept (:func:`_parsed`).
    """
    if config is None:
        from pipeline.settings import defaults

        config = defaults()
    if not config.has_section("checks"):
        return Tolerances()
    written = dict(config.items("checks", raw=True))  # one call: ``get`` per key costs as much as the parsing
    if any(value and ("%" in value or "$" in value) for value in written.values()):
        written = {name: config.get("checks", name, fallback=None) for name in _NAMES}  # interpolated as ``get`` does
    return _parsed(tuple((name, written.get(name)) for name in _NAMES))


#: The names of :class:`Tolerances`' fields, the keys of ``[checks]`` it reads.
_NAMES = tuple(f.name for f in fields(Tolerances))


@lru_cache(maxsize=8)
def _parsed(raw: tuple[tuple[str, Optional[str]], ...]) -> Tolerances:
    """The tolerances of the ``[checks]`` values ``raw`` (name, value as written or None), each parsed once a
    run: a check of every record reads the same few settings (a frozen :class:`Tolerances`, shared)."""
    values = {}
    for name, value in raw:
        if value is None:
            continue
        try:
            values[name] = Fraction(value.strip())
        except (ValueError, ZeroDivisionError):
            import logging

            logging.getLogger(__name__).warning("[checks] %s = %r is not a number; default kept", name, value)
    return Tolerances(**values)


def one_in_band(n: int) -> tuple[Fraction, Fraction]:
    """The shares, in per cent, that "one in N" stands for (N of 3 or more): ``[lo, hi)``.

    A paper that writes "one in four" rounds a share to the nearest "one in M", so the
    claim holds for every share nearer to 1/N than to 1/(N+1) and 1/(N-1): "one in four"
    is [22.5, 29.17) per cent, and 28,000 of 100,000 (28%, one in 3.57) is "one in four",
    as the annotators judged it (ANNOTATION.md decision 10; README, "Checks").  "About"
    adds nothing to that rounding; "nearly one in four" is [22.5, 25), "more than one in
    four" above 25.
    """
    one = Fraction(100, n)
    lo = (Fraction(100, n + 1) + one) / 2
    hi = (one + Fraction(100, n - 1)) / 2
    return lo, hi
