"""What a count's own words say of its time: the predicates :mod:`pipeline.extract.inheritance` reads one draft by.

Whether its period is one no date fixes ("since it opened", "over the last month" with no publication date) or a
running total ("over the last five years"), whether a change is against an average, whether a figure follows
"while" (a contrast within one period) or is a standing estimate or an average; the time its sentence names before a
compared figure, the period of each end of "from 69 to 51", and the times of its sentence that are not its own (the
date its figures were published, a time in an aside, the date of a launch).  Each reads one :class:`Draft` and its
sentence, never the facts before it.
"""
from __future__ import annotations

import datetime
import re
from functools import lru_cache
from typing import Any, Optional

from pipeline.extract import periods
from pipeline.extract.launch_dates import launch_date
from pipeline.extract.number_patterns import words as number_words
from pipeline.extract.other_times import in_aside, release_date
from pipeline.extract.pair_ends import is_earlier_end, is_later_end
from pipeline.extract.restated_counts import rate_restated
from pipeline.extract.period_patterns import load_data
from pipeline.extract.period_roles import names_change
from pipeline.extract.period_spans import calendar_years
from pipeline.extract.periods import periods_equal
from pipeline.extract.sentence_context import Draft
from pipeline.wordlists import alternation


#: Relative periods that no date fixes here: a fact dated by one inherits no other period.
UNFIXED = ("recent", "since_event", "next_period", "last_12_months", "last_n_years")


def unfixed_time(d: Draft) -> bool:
    """Whether the fact's own period is one no date fixes ("over the last month" with no
    publication date, "since it opened"): it takes none from the facts before."""
    return getattr(d.time or d.sentence_time, "relative", None) in UNFIXED


def against_average(d: Draft) -> bool:
    """Whether a change compares with an average ("6% higher than the five-year average"): no base period."""
    return getattr(d.base, "relative", None) == "average"


def own_time_before(d: Draft, published: Optional[datetime.date]) -> Optional[periods.Period]:
    """The period a sentence names for itself before its comparison figure ``d`` when it holds no other count to
    anchor on: "412 of this year's calls, up from 255 a year earlier" (the year before this year, not the year before
    the period of the sentences before). Only a stated time, or one fixed by the publication date; ``None`` when the
    sentence names none before the figure or the figure names its own (an absolute date)."""
    if d.base is not None and d.base.relative is None and d.base.period is not None \
            or d.time is not None and d.time.relative is None:
        return None  # "rose from 310 in 2022 to 372 in 2023, 52 more than the year before": 372 names its own
    offset = d.start - d.sentence.start
    named = [m for m in periods.find_periods(d.sentence.text[:offset], published=published)
             if m.role == "time" and m.period is not None and m.period.start is not None and m.period.end is not None]
    return named[-1].period if named else None


def pair_end(d: Draft, period: Optional[periods.Period]) -> Optional[periods.Period]:
    """The period of one end of "from 69 to 51" when neither end has a date of its own.

    The pair spans the change: the earlier figure is of the first year of a span of years
    ("from 2018 to 2021, calls rose from 5,500 to 7,100") and the later of the last; within one
    year (or financial year) the earlier figure is of the year before. ``None``: keep ``period``.
    """
    text, offset, end = d.sentence.text, d.start - d.sentence.start, d.end - d.sentence.start
    gap = text[end:d.time.start] if d.time is not None and d.time.start >= end else None
    if period is None or d.base is not None or gap is not None and len(gap.split()) <= 2 \
            and not any(ch.isdigit() for ch in gap):
        return None  # "from 3,100 in 2018 to 2,600 in 2019": each end has its own date (or base)
    named = [m.period for m in periods.find_periods(getattr(d.time or d.sentence_time, "text", None) or "")
             if m.period is not None and m.relative is None]
    own = named[0] if named else None  # the span the pair is stated in, as its words name it
    ends = periods.ends_of(own) or periods.ends_of(period)
    if is_earlier_end(text, offset, end):
        if ends:
            return ends[0]
        if own is not None and not periods_equal(own, period):
            return None  # already placed before the period its sentence names
        return periods.previous_period(period) if periods.whole_months(period) == 12 else None
    if ends and is_later_end(text, offset):
        return ends[1]
    return None


def dated_right_after(d: Draft) -> bool:
    """Whether a compared figure's own time follows it and its base comes before it: "up from 9,000
    in 2022 to 10,800 in 2023" dates the 10,800 by 2023, not by the base year of the 9,000."""
    if d.time is None or d.base is None:
        return False
    s = d.sentence.start
    gap = d.sentence.text[d.end - s:d.time.start]
    return d.base.end <= d.start - s and d.time.start >= d.end - s and len(gap.split()) <= 2 and not any(ch.isdigit() for ch in gap)


#: What joins a change over a span of years to the figure it reached: "..., with 695 users".
_WITH = re.compile(r",\s*+with\b", re.I)


def reached_over(d: Draft, period: Optional[periods.Period]) -> bool:
    """Whether the count follows ", with" after a change over the span of calendar years it is dated by."""
    years = calendar_years(period)
    if years is None or d.time is None or years[1] <= years[0]:
        return False
    text, offset = d.sentence.text, d.start - d.sentence.start
    return d.time.end <= offset and bool(_WITH.search(text, max(d.time.end, offset - 120), offset)) \
        and names_change(text[max(0, d.time.start - 160):d.time.start])  # windows: linear on long sentences


def since_then(mention: Any) -> bool:
    """Whether a period mention is a "since then" its own sentence gives no date for."""
    return getattr(mention, "relative", None) == "since_then" and mention.period is None


def running_total(mention: Any) -> bool:
    """Whether a period mention is a span of years counted back ("over the last five years"): the
    period of a change over it, of no count (a count over it is a running total)."""
    return getattr(mention, "relative", None) == "last_n_years"


#: A figure set against another of the same time: "..., while 79 indicated ...", "whereas 40 ...".
_CONTRAST = re.compile(r"\b(?:while|whilst|whereas)\s*+$", re.I)


def contrasted(d: Draft) -> bool:
    """Whether the figure follows "while"/"whereas": a contrast within one period, not an earlier figure."""
    offset = d.start - d.sentence.start
    return bool(_CONTRAST.search(d.sentence.text, max(0, offset - 20), offset))


@lru_cache(maxsize=1)
def _standing_claim() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(load_data()['standing_claims'])})\b", re.I)


@lru_cache(maxsize=2)
def _cue(key: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(load_data()[key], loose_spaces=True)})\b", re.I)


def time_beside_launch(d: Draft, published: Optional[datetime.date]) -> Optional[periods.Period]:
    """The period of the time that opens a count's sentence when its own time dates a launch ("In 2023 the line,
    which opened in 2011, took ..."); ``None`` without one."""
    offset = d.start - d.sentence.start
    for mention in periods.find_periods(d.sentence.text, published=published):
        if mention.role == "time" and mention.period is not None and mention.relative is None and mention.scope \
                and mention.scope[0] <= offset < mention.scope[1] and mention.start != d.time.start \
                and not launch_date(d.sentence.text, mention):
            return mention.period
    return None


def drop_other_times(d: Draft) -> None:
    """Forget a time of the count's sentence that is not its own: the date its figures were published ("The
    figures, published in March, show ..."), or, for a standing rate, a time in an aside ("Ms Green, who became
    director in 2019, said the line takes 90 calls a day")."""
    text, offset = d.sentence.text, d.start - d.sentence.start
    standing = d.rate is not None and not averaged(d)
    for name in ("time", "sentence_time"):
        mention = getattr(d, name)
        if release_date(text, mention):
            setattr(d, name, None)
        elif in_aside(text, mention, offset):
            # "In 2023 the line, which moved in 2021, took 4,200 calls": the time outside the aside, if any
            setattr(d, name, None if standing else _time_outside(d, mention))


def _time_outside(d: Draft, aside: Any) -> Any:
    """The time mention whose scope holds the count and that is neither in an aside nor ``aside``, or ``aside``."""
    text, offset = d.sentence.text, d.start - d.sentence.start
    for mention in periods.find_periods(text):
        if mention.role == "time" and mention.start != aside.start and mention.scope \
                and mention.scope[0] <= offset < mention.scope[1] and not in_aside(text, mention, offset) \
                and not release_date(text, mention):
            return mention
    return aside


def averaged(d: Draft) -> bool:
    """Whether a rate is the average of a total over a period ("the average number of calls each day
    was 727", "it equates to 64 calls a day", "That is around 90 calls a month.", "..., which is equivalent to 600
    people a month": ``restated_counts.rate_restated``): dated as a count is,
    unlike a standing rate or an average of the present ("it now answers an average of 14 calls a day")."""
    before = d.end - d.sentence.start
    return bool(_cue("average_cues").search(d.sentence.text, 0, before)
                or _restating().fullmatch(d.sentence.text, 0, d.start - d.sentence.start)
                or rate_restated(d.sentence.text[:d.start - d.sentence.start], d.sentence.text[d.end - d.sentence.start:])) \
        and not _cue("now_words").search(d.sentence.text, 0, before)


@lru_cache(maxsize=1)
def _restating() -> re.Pattern[str]:
    """What opens a sentence that equates its rate with the figures before it, up to the rate: "That is around ",
    "It's about ", "This represents " (``restating_openers``, then at most two ``rate_hedges``)."""
    data = load_data()
    openers = alternation(data["restating_openers"], loose_spaces=True).replace("'", "['\u2019]")
    hedges = alternation(data["rate_hedges"], loose_spaces=True)
    return re.compile(rf"[\s\"'\u2018\u201c]*+(?:{openers})\s++(?:(?:{hedges})\s++){{0,2}}", re.I)


#: A part that names its whole before it: "Of those, 200 ...", "Of these, ...", "Of the 610 callers, ..."; or after it:
#: "200 of them", "187 of these". A whole named by its figure ("Of the 610", "Of those 1,034", not a year: "Of those
#: 2023 calls", "Of the 2022/23 calls") is that figure's only.
_WHOLE_FIGURE = r"\d{1,3}(?:,\d{3})++|(?!(?:19|20)\d\d\b)\d++"
_WHOLE_BEFORE = re.compile(rf"[\s\"'\u201c]*+of\s++(?:all\s++)?(?:the\s++(?P<n>{_WHOLE_FIGURE})"
                           rf"|(?:those|these)\s++(?P<m>{_WHOLE_FIGURE})|the(?=\s++(?:19|20)\d\d\b)|those|these|them)\b", re.I)
_WHOLE_AFTER = re.compile(r"\s++of\s++(?:these|those|them|which|whom)\b", re.I)


def part_of_before(d: Draft, whole: Draft) -> bool:
    """Whether the count ``d`` is a part of ``whole``, the count of the sentence right before it ("In 2023 it heard
    from 610 people. Of those, 200 were women.", "Of the 610, 200 ...", "200 of them were women")."""
    if d.index - whole.index != 1:
        return False
    text, offset = d.sentence.text, d.start - d.sentence.start
    opener = _WHOLE_BEFORE.match(text)
    if opener is not None and opener.end() <= offset:
        named = opener["n"] or opener["m"]  # "Of those 2023 calls": a year, no figure of the whole
        return named is None or named.replace(",", "") == str(int(whole.value or 0))
    return _WHOLE_AFTER.match(text, d.end - d.sentence.start) is not None


@lru_cache(maxsize=1)
def _figure_of() -> re.Pattern[str]:
    """Between a period and the figure it names: "the 2024 figure of 110", "the previous year's total of 4,430"
    (``figure_words`` of ``data/numbers.json``)."""
    return re.compile(rf"(?:['\u2019]s)?+\s++(?:{alternation(number_words()['figure_words'])})\s++of\s++"
                      r"(?:(?:just|some|about|around|over|nearly|almost|more\s++than)\s++)?", re.I)


def named_figure_time(d: Draft, published: Optional[datetime.date]) -> Any:
    """The period mention a figure's own words name it by, right before it: "the 2024 figure of 110", "up 10% on the
    previous year's total of 4,430" (the mention of "2024", of "the previous year"); ``None`` without one."""
    text, offset = d.sentence.text, d.start - d.sentence.start
    if "of" not in text[max(0, offset - 8):offset]:
        return None
    for mention in periods.find_periods(text[:offset], published=published):
        if _figure_of().fullmatch(text, mention.end, offset):
            return mention
    return None


def standing(d: Draft) -> bool:
    """Whether the count is a standing estimate ("the agency estimates that 300,000 people pose a risk")."""
    return bool(_standing_claim().search(d.sentence.text))
