"""Dates a sentence leaves to the sentences before it: an undated "from X to Y" pair, a bare month.

Papers state a year once and then go on figure by figure without it:

- a pair of figures with no date of either end ("In 2021/22 calls rose to 410. In Surrey
  calls fell from 90 to 75, while in Sussex they rose from 40 to 52.") is of the year
  stated last (a year, or a financial year: twelve whole months), its earlier end of the
  year before (:func:`pipeline.extract.own_times.pair_end` splits it);
- a month with no year ("rose from 31 in April to 44 in August") in an article with no
  publication date is of the year the sentences before name ("since February 2024");
- the later end of a pair whose earlier end alone is dated ("doubled in 2021, from 210 in 2020 to
  420") is of the later time its sentence names (2021), not of the earlier end's date
  (:func:`later_end_time`).
"""
from __future__ import annotations

import datetime
import re
from functools import lru_cache
from typing import Any, Optional

from pipeline.extract import periods
from pipeline.extract.pair_ends import HEDGE, NO_TIME_WORDS, is_earlier_end, is_later_end, is_later_end_after_dated
from pipeline.wordlists import alternation, data_file

@lru_cache(maxsize=1)
def _own_time_words() -> re.Pattern[str]:
    """Words of a time the periods do not read ("before the pandemic", "over ten years", "when it
    launched"): a pair whose sentence holds one is of that time, not of the year stated last
    (``data/periods.json`` ``pair_own_time_words``)."""
    return re.compile(rf"\b(?:{alternation(data_file('periods.json')['pair_own_time_words'])})\b", re.I)


def undated_pair_end(d: Any) -> bool:
    """Whether a compared count is one end of "from X to Y" with no time, base or rate of its own."""
    if not d.comparison or d.time is not None or d.base is not None or d.rate is not None:
        return False
    text, offset, end = d.sentence.text, d.start - d.sentence.start, d.end - d.sentence.start
    return is_earlier_end(text, offset, end, NO_TIME_WORDS) or is_later_end(text, offset, NO_TIME_WORDS)


def pair_year(d: Any, anchor: Optional[periods.Period]) -> Optional[periods.Period]:
    """The period an undated "from X to Y" pair is stated in: ``anchor`` (the period stated last, a few
    sentences back) when it is twelve whole months; ``None`` for an open span ("since 2015"), a month,
    or a count that is no undated end of a pair."""
    if anchor is None or anchor.start is None or anchor.end is None or not undated_pair_end(d):
        return None
    if _own_time_words().search(d.sentence.text):
        return None  # "Before the pandemic, calls rose from 400 to 500": a time of its own, in words
    return anchor if periods.whole_months(anchor) == 12 else None


def month_in_year_before(d: Any, published: Optional[datetime.date]) -> Optional[periods.Period]:
    """A bare month ("in September") of a count in an article with no publication date, dated by the
    year of the last time the sentences before name ("since February 2024" -> September 2024); ``None``
    when the date is known, the time is no bare month, or no sentence before names a year."""
    mention, before = d.time, d.previous_time
    if published is not None and not isinstance(published, periods.TextDate):
        return None
    if getattr(mention, "relative", None) != "year_unstated" or before is None:
        return None
    period = getattr(before, "period", None)
    if period is None or getattr(before, "relative", None) is not None or (period.start or period.end) is None:
        return None
    return periods.resolve(mention, anchor=period, published=None)


#: Times a later end may take: a date, or a year the publication date fixes ("fell by 8 per cent last year, from
#: 13,500 in 2023 to 12,400").
_OWN_YEAR = (None, "last_year", "this_year", "last_financial_year")


def later_end_time(d: Any, period: Optional[periods.Period],
                   published: Optional[datetime.date]) -> Optional[periods.Period]:
    """The period of the later end of "from 210 in 2020 to 420" when the count took the earlier end's date
    (``period``): the first time its sentence names that starts after that date ends ("doubled in 2021,
    from 210 in 2020 to 420" -> 2021; "fell last year, from 13,500 in 2023 to 12,400" -> the year before the
    publication's); ``None`` (keep ``period``) when the sentence names no later time."""
    time = d.time
    if period is None or period.end is None or time is None or time.start >= d.start - d.sentence.start \
            or not is_later_end_after_dated(d.sentence.text, d.start - d.sentence.start):
        return None
    for mention in periods.find_periods(d.sentence.text, published=published):
        later = mention.period
        if mention.role == "time" and mention.relative in _OWN_YEAR and later is not None and later.start is not None \
                and later.end is not None and later.start > period.end:
            return later
    return None


#: The words right before the earlier figure of a change that names no date of it: "up from 24", ", from 410".
_FROM_RIGHT_BEFORE = re.compile(rf"\bfrom\s++{HEDGE}$", re.I)
_TO_AFTER = re.compile(r"[\s,]*+to\b|\s*+[-\u2013\u2014]", re.I)  # "from X to Y", a range "from 30-600 MW"


def year_before_later(d: Any, later: Optional[periods.Period]) -> Optional[periods.Period]:
    """The period of an undated earlier figure ("A further 36 calls came last year, up from 24.", "Web chats rose
    to 640, from 410."): the twelve months before ``later``, the period of its sentence's later figure, when that is
    twelve whole months; ``None`` for any other figure (one with a time, a base or a rate of its own, the first end
    of "from X to Y", or a sentence that names a time in words)."""
    if later is None or later.start is None or later.end is None or periods.whole_months(later) != 12:
        return None
    if not d.comparison or d.time is not None or d.base is not None or d.rate is not None:
        return None
    text, offset, end = d.sentence.text, d.start - d.sentence.start, d.end - d.sentence.start
    if not _FROM_RIGHT_BEFORE.search(text, max(0, offset - 30), offset) or _TO_AFTER.match(text, end) \
            or _own_time_words().search(text):
        return None
    return periods.previous_period(later)
