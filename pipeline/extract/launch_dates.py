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

import bisect
import calendar
import datetime
import json
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional, Sequence

from pipeline.extract.number_values import spelled_value
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
    spans = {**data["first_spans"], **{name: -days for name, days in data["first_days"].items()}}  # days: negative
    first = re.compile(rf"\b(?:in|during|over)\s++(?:its|the\s++(?:line's|helpline's|service's|number's))\s++first\s++"
                       rf"(?P<span>{alternation(spans, loose_spaces=True)}|\d{{1,3}}\s++days)\b", re.I)
    return launch, since, first, spans, thing


class Launches:
    """The launches the sentences of an article name, each sentence read once (so that many counts
    "since its launch" cost no more than one pass over the sentences)."""

    def __init__(self, sentences: Sequence[Sentence], periods_of: Callable[[Sentence], list]) -> None:
        self.sentences, self.periods_of = sentences, periods_of
        self._own: dict[int, Optional[tuple[datetime.date, str]]] = {}
        self._latest: list[tuple[int, Optional[datetime.date]]] = []  # the last launch of a line up to each sentence
        self._others: dict[str, list[tuple[int, datetime.date]]] = {}  # other things' launches, in text order

    def _read(self, at: int) -> Optional[tuple[datetime.date, str]]:
        if at not in self._own:
            self._own[at] = _launch_in(self.sentences[at], self.periods_of)
        return self._own[at]

    def named(self, at: int, names: frozenset[str] = frozenset()) -> Optional[datetime.date]:
        """The start date of the launch sentence ``at`` names itself, or None; the launch of one of
        ``other_things`` only when it is among ``names`` (the things the count's sentence names)."""
        own = self._read(at)
        return None if own is None or (own[1] in _other_things() and own[1] not in names) else own[0]

    def last(self, upto: int, names: frozenset[str] = frozenset()) -> Optional[datetime.date]:
        """The start date of the last launch named in sentences ``0`` to ``upto``, or None: of a line, or of
        one of ``other_things`` among ``names``."""
        while len(self._latest) <= upto:
            at = len(self._latest)
            own = self._read(at)
            if own is not None and own[1] in _other_things():
                self._others.setdefault(own[1], []).append((at, own[0]))
            elif own is not None:
                self._latest.append((at, own[0]))
                continue
            self._latest.append(self._latest[-1] if self._latest else (-1, None))
        best = self._latest[upto]
        for name in names:
            launches = self._others.get(name, [])
            i = bisect.bisect_right(launches, (upto, datetime.date.max)) - 1
            if i >= 0 and launches[i][0] > best[0]:
                best = launches[i]
        return best[1]

    def only_later(self, after: int) -> Optional[datetime.date]:
        """The start date of the one launch of a line named after sentence ``after``, or None when the
        sentences after it name none or more than one ("Since it launched, it has taken 2 million calls.
        ... The line launched on July 16, 2022."): papers name a launch once, anywhere."""
        found = {own[0] for at in range(after + 1, len(self.sentences))
                 if (own := self._read(at)) is not None and own[1] not in _other_things()}
        return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _other_things() -> frozenset[str]:
    return frozenset(json.loads(DATA.read_text(encoding="utf-8"))["other_things"])


@lru_cache(maxsize=1)
def _tie_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    things = alternation(data["launched_things"], loose_spaces=True)
    not_after = rf"(?!\s{{1,3}}(?:{alternation(data['not_after_thing'])})\b)"
    # the object: up to eight words after the launch word, each read whole (possessive), up to a stop word
    obj = re.compile(rf"[^\S\n]{{1,3}}(?P<phrase>(?:(?!(?:{alternation(data['object_stops'])})\b)"
                     rf"[\w'\u2019&!-]{{1,30}}+[^\S\n]{{0,3}}+){{1,8}})", re.I)
    thing = re.compile(rf"\b(?P<thing>{things})\b{not_after}", re.I)
    subject = re.compile(rf"\b(?P<thing>{things})\b{not_after}[^.;]{{0,40}}$", re.I)
    return obj, thing, subject


#: A time right after a launch word: "its launch in 2019", "its inception on 1 May 2002".
_DATED_AFTER = re.compile(r"\s{1,3}(?:in|on)\s{1,3}\w", re.I)


def _launched_thing(text: str, word: re.Match[str]) -> Optional[str]:
    """The thing a launch word launches: in its object ("set up the helpline"; a line before any other thing:
    "the campaign and helpline"), else, with no object after it, its subject ("The line launched on 1 March");
    any thing of the sentence when the word opens it ("Launched on Nov. 30, 2023, the number ...") or follows
    "its" with a time after it ("its launch in 2019"); None when it launches something else ("launched an
    inquiry", "opened a new helpline office")."""
    obj, thing, subject = _tie_patterns()
    found = obj.match(text, word.end())
    if found and not re.fullmatch(r"\d[\d,]*|(?-i:[A-Z][a-z]{2,8})", found.group("phrase").split()[0]):
        named = [m.group("thing").lower() for m in thing.finditer(found.group("phrase"))]
        lines = [t for t in named if t not in _other_things()]
        return (lines or named or [None])[0]  # an object that is no thing: "launched an inquiry"
    before = text[max(0, word.start() - 60):word.start()]
    found = subject.search(before)
    if found:
        return found.group("thing").lower()
    opens = not before.strip(" \t\n\"'\u201c")
    if opens or (re.search(r"\b(?:its|their)\s{1,3}$", before, re.I) and _DATED_AFTER.match(text, word.end())):
        anywhere = _patterns()[4].search(text)
        return anywhere.group().lower() if anywhere else None
    return None


def launch_date(text: str, mention: Optional[PeriodMention]) -> bool:
    """Whether ``mention`` (a time in ``text``) dates a launch, a launch word right before it: "the line,
    which opened in 2011, ...", "founded in 1998", "launched on 1 March 2023"."""
    if mention is None or mention.start <= 0:
        return False
    words = list(_patterns()[0].finditer(text, max(0, mention.start - 40), mention.start))
    return bool(words) and not text[words[-1].end():mention.start].strip(" ,").count(" ") > 1

def _launch_in(sentence: Sentence, periods_of: Callable[[Sentence], list]) -> Optional[tuple[datetime.date, str]]:
    """The start date of the launch one sentence names and the thing launched (a launch word tied to a
    service, :func:`_launched_thing`, and a dated time within :data:`LAUNCH_REACH` of the word), or None."""
    launch = _patterns()[0]
    words = [(w, t) for w in launch.finditer(sentence.text) if (t := _launched_thing(sentence.text, w)) is not None]
    if not words:
        return None
    dated = [m for m in periods_of(sentence) if m.relative is None and m.period is not None
             and m.period.start is not None]
    near = [(min(abs(m.start - w.end()), abs(w.start() - m.end)), m, t) for m in dated for w, t in words]
    near = [x for x in near if x[0] <= LAUNCH_REACH]
    if not near:
        return None
    _, mention, thing = min(near, key=lambda x: x[0])
    return mention.period.start, " ".join(thing.split())


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
        names = frozenset(t.lower() for t in _other_things() if re.search(rf"\b{t}\b", d.sentence.text, re.I))
        start = (launches.named(at - 1, names) if at > 0 else None) if after_launch else launches.last(at, names)
        if start is None and relative == "since_event":  # "since its inception eight years ago"
            start = ago_start(d.sentence.text, mention.end, published)
        if start is None and counted_from and not after_launch:
            start = launches.only_later(at)  # the launch named once, after the count
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
            span = re.sub(r"\s+", " ", opening.group("span").lower())
            months = -int(span.split()[0]) if span.endswith(" days") and span[0].isdigit() else spans[span]
            end = start + datetime.timedelta(days=-months - 1) if months < 0 else _add_months(start, months)
            d.time = PeriodMention(opening.start(), opening.end(), opening.group(0), Period(start, end), "time")
        if d.sentence_time is mention:
            d.sentence_time = d.time
