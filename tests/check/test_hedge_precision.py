"""A hedge on a figure of three or more significant digits allows what rounds to it, not 5%.

"Some 1,923 people ... an 81 per cent rise on 2010, when 1,063 attended": the paper printed the figure it
had, and "some" can move it by a unit at most, so the change is decided (ANNOTATION.md decision 10: the
range the approximation allows).  A round figure ("around 42,000") keeps the range of ``about_count_rel``.
Sentences of our own writing.
"""
from __future__ import annotations

from fractions import Fraction

import pytest

from pipeline import extract_article
from pipeline.check.tolerances import Tolerances
from pipeline.check.verdicts import Interval, count_interval, hedge_unit


@pytest.mark.parametrize("value, unit", [
    (1923, Fraction(1)),
    (1_230_000, Fraction(10_000)),
    (52_370, Fraction(10)),
    (8_740, Fraction(10)),
    (42_000, None),
    (8_700, None),
    (100, None),
    (Fraction(25, 2), None),
])
def test_hedge_unit(value, unit):
    assert hedge_unit(value) == unit


@pytest.mark.parametrize("value, qualifier, expected", [
    (1923, "about", Interval(Fraction(3845, 2), Fraction(3847, 2), True, False)),
    (1460, "nearly", Interval(Fraction(1450), Fraction(1460), True, False)),
    (42_000, "about", Interval(Fraction(39_900), Fraction(44_100), True, True)),
    (1000, "nearly", Interval(Fraction(950), Fraction(1000), True, False)),
])
def test_count_interval_of_a_hedge(value, qualifier, expected):
    got = count_interval(value, qualifier, Tolerances())
    assert (got.lo, got.hi, got.lo_closed, got.hi_closed) == (expected.lo, expected.hi, expected.lo_closed,
                                                               expected.hi_closed)


@pytest.mark.parametrize("text, stated, verdict", [
    ("Some 1,923 people called the line in 2023. This was an 81 per cent rise on 2022, when 1,063 called.",
     81.0, "consistent"),
    ("Around 2,480 people got in touch in 2023, up 24 per cent on the 2,000 who did so in 2022.", 24.0,
     "consistent"),
    ("The service helped about 3,160 people in 2023, 5 per cent more than the 3,000 it helped in 2022.", 5.0,
     "consistent"),
    ("Some 1,460 people called the line in 2023, 46 per cent more than the 1,000 who called in 2022.", 46.0,
     "consistent"),
    ("Some 1,460 people called the line in 2023, 40 per cent more than the 1,000 who called in 2022.", 40.0,
     "inconsistent"),
    # round figures keep the wide range
    ("The line took some 52,370 calls in 2023, a 24% rise on the around 42,000 calls of 2022.", 24.0,
     "unverifiable"),
    ("Almost 1,000 people called in 2023, up 50% from 500 in 2022.", 50.0, "inconsistent"),
])
def test_a_precise_hedged_count_decides_the_change(text, stated, verdict):
    record = extract_article(text, source="hedge.txt", published="2024-03-01")
    assert [c.verdict for c in record.checks if c.kind == "percentage" and c.stated == stated] == [verdict]


@pytest.mark.parametrize("value", [1_250, 2_750, 8_750, 1_150, 12_500, 3_350_000])
def test_a_figure_rounded_to_a_half_or_quarter_is_round(value):
    """"about 1,250", "nearly 2,750": a figure whose last significant digit is 5 is rounded to a half or a
    quarter of the unit before, as papers round; it keeps the wide range."""
    assert hedge_unit(value) is None


@pytest.mark.parametrize("text, stated", [
    ("The helpline received 1,000 calls in 2022. In 2023 it received about 1,250 calls, a rise of 23%.", 23.0),
    ("The helpline received 2,000 calls in 2022. In 2023 it received nearly 2,750 calls, a rise of 36%.", 36.0),
    ("The helpline answered 1,000 calls in 2022 and some 1,250 in 2023, a rise of 24%.", 24.0),
    ("The line answered 1,000 calls in 2022 and about 1,150 in 2023, a rise of 14%.", 14.0),
])
def test_no_inconsistent_on_a_hedged_figure_rounded_to_a_half(text, stated):
    record = extract_article(text, source="hedge.txt", published="2024-03-01")
    assert "inconsistent" not in [c.verdict for c in record.checks if c.kind == "percentage" and c.stated == stated]
