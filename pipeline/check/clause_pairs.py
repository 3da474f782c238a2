"""A claim and counts of one sentence that stand in two clauses about two things.

"While the total fell to 900 in 2023 from 950 in 2022, calls about betting nearly
doubled"; "The line took 1,200 calls in 2022, down from 1,300, but calls from women
tripled": the counts are of the first clause's thing, the claim of the second's.  A
pair so placed may agree with the claim by chance, but a disagreement proves nothing:
the verdict is ``unverifiable`` (:mod:`pipeline.extract.clauses` reads the words).
"""
from __future__ import annotations

import dataclasses
from typing import Optional

from pipeline.extract.clauses import two_clauses
from pipeline.records import Check, Count, Fact


def of_another_clause(claim: Fact, old: Count, new: Count, text: Optional[str]) -> bool:
    """The claim and both counts share one sentence, and the words set the counts in another clause than the
    claim's (a contrast or a new subject between the claim and the nearer count)."""
    if not text or not (tuple(old.sentence) == tuple(new.sentence) == tuple(claim.sentence)):
        return False
    s = claim.sentence[0]
    sentence = text[s:claim.sentence[1]]
    spans = sorted([(c.start - s, c.end - s) for c in (old, new)] + [(claim.start - s, claim.end - s)])
    at = spans.index((claim.start - s, claim.end - s))
    if at == 0:
        return two_clauses(sentence, spans[0], spans[1])
    if at == len(spans) - 1:
        return two_clauses(sentence, spans[-2], spans[-1])
    return False


def no_verdict_across_clauses(check: Check, claim: Fact, old: Count, new: Count, text: Optional[str]) -> Check:
    """An "inconsistent" on counts of another clause (:func:`of_another_clause`) becomes ``unverifiable``;
    agreement stands."""
    if check.verdict != "inconsistent" or not of_another_clause(claim, old, new, text):
        return check
    return dataclasses.replace(check, verdict="unverifiable", explanation=check.explanation
                               + "; the counts stand in another clause of the sentence, about another thing "
                                 "than the claim, so no verdict")
