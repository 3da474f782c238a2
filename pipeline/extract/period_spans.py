"""Periods as spans of days, the mentions that name them, and the arithmetic on both.

:class:`Period` is a span of days with open ends; :class:`PeriodMention` is one period
named in a text. The constructors (:func:`year_period`, :func:`months_period`,
:func:`year_ending`) and the shifts (:func:`previous_period`, :func:`year_earlier`,
:func:`published_period`) are pure date arithmetic, shared by the scanner
(:mod:`pipeline.extract.period_scan`) and the resolver (:mod:`pipeline.extract.periods`).
"""
from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass
from typing import Optional

ROLES = ("time", "base", "previous")
#: relative keys fixed by the publication date alone
PUBLISHED_RELATIVE = ("last_12_months", "this_year", "last_year", "this_month", "last_month",
                      "last_financial_year", "last_fiscal_year")
#: relative keys fixed by the fact's own period
ANCHOR_RELATIVE = ("previous_year", "year_earlier", "previous_period", "same_period", "year_unstated",
                   "following_year")

Span = tuple[int, int]


class TextDate(datetime.date):
    """A publication date the text implies rather than the page states (see
    :func:`pipeline.extract.implied_date.anchored_date`): it fixes "this year" and "last year" only."""


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


class RollingPeriod(Period):
    """A period counted back from the publication date ("in the past 12 months", "the last year"):
    ANNOTATION.md decision 6 writes it as null, yet its facts still pair with one another ("1,905 in
    the past year, compared with 1,500 the year before"). Its days are kept for that pairing only:
    :meth:`iso` gives ``(None, None)``, and every period shifted from it (the year before it) is one
    too (:func:`rolling_like`)."""

    def iso(self) -> tuple[Optional[str], Optional[str]]:
        """``(None, None)``: the text names no dates (decision 6)."""
        return None, None


class ToDatePeriod(Period):
    """A period still running when the article was written ("so far this year", "in 2023 to date", "this year"):
    ANNOTATION.md decision 6 gives "so far this year" a start on 1 January and a null end. Its days (the
    whole year, or the period named) are kept for pairing and for the periods shifted from it; :meth:`iso`
    gives ``(start, None)``."""

    def iso(self) -> tuple[Optional[str], Optional[str]]:
        """``(start, None)``: the period has not ended (decision 6)."""
        return (self.start.isoformat() if self.start else None), None


def to_date(period: Optional[Period]) -> Optional[Period]:
    """``period`` as a :class:`ToDatePeriod` (one that is running), ``None`` stays ``None``."""
    if period is None or isinstance(period, (ToDatePeriod, RollingPeriod)):
        return period
    return ToDatePeriod(period.start, period.end)


def rolling_like(source: Optional[Period], result: Optional[Period]) -> Optional[Period]:
    """``result`` as a :class:`RollingPeriod` when it was shifted from one, else as it is."""
    if isinstance(source, RollingPeriod) and result is not None and not isinstance(result, RollingPeriod):
        return RollingPeriod(result.start, result.end)
    return result


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


def calendar_years(period: Optional[Period]) -> Optional[tuple[int, int]]:
    """The first and the last year of a period that runs from 1 January to 31 December ("in 2021",
    "between 2016 and 2018"), else ``None``."""
    if period is None or period.start is None or period.end is None \
            or (period.start.month, period.start.day, period.end.month, period.end.day) != (1, 1, 12, 31):
        return None
    return period.start.year, period.end.year


def calendar_year(period: Optional[Period]) -> Optional[int]:
    """The year of a period that is one whole calendar year, else ``None``."""
    years = calendar_years(period)
    return years[0] if years is not None and years[0] == years[1] else None


def whole_months(period: Period) -> Optional[int]:
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
    months = whole_months(period)
    if months:
        year, month = _add_months(period.start.year, period.start.month, -months)
        end_year, end_month = _add_months(period.start.year, period.start.month, -1)
        return rolling_like(period, months_period(year, month, end_year, end_month))
    end = period.start - datetime.timedelta(days=1)
    return rolling_like(period, Period(end - (period.end - period.start), end))


def years_shifted(period: Period, years: int) -> Optional[Period]:
    """The same span ``years`` later (earlier when negative); ``None`` for an open period."""
    if period.start is None or period.end is None:
        return None
    return rolling_like(period, Period(_shift_years(period.start, years), _shift_years(period.end, years)))


def year_earlier(period: Period) -> Optional[Period]:
    """The same span a year before: the first half of 2021 for the first half of 2022."""
    if period.start is None or period.end is None:
        return None
    return rolling_like(period, Period(_shift_years(period.start, -1), _shift_years(period.end, -1)))


def years_back(years: int, published: datetime.date) -> Period:
    """The ``years`` whole calendar years before the year of ``published`` ("over the last three years")."""
    return Period(datetime.date(published.year - years, 1, 1), datetime.date(published.year - 1, 12, 31))


def published_period(relative: str, published: datetime.date) -> Optional[Period]:
    """The period a relative key of :data:`PUBLISHED_RELATIVE` names, counted from ``published``."""
    if relative == "last_12_months":  # written as null, paired by its days (decision 6)
        return RollingPeriod(_shift_years(published, -1) + datetime.timedelta(days=1), published)
    if relative == "this_year":  # running: "so far this year", "this year" (decision 6: no end yet)
        return to_date(year_period(published.year))
    if relative == "last_year":
        return year_period(published.year - 1)
    if relative == "this_month":
        return months_period(published.year, published.month, published.year, published.month)
    if relative in ("last_financial_year", "last_fiscal_year"):
        return latest_fiscal_year(published, 4 if relative == "last_financial_year" else 7)
    if relative == "last_month":
        year, month = _add_months(published.year, published.month, -1)
        return months_period(year, month, year, month)
    return None


def latest_fiscal_year(published: datetime.date, first_month: int) -> Period:
    """The latest year from ``first_month`` (April for a UK financial year, July for a US or
    Australian fiscal year) that has ended by ``published``: "last financial year"."""
    year = published.year - 1 if published.month >= first_month else published.year - 2
    return months_period(year, first_month, year + 1, first_month - 1)
