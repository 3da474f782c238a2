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

The arithmetic is cut along its jobs, and every name is importable from here as before:
:mod:`~pipeline.check.intervals` (the ranges a figure allows, :func:`judge`),
:mod:`~pipeline.check.change_verdicts` (a stated change; the count it implies),
:mod:`~pipeline.check.share_verdicts` (a share, a fraction word),
:mod:`~pipeline.check.factor_verdicts` ("doubled" and other factors) and
:mod:`~pipeline.check.total_verdicts` (sums, shares of one whole, differences).
"""
from __future__ import annotations

from pipeline.check.change_verdicts import accept_pct, check_percentage, implied_count
from pipeline.check.factor_verdicts import accept_factor, check_multiplier, check_multiplier_pct, factor_of_percentage
from pipeline.check.intervals import (APPROXIMATE, HUNDRED, ONE_SIDED, Interval, Number, Verdict, count_interval, fmt,
                                      frac, hedge_unit, judge, places, qualified, ratio_interval, rounding,
                                      total_rounding)
from pipeline.check.share_verdicts import (ONE_IN, PERCENT_WORDS, accept_share, check_share, fraction_word,
                                           share_interval)
from pipeline.check.total_verdicts import accept_difference, check_difference, check_partition, check_sum

__all__ = [
    "APPROXIMATE", "HUNDRED", "ONE_IN", "ONE_SIDED", "PERCENT_WORDS", "Interval", "Number", "Verdict",
    "accept_difference", "accept_factor", "accept_pct", "accept_share", "check_difference", "check_multiplier",
    "check_multiplier_pct", "check_partition", "check_percentage", "check_share", "check_sum", "count_interval",
    "factor_of_percentage", "fmt", "frac", "fraction_word", "hedge_unit", "implied_count", "judge", "places",
    "qualified", "ratio_interval", "rounding", "share_interval", "total_rounding",
]
