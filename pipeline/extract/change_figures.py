"""The two figures a change compares, found by its arithmetic, and the periods they give it.

A change often names no period of its own: the lead says "calls have risen by 25 per cent" and the
figures follow ("650 calls in 2023. In 2022 it took 520."), or it comes a sentence after the pair it
sums up ("The year before, 450 got in touch. That is a rise of 20 per cent."). The nearest count is
then its earlier figure, or no count at all, and the change takes the earlier period or none. A change
is of the later period and its base of the earlier, in whatever order the text names them (issue 10).

:func:`periods_from_figures` looks, a few sentences either side of such a change, for two counts of one
kind of thing in one place, of two periods, whose change is the stated one (within the rounding its
qualifier allows: "almost 10 per cent" is 9.5); when exactly one pair of periods fits, the change takes
the later figure as its count and period and the earlier as its base count and base period. A change
with a period of its own keeps it, unless that period is the one of the figure stated before it in its sentence and
the arithmetic makes that figure the earlier ("The figure for Somerset in the last six months of 2023 was 400,
which means the rise was 30 per cent"); one already linked to two figures that give its value keeps them.
A headline's change that still has no period takes those of the body's change of the same value and
direction (:func:`restated_changes`): "up 41%" over "a rise of 41%" of 2023/24 on 2022/23.
Used by :func:`pipeline.extract.assembly.assemble` once the changes are linked.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional, Sequence

from pipeline.extract.inheritance import Context, Resolved, akin, periods_equal
from pipeline.extract.inherited_places import regions_agree

#: How many sentences before (after) a change its figures may stand: a lead's figures come a few sentences on.
BEFORE, AFTER = 10, 4

#: How many counts of that window are looked at, nearest first (bounded on a page of many figures).
MOST_COUNTS = 16

#: How far a computed change may be from the stated one, by the stated one's qualifier: (below, above).
SLACK = {"exact": (0.55, 0.55), "nearly": (3.0, 0.55), "more_than": (0.55, 5.0), "about": (2.5, 2.5)}


def agrees(stated: float, qualifier: str, direction: Optional[str], new: float, old: float) -> bool:
    """Whether going from ``old`` to ``new`` is the stated change ("up 24 per cent": 701 to 868)."""
    if old is None or new is None or old <= 0 or direction not in ("increase", "decrease"):
        return False
    change = (new - old) / old * 100 if direction == "increase" else (old - new) / old * 100
    below, above = SLACK.get(qualifier, SLACK["exact"])
    return change > 0 and stated - below <= change <= stated + above


def _undated(item: Resolved) -> bool:
    """A change that names no period of its own, or whose period is only its nearest count's."""
    d = item.draft
    if d.base is not None or getattr(d.time, "relative", None) in ("same_period", "same_period_in"):
        return False
    return item.period is None and item.base_period is None or d.time is None and d.sentence_time is None \
        or d.time is None and item.count_ref is not None and item.count_ref.draft.sentence != d.sentence


def _dated_by_earlier(item: Resolved) -> bool:
    """Whether the change's time is that of the figure stated before it in its sentence, and a consequence clause
    ("meaning", "which means") draws the change from it, so the arithmetic may show it to be the earlier figure: "The
    figure for Somerset in the last six months of 2023 was 400, which means the rise was 30 per cent" (on 520 in the
    first six months of 2024, stated before)."""
    d, ref = item.draft, item.count_ref
    return d.base is None and ref is not None and ref.draft.sentence == d.sentence and ref.draft.end <= d.start \
        and ref.draft.time is not None and periods_equal(item.period, ref.period) \
        and bool(_CONSEQUENCE.search(d.sentence.text, ref.draft.end - d.sentence.start, d.start - d.sentence.start))


#: A change drawn from the figure before it, not told of it: "was 400, which means the rise was 30 per cent", "...,
#: meaning the increase was", "..., so calls have gone up by" (not the appositive "In 2021 it took 800, a rise of 12
#: per cent", which is the figure's own change).
_CONSEQUENCE = re.compile(r",?\s*+\b(?:meaning|which\s++means|which\s++meant|that\s++means|this\s++means|so)\b", re.I)


def _usable(c: Resolved) -> bool:
    d = c.draft
    return c.period is not None and c.period.start is not None and d.rate is None and d.qualifier != "vague" \
        and not getattr(d, "difference", None) and d.value is not None


def _same_thing(later: Resolved, earlier: Resolved) -> bool:
    """Whether two figures count one thing: akin measures, or an earlier "The figure for Somerset in 2023 was 400" that
    names no measure of its own (and found no count close enough to take one from)."""
    measure = earlier.draft.measure
    return akin(later.draft.measure, measure) or measure == "other" and earlier.draft.inherit == "previous"


def _pairs(item: Resolved, near: Sequence[Resolved]) -> list[tuple[Resolved, Resolved]]:
    d = item.draft
    found = []
    for later in near:
        if d.measure != "other" and not akin(d.measure, later.draft.measure):
            continue
        if d.regions and later.regions and not set(d.regions) & set(later.regions):
            continue
        for earlier in near:
            if earlier.period.start >= later.period.start or not _same_thing(later, earlier) \
                    or not regions_agree(later, earlier):
                continue
            if agrees(d.value, d.qualifier, d.direction, later.draft.value, earlier.draft.value):
                found.append((later, earlier))
    return found


def periods_from_figures(pcts: Sequence[Resolved], ctx: Context) -> None:
    """Give each undated change the periods of the two figures whose change it states (see the module)."""
    counts = [c for c in ctx.counts if _usable(c)]
    if not counts:
        return
    indexes = [c.draft.index for c in counts]
    for item in pcts:
        d = item.draft
        earlier_stated = _dated_by_earlier(item)
        if d.pct_kind != "change" or d.value is None or not (_undated(item) or earlier_stated):
            continue
        now, base = item.count_ref, item.base_count_ref
        if now is not None and base is not None and now.period is not None and base.period is not None \
                and agrees(d.value, d.qualifier, d.direction, now.draft.value, base.draft.value):
            if item.period is None and now.period.start and base.period.start and base.period.start < now.period.start:
                item.period, item.base_period = now.period, base.period
            continue
        lo, hi = bisect.bisect_left(indexes, d.index - BEFORE), bisect.bisect_right(indexes, d.index + AFTER)
        near = sorted(counts[lo:hi], key=lambda c: abs(c.draft.start - d.start))[:MOST_COUNTS]
        pairs = _pairs(item, near)
        spans = {(later.period.iso(), earlier.period.iso()) for later, earlier in pairs}
        if len(spans) != 1:
            continue  # none, or two pairs of periods that both fit: the arithmetic does not decide
        later, earlier = pairs[0]
        if earlier_stated and earlier is not item.count_ref:
            continue  # the figure of its sentence is the later one after all: the change keeps its own period
        item.count_ref, item.base_count_ref = later, earlier
        item.period, item.base_period = later.period, earlier.period
    restated_changes(pcts)


def restated_changes(pcts: Sequence[Resolved]) -> None:
    """Give a change with no period at all (a headline's "up 41%") the periods of the body's change of the same
    value and direction, when the body has one such change dated, or several with the same periods, and the two
    name other places (so they stay two records; one claim keeps the body's statement anyway)."""
    dated: dict[tuple, list[Resolved]] = {}
    for item in pcts:
        d = item.draft
        if d.pct_kind == "change" and d.value is not None and item.period is not None and item.base_period is not None:
            dated.setdefault((round(d.value, 1), d.direction), []).append(item)
    spans: dict[tuple, int] = {}
    for item in pcts:
        d = item.draft
        if d.pct_kind != "change" or d.value is None or item.period is not None or item.base_period is not None \
                or d.base is not None:
            continue
        key = (round(d.value, 1), d.direction)
        if key not in spans:  # each figure's periods gathered once (a page may state one figure thousands of times)
            spans[key] = len({(f.period, f.base_period) for f in dated.get(key, ())})
        if spans[key] != 1:
            continue
        body = dated[key][0]
        if not item.regions or not body.regions or set(item.regions) == set(body.regions):
            continue  # one claim: the record keeps the body's statement, periods and figures (claims.dedupe)
        item.period, item.base_period = body.period, body.base_period  # "Fife ... up 41%" over Scotland's 41%
