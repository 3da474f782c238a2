"""Time periods in a text: "in 2019", "the year ending March 2021", "since then".

:func:`find_periods` finds every period mention in a sentence or a whole text, in
order, with regular expressions built from the word lists in ``data/periods.json``
(no parser, no ``dateparser``: it runs on every sentence that holds a number).
Each :class:`PeriodMention` says what its period is for (``role``):

- ``"time"``: the period a fact is about ("in 2019", "during the past 12 months");
- ``"base"``: the comparison period of a change ("a 99% increase from 2018",
  "up 20% on the previous year", "year-on-year");
- ``"previous"``: a relative reference that is not a comparison base ("compared
  with 300 the previous year" leaves "the previous year" as ``previous``).

Absolute mentions carry their :class:`Period`; relative ones carry ``relative``
(``"last_12_months"``, ``"previous_year"``, ``"same_period"`` ...) and are fixed by
:func:`resolve` against the fact's own period (``anchor``) or the publication date.
Those that depend only on the publication date are resolved at once when
``published`` is given.

**Clause rule** (:func:`period_at`). A sentence is cut into clauses at ``;``,
a spaced dash (`` - ``, `` – ``, `` — ``), ``, and``, ``, but`` and ``, while``; a ``, when``
clause is NOT cut off: it belongs to the mention right before it, whatever that
mention's role ("a 99% increase from 2018, when 596 people made contact" dates 596
to 2018). A time mention dates the facts of its own clause; one that opens its
sentence ("In the year ending March 2021 there were ...") dates the whole sentence.
Each mention exposes its ``clause``, ``scope`` and ``when`` spans so callers can
apply the rule themselves.

Publication datelines ("Posted: Fri 18th Mar 2022") are read by
:func:`pipeline.periods_dateline.parse_dateline`, re-exported here.
"""
from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from typing import Optional, Sequence

from .periods_dateline import parse_date, parse_dateline  # noqa: F401  (re-exported)

ROLES = ("time", "base", "previous")
#: relative keys fixed by the publication date alone
PUBLISHED_RELATIVE = ("last_12_months", "this_year", "last_year", "this_month", "last_month")
#: relative keys fixed by the fact's own period
ANCHOR_RELATIVE = ("previous_year", "year_earlier", "previous_period", "same_period", "year_unstated")

Span = tuple[int, int]


@dataclass(frozen=True)
class Period:
    """A span of days, either end open (``None``) when the text does not fix it."""

    start: Optional[datetime.date]
    end: Optional[datetime.date]

    def iso(self) -> tuple[Optional[str], Optional[str]]:
        """``(start, end)`` as ISO strings, ``None`` for an open end."""
        return (
            self.start.isoformat() if self.start else None,
            self.end.isoformat() if self.end else None,
        )


@dataclass(frozen=True)
class PeriodMention:
    """One period named in a text, at ``[start, end)`` of the text passed in.

    ``period`` is ``None`` for relative mentions not yet resolved; ``relative`` names
    the kind of relative reference (see :data:`PUBLISHED_RELATIVE` and
    :data:`ANCHOR_RELATIVE`, plus ``"since_then"`` when no year precedes it).
    ``clause`` is the span of the clause holding the mention; ``scope`` the span of
    text a ``time`` mention dates (its clause, or its sentence when it opens it);
    ``when`` the span of a ``, when ...`` clause bound to this mention.
    """

    start: int
    end: int
    text: str
    period: Optional[Period]
    role: str
    relative: Optional[str] = None
    clause: Optional[Span] = None
    scope: Optional[Span] = None
    when: Optional[Span] = None


# --------------------------------------------------------------------------- dates

def _last_day(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def year_period(year: int) -> Period:
    """The calendar year ``year``."""
    return Period(datetime.date(year, 1, 1), datetime.date(year, 12, 31))


def months_period(year: int, month: int, end_year: int, end_month: int) -> Period:
    """From the first day of one month to the last day of another."""
    return Period(datetime.date(year, month, 1), _last_day(end_year, end_month))


def year_ending(year: int, month: int, day: Optional[int] = None) -> Period:
    """The twelve months ending with ``month`` of ``year`` (or on that day)."""
    end = _last_day(year, month)
    if day and day != end.day:
        end = datetime.date(year, month, day)
        return Period(_shift_years(end, -1) + datetime.timedelta(days=1), end)
    start_year, start_month = _add_months(year, month, -11)
    return Period(datetime.date(start_year, start_month, 1), end)


def _shift_years(day: datetime.date, years: int) -> datetime.date:
    """``day`` moved by whole years; a month's last day stays its month's last day."""
    year = day.year + years
    if day == _last_day(day.year, day.month):
        return _last_day(year, day.month)
    return datetime.date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


def _whole_months(period: Period) -> Optional[int]:
    """How many whole calendar months ``period`` covers, or ``None`` if not whole months."""
    start, end = period.start, period.end
    if start is None or end is None or start.day != 1 or end != _last_day(end.year, end.month):
        return None
    return (end.year - start.year) * 12 + end.month - start.month + 1


def previous_period(period: Period) -> Period:
    """The period of the same length just before ``period``.

    Whole months move back by their own number of months (a calendar year to the
    previous year, the year ending March 2021 to the year ending March 2020, a half
    to the previous half, a month to the previous month); other spans move back by
    their number of days. An open period gives ``Period(None, None)``.
    """
    if period.start is None or period.end is None or period.end < period.start:
        return Period(None, None)
    months = _whole_months(period)
    if months:
        year, month = _add_months(period.start.year, period.start.month, -months)
        end_year, end_month = _add_months(period.start.year, period.start.month, -1)
        return months_period(year, month, end_year, end_month)
    end = period.start - datetime.timedelta(days=1)
    return Period(end - (period.end - period.start), end)


def year_earlier(period: Period) -> Optional[Period]:
    """The same span a year before: the first half of 2021 for the first half of 2022."""
    if period.start is None or period.end is None:
        return None
    return Period(_shift_years(period.start, -1), _shift_years(period.end, -1))


def _published_period(relative: str, published: datetime.date) -> Optional[Period]:
    if relative == "last_12_months":
        return Period(_shift_years(published, -1) + datetime.timedelta(days=1), published)
    if relative == "this_year":
        return year_period(published.year)
    if relative == "last_year":
        return year_period(published.year - 1)
    if relative == "this_month":
        return months_period(published.year, published.month, published.year, published.month)
    if relative == "last_month":
        year, month = _add_months(published.year, published.month, -1)
        return months_period(year, month, year, month)
    return None


def resolve(
    mention: PeriodMention,
    *,
    anchor: Optional[Period],
    published: Optional[datetime.date],
) -> Optional[Period]:
    """The period ``mention`` names, relative ones fixed against ``anchor`` or ``published``.

    ``anchor`` is the fact's own period: "the previous year" of 2021 is 2020 (of the
    year ending March 2021, the year ending March 2020); "year-on-year" and "the
    same period last year" move the anchor back a year; "over the same period" is the
    anchor itself. "the last 12 months", "this year", "last year" count from
    ``published``. ``None`` when the needed date is missing.
    """
    from .periods_scan import scan

    if mention.relative is None:
        return mention.period
    rel = mention.relative
    if rel in PUBLISHED_RELATIVE:
        if published is None:
            return None
        if rel in ("this_year", "last_year") and not re.fullmatch(
            r"(?:\w+ )?(?:this|last) year", mention.text.lower()
        ):
            # "between January and June this year": parse again with the date known
            again = [m for m in scan(mention.text, published, None) if m.period]
            return again[0].period if again else None
        return _published_period(rel, published)
    if anchor is None or (anchor.start is None and anchor.end is None):
        return None
    if rel == "same_period":
        return anchor
    if rel == "year_earlier":
        return year_earlier(anchor)
    if rel == "previous_period":
        result = previous_period(anchor)
        return result if result.start else None
    if rel == "previous_year":
        if _whole_months(anchor) == 12:
            return previous_period(anchor)
        day = anchor.end or anchor.start
        return year_period(day.year - 1) if day else None
    if rel == "year_unstated":
        day = anchor.end or anchor.start
        again = [m for m in scan(mention.text, None, day.year) if m.period] if day else []
        return again[0].period if again else None
    return None


# ------------------------------------------------------------------ mentions

def find_periods(text: str, *, published: Optional[datetime.date] = None) -> list[PeriodMention]:
    """All period mentions in ``text`` (a sentence or a whole article), in order.

    Absolute periods are resolved; relative ones that depend only on the
    publication date are resolved when ``published`` is given; the rest keep
    ``period=None`` and say which they are in ``relative`` (see :func:`resolve`).
    Counts ("1,186"), ages, "20th anniversary", phone numbers, "under 18s" and
    years inside URLs or e-mail addresses are not periods.
    """
    if not text or not isinstance(text, str):
        return []
    from .periods_scan import scan

    return scan(text, published, None)


def period_at(mentions: Sequence[PeriodMention], offset: int) -> Optional[PeriodMention]:
    """The mention that dates the fact at ``offset``, by the clause rule, or ``None``.

    First a mention whose ``, when`` clause holds ``offset``; then the nearest
    ``time`` mention before ``offset`` in the same clause, else the nearest after it
    in that clause; then a sentence-opening ``time`` mention whose scope holds it.
    """
    bound = [m for m in mentions if m.when and m.when[0] <= offset < m.when[1]]
    if bound:
        return max(bound, key=lambda m: m.start)
    times = [m for m in mentions if m.role == "time"]
    same = _nearest([m for m in times if m.clause and m.clause[0] <= offset < m.clause[1]], offset)
    if same is not None:
        return same
    return _nearest([m for m in times if m.scope and m.scope[0] <= offset < m.scope[1]], offset)


def _nearest(mentions: list[PeriodMention], offset: int) -> Optional[PeriodMention]:
    before = [m for m in mentions if m.start <= offset]
    if before:
        return max(before, key=lambda m: m.start)
    after = [m for m in mentions if m.start > offset]
    return min(after, key=lambda m: m.start) if after else None
