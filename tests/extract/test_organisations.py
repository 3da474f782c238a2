"""Known bodies found in a text: a text searched again gets the same answer from the recent ones."""
from __future__ import annotations

import pytest

from pipeline.extract.organisations import lexicon


@pytest.mark.parametrize("text, expected", [
    ("Jo Roe of the Lucy Faithfull Foundation said the Stop It Now helpline was busy.",
     ["Lucy Faithfull Foundation", "Stop It Now!"]),
    ("No body is named here.", []),
])
def test_a_text_searched_again_gives_the_same_matches(text, expected):
    first = lexicon().org_spans(text)
    assert [name for _, _, name in first] == expected
    first.append((0, 0, "changed by the caller"))  # the caller's list is its own
    assert lexicon().org_spans(text) == first[:-1]
    assert [name for _, name in lexicon().find_orgs(text)] == expected
