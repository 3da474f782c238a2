"""Figures counted from a service's start, dated by the start the article names elsewhere.

Papers name a launch once ("The line launched on 1 March 2023", "In 2002 we set up the
helpline") and count from it later, in a sentence that names no date: "Since its launch, it
has taken more than 50,000 calls", "In its first year it answered 12,000 calls". Such a count
runs from the launch: "since its launch" is open (start, no end), "in its first year" is the
twelve months from it. The launch is the last sentence at or before the count that names a
launch word and a service (``data/launches.json``: "the charity opened a Leeds office" is no launch
of the line) and a dated time, else "N years ago" right after "since its launch" (from the date of
publication); with none, the count stays as it was
(ANNOTATION.md decision 6: "since X" runs from the start of X).
"""
from __future__ import annotations

import calendar
import datetime
import json
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional, Sequence

from pipeline.extract.numbers import spelled_value
from pipeline.extract.period_spans import Period, PeriodMention
from pipeline.extract.segments import Sentence
from pipeline.extract.sentence_context import Draft
from pipeline.wordlists import alternation

DATA = Path(__file__).resolve().parent.parent / "data" / "launches.json"

#: How far (characters) a launch word may be from the date it goes with.
LAUNCH_REACH = 60


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, int], re.Pattern[str]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    launch = re.compile(rf"\b(?:{alternation(data['launch_words'], loose_spaces=True)})\b", re.I)
    thing = re.compile(rf"\b(?:{alternation(data['launched_things'], loose_spaces=True)})\b", re.I)
    since = re.compile(rf"^(?:{'|'.join(data['since_launch'])})$", re.I)
    spans = data["first_spans"]
    first = re.compile(rf"\b(?:in|during|over)\s++(?:its|the\s++(?:line's|helpline's|service's|number's))\s++first\s++"
                       rf"(?P<span>{alternation(spans, loose_spaces=True)})\b", re.I)
    return launch, since, first, spans, thing


class Launches:
    """The launch dates the sentences of an article name, each sentence read once (so that many counts
    "since its launch" cost no more than one pass over the sentences)."""

    def __init__(self, sentences: Sequence[Sentence], periods_of: Callable[[Sentence], list]) -> None:
        self.sentences, self.periods_of = sentences, periods_of
        self._own: dict[int, Optional[datetime.date]] = {}
        self._latest: list[Optional[datetime.date]] = []

    def named(self, at: int) -> Optional[datetime.date]:
        """The start date of the launch sentence ``at`` names itself, or None."""
        if at not in self._own:
            self._own[at] = _launch_in(self.sentences[at], self.periods_of)
        return self._own[at]

    def last(self, upto: int) -> Optional[datetime.date]:
        """The start date of the last launch named in sentences ``0`` to ``upto``, or None."""
        while len(self._latest) <= upto:
            at = len(self._latest)
            own = self.named(at)
            self._latest.append(own if own is not None else self._latest[-1] if self._latest else None)
        return self._latest[upto]


def _launch_in(sentence: Sentence, periods_of: Callable[[Sentence], list]) -> Optional[datetime.date]:
    """The start date of the launch one sentence names (a launch word and a service, and a dated time
    within :data:`LAUNCH_REACH` of the word), or None."""
    launch, thing = _patterns()[0], _patterns()[4]
    words = list(launch.finditer(sentence.text))
    if not words or not thing.search(sentence.text):
        return None
    dated = [m for m in periods_of(sentence) if m.relative is None and m.period is not None
             and m.period.start is not None]
    near = [(min(abs(m.start - w.end()), abs(w.start() - m.end)), m) for m in dated for w in words]
    near = [x for x in near if x[0] <= LAUNCH_REACH]
    return min(near, key=lambda x: x[0])[1].period.start if near else None


def _add_months(day: datetime.date, months: int) -> datetime.date:
    """The last day of the span of ``months`` from ``day``: the day before the same day ``months`` later."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1])) - datetime.timedelta(days=1)


#: A span right after a launch: "over the next 12 months", "in the following six months".
_NEXT_SPAN = re.compile(r"\b(?:next|following|first)\s++(?P<span>(?:\w+\s++)?months?|year)\b", re.I)


#: How long ago a launch was, right after "since its launch": "since its inception eight years ago".
_AGO = re.compile(r"\s*+(?:(?:just|some|about|around|nearly|almost|more\s++than|over)\s++)?(?P<n>\d{1,2}|[a-z]++)"
                  r"\s++(?P<unit>years?|months?)\s++ago\b", re.I)


def ago_start(text: str, at: int, published: Optional[datetime.date]) -> Optional[datetime.date]:
    """The first day of the year (or month) "N years ago" (or months) right at ``text[at:]`` names,
    counted back from ``published``; None without it or without a date."""
    found = _AGO.match(text, at) if published is not None else None
    n = None if found is None else int(found["n"]) if found["n"].isdigit() else spelled_value(found["n"])
    if not n:
        return None
    if found["unit"].lower().startswith("year"):
        return datetime.date(published.year - n, 1, 1)
    month = published.year * 12 + published.month - 1 - n
    return datetime.date(month // 12, month % 12 + 1, 1)


def date_from_launch(drafts: Sequence[Draft], sentences: Sequence[Sentence], index: dict[int, int],
                     periods_of: Callable[[Sentence], list], published: Optional[datetime.date] = None) -> None:
    """Give the counts dated "since its launch" or "in its first year" the launch the article names, and
    those dated "since then" or "over the next 12 months" right after a sentence naming a launch the
    launch it names (the span from it)."""
    _, since, first, spans, _ = _patterns()
    launches = Launches(sentences, periods_of)
    for d in drafts:
        if d.kind != "count":
            continue
        mention = d.time or d.sentence_time
        relative = getattr(mention, "relative", None) if mention is not None and mention.period is None else None
        counted_from = relative == "since_event" and since.match(mention.text.strip()) or relative == "since_then"
        opening = first.search(d.sentence.text) if mention is None and d.base is None else None
        following = _NEXT_SPAN.search(mention.text) if relative == "next_period" else None
        if not counted_from and opening is None and following is None:
            continue
        at = index.get(d.sentence.start, 0)
        # "since then", "over the next 12 months" point at the sentence before: "The lifeline launched July 16, 2022."
        after_launch = relative in ("since_then", "next_period")
        start = (launches.named(at - 1) if at > 0 else None) if after_launch else launches.last(at)
        if start is None and relative == "since_event":  # "since its inception eight years ago"
            start = ago_start(d.sentence.text, mention.end, published)
        if start is None:
            continue
        if following is not None:  # "launched in September 2020. Over the next 12 months, ...": its first 12 months
            months = spans.get(re.sub(r"\s+", " ", following.group("span").lower()))
            if months is None:
                continue
            d.time = replace(mention, period=Period(start, _add_months(start, months)), relative=None)
        elif counted_from:
            d.time = replace(mention, period=Period(start, None), relative=None)
        else:
            months = spans[re.sub(r"\s+", " ", opening.group("span").lower())]
            d.time = PeriodMention(opening.start(), opening.end(), opening.group(0),
                                   Period(start, _add_months(start, months)), "time")
        if d.sentence_time is mention:
            d.sentence_time = d.time
