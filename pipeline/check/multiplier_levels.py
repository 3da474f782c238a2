"""A "doubled" of a share, judged on the two levels its sentence gives: "the share ... doubled from 10% to 20%".

A share that doubles or halves is written with its two levels right after the multiplier ("has doubled, from
one in 10 in 2008 to one in five", "halved from 30% to 15%"): the factor is the later level over the earlier.
The levels are the two shares of the multiplier's sentence written "from X ... to Y", the first within a few
characters after the multiplier; the words tie them to it, so a disagreement is a verdict too, unless the
first level names something of its own before "to" (a whole, a place, a group: "from 10% of calls to 30% of
texts", "from 10% in Leeds to 25% in York"), not only its time ("from 8% in 2019 to 20%"): two levels of two
things are no pair (:func:`same_thing`).
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.check.evidence import Evidence
from pipeline.records import Multiplier, Percentage

#: The most characters between the multiplier and "from" its first level: "doubled, from", "doubled in three
#: years, from".
NEAR = 40
#: Between the multiplier and its first level: no figure, no stop; then "from" (bounded, so linear).
_TO_FROM = re.compile(r"[^\d%.;]{0,40}?\bfrom\s{1,3}$", re.I)
#: Between the two levels: "from 10% (in 2008) to 20%".
_BETWEEN = re.compile(r"[^%.;]{0,40}?\bto\s{1,3}(?:just\s{1,3}|only\s{1,3})?$", re.I)
#: Between the two levels when the first names only its time: "from 8% (in 2019 |in March 2019 ,) to 20%".
_ONLY_TIME_BETWEEN = re.compile(r"\s{0,3}(?:,\s{0,3})?(?:(?:in|during|by)\s{1,3}(?:[A-Z][a-z]{2,8}\s{1,3})?(?:19|20)\d\d"
                                r"\s{0,3},?\s{0,3})?to\s{1,3}(?:just\s{1,3}|only\s{1,3})?", re.I)


def multiplier_levels(mult: Multiplier, ev: Evidence) -> Optional[tuple[Percentage, Percentage]]:
    """``(from, to)``: the two shares right after a multiplier in its sentence, written "from X ... to Y";
    ``None`` when there is no text or no such pair."""
    text = ev.text
    if not text:
        return None
    shares = sorted((p for p in ev.record.percentages if p.kind == "share" and tuple(p.sentence) == tuple(mult.sentence)
                     and p.start >= mult.end), key=lambda p: p.start)
    if len(shares) < 2:
        return None
    first, second = shares[0], shares[1]
    if first.start - mult.end > NEAR or not _TO_FROM.fullmatch(text, mult.end, first.start) \
            or not _BETWEEN.fullmatch(text, first.end, second.start) or not first.value or not second.value:
        return None
    return first, second


def same_thing(first: Percentage, second: Percentage, text: str) -> bool:
    """Whether the first level names nothing of its own before "to" but maybe its time ("from 8% in 2019 to
    20%"), so that both levels are of one thing and a disagreement is a verdict; "from 10% of calls to 30% of
    texts" names two wholes."""
    return bool(_ONLY_TIME_BETWEEN.fullmatch(text, first.end, second.start))
