"""One match of a date pattern as a candidate period: "the year ending March 2021", "Q3 2022", "from July
16-26", "2021/22", "the three months to June", "in May" (:func:`absolute_candidate`).

A day, a month or a span named without its year is of the year the text is about, else the latest such one up to
the publication date; with neither, it has no period and the relative key ``year_unstated``.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Callable, Optional

from pipeline.extract.number_patterns import words as number_words
from pipeline.extract.period_patterns import Patterns
from pipeline.extract.period_spans import Period, months_period, year_ending, year_period
from pipeline.wordlists import fold


@dataclass
class Candidate:
    """A period found in the text, before the scan keeps or drops it: its offsets, period, role and kind."""

    start: int
    end: int
    period: Optional[Period]
    role: str = "time"
    relative: Optional[str] = None
    kind: str = "absolute"
    has_prep: bool = False



def years_counted(phrase: str) -> int:
    """The number of "over the last three years"; ten for "over the past decade"."""
    if phrase.lower().endswith("decade"):
        return 10
    word = re.search(r"(\w+) years$", phrase, re.IGNORECASE).group(1).lower()
    return int(word) if word.isdigit() else number_words()["units"][word]


def absolute_candidate(name: str, m: re.Match[str], pats: Patterns, published: Optional[datetime.date],
              default_year: Optional[int]) -> Optional[Candidate]:
    """One regular-expression match as a candidate, or ``None`` when it is no valid period."""
    month = lambda key: pats.months[fold(m[key]).rstrip(".")]  # noqa: E731
    day = lambda key: int(re.match(r"\d+", m[key]).group())  # noqa: E731
    relative = None
    try:
        if name == "year_ending":
            period = year_ending(int(m["y"]), month("m"), day("d") if m["d"] else None)
        elif name in ("part", "qh"):
            if name == "qh":
                size, n = (3 if m["qh"].lower() == "q" else 6), int(m["n"])
            else:
                size = 6 if m["part"].lower().startswith(("half", "six", "6")) else 3
                n = pats.ordinals[fold(m["ord"])]
                n = 12 // size if n == -1 else n
            if n > 12 // size:
                return None
            year, relative = _year_of(m["y"], m["rel"] if name == "part" else None, published, default_year)
            period = None if year is None else months_period(year, (n - 1) * size + 1, year, n * size)
        elif name == "quarter_alone":
            if m["ord"] and fold(m["ord"]) == "last":
                return None  # "last quarter": the one before the publication's, not the fourth
            n = pats.ordinals[fold(m["ord"])] if m["ord"] else int(m["n"] or m["n2"])
            n = 4 if n == -1 else n
            if not 1 <= n <= 4:
                return None
            year, relative = _year_of(None, None, None, default_year)
            if year is None and published is not None:  # the latest such quarter ended by then
                year, relative = (published.year if 3 * n < published.month else published.year - 1), None
            period = None if year is None else months_period(year, 3 * n - 2, year, 3 * n)
        elif name == "months_of_year":
            n, year = pats.month_spans[fold(m["n"])], int(m["y"])
            first = 1 if m["end"].lower() in ("first", "opening") else 13 - n
            period = months_period(year, first, year, first + n - 1)
        elif name in ("days_md", "days_dm"):
            if m["conj"].lower() == "and" and ((m["prep"] or "").lower() != "between" or name == "days_md"
                                               and not m["y"] and _WORD_AFTER.match(m.string, m.end())):
                return None  # "and" joins two days only after "between", and not "between July 16 and 26 people"
                # (a month or a year after the last day ends the span: "between 3 and 9 June the line took ...")
            if not m["prep"] and not m["y"] and not _SPAN_PREPOSITION.search(m.string, max(0, m.start() - 12), m.start()):
                return None  # "Prevention Month (1-31 May)": an event's dates, not a span the figures are of
            period, relative = _days(m, month, day, published, default_year)
            if period is None and relative is None:
                return None
        elif name == "fy":
            y1, y2 = int(m["y1"]), m["y2"]
            if (m["school"] or m["school_after"]) and int(y2) % 100 == (y1 + 1) % 100:
                period = Period(datetime.date(y1, 9, 1), datetime.date(y1 + 1, 8, 31))  # a school year
            elif len(y2) == 2 and int(y2) == (y1 + 1) % 100 or (int(y2) == y1 + 1 and (m["sep"] == "/" or m["fin"] or m["fy"] or m["fin_after"])):
                period = Period(datetime.date(y1, 4, 1), datetime.date(y1 + 1, 3, 31))
            elif len(y2) == 4 and int(y2) > y1 and m["sep"] != "/":
                period = Period(datetime.date(y1, 1, 1), datetime.date(int(y2), 12, 31))
            else:
                return None
        elif name == "fiscal":  # a US state's year from July (the UK's "financial year" from April) to the year named
            end = int(m["y"] or m["y2"])
            first = 4 if (m["kind"] or "").lower() == "financial" else 7
            period = months_period(end - 1, first, end, first - 1)
        elif name == "month_range":
            if not (m["prep"] or m["y2"] or m["rel"]):
                return None
            if m["conj"].lower() in ("through", "thru") and not (m["y1"] or m["y2"] or m["rel"]):
                return None  # "from October through January": as before US spans were read, its months alone
            m1, m2 = month("m1"), month("m2")
            if m["y1"] and not m["y2"]:  # "from October 2014 to September (this year)": the first year fixes the last
                year, relative = int(m["y1"]) + (m2 < m1), None
            else:
                year, relative = _year_of(m["y2"], m["rel"], published, default_year)
            if year is None:
                period = None
            else:
                start_year = int(m["y1"]) if m["y1"] else (year if m1 <= m2 else year - 1)
                period = months_period(start_year, m1, year, m2)
        elif name == "year_range":
            if m["conj"].lower() == "and" and not m["prep"] or int(m["y2"]) <= int(m["y1"]):
                return None
            period = Period(datetime.date(int(m["y1"]), 1, 1), datetime.date(int(m["y2"]), 12, 31))
        elif name == "week":  # "the week starting 30 March": seven days
            first = datetime.date(2000, month("m") if m["m"] else month("m2"),
                                  day("d") if m["d"] else day("d2"))
            year, relative = (int(m["y"]), None) if m["y"] else _year_of(None, None, None, default_year)
            if year is None and published is not None:
                day_one, relative = _latest_day(first, published), None  # the latest such week begun by then
            else:
                day_one = first.replace(year=year) if year else None
            period = Period(day_one, day_one + datetime.timedelta(days=6)) if day_one else None
        elif name == "date_dm":
            period, relative = _day_alone(m, month, day, published, default_year)
            if period is None and relative is None:
                return None
        elif name in ("date_dmy", "date_mdy"):
            date = datetime.date(int(m["y"]), month("m"), day("d"))
            period = Period(date, date)
        elif name == "same_period_year":  # "the same period in 2018": the fact's own months, in 2018
            period, relative = year_period(int(m["y"])), "same_period_in"
            if m["y2"] and int(m["y2"]) % 100 == (int(m["y"]) + 1) % 100:  # "in 2022-23": that financial year
                period = Period(datetime.date(int(m["y"]), 4, 1), datetime.date(int(m["y"]) + 1, 3, 31))
            elif m["y2"]:
                return None
        elif name == "year_to_month":
            if published is None:
                return None
            last = month("m")
            year = published.year if last < published.month else published.year - 1  # the latest such month ended
            period = year_ending(year, last, None)
        elif name == "span_to_month":
            if (published is None and not m["y"]) or not m["m"][0].isupper():
                return None
            last = month("m")
            year = int(m["y"]) if m["y"] else \
                published.year if last < published.month else published.year - 1  # the latest such month ended
            first = year * 12 + last - (pats.month_spans[fold(m["n"])] if m["n"] else 12)
            period = months_period(first // 12, first % 12 + 1, year, last)
        elif name in ("months_from", "month_alone"):
            if not m["m"][0].isupper():
                return None  # "in may", a verb
            first = month("m")
            last = first + (pats.month_spans[fold(m["n"])] - 1 if name == "months_from" else 0)
            year = int(m["y"]) if name == "months_from" and m["y"] else None
            if year is None and published is not None:  # the latest such month ("last December": before this one)
                latest = first < published.month or (first == published.month and not m["last"]) \
                    or (name == "month_alone" and bool(m["this"]))  # "this January": of the year of publication
                year = published.year if latest else published.year - 1
            elif year is None:
                year, relative = _year_of(None, None, None, default_year)
            period = None if year is None else months_period(year, first, year + (last - 1) // 12, (last - 1) % 12 + 1)
        elif name == "month_subject":
            if not m["m"][0].isupper():
                return None
            first = month("m")
            if published is not None:  # the latest such month begun by the publication date
                year = published.year if first <= published.month else published.year - 1
            else:
                year, relative = _year_of(None, None, None, default_year)
            period = None if year is None else months_period(year, first, year, first)
            return Candidate(m.start(), m.start("m") + len(m["m"]), period, "time", relative, "month_alone", True)
        elif name == "month_rel_year":
            if not m["m"][0].isupper():
                return None  # "may this year", a verb
            year, relative = _year_of(None, m["rel"], published, default_year)
            period = None if year is None else months_period(year, month("m"), year, month("m"))
        elif name == "calendar_year":
            period = year_period(int(m["y"]))
        else:  # month_year
            period = months_period(int(m["y"]), month("m"), int(m["y"]), month("m"))
    except (ValueError, KeyError):
        return None
    has_prep = name in ("month_range", "year_range") and bool(m["prep"])
    return Candidate(m.start(), m.end(), period, "time", relative, name, has_prep)


#: A preposition before a span of days with no "from" and no year: "in July 16-26", "during 3-9 June".
_SPAN_PREPOSITION = re.compile(r"\b(?:in|during|over|throughout|on)\s++$", re.IGNORECASE)

#: A lower-case word right after a figure: "26 people" is a count, not a day.
_WORD_AFTER = re.compile(r"\s++[a-z]")

#: The word right before a day named without its year that makes it a date: "on 8 September".
_ON_BEFORE = re.compile(r"\bon\s++$", re.IGNORECASE)


def _latest_day(first: datetime.date, published: datetime.date) -> datetime.date:
    """The latest day up to ``published`` with the month and day of ``first``: of the year of publication, else
    the year before; 29 February of the latest leap year up to then."""
    year = published.year
    while True:
        try:
            date = first.replace(year=year)
        except ValueError:  # 29 February of a year without one
            date = None
        if date is not None and date <= published:
            return date
        year -= 1


def _day_alone(m: re.Match[str], month: Callable[[str], int], day: Callable[[str], int],
               published: Optional[datetime.date],
               default_year: Optional[int]) -> tuple[Optional[Period], Optional[str]]:
    """The one day "on Tuesday 8 September" names: of the year the text is about (``default_year``), else the
    latest such day up to the publication date (ANNOTATION.md decision 6 dates a month so); with neither, no
    period and the relative key ``year_unstated``. ``(None, None)``: no date ("March 2 people", "may 5"), only
    after a weekday or "on" and with a capital month is a day and month a date."""
    named = m["m"] or m["m2"]
    if not named[0].isupper() or not (m["wd"] or _ON_BEFORE.search(m.string, max(0, m.start() - 6), m.start())):
        return None, None
    first = datetime.date(2000, month("m") if m["m"] else month("m2"), day("d") if m["d"] else day("d2"))
    year, relative = _year_of(None, None, None, default_year)
    if year is None and published is not None:
        date, relative = _latest_day(first, published), None  # the latest such day by then
    else:
        date = first.replace(year=year) if year else None
    return (Period(date, date) if date else None), relative


def _days(m: re.Match[str], month: Callable[[str], int], day: Callable[[str], int],
          published: Optional[datetime.date], default_year: Optional[int]) -> tuple[Optional[Period], Optional[str]]:
    """The days "from July 16-26", "between 3 and 9 June" or "between 20 December and 2 January" (into the next year)
    name: of the year named after them (the end's, for a span into the next year), else of the
    year the text is about (``default_year``), else the latest such span begun by the publication date; with
    none of these, no period and the relative key ``year_unstated``. ``(None, None)``: no span (a lower-case
    month, an end before the start)."""
    if not m["m"][0].isupper():
        return None, None
    groups = m.groupdict()
    first_month = month("m0") if groups.get("m0") else month("m")
    last_month = month("m2") if groups.get("m2") else month("m")
    first = datetime.date(2000, first_month, day("d"))
    end = datetime.date(2000, last_month, day("d2"))
    turns = end <= first and last_month < first_month  # "20 December to 2 January": the end in the next year
    if end <= first and not turns:
        return None, None
    year, relative = _year_of(m["y"], None, None, default_year)
    if m["y"] and turns:
        year -= 1  # "20 December to 2 January 2024": the year named is the end's
    if year is None and published is not None:
        year, relative = _latest_day(first, published).year, None
    if year is None:
        return None, relative
    return Period(first.replace(year=year), end.replace(year=year + turns)), relative


def _year_of(year: Optional[str], rel: Optional[str], published: Optional[datetime.date],
             default_year: Optional[int]) -> tuple[Optional[int], Optional[str]]:
    """The year a span falls in and, when it is not stated, which relative key fixes it."""
    if year:
        return int(year), None
    if rel:
        key = f"{rel.lower()}_year"
        if published is None:
            return None, key
        return published.year - (1 if key == "last_year" else 0), key
    return default_year, None if default_year else "year_unstated"
