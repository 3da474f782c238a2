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
"""
from __future__ import annotations

import datetime
import re
from typing import Optional, Sequence

from pipeline.extract.period_scan import scan
from pipeline.extract.period_spans import (  # noqa: F401  (re-exported)
    ANCHOR_RELATIVE,
    PUBLISHED_RELATIVE,
    ROLES,
    Period,
    PeriodMention,
    Span,
    TextDate,
    months_period,
    previous_period,
    published_period,
    rolling_like,
    RollingPeriod,
    whole_months,
    year_earlier,
    year_ending,
    year_period,
    years_shifted,
)


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
    if mention.relative is None:
        return mention.period
    rel = mention.relative
    if isinstance(published, TextDate) and rel not in ("this_year", "last_year"):
        published = None  # implied by the text: it fixes "this year" and "last year", nothing else
    if rel == "last_n_years":  # fixed by the publication date when scanned, or not at all
        return mention.period
    if rel in PUBLISHED_RELATIVE:
        if published is None:
            return None
        if rel == "this_year" and _POSSESSIVE.search(mention.text):
            own = _months_this_year(anchor, published)
            if own is not None:  # "Volunteers answered 9,880 calls between April and September ... a third of this
                return own       # year's calls": the months the article is about, in the publication's year
        if rel in ("this_year", "last_year") and not re.fullmatch(
            r"(?:(?:in|during|for|throughout) )?(?:this|last) year", mention.text.lower()
        ):
            # "between January and June this year": parse again with the date known
            again = [m for m in scan(mention.text, published, None) if m.period]
            return again[0].period if again else None
        return published_period(rel, published)
    if rel == "same_period_in":  # "the same period in 2018": the anchor's span moved to 2018, else all of 2018
        shift = mention.period.start.year - (anchor.start.year if mention.period.start.month != 1 and anchor and anchor.start
                                             else anchor.end.year if anchor and anchor.end else 0)  # a financial year: by starts
        moved = years_shifted(anchor, shift) if anchor and anchor.end else None
        return Period(moved.start, moved.end) if moved else mention.period  # a named year: dated, even from a rolling period
    if rel == "year_unstated" and (anchor is None or (anchor.end or anchor.start) is None
                                   or (anchor.end is None and published is not None)):
        return _latest_before(mention.text, published)  # "since 2019" runs to the publication: its year is no anchor
    if anchor is None or (anchor.start is None and anchor.end is None):
        return None
    if rel == "same_period":
        return anchor
    if rel == "following_year":  # "A year later, the figure had risen to 2,600": the year after the anchor's
        return years_shifted(anchor, 1) if anchor.start and anchor.end else None
    if rel == "year_earlier":
        return year_earlier(anchor)
    if rel == "previous_period":
        result = previous_period(anchor)
        return result if result.start else None
    if rel == "previous_year":
        if whole_months(anchor) == 12:
            return previous_period(anchor)
        day = anchor.end or anchor.start
        return rolling_like(anchor, year_period(day.year - 1)) if day else None
    if rel == "year_unstated":
        day = anchor.end or anchor.start
        again = [m for m in scan(mention.text, None, day.year) if m.period] if day else []
        found = again[0].period if again else None
        if found is not None and mention.role != "time" and anchor.start and found.start \
                and found.start >= anchor.start:
            return years_shifted(found, -1)  # "in January, ... compared to December": the December before
        return found
    return None


#: A possessive "this year's": the year's figures the article is about ("a third of this year's calls").
_POSSESSIVE = re.compile(r"(?:'s|\u2019s)$")


def _months_this_year(anchor: Optional[Period], published: datetime.date) -> Optional[Period]:
    """The months of ``anchor`` (a span within one calendar year, not all of it) in the publication's year, if they
    have ended by the publication date: "this year's calls" after "9,880 calls between April and September" (twenty-
    third round, shares23a: a possessive "this year's" of figures the sentences before dated by their months).
    ``None`` otherwise (the year so far, as ANNOTATION.md decision 6 dates "this year")."""
    if anchor is None or anchor.start is None or anchor.end is None or anchor.start.year != anchor.end.year:
        return None
    if (anchor.start.month, anchor.start.day, anchor.end.month, anchor.end.day) == (1, 1, 12, 31):
        return None
    moved = years_shifted(anchor, published.year - anchor.start.year)
    return moved if moved.end is not None and moved.end <= published else None


def periods_equal(a: Optional[Period], b: Optional[Period]) -> bool:
    """Whether both periods are given and run from the same start to the same end."""
    return a is not None and b is not None and a.start == b.start and a.end == b.end


def since_base(mention: Optional[PeriodMention]) -> Optional[Period]:
    """The whole period a dated "since" mention starts from ("since 2021", "since 2005-06", "since
    March 2020"): for a change ("up 37% since 2021") its base period, not an open period of its
    own; ``None`` for any other (an event, "since the start of lockdown", stays the change's start)."""
    if mention is None or mention.relative is not None or mention.period is None or mention.period.start is None \
            or mention.period.end is not None or not mention.text.lower().startswith("since ") \
            or not re.search(r"\b(?:19|20)\d\d\b", mention.text):
        return None  # "up 20% since the start of lockdown" runs from the event, as it did
    named = [m.period for m in scan("in " + mention.text[6:], None, None) if m.period is not None and m.relative is None]
    return named[0] if named and named[0].start == mention.period.start and named[0].end else None


def ends_of(period: Optional[Period]) -> Optional[tuple[Period, Period]]:
    """The two ends a change "from 2019-2021" or "from January 2022 to January 2023" compares:
    the first and the last calendar year of a span of several, or the same month in two years
    (not the 13 months between). ``None`` for any other period."""
    if period is None or period.start is None or period.end is None or period.end.year <= period.start.year:
        return None
    months = whole_months(period)
    start, end = period.start, period.end
    if months and (start.month, end.month) == (1, 12):
        return year_period(start.year), year_period(end.year)
    if months and start.month == end.month:
        return (months_period(start.year, start.month, start.year, start.month),
                months_period(end.year, end.month, end.year, end.month))
    return None


def _latest_before(text: str, published: Optional[datetime.date]) -> Optional[Period]:
    """A span of months named without a year ("between June and August") with no period
    before it to take the year from: the latest such span that has begun by ``published``."""
    if published is None:
        return None
    again = [m for m in scan(text, None, published.year) if m.period]
    period = again[0].period if again else None
    if period is not None and period.start is not None and period.start > published:
        return years_shifted(period, -1)
    return period


# ------------------------------------------------------------------ mentions

def find_periods(text: str, *, published: Optional[datetime.date] = None,
                 named: frozenset[int] = frozenset()) -> list[PeriodMention]:
    """All period mentions in ``text`` (a sentence or a whole article), in order.

    Absolute periods are resolved; relative ones that depend only on the
    publication date are resolved when ``published`` is given; the rest keep
    ``period=None`` and say which they are in ``relative`` (see :func:`resolve`).
    Counts ("1,186"), ages, "20th anniversary", phone numbers, "under 18s" and
    years inside URLs or e-mail addresses are not periods. ``named``: the years the whole article names after a
    preposition of time, evidence that "the 2023 contacts" is a year's.
    """
    if not text or not isinstance(text, str):
        return []
    return scan(text, published, None, named)


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
