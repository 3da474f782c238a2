"""A "doubled" beside a stated change its words do not tie to it: no "inconsistent" on that change alone.

"Reports rose by almost two thirds while the number of pages doubled" states two changes of two
things; only "calls rose 60%, doubling" (the change and the claim of one clause, no period of the
claim's own) ties them. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, verdict", [
    # two things, two changes: the paper contradicts nothing
    ("Reports of abuse images have risen by almost two thirds while the number of pages found to hold the "
     "worst material has doubled in recent years.", "unverifiable"),
    ("Referrals went up by 40% in 2022, and the number of volunteers doubled over the same period.", "unverifiable"),
    ("Calls to the helpline have doubled in five years.\n\nChats rose by a quarter last year.", "unverifiable"),
    # one clause ties the change to the claim: a verdict either way
    ("Calls to the line rose 100% last year, doubling.", "consistent"),
    ("Calls to the line rose 60%, doubling.", "inconsistent"),
])
def test_doubled_beside_a_change(text, verdict):
    record = extract_article(text, source="doubled.txt", published="2023-02-01")
    [check] = [c for c in record.checks if c.kind == "multiplier"]
    assert check.verdict == verdict, check.explanation
