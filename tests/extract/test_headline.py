"""A headline written all in lower case, and its capitalised copy (our own sentences)."""
from __future__ import annotations

import pytest

from pipeline.extract.headline import capitalised, lower_headline


@pytest.mark.parametrize("text, expected", [
    ("appeal for helpline volunteers in kent\n\nBody text.", (0, 38)),
    ("calls to the charity doubled", (0, 28)),                      # one line, no newline
    ("2,000 calls to the line in 2023\nMore.", (0, 31)),            # figures are no capitals
    ("Appeal for helpline volunteers\n\nBody.", None),                # a capital: an ordinary headline
    ("appeal for KENT volunteers\n", None),
    ("kent appeal\nBody.", None),                                    # two words: not a headline
    ("\nappeal for helpline volunteers", None),                       # empty first line
    ("", None),
])
def test_lower_headline(text, expected):
    assert lower_headline(text) == expected


@pytest.mark.parametrize("line, expected", [
    ("calls rise in avon and somerset", "Calls Rise in Avon and Somerset"),
    ("isle of wight branch opens", "Isle of Wight Branch Opens"),
    ("weston-super-mare volunteers", "Weston-super-Mare Volunteers"),
    ('"stop it now" line busier', '"Stop It Now" Line Busier'),
    ("the helpline's busiest year", "the Helpline's Busiest Year"),   # a leading small word too stays
    ("2,000 calls (north wales)", "2,000 Calls (North Wales)"),
])
def test_capitalised_keeps_length_and_small_words(line, expected):
    assert capitalised(line) == expected
    assert len(capitalised(line)) == len(line)
