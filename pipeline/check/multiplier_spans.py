"""A multiplier whose sentence's pair is not as far apart as its words say, judged on the pair that is.

"It had 1,700 calls from Fife in 2022 and 1,200 in 2020, so calls have almost doubled in three years": the
extractor links the two figures of the sentence and dates the claim by the later of them (2022),
but "in three years" puts the claim's two figures three years apart, and these two are two years apart.  The span
check (:func:`pipeline.check.claim_spans.off_span`) makes the disagreement on that pair no verdict; the period it
took is the lent one of a figure its words set aside, so :func:`span_apart_check` drops it and asks the period
resolver (:mod:`pipeline.check.period_pairs`) for the one pair of the claim's measure and place as far apart as its
words say (2020's figure and the 2023 one of the sentence before).  The resolver's rules of verdict stand: both
verdicts when that pair is the only one of the span, of one measure and place.
"""
from __future__ import annotations

import dataclasses

from pipeline.check.claim_spans import span_before, span_months
from pipeline.check.evidence import Evidence
from pipeline.check.period_pairs import resolved_check
from pipeline.check.tolerances import Tolerances
from pipeline.records import Check, Count, Multiplier


def span_apart_check(linked: Check, check: Check, mult: Multiplier, ev: Evidence, tol: Tolerances) -> Check:
    """``check`` (the claim's check after the resolver), or, when ``linked`` (its check on the pair the extractor
    linked) was ``inconsistent`` on two dated figures of the claim's own sentence that are not as far apart as its
    words say, and its period is one of theirs, the claim judged with no period of its own on the one pair its
    span fits (:func:`~pipeline.check.period_pairs.resolved_check`); ``check`` when none fits."""
    if linked.verdict != "inconsistent" or check.verdict != "unverifiable":
        return check
    months = span_months(mult, ev)
    counts = [c for c in (ev.get(i, Count) for i in linked.inputs) if c is not None]
    if months is None or len(counts) != 2 or not all(c.period_start and c.period_end for c in counts):
        return check
    if any(tuple(c.sentence) != tuple(mult.sentence) for c in counts):
        return check  # figures found elsewhere: not a period lent by its own words' figures
    old, new = sorted(counts, key=lambda c: c.period_start)
    if span_before((new.period_start, new.period_end), months, [(old.period_start, old.period_end)]) is not None:
        return check  # as far apart as its words say: the disagreement stands as the rules left it
    if (mult.period_start, mult.period_end) not in {(c.period_start, c.period_end) for c in counts}:
        return check  # a period of its own words, not one lent by the figures
    undated = dataclasses.replace(mult, period_start=None, period_end=None, base_period_start=None,
                                  base_period_end=None)
    found = resolved_check(check, undated, ev, tol)
    if found is check or set(found.inputs) == set(linked.inputs):
        return check
    return dataclasses.replace(found, explanation=found.explanation + "; its sentence's two figures are not as far "
                               "apart as its words say, so it is judged on the pair that is")
