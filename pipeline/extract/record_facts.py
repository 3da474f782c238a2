"""Resolved facts as the record publishes them: ids, periods as ISO dates, links by id, and a fact's places
(those its own sentence names; the places it took from the sentences before go to ``context_regions``).  Used by
:func:`pipeline.extract.assembly.assemble`.
"""
from __future__ import annotations

from typing import Any, Optional

from pipeline.extract import periods
from pipeline.extract.count_groups import count_group
from pipeline.extract.inheritance import Resolved
from pipeline.records import Count, Multiplier, Percentage


def _iso(period: Optional[periods.Period]) -> tuple[Optional[str], Optional[str]]:
    return period.iso() if period is not None else (None, None)


def _ref(item: Optional[Resolved]) -> Optional[str]:
    return item.id or None if item is not None else None


def _common(item: Resolved) -> dict[str, Any]:
    """The fields every fact has; its published places are those its own sentence names, else none (ANNOTATION.md
    decision 12; the blind sets' annotators read it for percentages and multipliers too: "That is up 30%.")."""
    d = item.draft
    start, end = _iso(item.period)
    return dict(id=item.id, text=d.text, start=d.start, end=d.end, sentence=(d.sentence.start, d.sentence.end),
                qualifier=d.qualifier, regions=[] if item.regions_inherited else list(item.regions or []),
                period_start=start, period_end=end)


def to_count(item: Resolved) -> Count:
    """The published count: the places its own sentence names, else none (ANNOTATION.md decision 12); places
    taken from the sentences before go to ``context_regions``, which the checks pair by."""
    d = item.draft
    common = _common(item)
    count = Count(**common, value=d.value, measure=d.measure, unit=d.unit, rate=d.rate,
                  parts=[p.id for p in item.parts], parts_complete=item.parts_complete,
                  difference=getattr(d, "difference", None),
                  group=count_group(d.text, d.sentence.text, d.end - d.sentence.start))
    count.context_regions = _context_regions(item)
    return count


def _context_regions(item: Resolved) -> list[str]:
    """The places a fact took from the sentences before when its own sentence names none (its published ``regions``
    are then empty), which the checks pair it by; empty otherwise."""
    return list(item.regions or []) if item.regions_inherited else []


def to_percentage(item: Resolved, partition_ref: Optional[str] = None) -> Percentage:
    d = item.draft
    base_start, base_end = _iso(item.base_period)
    return Percentage(**_common(item), value=d.value, kind=d.pct_kind or "share", direction=d.direction, measure=d.measure,
                      base_period_start=base_start, base_period_end=base_end,
                      count_ref=_ref(item.count_ref), base_count_ref=_ref(item.base_count_ref),
                      partition_ref=partition_ref, context_regions=_context_regions(item))


def to_multiplier(item: Resolved) -> Multiplier:
    d = item.draft
    base_start, base_end = _iso(item.base_period)
    return Multiplier(**_common(item), factor=d.value, word=d.word or d.text, measure=d.measure,
                      base_period_start=base_start, base_period_end=base_end,
                      count_ref=_ref(item.count_ref), base_count_ref=_ref(item.base_count_ref),
                      percentage_ref=_ref(item.percentage_ref), context_regions=_context_regions(item))
