"""The publication date a text implies when it has none (ANNOTATION.md decision 6): :func:`anchored_date`.

:class:`pipeline.extract.inheritance.Context` takes it for an article with no publication date, so that "this year"
and "last year" are fixed by the dated year the text sets them against.
"""
from __future__ import annotations

import datetime
from typing import Optional, Sequence

from pipeline.extract import periods
from pipeline.extract.period_roles import names_change
from pipeline.extract.period_spans import calendar_year
from pipeline.extract.sentence_context import Draft


def anchored_date(drafts: Sequence[Draft]) -> Optional[datetime.date]:
    """With no publication date, the one the text implies (ANNOTATION.md decision 6): a sentence
    that sets "this year" (or "last year") against a dated year ("373 between January and June this
    year, 100 more than the same period in 2018"; "242 last year, compared to 291 in 2006") makes
    that year the one before; so does a change stated with "last year" right after a sentence that
    counts in a named year ("In 2016, it helped 3,971 people. It helped 7,117 last year, an increase
    of 80%."). The last day of "this year" stands for the date; ``None`` when no sentence anchors it."""
    seen = set()
    for d in drafts:
        relative = [m for m in (d.time, d.sentence_time)
                    if getattr(m, "relative", None) in ("this_year", "last_year") and m.period is None]
        if not relative or d.sentence.start in seen:
            continue
        seen.add(d.sentence.start)
        dated = [m.period for m in periods.find_periods(d.sentence.text) if m.period is not None
                 and m.period.start is not None and (m.role != "time" or m.relative == "same_period_in")]
        if dated:
            year = dated[0].start.year + 1 + (relative[0].relative == "last_year")
            return periods.TextDate(year, 12, 31)
    for d in drafts:  # "In 2016, it helped 3,971 people. It helped 7,117 last year, an increase of 80%."
        relative = [m for m in (d.time, d.sentence_time)
                    if getattr(m, "relative", None) in ("this_year", "last_year") and m.period is None]
        year = _year_counted_before(d, drafts) if relative and names_change(d.sentence.text) else None
        if year is not None:
            return periods.TextDate(year + 1 + (relative[0].relative == "last_year"), 12, 31)
    return None


def _year_counted_before(d: Draft, drafts: Sequence[Draft]) -> Optional[int]:
    """The calendar year that dates a count in the sentence right before ``d``'s, or None."""
    for earlier in drafts:
        period = getattr(earlier.time, "period", None)
        if earlier.kind == "count" and earlier.index == d.index - 1 and period is not None \
                and earlier.time.relative is None and calendar_year(period) is not None:
            return period.start.year
    return None
