"""The total an averaged rate is worked out from, found by its arithmetic.

"The branch has answered 9,420 calls so far this year ... and works out at an average of 1,047 calls a month";
"1,530 calls between January and June, compared with 1,190 in the first six months of 2023. That works out at about
255 calls a month": the rate is the total spread over the total's period, so it is of that period, whatever other
period its sentence or the sentences before name last (a comparison's earlier figure, "the whole of 2022", "Back
in 2020, it was 398"). A total of the sentences before whose value over its period's length gives the rate, within
the hedge a rounded rate allows, is the one the rate restates.

What this module does not do: decide that a rate is an average (``own_times.averaged``), or date a rate no total
before it gives (the inheritance rules).
"""
from __future__ import annotations

import datetime
from typing import Any, Optional, Sequence

#: Days in the unit of each rate (``measures.json`` "rates").
RATE_DAYS = {"per_day": 1.0, "per_week": 7.0, "per_month": 365.25 / 12, "per_year": 365.25}
#: How far a stated rate may be from its total's average: papers round ("around 730", "more than 100").
TOLERANCE = 0.06
#: Helpline measures one total and its rate may name differently ("1,204 calls ... 100 callers a month").
_FAMILY = {"helpline_calls": "helpline", "helpline_contacts": "helpline"}


def _days(period: Any, published: Optional[datetime.date]) -> Optional[float]:
    """The length of a total's period in days; an open period ("so far this year") runs to the publication date."""
    if period is None or period.start is None:
        return None
    end = period.end or published
    if end is None or end < period.start:
        return None
    return float((end - period.start).days + 1)


def _same_thing(a: Optional[str], b: Optional[str]) -> bool:
    return a == b or (a in _FAMILY and _FAMILY.get(a) == _FAMILY.get(b))


def averaged_total(d: Any, earlier: Sequence[Any], published: Optional[datetime.date], window: int) -> Optional[Any]:
    """The resolved count, at most ``window`` sentences before the rate ``d``, whose total over its period is ``d``'s
    rate, the nearest first; ``None`` when no total's arithmetic gives it (or ``d`` is no rate of a known unit)."""
    unit = RATE_DAYS.get(d.rate or "")
    if unit is None or not d.value:
        return None
    for total in reversed(earlier):
        if d.index - total.draft.index > window:
            break
        t = total.draft
        if t.rate is not None or not t.value or t.value <= d.value or not _same_thing(t.measure, d.measure):
            continue
        days = _days(total.period, published)
        if days is None or days < unit:
            continue
        if abs(t.value * unit / days - d.value) <= TOLERANCE * d.value:
            return total
    return None
