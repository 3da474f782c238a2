"""The ``[checks]`` tolerances read once per record, parsed once per run (twenty-fourth round, speed24): the same
:class:`Tolerances` as parsing every value each time, whatever the settings hold (values changed between two
records, an interpolated value, a value that is no number, a section absent, the defaults)."""
from __future__ import annotations

import configparser
import logging
from fractions import Fraction

import pytest

from pipeline.check.tolerances import Tolerances, load


def config_of(text: str) -> configparser.ConfigParser:
    config = configparser.ConfigParser()
    config.read_string(text)
    return config


@pytest.mark.parametrize("text, expected", [
    ("[checks]\ngross_rel = 0.3\n", {"gross_rel": Fraction(3, 10)}),
    ("[checks]\ngross_rel = 0.3\ndoubled_low = 1.9\n", {"gross_rel": Fraction(3, 10), "doubled_low": Fraction(19, 10)}),
    ("[DEFAULT]\nband = 0.35\n[checks]\ngross_rel = %(band)s\n", {"gross_rel": Fraction(7, 20)}),
    ("[checks]\nabout_pct_points = 3\nunknown_key = 9\n", {"about_pct_points": Fraction(3)}),
    ("[checks]\n", {}),
    ("[extract]\nmax_chars = 10\n", {}),
])
def test_the_values_written_are_the_tolerances(text: str, expected: dict) -> None:
    assert load(config_of(text)) == Tolerances(**expected)


def test_a_value_changed_between_two_records_is_read_anew() -> None:
    config = config_of("[checks]\ngross_rel = 0.3\n")
    assert load(config).gross_rel == Fraction(3, 10)
    config.set("checks", "gross_rel", "0.4")
    assert load(config).gross_rel == Fraction(2, 5)
    config.remove_option("checks", "gross_rel")
    assert load(config).gross_rel == Tolerances().gross_rel


def test_a_value_that_is_no_number_keeps_its_default(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="pipeline.check.tolerances"):
        tol = load(config_of("[checks]\nhalved_low = about half\ngross_rel = 0.2\n"))
    assert tol.halved_low == Tolerances().halved_low and tol.gross_rel == Fraction(1, 5)
    assert "halved_low" in caplog.text


def test_the_defaults_twice_are_one_value() -> None:
    assert load() == load() and load() is load()
