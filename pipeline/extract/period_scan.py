"""The scanner behind :func:`pipeline.extract.periods.find_periods`.

Candidates come from a handful of regular expressions (absolute dates and spans,
plain years after a preposition, relative phrases from ``data/periods.json``); the
leftmost-longest ones win, then the word before each decides its role ("from 2018"
after "increase" is a base, "since 2002" has no end) and the sentence and clause
around it give its ``clause``, ``scope`` and ``when`` spans.
"""
from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Optional

from pipeline.extract.numbers import YEAR_PREPOSITION
from pipeline.extract.numbers import words as number_words
from pipeline.extract.period_spans import (
    PUBLISHED_RELATIVE,
    whole_months,
    calendar_year,
    Period,
    PeriodMention,
    Span,
    months_period,
    published_period,
    year_ending,
    year_period,
    years_back,
)
from pipeline.extract.required_words import lowered_for, may_match, required_words
from pipeline.settings import DATA_DIR
from pipeline.wordlists import alternation

DATA = DATA_DIR / "periods.json"
YEAR = r"(?:199\d|20[0-3]\d)"


@dataclass(frozen=True)
class _Patterns:
    months: dict[str, int]
    absolute: tuple[tuple[str, re.Pattern[str]], ...]
    year: re.Pattern[str]
    prefix: re.Pattern[str]
    change: re.Pattern[str]
    count_noun: re.Pattern[str]
    relative: tuple[tuple[re.Pattern[str], str, str], ...]
    events: tuple[tuple[re.Pattern[str], Period], ...]
    always_base: frozenset[str]
    base_connectors: frozenset[str]
    start_words: frozenset[str]
    end_words: frozenset[str]
    year_prepositions: frozenset[str]
    ordinals: dict[str, int]
    month_spans: dict[str, int]
    compared_figure: re.Pattern[str]
    needs: dict[str, frozenset[str]]  # absolute pattern -> "month", "year": what it cannot match without
    any_month: re.Pattern[str]  # a month's name anywhere (as a part of a word too)
    any_year: re.Pattern[str]
    #: each pattern's :func:`~pipeline.extract.required_words.required_words` (absolute ones by name;
    #: relative and events in their order): a text holding none of them is not searched with it
    words: dict[str, frozenset[str]]
    relative_words: tuple[frozenset[str], ...]
    event_words: tuple[frozenset[str], ...]


def _group_needs(source: str, flags: int, bodies: dict[str, str]) -> frozenset[str]:
    """The kinds of ``bodies`` (kind -> pattern) that every match of ``source`` holds: a named group
    written exactly ``(?P<name>`` + body + ``)`` counts as its kind, and the parse tree says which
    such groups every path through the pattern passes (both sides of each ``|``, a repeat only
    when it is at least once).  So a prefilter built on it is sound: a text in which ``bodies["month"]``
    matches nowhere cannot match a pattern that needs "month"."""
    from re import _constants as c, _parser

    parsed = _parser.parse(source, flags)
    kinds = {gid: kind for name, gid in parsed.state.groupdict.items() for kind, body in bodies.items()
             if source.count(f"(?P<{name}>") == 1 and f"(?P<{name}>{body})" in source}

    def through(items) -> set[str]:  # noqa: ANN001 - the kinds every path through ``items`` passes
        found: set[str] = set()
        for op, av in items:
            if op is c.SUBPATTERN:
                if av[0] in kinds:
                    found.add(kinds[av[0]])
                found |= through(av[3])
            elif op is c.ATOMIC_GROUP:
                found |= through(av)
            elif op is c.BRANCH:
                found |= set.intersection(*(through(b) for b in av[1]))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
                found |= through(av[2])
        return found

    return frozenset(through(parsed))


def _loose(words: Iterable[str]) -> str:
    return alternation(words, loose_spaces=True)


@lru_cache(maxsize=1)
def load_data() -> dict:
    """The word lists of ``data/periods.json``."""
    return json.loads(DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    data = load_data()
    month = rf"(?:{_loose(data['months'])})\.?"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    flags = re.IGNORECASE
    y = YEAR
    counted = alternation([*number_words()["year_count_nouns"], *number_words()["counted_one_by_one"]])
    twelve = r"(?:12|twelve)(?:\s+months|[- ]month\s+period)"
    absolute = (
        ("year_ending", rf"\b(?:the\s+)?(?:(?:financial|fiscal)\s+)?(?:year|{twelve})\s+"
         rf"(?:ending|ended|to|up\s+to|until)\s+(?:(?:the\s+)?(?P<d>{day})\s+(?:of\s+)?)?"
         rf"(?P<m>{month})\s+(?P<y>{y})\b"),
        ("part", rf"\b(?:the\s+)?(?P<ord>{_loose(data['ordinals'])})\s+(?P<part>half|quarter|six\s+months|"
         rf"three\s+months|6\s+months|3\s+months)\s+of\s+(?:(?P<y>{y})\b|(?P<rel>this|last)\s+year\b|the\s+year\b)"),
        ("qh", rf"\b(?P<qh>[qh])(?P<n>[1-4])\s+(?P<y>{y})\b"),
        # the first or last months of a named year: "the last six months of 2018", "the first 10 months of 2020"
        ("months_of_year", rf"\b(?:(?:in|during|over|for|across|throughout)\s+)?(?:the\s+)?(?P<end>first|opening|last|final|"
         rf"closing)\s+(?P<n>{_loose(data['month_spans'])})\s+months\s+of\s+(?P<y>{y})\b"),
        # a span of days within a month or two: "from July 16-26", "between 3 and 9 June", "June 28 to July 4, 2021"
        ("days_md", rf"\b(?:(?P<prep>from|between)\s+)?(?P<m>{month})\s+(?P<d>{day})\s*(?P<conj>-|–|to|until|through|and)\s*"
         rf"(?:(?P<m2>{month})\s+)?(?P<d2>{day})\b(?!\s{{1,3}}(?:{counted})\b)(?:,?\s+(?P<y>{y})\b)?"
         rf"(?![.,]\d|\s*(?:%|per\s*cent))"),  # not "from June 1 to 30 people called": a count ends it
        ("days_dm", rf"\b(?:(?P<prep>from|between)\s+)?(?P<d>{day})\s*(?P<conj>-|–|to|until|and)\s*(?P<d2>{day})\s+(?:of\s+)?"
         rf"(?P<m>{month})\b(?:,?\s+(?P<y>{y})\b)?"),
        ("fy", rf"\b(?P<fin>(?:the\s+)?(?:financial|fiscal)\s+year\s+(?:of\s+)?)?(?<![\w/.£$€#@-])(?P<y1>{y})"
         rf"\s*(?P<sep>/|-|–)\s*(?P<y2>{y}|\d\d)(?![\w/@-]|[.,]\d)"),
        # one year's name for a year that ends in it: "fiscal year 2023", "fiscal 2022", "FY2023", "the 2010 financial year"
        ("fiscal", rf"\b(?:(?:fiscal(?:\s+year)?|FY)\s*(?P<y>{y})|(?:the\s+)?(?P<y2>{y})\s+(?P<kind>financial|fiscal)\s+year)\b"),
        ("month_range", rf"\b(?:(?P<prep>between|from|in|during|over|throughout)\s+(?:the\s+months\s+of\s+)?)?(?P<m1>{month})(?:\s+(?:of\s+)?(?P<y1>{y}))?\s*"
         rf"(?P<conj>and|to|until|till|through|thru|-|–)\s*(?:(?:the\s+)?(?:end|close)\s+of\s+)?(?P<m2>{month})(?:\s+(?:of\s+)?(?P<y2>{y})\b"
         rf"|\s+(?:of\s+)?(?P<rel>this|last)\s+year\b)?"),
        ("year_range", rf"\b(?:(?P<prep>between|from)\s+)?(?<![\w/.£$€#@-])(?P<y1>{y})\s+(?P<conj>and|to|until|till|through|thru)"
         rf"\s+(?P<y2>{y})(?![\w/@]|[.,]\d)"),
        ("week", rf"\b(?:the\s+)?week\s+(?:starting|beginning|commencing|from|of)\s+"
         rf"(?:(?:on\s+)?(?:{_loose(data['weekdays'])}),?\s+)?(?:(?:the\s+)?(?P<d>{day})\s+(?:of\s+)?(?P<m>{month})"
         rf"|(?P<m2>{month})\s+(?P<d2>{day}))(?:,?\s+(?P<y>{y}))?\b"),
        ("date_dmy", rf"\b(?P<d>{day})\s+(?:of\s+)?(?P<m>{month}),?\s+(?P<y>{y})\b"),
        ("date_mdy", rf"\b(?P<m>{month})\s+(?P<d>{day}),?\s+(?P<y>{y})\b"),
        # a day with no year, after a weekday or "on": "on Tuesday 8 September", "on March 3rd" (:func:`_day_alone`);
        # a year after it is the day's own ("March 3, 2020"), a count is not ("On 8 September, 1,200 people")
        ("date_dm", rf"\b(?:(?P<wd>{_loose(data['weekdays'])}),?\s+)?(?:(?:the\s+)?(?P<d>{day})\s+(?:of\s+)?(?P<m>{month})"
         rf"|(?P<m2>{month})\s+(?:the\s+)?(?P<d2>{day}))\b(?!,?\s*(?:1[89]|20)\d\d\b|[.,]\d)"),
        ("month_year", rf"\b(?P<m>{month})(?:,?\s+|\s+of\s+)(?P<y>{y})\b"),
        # a month with its year told relative to the publication: "in August last year", "March of this year"
        ("month_rel_year", rf"\b(?P<m>{month})\s+(?:of\s+)?(?P<rel>this|last)\s+year\b"),
        ("same_period_year", rf"\b(?:(?:in|during|over|for)\s+)?(?:the\s+)?same\s+(?:time\s+)?(?:period|time|months?|quarter|half|"
         rf"weeks?)\s+(?:in|of)\s+(?P<y>{y})(?:(?P<sep>/|-|–)(?P<y2>{y}|\d\d)(?![\w/@-]|[.,]\d))?\b"),
        ("year_to_month", rf"\b(?:the\s+)?(?:year|{twelve})\s+(?:ending|ended|to|up\s+to|until)\s+"
         rf"(?:last\s+)?(?P<m>{month})\b(?!,?\s*\d)"),
        # a span that ends in a month, its year named or not (the latest such month by the publication date): "the
        # three months to June", "the six months to the end of August", "the 12 months to September 30"
        ("span_to_month", rf"\b(?:the\s+)?(?:(?P<n>{_loose(data['month_spans'])})\s+months|year|{twelve})\s+"
         rf"(?:ending|ended|to|up\s+to|until)\s+(?:the\s+end\s+of\s+)?(?:(?P<d>{day})\s+(?:of\s+)?)?(?P<m>{month})"
         rf"(?![a-z])(?:\s+(?P<d2>{day})\b)?(?:,?\s+(?P<y>{y})\b)?(?!\s*\d)"),
        ("months_from", rf"\b(?:the\s+)?(?P<n>{_loose(data['month_spans'])})\s+months\s+(?:from|starting|beginning|after)"
         rf"\s+(?:in\s+)?(?P<m>{month})(?:\s+(?:of\s+)?(?P<y>{y}))?\b"),
        # a month as the subject of its sentence: "April was the busiest month", "March saw 900 calls"
        ("month_subject", rf"(?:^|(?<=\n)|(?<=[.!?]\s))(?P<m>{month})\s++(?:was|saw|proved|brought|became|marked|"
         rf"has\s++been|had\s++been)\b"),
        ("month_alone", rf"(?:(?<=\bin )|(?<=\bduring )|(?<=\bthe month of )|(?<=\bover )|(?<=\bon )|(?<=\bsince )|(?<=\bthroughout )|(?<=\bcompared to )"
         rf"|(?<=\bcompared with )|(?<=\bthan in )|(?<=\bthan )|(?<=\bfrom )|(?P<last>\b(?:last|this\s+past)\s+)|(?P<this>\bthis\s+)"
         # "the August numbers", "the May figures": the month the figures are of
         rf"|(?<=\bthe )(?=[A-Z][a-z]++\.?\s++(?:{_loose(data['month_figure_nouns'])})\b))(?P<m>{month})\b"
         # not the first month of a span ("in May and June", "in May to 15 June"), but the month of a figure
         # before another figure's ("210 in November and 260 in December", "from 31 in April to 44 in August")
         rf"(?!\s*\d|,?\s*(?:and\b|to\b|until\b|till\b|through\b|thru\b)(?!\s++\d[\d,.]*+\s++(?!{month}))|[-–])"),
    )
    connectors = set(data["base_connectors"]) | set(data["year_prepositions"])
    prefix = (rf"\b(?P<w>{_loose(connectors)})\s+(?:the\s+(?:end|start|beginning|middle|course|whole|rest)\s+of\s+)?"
              r"$")
    change = _loose(w for w in data["change_words"] if w != "%")
    relative = tuple(
        (re.compile(rf"\b{item['pattern']}\b", flags), item["role"], item["relative"])
        for item in sorted(data["relative"], key=lambda i: len(i["pattern"]), reverse=True)
    )
    events = tuple(
        (re.compile(rf"\b{item['pattern']}\b", flags),
         Period(datetime.date.fromisoformat(item["start"]),
                datetime.date.fromisoformat(item["end"]) if item["end"] else None))
        for item in data.get("events", [])
    )
    return _Patterns(
        months=data["months"],
        absolute=tuple((name, re.compile(p, flags)) for name, p in absolute),
        words={name: required_words(p, flags) for name, p in absolute},
        relative_words=tuple(required_words(rx.pattern, rx.flags) for rx, _, _ in relative),
        event_words=tuple(required_words(rx.pattern, rx.flags) for rx, _ in events),
        needs={name: _group_needs(p, flags, {"month": month, "year": y}) for name, p in absolute},
        any_month=re.compile(month, flags),
        any_year=re.compile(y),
        year=re.compile(rf"(?<![\w/.£$€#@-])(?P<y>{y})(?![\w/@]|[.,]\d|-\d|\s*(?:%|per\s*cent)|\s\d)", flags),
        prefix=re.compile(prefix, flags),
        change=re.compile(rf"(?:\b(?:{change})\b|%)", flags),
        count_noun=re.compile(rf"\s++(?:{_loose(data['count_nouns'])})\b", flags),
        relative=relative,
        events=events,
        always_base=frozenset(data["always_base"]),
        base_connectors=frozenset(data["base_connectors"]),
        start_words=frozenset(data["start_words"]),
        end_words=frozenset(data["end_words"]),
        year_prepositions=frozenset(data["year_prepositions"]),
        ordinals=data["ordinals"],
        month_spans=data["month_spans"],
        compared_figure=re.compile(
            r"(?<!\bmore )(?<!\bless )(?<!\bfewer )(?<!\bgreater )(?<!\brather )"
            rf"\b(?:{_loose(data['comparison_figures'])})\s++(?:(?:just|some|about|around|over|nearly|almost|more|"
            r"fewer|less|than|under)\s++){0,3}\d[\d,.]*+(?:\s++[a-z]++){0,3}\s*+$", flags),
    )


_MASK = re.compile(
    r"https?://\S++|\bwww\.\S++|(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++"
    r"|(?<![\w.-])\b[\w-]++(?:\.[\w-]+)*\.(?:com|org|net|uk|gov|info|io)\b/\S*+",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n+")
_CLAUSE_SEP = re.compile(r";|\s[-–—]\s|,\s+(?:and|but|while)\b", re.IGNORECASE)
_OPENER = re.compile(r"[\s\"“‘'(\[]*+(?:(?:and|but|so|today|overall|meanwhile|also|now|then),?\s++)?", re.IGNORECASE)
_WHEN = re.compile(r"\s*+(?:,\s*+)?when\b", re.IGNORECASE)
_PLACE_THEN_YEAR = re.compile(r"\b(?:in|across|throughout)\s++(?:[A-Z][\w'\u2019-]*+\s++){1,3}$")
_YEAR_LIST = re.compile(rf"{YEAR}(?:,\s*|,?\s+(?:and|or|&)\s+)$")
_OPENS_SENTENCE = re.compile(r"[\s\"'\u201c]*+")
_COMMA_AFTER = re.compile(r"\s*+,")
#: What ends a year that labels a row: "2021: 1,200 calls", "2022 - 1,500 calls".
_LABEL_END = re.compile(r"\s*+(?::|[\u2013\u2014-]\s)")
#: A year set beside the span it names, as an appositive: "in its first year, 2009, it took 900 calls".
_APPOSITIVE_YEAR = re.compile(r"\b(?:year|season),\s++$", re.IGNORECASE)
_APPOSITIVE_END = re.compile(r"\s*+[,;:)\u2013\u2014-]")
#: A year that names the report or the figures of its sentence: "its 2022 annual report", "the 2021 figures show".
_OWNER_BEFORE = re.compile(r"\b(?:its|the|their|our|his|her|[A-Za-z]++['\u2019]s)\s++$", re.IGNORECASE)
_YEAR_OF_REPORT = re.compile(r"\s++(?:annual\s++)?(?:report|review|figures|statistics|data)\b", re.IGNORECASE)


#: A year after a preposition of time and right before a figure in thousands: "Since 2002 10,407 people".
_YEAR_THEN_FIGURE = re.compile(rf"\b(?:[Ss]ince|[Ii]n|[Dd]uring|[Tt]hroughout)\s(?P<y>{YEAR})(?=\s\d{{1,3}}(?:,\d{{3}})+\b)")


#: A comparison with a thing, not a figure, right before a dated preposition: "up 40% compared to the
#: lockdown in 2020", "compared with the average contacts made in 2019": the date is the comparison's.
_COMPARED_THING = re.compile(r"\b(?:compared|compares)\s++(?:to|with)\s++(?:[A-Za-z][\w'\u2019-]*+\s++|\d\s++){1,4}$",
                             re.IGNORECASE)


@dataclass
class _Cand:
    start: int
    end: int
    period: Optional[Period]
    role: str = "time"
    relative: Optional[str] = None
    kind: str = "absolute"
    has_prep: bool = False


def scan(text: str, published: Optional[datetime.date], default_year: Optional[int]) -> list[PeriodMention]:
    pats = _patterns()
    masked = [m.span() for m in _MASK.finditer(text)]
    sentences = _sentences(text)
    cands: list[_Cand] = []
    present = {"month": pats.any_month.search(text) is not None, "year": pats.any_year.search(text) is not None}
    lowered = lowered_for(text)
    for name, rx in pats.absolute:
        if not all(present[need] for need in pats.needs[name]) or not may_match(pats.words[name], lowered):
            continue  # a pattern that needs a month's name, a year or a word cannot match a text without one
        for match in rx.finditer(text):
            cand = _absolute(name, match, pats, published, default_year)
            if cand is not None:
                cands.append(cand)
    for (rx, role, rel), needs in zip(pats.relative, pats.relative_words):
        if not may_match(needs, lowered):
            continue
        for match in rx.finditer(text):
            period = published_period(rel, published) if published and rel in PUBLISHED_RELATIVE else None
            if rel == "last_n_years" and published:
                period = years_back(_count_of(match.group()), published)
            cands.append(_Cand(match.start(), match.end(), period, role, rel, "relative"))
    for (rx, period), needs in zip(pats.events, pats.event_words):
        if not may_match(needs, lowered):
            continue
        for match in rx.finditer(text):
            cands.append(_Cand(match.start(), match.end(), period, kind="event", has_prep=True))
    for match in pats.year.finditer(text):
        # "for 2000 people" is a count; "In 2022 calls rose" a year, as numbers.py reads it
        if not pats.count_noun.match(text, match.end()) or YEAR_PREPOSITION.search(text[max(0, match.start() - 12):match.start()]):
            cands.append(_Cand(match.start(), match.end(), year_period(int(match["y"])), kind="year"))
    for match in _YEAR_THEN_FIGURE.finditer(text):  # "Since 2002 10,407 people have called"
        cands.append(_Cand(match.start("y"), match.end("y"), year_period(int(match["y"])), kind="year"))
    cands = [c for c in cands if not any(s < c.end and c.start < e for s, e in masked)]
    chosen: list[_Cand] = []
    for cand in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        if chosen and cand.start < chosen[-1].end:
            continue
        if _attach(cand, text, pats, sentences, chosen):
            chosen.append(cand)
    chosen = _following_months(_dated_events(chosen, text, published), text, sentences, pats)
    chosen = _months_of_named_year(chosen, text, sentences)
    chosen = _months_after_dated_month(chosen, text, sentences, published)
    chosen = _between_dates(chosen, text)
    clauses: dict[Span, list[Span]] = {}  # per sentence, computed once (a long sentence has many mentions)
    return [_mention(c, text, sentences, clauses) for c in chosen]


#: What joins the two ends of "between November 1 2014 and October 31 2015".
_BETWEEN = re.compile(r"between\b", re.IGNORECASE)
_AND = re.compile(r",?\s*+and\s++")


def _between_dates(chosen: list[_Cand], text: str) -> list[_Cand]:
    """"between November 1 2014 and October 31 2015" (each end a date of its own, as US and UK
    papers write days): one period from the first date to the second, not two single days."""
    out: list[_Cand] = []
    skip = None
    for cand, after in zip(chosen, chosen[1:] + [None]):
        if cand is skip:
            continue
        if after is not None and cand.relative is None and after.relative is None and cand.period is not None \
                and after.period is not None and cand.period.start and after.period.end \
                and cand.period.start < after.period.end and _BETWEEN.match(text, cand.start) \
                and _AND.fullmatch(text, cand.end, after.start):
            cand = _Cand(cand.start, after.end, Period(cand.period.start, after.period.end), cand.role, None,
                         "absolute", True)
            skip = after
        out.append(cand)
    return out


def _months_of_named_year(chosen: list[_Cand], text: str, sentences: list[Span]) -> list[_Cand]:
    """"Calls in 2016 ranged from 881 in May to 1,468 in January": a month named without a year
    after a calendar year in its sentence is a month of that year, not the latest such month
    up to the publication date ("last January" keeps its own meaning; a year right after a
    figure, "from 300 in 2019 to 500 in January", dates that figure only)."""
    for i, cand in enumerate(chosen):
        if cand.kind != "month_alone" or cand.role != "time" or text[cand.start:cand.start + 5].lower() == "last " \
                or (cand.period is None and cand.relative != "year_unstated"):
            continue
        sent = _containing(sentences, cand.start)
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


def _months_after_dated_month(chosen: list[_Cand], text: str, sentences: list[Span],
                              published: Optional[datetime.date]) -> list[_Cand]:
    """"fell from 90 in January 2020 to 70 in June": a month named without a year after a month named with
    one in its sentence is the first such month after it (June 2020; "from 90 in November 2020 to 120 in
    March": March 2021), not the latest such month up to the publication date.  A month compared with
    ("compared with 70 in March") is a base, and is left as it was."""
    for i, cand in enumerate(chosen):
        if cand.kind != "month_alone" or cand.role != "time" or text[cand.start:cand.start + 5].lower() in ("last ", "this ") \
                or (cand.period is None and cand.relative != "year_unstated"):
            continue
        sent = _containing(sentences, cand.start)
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


def _following_months(chosen: list[_Cand], text: str, sentences: list[Span], pats: _Patterns) -> list[_Cand]:
    """"from January 2019 and in the following three months": the span of months that starts with the
    single month named before it in the same sentence (January to March 2019). Without such a month
    "the following N months" stays a period after another that the text leaves unstated."""
    for i, cand in enumerate(chosen):
        if cand.relative != "next_period":
            continue
        size = _following_size(text[cand.start:cand.end], pats)
        sent = _containing(sentences, cand.start)
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


def _following_size(phrase: str, pats: _Patterns) -> Optional[int]:
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


def _dated_events(chosen: list[_Cand], text: str, published: Optional[datetime.date]) -> list[_Cand]:
    """"since it was set up in October 2015", "since the launch of the line in 2019": one period from
    that date to the publication date (open without one), not an undated event and a month."""
    out: list[_Cand] = []
    skip = None
    for cand, after in zip(chosen, chosen[1:] + [None]):
        if cand is skip:
            continue
        if cand.relative == "since_event" and after is not None and after.relative is None \
                and after.role == "time" and after.period is not None and after.period.start is not None \
                and text[after.start:after.start + 3].lower() == "in " and _EVENT_TO_DATE.fullmatch(text, cand.end, after.start):
            end = published if published is not None and type(published) is datetime.date else None
            cand = _Cand(cand.start, after.end, Period(after.period.start, end), "time", None, "absolute", True)
            skip = after
        out.append(cand)
    return out


def _count_of(phrase: str) -> int:
    """The number of "over the last three years"."""
    word = re.search(r"(\w+) years$", phrase, re.IGNORECASE).group(1).lower()
    return int(word) if word.isdigit() else number_words()["units"][word]


def _absolute(name: str, m: re.Match[str], pats: _Patterns, published: Optional[datetime.date],
              default_year: Optional[int]) -> Optional[_Cand]:
    """One regular-expression match as a candidate, or ``None`` when it is no valid period."""
    month = lambda key: pats.months[m[key].lower().rstrip(".")]  # noqa: E731
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
                n = pats.ordinals[m["ord"].lower()]
                n = 12 // size if n == -1 else n
            if n > 12 // size:
                return None
            year, relative = _year_of(m["y"], m["rel"] if name == "part" else None, published, default_year)
            period = None if year is None else months_period(year, (n - 1) * size + 1, year, n * size)
        elif name == "months_of_year":
            n, year = pats.month_spans[m["n"].lower()], int(m["y"])
            first = 1 if m["end"].lower() in ("first", "opening") else 13 - n
            period = months_period(year, first, year, first + n - 1)
        elif name in ("days_md", "days_dm"):
            if m["conj"].lower() == "and" and ((m["prep"] or "").lower() != "between"
                                               or _WORD_AFTER.match(m.string, m.end())):
                return None  # "and" joins two days only after "between", and not "between July 16 and 26 people"
            if not m["prep"] and not m["y"] and not _SPAN_PREPOSITION.search(m.string, max(0, m.start() - 12), m.start()):
                return None  # "Prevention Month (1-31 May)": an event's dates, not a span the figures are of
            period, relative = _days(m, month, day, published, default_year)
            if period is None and relative is None:
                return None
        elif name == "fy":
            y1, y2 = int(m["y1"]), m["y2"]
            if len(y2) == 2 and int(y2) == (y1 + 1) % 100 or (int(y2) == y1 + 1 and (m["sep"] == "/" or m["fin"])):
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
            first = year * 12 + last - (pats.month_spans[m["n"].lower()] if m["n"] else 12)
            period = months_period(first // 12, first % 12 + 1, year, last)
        elif name in ("months_from", "month_alone"):
            if not m["m"][0].isupper():
                return None  # "in may", a verb
            first = month("m")
            last = first + (pats.month_spans[m["n"].lower()] - 1 if name == "months_from" else 0)
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
            return _Cand(m.start(), m.start("m") + len(m["m"]), period, "time", relative, "month_alone", True)
        elif name == "month_rel_year":
            if not m["m"][0].isupper():
                return None  # "may this year", a verb
            year, relative = _year_of(None, m["rel"], published, default_year)
            period = None if year is None else months_period(year, month("m"), year, month("m"))
        else:  # month_year
            period = months_period(int(m["y"]), month("m"), int(m["y"]), month("m"))
    except (ValueError, KeyError):
        return None
    has_prep = name in ("month_range", "year_range") and bool(m["prep"])
    return _Cand(m.start(), m.end(), period, "time", relative, name, has_prep)


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
    """The days "from July 16-26" or "between 3 and 9 June" name: of the year named after them, else of the
    year the text is about (``default_year``), else the latest such span begun by the publication date; with
    none of these, no period and the relative key ``year_unstated``. ``(None, None)``: no span (a lower-case
    month, an end before the start)."""
    if not m["m"][0].isupper():
        return None, None
    last_month = month("m2") if m.groupdict().get("m2") else month("m")
    first = datetime.date(2000, month("m"), day("d"))
    end = datetime.date(2000, last_month, day("d2"))
    if end <= first:
        return None, None
    year, relative = _year_of(m["y"], None, None, default_year)
    if year is None and published is not None:
        year, relative = _latest_day(first, published).year, None
    if year is None:
        return None, relative
    return Period(first.replace(year=year), end.replace(year=year)), relative


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


#: Relative keys of the latest year before publication: after a change and a base word, the year before the fact's.
_LAST_YEARS = ("last_year", "last_financial_year", "last_fiscal_year")


def _attach(cand: _Cand, text: str, pats: _Patterns, sentences: list[Span], chosen: list[_Cand]) -> bool:
    """Decide the candidate's role from the word before it; ``False`` drops it."""
    if cand.kind == "relative" and cand.role == "previous" and _OPENS_SENTENCE.fullmatch(
            text, _containing(sentences, cand.start)[0], cand.start) and _COMMA_AFTER.match(text, cand.end):
        cand.role = "time"  # "The year before, 2,400 people called.": the time of its sentence's figures
        return True
    if cand.kind == "relative" and cand.relative == "since_then":
        sent = _containing(sentences, cand.start)
        earlier = [c for c in chosen if c.start >= sent[0] and c.period and c.period.start]
        if earlier:
            cand.period, cand.relative = Period(earlier[-1].period.start, None), None
        return True
    if cand.has_prep and cand.kind != "event":
        return True
    window = text[max(0, cand.start - 40):cand.start]
    pre = pats.prefix.search(window)
    word = re.sub(r"\s+", " ", pre["w"].lower()) if pre else None
    if cand.kind == "event":  # "compared to the first months of lockdown": a base; else the time it names
        if word is not None and (word in pats.always_base or word in pats.base_connectors and _changed(
                text, pats, sentences, cand.start - len(window) + pre.start())):
            cand.start, cand.role = cand.start - len(window) + pre.start(), "base"
        return True
    if cand.kind == "year" and word is None:
        if _PLACE_THEN_YEAR.search(text, max(0, cand.start - 60), cand.start):
            return True  # "offences recorded in Northern Ireland 2024": the year the place's figures cover
        if (cand.start == 0 or text[cand.start - 1] == "\n") and _LABEL_END.match(text, cand.end):
            return True  # "2021: 1,200 calls", a row of a list or table labelled by its year
        if _APPOSITIVE_YEAR.search(text, max(0, cand.start - 12), cand.start) and _APPOSITIVE_END.match(text, cand.end):
            return True  # "in its first year, 2009, it took just 900 calls": the year the span before it names
        if _YEAR_OF_REPORT.match(text, cand.end) and _OWNER_BEFORE.search(text, max(0, cand.start - 24), cand.start):
            return True  # "According to its 2022 annual report, the line took 4,700 calls": the report's year
        before = text[max(0, cand.start - 12):cand.start]
        listed = _YEAR_LIST.search(before)
        return bool(listed) and any(c.kind == "year" and c.end == cand.start - len(listed.group()) + 4
                                    for c in chosen)
    if word is None:
        return True
    prefix_start = cand.start - len(window) + pre.start()
    changed = _changed(text, pats, sentences, prefix_start)
    is_base = word in pats.always_base or (word in pats.base_connectors and changed)
    if cand.kind == "relative":
        if cand.role == "previous" or cand.relative in _LAST_YEARS:
            if is_base:
                cand.start, cand.role = prefix_start, "base"
                if cand.relative in _LAST_YEARS:  # "up 5% on last (financial) year": the year before the fact's
                    cand.period, cand.relative = None, "previous_year"
        return True
    if is_base:
        cand.start, cand.role = prefix_start, "base"
        return True
    if word not in pats.year_prepositions:
        return cand.kind != "year"
    if cand.kind != "relative" and (pats.compared_figure.search(text, max(0, prefix_start - 80), prefix_start)
                                    or _COMPARED_THING.search(text, max(0, prefix_start - 60), prefix_start)):
        cand.start, cand.role = prefix_start, "base"  # "compared to 479 in 2018": the earlier figure's period
        return True
    cand.start = prefix_start
    if cand.period and word in pats.start_words:
        cand.period = Period(cand.period.start, None)
    elif cand.period and word in pats.end_words:
        cand.period = Period(None, cand.period.end)
    return True


def names_change(text: str) -> bool:
    """Whether ``text`` holds a change word ("increase", "fell", "%")."""
    return bool(_patterns().change.search(text))


def _changed(text: str, pats: _Patterns, sentences: list[Span], offset: int) -> bool:
    """Whether a change word comes before ``offset`` in its sentence (at most 120 characters back)."""
    sent = _containing(sentences, offset)
    return bool(pats.change.search(text[max(sent[0], offset - 120):offset]))


def _mention(cand: _Cand, text: str, sentences: list[Span], clauses: dict[Span, list[Span]]) -> PeriodMention:
    sent = _containing(sentences, cand.start)
    if sent not in clauses:
        clauses[sent] = _clauses(text, sent)
    clause = _containing(clauses[sent], cand.start)
    scope = None
    if cand.role == "time":
        aside = clause != sent and not text[clause[0]:cand.start].strip(_ASIDE) and not text[cand.end:clause[1]].strip(_ASIDE)
        scope = sent if _OPENER.fullmatch(text, sent[0], cand.start) or aside else clause
    when = None
    found = _WHEN.match(text, cand.end)
    if found and found.end() < clause[1]:
        when = (cand.end, clause[1])
    return PeriodMention(cand.start, cand.end, text[cand.start:cand.end], cand.period, cand.role,
                         cand.relative, clause, scope, when)


#: What may stand around a period that is a clause of its own, an aside ("in Kent alone – between 2021 and 2022 – 1,500 ...").
_ASIDE = " \t,()"


def _sentences(text: str) -> list[Span]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _clauses(text: str, sentence: Span) -> list[Span]:
    spans, start = [], sentence[0]
    for match in _CLAUSE_SEP.finditer(text, sentence[0], sentence[1]):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, sentence[1]))
    return spans


def _containing(spans: list[Span], offset: int) -> Span:
    for span in spans:
        if span[0] <= offset < span[1]:
            return span
    return spans[-1]
