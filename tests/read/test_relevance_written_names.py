"""A helpline's own name that is an ordinary word too counts only as written: "CALM", not "calm and clear".

Sentences of our own writing, varied along: the name's spelling (capitals, lower case, at a sentence's start), its
full name, the helpline's other aliases.
"""
from __future__ import annotations

import pytest

from pipeline.read.relevance import helplines_named


@pytest.mark.parametrize("text, named", [
    ("The person I spoke to was calm and clear about what would happen next.", []),
    ("Calm down, the adviser told him.", []),
    ("CALM answered 6,420 calls from West Yorkshire.", ["CALM"]),
    ("The Campaign Against Living Miserably answered 6,420 calls.", ["CALM"]),
    ("Ring 0800 58 58 58 for help.", ["CALM"]),
])
def test_calm_counts_only_as_written(text, named):
    assert helplines_named(text) == named
