"""The year an article's headline gives its figures (ANNOTATION.md decision 6: a year the text anchors).

Some papers put the year only in the headline ("Helpline took three times as many calls in
2020", "... record number of calls in 2015") and write the body's figures with no year of
their own ("an increase of 72% in a year marked by the pandemic", "Sixty per cent were from
women"). :func:`headline_year` reads that year: the first line, a headline (no closing full
stop, a few words), naming one calendar year and no other, not after a word of
``headline_year_blockers`` ("since 2019", "compared with 2019") nor a month (a dateline, "12
January 2022"), and not a financial year ("2021-22"). :func:`date_undated` gives it to the facts that have no time of their own, in
their sentence, nor from the facts before; :func:`headline_published` makes "last year" of an
undated article the year after it.
"""
from __future__ import annotations

import datetime
import re
from functools import lru_cache
from typing import Any, Iterable, Optional

from pipeline.extract import periods
from pipeline.extract.period_patterns import load_data
from pipeline.wordlists import alternation

#: At most this many words make a first line a headline.
HEADLINE_WORDS = 30

#: A calendar year standing alone: not part of "2021-22", "2019/20", "2,020" or a longer number.
_YEAR = re.compile(r"(?<![\d/,.\u2013-])(?:19[5-9]\d|20[0-4]\d)(?![\d/\u2013-]|\s?[\u2013-]?\s?\d)")


@lru_cache(maxsize=1)
def _blocked() -> re.Pattern[str]:
    words = alternation(load_data()["headline_year_blockers"], loose_spaces=True)
    return re.compile(rf"\b(?:{words})\s*+(?:the\s++)?(?:end\s++of\s++)?$", re.I)


@lru_cache(maxsize=1)
def _dated() -> re.Pattern[str]:
    """A month right before the year: a dateline ("12 January 2022") or a month's figures, not a year's."""
    return re.compile(rf"\b(?:{alternation(list(load_data()['months']))})\.?,?\s*+$", re.I)


@lru_cache(maxsize=1)
def _habitual() -> re.Pattern[str]:
    data = load_data()  # and the verbs of a standing estimate ("an estimated 500,000 people pose a risk")
    words = alternation(data["habitual_words"] + data["standing_claims"], loose_spaces=True)
    return re.compile(rf"\b(?:{words})\b", re.I)


def headline_year(text: str) -> Optional[int]:
    """The one calendar year the article's headline names, or None."""
    line = text.lstrip().split("\n", 1)[0].strip()
    if not line or line.endswith(".") or len(line.split()) > HEADLINE_WORDS:
        return None
    found = list(_YEAR.finditer(line))
    if len({m.group() for m in found}) != 1:
        return None
    if any(_blocked().search(line, max(0, m.start() - 30), m.start()) or _dated().search(line, max(0, m.start() - 12), m.start())
           for m in found):
        return None
    return int(found[0].group())


def headline_published(year: Optional[int], relative: Iterable[str]) -> Optional[datetime.date]:
    """The date an undated article implies when its headline names ``year``: its body's "last year"
    (with no "this year") is the headline's year, so the article is of the year after; the last day
    stands for the date, as :func:`pipeline.extract.implied_date.anchored_date` does."""
    said = set(relative)
    if year is None or "last_year" not in said or "this_year" in said:
        return None
    return periods.TextDate(year + 1, 12, 31)


def dates_itself(d: Any) -> bool:
    """Whether a fact's sentence names a time of any kind (its own period, "since it opened", "last
    month") or is a standing figure ("20% of adults are affected every year", "it estimates that
    300,000 people pose a risk")."""
    return d.time is not None or d.sentence_time is not None or d.base is not None \
        or bool(_habitual().search(d.sentence.text))


def date_undated(items: Iterable[Any], year: Optional[int], published: Optional[datetime.date]) -> None:
    """Give the headline's year to the facts left with no period and no time of their own; a change
    so dated is on the year before (unless against an average). Earlier figures of a comparison and
    figures of a headline year after the publication date are left as they are."""
    if year is None or (published is not None and year > published.year):
        return
    for item in items:
        d = item.draft
        if item.period is not None or d.comparison or dates_itself(d) or d.qualifier == "vague":
            continue
        item.period = periods.year_period(year)
        if d.kind == "percentage" and d.pct_kind == "change" and item.base_period is None:
            item.base_period = periods.year_period(year - 1)
