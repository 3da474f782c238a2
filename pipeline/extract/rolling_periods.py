"""What a period counted back from the publication date is written as ("in the past 12 months").

ANNOTATION.md decision 6 gives "in the last year" and "in the last 12 months" a null period, and
resolves relative periods only "when the text anchors" them. The period rules date such a span
from the publication date as a :class:`~pipeline.extract.period_spans.RollingPeriod` (its days pair
the facts of one article: "1,905 in the past year, compared with 1,500 the year before"), which the
record writes as null. One anchor is kept: a figure stated right before it, in its paragraph or
the one before, of a calendar year that covers most of the rolling span ("... has more than
doubled during 2021. During the past 12 months, more than 24,000 people ..." published in March
2022) makes it that year (and "the year before" it the year before).
"""
from __future__ import annotations

import datetime
from typing import Optional

from pipeline.extract.period_spans import Period, RollingPeriod, calendar_year, year_period

#: The share of a rolling span a calendar year must cover to anchor it: more than half of it.
_MOST = 0.5


def _calendar_year(period: Optional[Period]) -> Optional[int]:
    """The year of a whole calendar year period, else ``None``."""
    return None if isinstance(period, RollingPeriod) else calendar_year(period)


def _covered(year: int, span: Period) -> float:
    """The share of ``span``'s days that fall in calendar year ``year``."""
    first, last = max(span.start, datetime.date(year, 1, 1)), min(span.end, datetime.date(year, 12, 31))
    days = (span.end - span.start).days + 1
    return max(0, (last - first).days + 1) / days if days > 0 else 0.0


def anchor_year(rolling: Period, before: Optional[Period]) -> Optional[int]:
    """The calendar year ``before`` (the period of the figure stated just before) if it covers most of
    ``rolling``, else ``None``."""
    year = _calendar_year(before)
    if rolling.start is None or rolling.end is None or year is None:
        return None
    return year if _covered(year, rolling) > _MOST else None


def _anchor(item, items: list) -> Optional[Period]:
    """The period of the figure stated right before ``item``, in its paragraph or the one before ("...
    has more than doubled during 2021. During the past 12 months, more than 24,000 people ...")."""
    d = item.draft
    earlier = [i for i in items if i.draft.start < d.start and not isinstance(i.period, RollingPeriod)
               and d.sentence.paragraph - i.draft.sentence.paragraph <= 1 and i.draft.measure != "other"]
    return max(earlier, key=lambda i: i.draft.start).period if earlier else None


def name_rolling(items: list) -> None:
    """Give the rolling periods of an article's resolved facts (``period``, ``base_period``) the
    calendar year the figure stated right before them anchors (a text anchor, decision 6); the
    others stay rolling and are written as null."""
    for item in items:
        period, base = item.period, getattr(item, "base_period", None)
        if not isinstance(period, RollingPeriod) and not isinstance(base, RollingPeriod):
            continue
        before = _anchor(item, items)
        if isinstance(period, RollingPeriod):
            year = anchor_year(period, before)
            if year is not None:
                item.period = year_period(year)
                if isinstance(base, RollingPeriod):  # "the year before" the past 12 months
                    item.base_period = year_period(year - 1)
                    continue
        if isinstance(base, RollingPeriod):
            year = anchor_year(base, before)
            if year is not None:
                item.base_period = year_period(year)
