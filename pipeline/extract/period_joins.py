"""Candidate periods read together after each is read alone: "between November 1 2014 and October 31 2015" is
one span (:func:`between_dates`); a month without its year after a named year or a dated month of its sentence is of
that year (:func:`months_of_named_year`, :func:`months_after_dated_month`); "the following three months" after a
month starts with it (:func:`following_months`); "since it was set up in October 2015" runs from that date
(:func:`dated_events`).
"""
from __future__ import annotations

import datetime
import re
from typing import Optional

from pipeline.extract.number_patterns import words as number_words
from pipeline.extract.period_clauses import containing
from pipeline.extract.period_dates import Candidate
from pipeline.extract.period_patterns import Patterns, load_data
from pipeline.extract.period_spans import Period, Span, calendar_year, months_period, to_date, whole_months


#: What joins the two ends of "between November 1 2014 and October 31 2015".
_BETWEEN = re.compile(r"between\b", re.IGNORECASE)
_AND = re.compile(r",?\s*+and\s++")


def between_dates(chosen: list[Candidate], text: str) -> list[Candidate]:
    """"between November 1 2014 and October 31 2015" (each end a date of its own, as US and UK
    papers write days): one period from the first date to the second, not two single days."""
    out: list[Candidate] = []
    skip = None
    for cand, after in zip(chosen, chosen[1:] + [None]):
        if cand is skip:
            continue
        if after is not None and cand.relative is None and after.relative is None and cand.period is not None \
                and after.period is not None and cand.period.start and after.period.end \
                and cand.period.start < after.period.end and _BETWEEN.match(text, cand.start) \
                and _AND.fullmatch(text, cand.end, after.start):
            cand = Candidate(cand.start, after.end, Period(cand.period.start, after.period.end), cand.role, None,
                         "absolute", True)
            skip = after
        out.append(cand)
    return out


def months_of_named_year(chosen: list[Candidate], text: str, sentences: list[Span]) -> list[Candidate]:
    """"Calls in 2016 ranged from 881 in May to 1,468 in January": a month named without a year
    after a calendar year in its sentence is a month of that year, not the latest such month
    up to the publication date ("last January" keeps its own meaning; a year right after a
    figure, "from 300 in 2019 to 500 in January", dates that figure only)."""
    for i, cand in enumerate(chosen):
        if cand.kind != "month_alone" or cand.role != "time" or text[cand.start:cand.start + 5].lower() == "last " \
                or (cand.period is None and cand.relative != "year_unstated"):
            continue
        sent = containing(sentences, cand.start)
        years = [c for c in chosen[:i] if c.start >= sent[0] and c.role == "time" and c.relative is None
                 and calendar_year(c.period) is not None
                 and not _DIGIT.search(text, max(sent[0], c.start - 20), c.start)]  # not "from 300 in 2019 to ..."
        if not years:
            continue
        year = years[-1].period.start.year
        first, last = _month_numbers(text[cand.start:cand.end])
        if first is not None:
            cand.period, cand.relative = months_period(year, first, year, last), None
    return chosen


_DIGIT = re.compile(r"\d")


def months_after_dated_month(chosen: list[Candidate], text: str, sentences: list[Span],
                              published: Optional[datetime.date]) -> list[Candidate]:
    """"fell from 90 in January 2020 to 70 in June": a month named without a year after a month named with
    one in its sentence is the first such month after it (June 2020; "from 90 in November 2020 to 120 in
    March": March 2021), not the latest such month up to the publication date.  A month compared with
    ("compared with 70 in March") is a base, and is left as it was."""
    for i, cand in enumerate(chosen):
        if cand.kind != "month_alone" or cand.role != "time" or text[cand.start:cand.start + 5].lower() in ("last ", "this ") \
                or (cand.period is None and cand.relative != "year_unstated"):
            continue
        sent = containing(sentences, cand.start)
        months = [c for c in chosen[:i] if c.start >= sent[0] and c.relative is None and c.kind != "month_alone"
                  and c.period is not None and c.period.start and c.period.end and whole_months(c.period) == 1]
        first, last = _month_numbers(text[cand.start:cand.end])
        if not months or first is None:
            continue
        year = months[-1].period.start.year + (first <= months[-1].period.start.month)
        period = months_period(year, first, year, last)
        if published is None or period.start <= published:
            cand.period, cand.relative = period, None
    return chosen


def _month_numbers(phrase: str) -> tuple[Optional[int], Optional[int]]:
    """The month a month-alone mention names ("in May"), twice (its first and last month)."""
    months = load_data()["months"]
    found = [months[w.lower().rstrip(".")] for w in re.findall(r"[A-Za-z]+\.?", phrase) if w.lower().rstrip(".") in months]
    return (found[-1], found[-1]) if found else (None, None)


#: The length of "the following three months", "the next six-month period", "the following quarter".
_FOLLOWING_SPAN = re.compile(r"\b(?P<n>[a-z]+|\d{1,2})[- ]months?\b|\b(?P<part>quarter|half)\b", re.IGNORECASE)


def following_months(chosen: list[Candidate], text: str, sentences: list[Span], pats: Patterns) -> list[Candidate]:
    """"from January 2019 and in the following three months": the span of months that starts with the
    single month named before it in the same sentence (January to March 2019). Without such a month
    "the following N months" stays a period after another that the text leaves unstated."""
    for i, cand in enumerate(chosen):
        if cand.relative != "next_period":
            continue
        size = _following_size(text[cand.start:cand.end], pats)
        sent = containing(sentences, cand.start)
        months = [c for c in chosen[:i] if c.start >= sent[0] and c.period is not None and c.period.start
                  and c.period.end and c.period.start.day == 1 and whole_months(c.period) == 1]
        if size and months:
            first = months[-1].period.start
            last = first.month - 2 + size  # the last month, counted from 0
            cand.period = months_period(first.year, first.month, first.year + last // 12, last % 12 + 1)
            cand.relative = None
            if months[-1].role == "base":  # "from January 2019" was the start, not a comparison
                months[-1].role = "time"
    return chosen


def _following_size(phrase: str, pats: Patterns) -> Optional[int]:
    found = _FOLLOWING_SPAN.search(phrase)
    if found is None:
        return None
    if found["part"]:
        return 3 if found["part"].lower() == "quarter" else 6
    word = found["n"].lower()
    size = int(word) if word.isdigit() else pats.month_spans.get(word) or number_words()["units"].get(word)
    return size if size and 1 < size <= 12 else None


#: Between "since it opened" and the date of that event: a few words, no punctuation.
_EVENT_TO_DATE = re.compile(r"(?:\s++[\w'’-]++){0,4}?\s*+")


def dated_events(chosen: list[Candidate], text: str, published: Optional[datetime.date]) -> list[Candidate]:
    """"since it was set up in October 2015", "since the launch of the line in 2019": one period from
    that date to the publication date (open without one), not an undated event and a month; "so far in
    2022" is that year so far, a running period with no end yet (:class:`ToDatePeriod`)."""
    out: list[Candidate] = []
    skip = None
    for cand, after in zip(chosen, chosen[1:] + [None]):
        if cand is skip:
            continue
        if cand.relative == "since_event" and after is not None and after.relative is None \
                and after.role == "time" and after.period is not None and after.period.start is not None \
                and text[after.start:after.start + 3].lower() == "in " and _EVENT_TO_DATE.fullmatch(text, cand.end, after.start):
            end = published if published is not None and type(published) is datetime.date else None
            period = to_date(after.period) if _SO_FAR.match(text, cand.start) else Period(after.period.start, end)
            cand = Candidate(cand.start, after.end, period, "time", None, "absolute", True)
            skip = after
        out.append(cand)
    return out


#: "so far" opening a candidate ("So far in 2022"), and "to date" or "so far" right after a period ("in 2023 to date").
_SO_FAR = re.compile(r"so\s++far\b", re.I)
_TO_DATE_AFTER = re.compile(r",?+\s*+(?:to\s++date|so\s++far)\b", re.I)


def periods_to_date(chosen: list[Candidate], text: str, published: Optional[datetime.date]) -> list[Candidate]:
    """"in 2023 to date", "during 2022 so far": the period named, still running (:class:`ToDatePeriod`), and
    not a second, undated "so far" after it; "from 2019 to date" runs from 2019 to the publication date, as
    "since 2019" does (open without one)."""
    out: list[Candidate] = []
    skip = None
    for cand, after in zip(chosen, chosen[1:] + [None]):
        if cand is skip:
            continue
        found = _TO_DATE_AFTER.match(text, cand.end) if cand.role == "time" and cand.relative is None \
            and cand.period is not None and cand.period.start is not None and cand.period.end is not None else None
        if found is not None:
            if after is not None and after.start < found.end():
                skip = after  # the "so far" the scan read on its own
            if re.match(r"from\b", text[cand.start:cand.end], re.I):
                end = published if published is not None and type(published) is datetime.date else None
                period = Period(cand.period.start, end)
            else:
                period = to_date(cand.period)
            cand = Candidate(cand.start, found.end(), period, cand.role, None, cand.kind, cand.has_prep)
        out.append(cand)
    return out
