"""How well two facts agree in place and period, for the checks.

Regions are related through ``pipeline.extract.regions.covers`` when that module is present (equal names only
otherwise); :data:`covers` is the hook a test may replace.  :mod:`pipeline.check.evidence` re-exports every name
here, so ``from pipeline.check.evidence import region_match`` keeps working.
"""
from __future__ import annotations

import logging
from typing import Any, Callable, Optional, Sequence

from pipeline.records import Fact

log = logging.getLogger(__name__)

# How well two facts' regions agree: same names, a shared name, one covering
# the other (Wales and North Wales), unknown on one side, or incompatible.
SAME, SHARED, COVERS, UNKNOWN, APART = 3, 2, 1, 0, -1


def own_places(fact: Fact) -> list[str]:
    """A fact's places as its own sentence names them: none when it only took them from the sentences before
    (``context_regions``, which the checks put in ``regions``): "Together those council areas made up 1,214" after
    "Aberdeen: 117" is no count of Aberdeen's."""
    context = getattr(fact, "context_regions", None)
    return [] if context and list(fact.regions) == list(context) else list(fact.regions)


def _ask_gazetteer(question: str, *args: Any) -> bool:
    """``regions.<question>(*args)``; False when the gazetteer is missing or fails (it must not stop the checks)."""
    try:
        from pipeline.extract import regions
    except ImportError:
        return False
    try:
        return bool(getattr(regions, question)(*args))
    except Exception as exc:  # a gazetteer error must not stop the checks
        log.warning("regions.%s%r failed: %s", question, args, exc)
        return False


def _default_covers(a: str, b: str) -> bool:
    return _ask_gazetteer("covers", a, b)


covers: Callable[[str, str], bool] = _default_covers


def gazetteer_covers() -> bool:
    """Whether :data:`covers` is the gazetteer's (not a test's own)."""
    return covers is _default_covers


def exhausts(whole: str, names: list[str]) -> bool:
    """Whether the places ``names`` are every place the gazetteer puts inside ``whole`` of their kind
    (``regions.exhausts``); False when :data:`covers` is a test's own or the gazetteer fails."""
    return gazetteer_covers() and _ask_gazetteer("exhausts", whole, names)


def inner_places(names: Sequence[str]) -> list[str]:
    """A total's places less those that hold another of them: "1,640 people in Glasgow, Edinburgh and Aberdeen"
    said by "Stop It Now! Scotland" is of the three cities; Scotland only says where they are (used when two
    places or more are left)."""
    return [a for a in names if not any(b != a and covers(a, b) for b in names)]


def region_match(a: Sequence[str], b: Sequence[str]) -> int:
    """How well two region lists agree: SAME, SHARED, COVERS, UNKNOWN or APART."""
    if not a or not b:
        return UNKNOWN
    sa, sb = set(a), set(b)
    if sa == sb:
        return SAME
    if sa & sb:
        return SHARED
    if any(covers(x, y) or covers(y, x) for x in sa for y in sb):
        return COVERS
    return APART


def _span(start: Optional[str], end: Optional[str]) -> Optional[tuple[str, str]]:
    if not start and not end:
        return None
    return (start or "0000-00-00", end or "9999-12-31")


def period_match(a_start: Optional[str], a_end: Optional[str], b_start: Optional[str], b_end: Optional[str]) -> int:
    """SAME periods, overlapping (SHARED), UNKNOWN on one side, or APART."""
    a, b = _span(a_start, a_end), _span(b_start, b_end)
    if a is None or b is None:
        return UNKNOWN
    if a == b:
        return SAME
    if a[0] <= b[1] and b[0] <= a[1]:
        return SHARED
    return APART


def before(earlier: Fact, later: Fact) -> bool:
    """``earlier``'s period ends before ``later``'s begins (both known)."""
    return bool(earlier.period_end and later.period_start and earlier.period_end < later.period_start)


def place(fact: Fact) -> str:
    """Regions and years of a fact, for an explanation: "North West 2021"."""
    where = " and ".join(fact.regions) if fact.regions else ""
    years = sorted({d[:4] for d in (fact.period_start, fact.period_end) if d})
    when = "-".join(years) if len(years) < 2 else f"{years[0]}-{years[-1]}"
    return " ".join(p for p in (where, when) if p) or "the article"
