"""The regular expressions and word lists the period scanner (:mod:`pipeline.extract.period_scan`) reads with.

:func:`patterns` builds them once from ``data/periods.json``: the absolute date and span patterns by name, plain
years, the relative phrases and dated events, the words before a period that give its role, and for each pattern
the words and kinds (a month's name, a year) it cannot match without, so a text holding none is not searched with
it (:func:`pipeline.extract.required_words.group_needs`).
"""
from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from pipeline.extract.number_patterns import words as number_words
from pipeline.extract.period_spans import Period
from pipeline.extract.required_words import group_needs, required_words
from pipeline.settings import DATA_DIR
from pipeline.wordlists import alternation

DATA = DATA_DIR / "periods.json"
YEAR = r"(?:199\d|20[0-3]\d)"


@dataclass(frozen=True)
class Patterns:
    """The scanner's compiled patterns and word sets (:func:`patterns`)."""

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


def _loose(words: Iterable[str]) -> str:
    return alternation(words, loose_spaces=True)


@lru_cache(maxsize=1)
def load_data() -> dict:
    """The word lists of ``data/periods.json``."""
    return json.loads(DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """The scanner's patterns, built once from ``data/periods.json``."""
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
        # a quarter with no year: "the third quarter", "in Q4", "quarter 2" (not "Q3 2023", "the third quarter of 2023":
        # dated above; of the year the text is about, else the latest such quarter ended by the publication date)
        ("quarter_alone", rf"\b(?:(?:the\s+)?(?P<ord>{_loose(data['ordinals'])})\s+quarter|Q(?P<n>[1-4])|quarter\s+(?P<n2>[1-4]))\b"
         rf"(?!\s+of\b|,?\s*(?:19|20)\d\d\b|[/\u2013-]\d)"),
        # the first or last months of a named year: "the last six months of 2018", "the first 10 months of 2020"
        ("months_of_year", rf"\b(?:(?:in|during|over|for|across|throughout)\s+)?(?:the\s+)?(?P<end>first|opening|last|final|"
         rf"closing)\s+(?P<n>{_loose(data['month_spans'])})\s+months\s+of\s+(?P<y>{y})\b"),
        # a span of days within a month or two: "from July 16-26", "between 3 and 9 June", "June 28 to July 4, 2021",
        # "December 20 to January 2" (into the next year)
        ("days_md", rf"\b(?:(?P<prep>from|between)\s+)?(?P<m>{month})\s+(?P<d>{day})\s*(?P<conj>-|–|to|until|through|and)\s*"
         rf"(?:(?P<m2>{month})\s+)?(?P<d2>{day})\b(?!\s{{1,3}}(?:{counted})\b)(?:,?\s+(?P<y>{y})\b)?"
         rf"(?![.,]\d|\s*(?:%|per\s*cent))"),  # not "from June 1 to 30 people called": a count ends it
        # "between 20 December and 2 January": the first day's month named too, the span running into the new year
        ("days_dm", rf"\b(?:(?P<prep>from|between)\s+)?(?P<d>{day})(?:\s+(?:of\s+)?(?P<m0>{month}))?\s*"
         rf"(?P<conj>-|–|to|until|and)\s*(?P<d2>{day})\s+(?:of\s+)?"
         rf"(?P<m>{month})\b(?:,?\s+(?P<y>{y})\b)?"),
        # a financial year of two years' names: "2021/22", "FY2021/22", "the 2022-2023 financial year"; a school
        # year: "the 2022/23 school year", "academic year 2021-22" (September to August)
        ("fy", rf"(?:\b(?P<fin>(?:the\s+)?(?:financial|fiscal)\s+year\s+(?:of\s+)?)|(?P<fy>\bFY\s?(?=\d))"
         rf"|\b(?P<school>(?:the\s+)?(?:school|academic)\s+year\s+(?:of\s+)?)|(?<![\w/.£$€#@-]))"
         rf"(?P<y1>{y})\s*(?P<sep>/|-|–)\s*(?P<y2>{y}|\d\d)(?![\w/@-]|[.,]\d)"
         rf"(?=(?P<fin_after>\s++(?:financial|fiscal)\s++year\b)?)(?=(?P<school_after>\s++(?:school|academic)\s++year\b)?)"),
        # one year's name for a year that ends in it: "fiscal year 2023", "fiscal 2022", "FY2023", "the 2010 financial year"
        # (not "FY2021/22": a financial year of two names)
        ("fiscal", rf"\b(?:(?:fiscal(?:\s+year)?|FY)\s*(?P<y>{y})(?!\s*[/\u2013-]\s*\d)|(?:the\s+)?(?P<y2>{y})\s+(?P<kind>financial|fiscal)\s+year)\b"),
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
        # a year named after "year": "in the calendar year 2022", "during the year 2019" (not "the financial year 2022",
        # nor "the year 2021-22", a financial year)
        ("calendar_year", rf"(?<!financial\s)(?<!fiscal\s)\b(?:the\s+)?(?:calendar\s+)?year\s+(?:of\s+)?(?P<y>{y})\b"
         rf"(?!\s*[/\u2013-]\s*\d)"),
        # a month with its year told relative to the publication: "in August last year", "March of this year"
        ("month_rel_year", rf"\b(?P<m>{month})\s+(?:of\s+)?(?P<rel>this|last)\s+year\b"),
        # "the same period in 2018", "the same six months of 2023": the fact's own months, in that year
        ("same_period_year", rf"\b(?:(?:in|during|over|for)\s+)?(?:the\s+)?same\s+(?:time\s+)?"
         rf"(?:(?P<span>{_loose(data['month_spans'])})\s+(?=months\b))?(?:period|time|months?|quarter|half|"
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
    prefix = (rf"\b(?P<w>{_loose(connectors)})\s+(?:the\s+(?P<part>end|start|beginning|middle|course|whole|rest)\s+of\s+)?"
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
    return Patterns(
        months=data["months"],
        absolute=tuple((name, re.compile(p, flags)) for name, p in absolute),
        words={name: required_words(p, flags) for name, p in absolute},
        relative_words=tuple(required_words(rx.pattern, rx.flags) for rx, _, _ in relative),
        event_words=tuple(required_words(rx.pattern, rx.flags) for rx, _ in events),
        needs={name: group_needs(p, flags, {"month": month, "year": y}) for name, p in absolute},
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
