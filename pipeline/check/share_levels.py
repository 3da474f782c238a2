"""A change stated beside the two levels it runs between: "grew from 40% in 2022 to 46% in 2023, a 6% increase".

When a share rises from one level to another, papers state the change in per cent of the first level
(46 is 15% more than 40) or in percentage points (6 points), and now and then write the points as per
cent ("a 6% increase").  A change of no counts of its own whose sentence holds the two levels written
"from X% ... to Y%" (in the change's direction), set off right after the second level in its clause
("to 46%, a 6% increase"; not "to 46%, while calls rose 6%"), is judged on them: agreement is consistent; a change
equal to the points difference, which the relative change is not, is inconsistent (points given as per
cent, ANNOTATION.md decision 10); any other disagreement may be of another figure, so no check.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Optional

from pipeline.check.evidence import Evidence
from pipeline.check.multiplier_pairs import word_alternation
from pipeline.records import Percentage

#: The words between the two levels: "from 40% (in 2022) to 46%"; bounded, so linear.
_BETWEEN = re.compile(r"[^%.;]{0,40}?\bto\s{1,3}(?:just\s{1,3}|only\s{1,3})?$", re.I)
_FROM = re.compile(r"\bfrom\s{1,3}$", re.I)
#: The most characters between the second level and the change set beside it ("to 46% in 2023, a 6% increase").
BESIDE = 30


@lru_cache(maxsize=1)
def _clause_words() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{word_alternation('levels_clause_words')})\b", re.I)


def _beside(pct: Percentage, second: Percentage, text: str) -> bool:
    """Whether the change is set off right after the second level, in its clause ("to 46%, a 6% increase"),
    not a change of another figure later in the sentence ("to 46%, while calls rose 6%")."""
    between = text[second.end:pct.start]
    return (second.end <= pct.start and len(between) <= BESIDE and any(c in between for c in ",(\u2013\u2014-")
            and not _clause_words().search(between) and not any(c in between for c in "%;"))


def level_pair(pct: Percentage, ev: Evidence) -> Optional[tuple[Percentage, Percentage]]:
    """``(from, to)``: the two shares of the change's sentence written "from X% ... to Y%", in the change's
    direction; ``None`` when there is no text or no such pair."""
    text = ev.text
    if not text or pct.kind != "change" or pct.direction not in ("increase", "decrease"):
        return None
    shares = sorted((p for p in ev.record.percentages if p.kind == "share" and p is not pct
                     and tuple(p.sentence) == tuple(pct.sentence)), key=lambda p: p.start)
    if len(shares) != 2:
        return None
    first, second = shares
    if not _beside(pct, second, text):
        return None
    if not (_FROM.search(text[max(0, first.start - 8):first.start]) and _BETWEEN.search(text[first.end:second.start])):
        return None
    rising = second.value > first.value
    if rising != (pct.direction == "increase") or first.value <= 0:
        return None
    return first, second


def points_as_per_cent(stated: Decimal, first: Percentage, second: Percentage) -> bool:
    """Whether the stated change is the difference of the two levels in points, at its own precision."""
    points = abs(Decimal(repr(second.value)) - Decimal(repr(first.value)))
    exponent = stated.as_tuple().exponent
    quantum = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
    return points.quantize(quantum) == stated.quantize(quantum)
