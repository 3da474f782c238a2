"""A local branch named by its town: "Sevenoaks Samaritans", "Galway Pieta", "Dubbo Lifeline".

A helpline's local branches take their town's name before the helpline's, and that is evidence
that the name is the town (as "the Kilkenny branch" is), for a town of ``data/towns.jsonl`` that
would need it. The words are the one-word names of the helplines of ``data/helplines.jsonl``.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def branch_words() -> frozenset[str]:
    """The one-word, capitalised names of the helplines we know ("Samaritans", "Lifeline", "Pieta")."""
    from pipeline.read.relevance import helplines  # here: pipeline.read imports pipeline.extract

    out = set()
    for line in helplines():
        for alias in (*line.aliases, *line.as_written):
            if alias.isalpha() and alias[:1].isupper():
                out.add(alias)
    return frozenset(out)
