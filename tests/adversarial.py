"""Long adversarial texts for the liveness tests of every extractor (our own writing).

Each is a shape that makes a careless regular expression backtrack: long runs of
capitalised words, of spaces, of digits and commas, of quote marks, of brackets,
one very long line, and mixtures of them.  Shared by tests/extract/ and tests/read/.
"""
from __future__ import annotations

from hypothesis import strategies as st

CAPITALISED = "Stop It Now Lucy Faithfull Foundation Chief Constable North Yorkshire Police Council Helpline Manager".split()


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def capitalised_words(count: int = 5000) -> str:
    """``count`` capitalised words in a row, then a quote with its speaker."""
    words = [CAPITALISED[i % len(CAPITALISED)] for i in range(count)]
    return " ".join(words) + ' "We took 1,200 calls in 2021," said Jane Smith, its director.'


def spaces_before_bang(count: int = 5000) -> str:
    return "Calls to the helpline rose by 45%" + " " * count + "!"


def spaces_inside(count: int = 50_000) -> str:
    """A long run of spaces inside a sentence, as a blanked-out overlong token leaves."""
    return "According to the helpline, 300 people called" + " " * count + "when it opened, said Jane Smith."


def digits_and_commas(size: int = 50_000) -> str:
    return "The helpline took " + _fill("1,234,", size) + " calls in 2020."


def two_digit_groups(size: int = 100_000) -> str:
    """A run of two-digit groups cut by commas ("12,12,12,..."), which a pattern of Indian digit grouping
    ("1,50,000") with an unbounded run of groups reads again from every digit."""
    return "The helpline took " + _fill("12,", size) + "345 calls in 2020."


def quote_marks(size: int = 20_000) -> str:
    return "He said " + _fill("\"\u201c\u201d'\u2018\u2019", size) + " 300 people called."


def brackets(size: int = 20_000) -> str:
    return "In 2021 (" + _fill("([{", size) + " 12 people)" + _fill(")]}", size // 2) + " called."


def long_line(size: int = 200_000) -> str:
    """One line of ``size`` characters without a full stop: words, numbers, names and commas."""
    unit = "the Stop It Now helpline in Wales took 1,200 calls, up 45% on 2020 according to Mr Smith of the Police, "
    return _fill(unit, size)


def mixture(size: int = 30_000) -> str:
    unit = ('Mr John Smith, "1,200 calls" (up 45%)   in 2021 \u2013 ' + "A B C D E F G H " + "  ,,,  ''' ((( 9,9,9 ")
    return _fill(unit, size) + "!"


def spaces_and_newlines(count: int = 5000) -> str:
    return "Stop It Now took 300 calls" + " \n" * count + "said Jane Smith."


TEXTS = {
    "capitalised words": capitalised_words,
    "spaces before !": spaces_before_bang,
    "spaces inside a sentence": spaces_inside,
    "digits and commas": digits_and_commas,
    "two-digit groups": two_digit_groups,
    "quote marks": quote_marks,
    "brackets": brackets,
    "200 kB line": long_line,
    "mixture": mixture,
    "spaces and newlines": spaces_and_newlines,
}


#: Pieces that careless patterns backtrack on; hypothesis strings them together in long runs.
PIECES = ("Stop ", "It ", "Now ", "Smith ", "A ", "Mr ", "Chief Constable ", " ", "   ", "\n", ",", ", ",
          "1", "9,", "000", "45%", ".", "!", "?", '"', "\u201c", "\u201d", "'", "\u2019", "(", ")", "[", "]",
          "-", "\u2013 ", "said ", "according to ", "of the ", "in 2021 ", "per cent ", "when ", ":", ";")


@st.composite
def adversarial_texts(draw, max_runs: int = 12) -> str:
    """A text of a few long runs: each run one or two pieces repeated up to 2,000 times."""
    runs = draw(st.lists(st.tuples(st.lists(st.sampled_from(PIECES), min_size=1, max_size=2),
                                   st.integers(min_value=1, max_value=2000)), min_size=1, max_size=max_runs))
    return "".join("".join(unit) * times for unit, times in runs)[:60_000]
