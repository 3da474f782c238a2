"""A percentage change told by its difference: the level, the difference and the change, with no base stated.

"The line took 1,870 contacts in the quarter, up by 410 on the same quarter a year before. That is a 28% rise."
names the later level (1,870) and the size of the change (410), never the base: the base is the level less the
difference (1,460; more it, for a fall), and the change is the difference over that base (ANNOTATION.md decision
10: an input may be a derived figure).  The extractor links such a change to the difference (its ``count_ref``),
which is no level: judged as one, the difference would be the later count and its base a figure of another year.

The rule: a change whose linked count is a difference of the change's direction (or the level before one in its
sentence), when the difference's own sentence gives one level before it (a plain figure of a known measure, not of
another period than the difference's) and the text states no figure of the change's base, is judged on that level
and the base derived from it.  Both verdicts when the change stands in the difference's sentence
or the one right after it (its words then say which difference it restates: "That is a 28% rise."); agreement only
otherwise.  ``None`` when the change is linked to no difference or no one level is found (the usual rules then run).
"""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Optional

from pipeline.check.check_builders import _check
from pipeline.check.evidence import APART, Evidence, period_match, place, plain
from pipeline.check.found_changes import stated_qualifier
from pipeline.check.tolerances import Tolerances
from pipeline.check.change_verdicts import check_percentage
from pipeline.check.verdicts import fmt
from pipeline.records import Check, Count, Percentage

__all__ = ["difference_change_check", "level_of"]


def level_of(diff: Count, ev: Evidence) -> Optional[Count]:
    """The one level a difference's sentence states before it ("took 1,870 contacts ..., up by 410"): a plain
    exact figure of a known measure and of the difference's rate, not of another period than the difference's;
    ``None`` when there is none or more than one."""
    found = [c for c in ev.counts_in(diff.sentence)
             if c is not diff and plain(c) and c.qualifier == "exact" and c.end <= diff.start
             and c.measure not in (None, "other") and c.rate == diff.rate
             and period_match(diff.period_start, diff.period_end, c.period_start, c.period_end) != APART]
    return found[0] if len(found) == 1 else None


def _restates(pct: Percentage, diff: Count, ev: Evidence) -> bool:
    """The change stands in the difference's sentence or in the one right after it."""
    own = tuple(diff.sentence)
    return tuple(pct.sentence) == own or ev.neighbour(own, 1) == tuple(pct.sentence)


def _told(pct: Percentage, ev: Evidence) -> Optional[tuple[Count, Count]]:
    """``(difference, level)`` of a change linked to a difference ("up by 410 ... That is a 28% rise") or to a level
    whose sentence holds one difference of the change's direction after it, of which it is the level ("fell to 900
    in 2024, down by 100 on 2023, a fall of 10 per cent"); ``None`` otherwise."""
    linked = ev.get(pct.count_ref, Count)
    if linked is None or pct.base_count_ref or pct.kind != "change":
        return None
    if linked.difference:
        diffs = [linked]
    else:
        diffs = [c for c in ev.counts_in(linked.sentence) if c.difference in ("increase", "decrease")
                 and c.start > linked.end and level_of(c, ev) is linked]
    if len(diffs) != 1 or pct.direction not in (None, diffs[0].difference) or diffs[0].qualifier != "exact":
        return None
    level = level_of(diffs[0], ev)
    return (diffs[0], level) if level is not None else None


def difference_change_check(pct: Percentage, ev: Evidence, tol: Tolerances, stated: Decimal) -> Optional[Check]:
    """``pct`` judged on the level its difference's sentence gives and the base derived from it (see the module),
    when the text states no figure of the change's base itself; ``None`` when ``pct`` is told by no difference."""
    told = _told(pct, ev)
    if told is None:
        return None
    diff, level = told
    if ev.earlier_count(level, pct) is not None:
        return None  # the base is stated: the usual rules judge the change on it
    new, size = Decimal(repr(level.value)), Decimal(repr(diff.value))
    base = new - size if diff.difference == "increase" else new + size
    if base <= 0:
        return None
    v = check_percentage(stated, stated_qualifier(pct), base, new, tolerances=tol, direction=diff.difference)
    if v.verdict == "inconsistent" and (v.gross or not _restates(pct, diff, ev)):
        return None  # a derived base far from the change, or a change sentences away: no proof of a misprint
    sign = "-" if diff.difference == "increase" else "+"
    return _check("percentage", pct, [diff, level], float(pct.value), v,
                  prefix=f"the level and the difference its sentence states, {place(level)}, the base derived as "
                         f"{fmt(Fraction(new))} {sign} {fmt(Fraction(size))} = {fmt(Fraction(base))}")
