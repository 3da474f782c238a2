"""A pair of counts another stated change of the article gives exactly is that change's pair.

"... calls rose 70 percent ..." in the lede, and paragraphs on "... 410 calls, up 64 percent from
250 ...": when a claim's counts come from another sentence than its own and disagree with it, but give another
change the article states (250 to 410 is the 64% rise), they are the other change's figures, found for this
claim by a search or a link across sentences.  The disagreement is then no verdict on the paper; agreement is
untouched, and so is a pair in the claim's own sentence (its words tie it there).
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from pipeline.check.evidence import Evidence
from pipeline.check.tolerances import Tolerances
from pipeline.check.verdicts import check_percentage
from pipeline.records import Count, Percentage

#: A figure as written, its thousands grouped by commas (linear: one digit run, then groups).
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def stated(pct: Percentage) -> Decimal:
    """The change as written, so that its decimals give its precision ("96 percent" -> 96, "9.50%" -> 9.50)."""
    value = Decimal(repr(float(pct.value)))
    for match in _NUMBER.finditer(pct.text or ""):
        try:
            written = Decimal(match.group().replace(",", ""))
        except ArithmeticError:
            continue
        if written == value:
            return written
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def claimed_by(claim_id: str, old: Count, new: Count, ev: Evidence, tol: Tolerances) -> Optional[Percentage]:
    """The first other change of the record, stated as a figure (not a fraction word), that the pair ``old`` to
    ``new`` gives exactly; ``None`` when there is none."""
    for pct in ev.record.percentages:
        if pct.id == claim_id or pct.kind != "change" or pct.qualifier != "exact" \
                or pct.direction not in ("increase", "decrease") or not any(ch.isdigit() for ch in pct.text or ""):
            continue
        v = check_percentage(stated(pct), "exact", Decimal(repr(old.value)), Decimal(repr(new.value)),
                             tolerances=tol, direction=pct.direction, inputs=(old.qualifier, new.qualifier))
        if v.verdict == "consistent":
            return pct
    return None
