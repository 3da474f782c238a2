"""``word_at`` finds what the pattern it replaced found, at the same offset."""
import re

import pytest

from pipeline.extract.whole_words import word_at


def by_pattern(text: str, word: str):
    m = re.search(rf"(?<![\w'\u2019-]){re.escape(word)}(?![\w-])", text)
    return m.start() if m else None


@pytest.mark.parametrize("text, word, expected", [
    ("Roe, who founded the trust, said", "Roe", 0),
    ("Jo Roe said", "Roe", 3),
    ("Monroe said", "Roe", None),  # inside a word
    ("Roes said", "Roe", None),
    ("Roe-Smith said", "Roe", None),  # a hyphen after
    ("Smith-Roe said", "Roe", None),  # a hyphen before
    ("O'Roe said", "Roe", None),  # an apostrophe before
    ("O\u2019Roe said", "Roe", None),
    ("Roe's team", "Roe", 0),  # an apostrophe after is allowed
    ("Monroe and Roe", "Roe", 11),  # the first whole word, after a part of one
    ("_Roe", "Roe", None),  # an underscore is a word character
    ("Roe_", "Roe", None),
    ("2Roe", "Roe", None),
    ("ÉRoe and Roé", "Roe", None),  # accented letters are word characters
    ("(Roe)", "Roe", 1),
    ("roe and Roe", "Roe", 8),  # as written
    ("Mac Roe.", "Roe", 4),
    ("", "Roe", None),
    ("RoeRoe Roe", "Roe", 7),
    ("a.b, a . b", ".", 7),  # the word is found as written, not as a pattern
    ("St. John", "St.", 0),
])
def test_word_at(text, word, expected):
    assert word_at(text, word) == expected == by_pattern(text, word)
