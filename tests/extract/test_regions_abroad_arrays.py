"""Places abroad read from the Doc's arrays (``AbroadIndex.matches``): a name's text is its tokens
joined with the one space spaCy keeps after a token, and a whitespace token ends a name."""
from __future__ import annotations

import pytest

from pipeline.extract.regions_abroad import AbroadIndex
from pipeline.extract.segments import tokenizer

INDEX = AbroadIndex([("Toronto", "toronto"), ("Green Bay", "green-bay"), ("Winston-Salem", "winston-salem"),
                     ("St. Mary's County", "st-marys"), ("New York", "new-york"), ("York", "york-pa")])


@pytest.mark.parametrize("text, expected", [
    ("Calls from Toronto rose.", [("Toronto", "toronto")]),
    ("In Green Bay and Winston-Salem.", [("Green Bay", "green-bay"), ("Winston-Salem", "winston-salem")]),
    ("St. Mary's County said so.", [("St. Mary's County", "st-marys")]),
    ("New York, and York too.", [("New York", "new-york"), ("York", "york-pa"), ("York", "york-pa")]),
    ("Green  Bay", []),  # two spaces: the second is a token of its own, so no name runs across it
    ("Green\nBay", []),
    ("green bay and toronto", []),  # a name starts with a capital
    ("GreenBay Torontonians", []),
    ("", []),
])
def test_matches(text, expected):
    doc = tokenizer().make_doc(text)
    found = [(doc[start:end].text, key) for start, end, key in INDEX.matches(doc)]
    assert found == expected


def test_places_and_sentences_share_one_tokenizer():
    from pipeline.extract import regions

    assert regions._tokenizer() is tokenizer()
    assert [r.name for r in regions.find_regions("Calls in Kent rose.")] == ["Kent"]
