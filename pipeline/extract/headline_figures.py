"""A headline's figure dated by the body figure it restates.

A headline rounds the body's figure and leaves its time to the body: "More than 170 people in Kent
sought help" over "Figures show 171 people from Kent sought help ... in 2016"; "Helpline took nearly
5,000 calls" over "The helpline took 4,950 calls in 2019". Statements that differ in value or
qualifier stay two facts (ANNOTATION.md decision 3), but the headline's is of the body figure's
period, and of its places when the headline names none. The body figure is a count of the same
measure whose value the headline's rounds (within :data:`ROUNDING`; the same value for an exact
headline figure); two such figures of different periods leave the headline's undated.
"""
from __future__ import annotations

from typing import Any, Sequence

#: How far a hedged headline figure may be from the body's it rounds ("more than 170" for 171).
ROUNDING = 0.05


def in_headline(item: Any) -> bool:
    """A statement in a headline or standfirst: one of the first lines, without a closing full stop."""
    sentence = item.draft.sentence
    return sentence.paragraph <= 3 and not sentence.text.rstrip().endswith((".", "?", '"', "\u201d"))


def date_from_body(counts: Sequence[Any]) -> None:
    """Give each undated headline count the period (and, if it names none, the places) of the one body
    count it restates (see the module)."""
    for head in counts:
        d = head.draft
        if head.period is not None or d.time is not None or d.sentence_time is not None or d.rate is not None \
                or d.measure == "other" or not d.value or not in_headline(head):
            continue
        body = [c for c in counts if c.period is not None and not in_headline(c) and _restates(head, c)]
        if len({(c.period.start, c.period.end) for c in body}) != 1:
            continue
        head.period = body[0].period
        if not head.regions:
            head.regions = list(body[0].regions or [])


def _restates(head: Any, body: Any) -> bool:
    d, b = head.draft, body.draft
    if b.measure != d.measure or b.rate is not None or b.comparison or not b.value:
        return False
    if d.qualifier == "exact":
        return b.value == d.value
    return abs(b.value - d.value) <= ROUNDING * d.value
