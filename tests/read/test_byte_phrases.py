"""Many phrases found at once in raw bytes: Hyperscan and Aho-Corasick give the same matches."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.read.byte_phrases import PhraseMatcher, hyperscan_available

ENGINES = ["ahocorasick"] + (["hyperscan"] if hyperscan_available() else [])
PHRASES = [b"stop it now", b"it now", b"helpline", b"help", b"t\xc3\xa4ter", b"don&rsquo;t", b"zz"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("data, expected", [
    (b"Call STOP IT NOW.", [(0, 5, 16), (1, 10, 16)]),
    (b"the Helpline helps", [(2, 4, 12), (3, 4, 8), (3, 13, 17)]),
    (b"Kein T\xc3\xa4ter", [(4, 5, 11)]),
    (b"Kein T\xc3\x84ter", []),  # bytes outside ASCII are matched as they are, as bytes.lower() leaves them
    (b"Don&RSQUO;t", [(5, 0, 11)]),
    (b"", []),
    (b"xyz", []),
    (b"zZz", [(6, 0, 2), (6, 1, 3)]),
])
def test_every_occurrence_of_every_phrase(engine, data, expected):
    assert sorted(PhraseMatcher(PHRASES, engine).matches(data)) == expected


def test_phrases_must_be_lower_case():
    with pytest.raises(ValueError):
        PhraseMatcher([b"Stop"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([b"Stop ", b"it ", b"NOW", b"help", b"LINE", b"z", b"\xc3\xa4", b"<", b"\x00"]),
                max_size=30))
def test_the_engines_agree(parts):
    data = b"".join(parts)
    found = [sorted(PhraseMatcher(PHRASES, engine).matches(data)) for engine in ENGINES]
    assert all(f == found[0] for f in found)
