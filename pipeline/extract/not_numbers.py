"""Which runs of digits and figures found in text are no number: years, dates, days of a range, ordinals,
ages, durations, money, labels' numbers, phone numbers' groups and digits inside words, URLs and e-mail
addresses ("Covid-19").

Each test reads the text around one match (bounded windows). What this module does not do: find numbers
(:mod:`pipeline.extract.numbers`), nor decide whether a number counts something (``not_counts``, the fact
extractor).
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.wordlists import alternation, data_file
from pipeline.extract import not_counts, phone_numbers
from pipeline.extract.number_patterns import patterns
from pipeline.extract.number_values import raw_value


#: Words before a year-like number that keep it a year whatever follows ("In 2022 calls rose", "since 2019 callers").
YEAR_PREPOSITION = re.compile(r"\b(?:in|since|during|until|till|throughout|by|from)\s+$", re.I)


#: The second year of a span of years: "2017-18", "2013–14".
_YEAR_RANGE_END = re.compile(r"(?<!\d)(?:19|20)\d\d[-–]$")
#: A note mark: one or two digits in brackets at the end of a sentence ("... answered (1).").
_FOOTNOTE = re.compile(r"\(\d{1,2}\)[.;]?(?:\s*$|\s+[A-Z\n])")


def token_around(text: str, start: int, end: int, reach: int = 100) -> str:
    """The run of non-space characters around ``[start, end)``, at most ``reach`` each side.

    ``str.split`` cuts at the characters ``str.isspace`` calls space, so the last word of the ``reach``
    characters before and the first of those after are that run's two sides, found in C instead of a
    loop of Python over up to 200 characters for every number."""
    before, after = text[max(0, start - reach):start], text[end:end + reach]
    left = 0 if not before or before[-1].isspace() else len(before.rsplit(None, 1)[-1])
    right = 0 if not after or after[0].isspace() else len(after.split(None, 1)[0])
    return text[start - left:end + right]


#: The later end of a from-to pair whose earlier end is a figure, not a year, and which has a year of its own
#: after it: "from 1781 in 2020/21 to 1970 in 2021/22" ("1970" is the figure it reached).
_IN_YEAR_AFTER = re.compile(r"\s{1,3}in\s{1,3}(?:19|20)\d\d")
_FROM_FIGURE_TO = re.compile(r"\bfrom\s{1,3}(?!(?:19|20)\d\d\b)\d[\d,]{0,12}+(?:\s{1,3}[a-z]{2,12}){0,2}"
                             r"(?:\s{1,3}in\s{1,3}[\w/-]{2,12})?,?\s{1,3}to\s{1,3}$", re.I)


#: Digits with a leading zero ("0800", "0345"): a phone number's prefix; no count is written so.
_LEADING_ZERO = re.compile(r"0\d{2,}")
#: A figure joined by a hyphen to a singular word that is not a number word, making one modifier of the noun
#: after it ("the 10-digit number", "a 24-hour line", "a 3-point plan"): it describes that noun, counts nothing.
#: "100-odd", "200-plus" stay figures; "1-800-GAMBLER" and "33-per-cent" are read elsewhere.
COMPOUND_MODIFIER = re.compile(r"-(?!(?:odd|plus|strong|fold|per|percent|year|years|old)\b)(?-i:[a-z]{2,15})(?<!s)\s{1,3}(?-i:[a-z])",
                                re.I)


#: "between" right before a range of days: "between May 3 and 9".
BETWEEN_BEFORE = re.compile(r"\bbetween\s{1,3}$", re.I)
#: A lower-case word right after a figure: "12 callers", "25 people" are counts.
_WORD_AFTER = re.compile(r"\s{1,3}[a-z]")


def _day_range_end(text: str, start: int, after: str) -> bool:
    """Whether the figure at ``start`` ends a range of days after a month ("from May 3 to 9", "March 3-9"), unless
    a count noun follows it ("from June 1 to 30 people called"); after "and" only when "between" opens the range and no word follows the figure ("on May 3 and 12 callers were
    turned away" is a count, as period_scan reads it)."""
    m = patterns()["day_range_end"].search(text, max(0, start - 24), start)
    if m is None or patterns()["counted_one_by_one"].match(after):
        return False  # "From June 1 to 30 people called": a count noun after it makes the figure a count
    if not m.group().rstrip().lower().endswith("and"):
        return True
    return bool(BETWEEN_BEFORE.search(text, max(0, m.start() - 12), m.start())) and not _WORD_AFTER.match(after)


def excluded_digits(text: str, match: re.Match[str]) -> bool:
    """Whether a run of digits is a year, date, ordinal, age, duration, money or part of a word."""
    start, end = match.start("num"), match.end("num")
    before, after = text[max(0, start - 12):start], text[end:end + 24]
    is_pct = bool(match.group("pct"))
    last = before[-1:]
    if last and (last.isalpha() or last in "£$€#/:") or (last == "-" and before[-2:-1].isalpha()):
        return True
    if _YEAR_RANGE_END.search(before) or _FOOTNOTE.match(text, start - 1):
        return True  # "in 2017-18", "2013–14"; a note mark "... answered (1)."
    if not match.group("scale") and not is_pct:
        if re.match(r"(?:st|nd|rd|th|s\b|['\u2019]s\b|[:/]\d|[A-Za-z])", after):
            return True
        if patterns()["duration"].match(after) or re.search(r"\baged?\s*$", before, re.I):
            return True
        if not_counts.is_range_of_durations(after, patterns()["duration"]) or not_counts.is_age_bound(before, after, raw_value(match)):
            return True  # "40-60 minutes", "30 to 45 minutes"; "40 or older", "men 30-59"
        if patterns()["not_a_number_after"].match(after):  # "3-fold", "50p", "20 pence"
            return True
        if patterns()["month"].search(before) or patterns()["month_after"].match(after):
            return True
        day = match.group("num")
        if day.isdigit() and len(day) <= 2 and int(day) <= 31 and _day_range_end(text, start, after):
            return True  # "from May 3 to 9": a day, not a count
        raw = match.group("num")
        if _LEADING_ZERO.fullmatch(raw) or COMPOUND_MODIFIER.match(after):
            return True  # "0800 HEY BRO" is a phone number; "the 10-digit number", "a 24-hour line" describe
        if re.fullmatch(r"(?:19|20)\d\d", raw) and (not patterns()["year_count"].match(after)
                                                     or YEAR_PREPOSITION.search(before)) \
                and not (_FROM_FIGURE_TO.search(text, max(0, start - 60), start) and _IN_YEAR_AFTER.match(after)):
            return True  # a year, also before a count noun after a preposition of time ("In 2022 calls rose")
        if phone_numbers.is_code(raw, text[end:end + 48], text[max(0, start - 24):start]) \
                or not_counts.is_year_of_share(raw, before) or not_counts.is_label_or_address(before, after) \
                or not_counts.is_clock_time(raw, before) or not_counts.is_quoted_name(before, after) \
                or not_counts.is_numbered_label(text[max(0, start - 32):start], after, figure=raw):
            return True  # "text SHOUT to 85258", "the 988 Lifeline"; "38% of 2023 callers"; "in table 4"
    token = token_around(text, start, end)
    return bool(re.search(r"://|www\.|@|\w/\w|\w\.\w{2,}/", token)) or phone_numbers.is_phone_token(token)


def in_a_list(text: str, start: int) -> bool:
    """A figure right after another figure and a comma ("12, 276, 414 people"): a list, whose items stay apart.
    A year before the comma is no list ("In 2022, 276, 414 people")."""
    before = text[max(0, start - 12):start]
    return bool(re.search(r"\d,?\s?$", before)) and not re.search(r"(?<!\d)(?:19|20)\d\d,\s$", before)


@lru_cache(maxsize=1)
def _whole_opener() -> re.Pattern[str]:
    """The words that open a part's sentence or clause with its whole's figure ("Of the 622, 391 callers ...",
    "Among those 1,204, 310 ...", "Out of 480, 95 ...", "and of those 622, 391 ..."; ``whole_pointers``,
    ``whole_pointer_determiners`` and ``whole_pointer_joins`` of ``data/numbers.json``): bounded, one alternation of
    short phrases after a mark, a line's start or a joining word."""
    lists = data_file("numbers.json")
    spaced = lambda key: "|".join(r"\s{1,3}".join(map(re.escape, p.split()))  # noqa: E731
                                  for p in sorted(lists[key], key=len, reverse=True))
    return re.compile(rf"(?:^|[^\w\s]\s{{0,3}}|\b(?:{spaced('whole_pointer_joins')})\s{{1,3}})"
                      rf"(?:{spaced('whole_pointers')})\s{{1,3}}"
                      rf"(?:(?:{spaced('whole_pointer_determiners')})\s{{1,3}})?$",
                      re.I | re.M)


def whole_opener_before(text: str, start: int) -> bool:
    """Whether a figure at ``start`` is the whole of a part's sentence opener ("Of the 622, 391 callers were
    gamblers"): its comma then closes the opener, and the digits after it are a figure of their own ("most of the
    276, 414 people" opens nothing: one figure)."""
    return _whole_opener().search(text, max(0, start - 40), start) is not None


#: How far before a space-grouped figure its label noun is looked for.
LABEL_REACH = 24


@lru_cache(maxsize=1)
def label_before() -> re.Pattern[str]:
    """A noun that labels a numbered thing right before a figure ("In quarter 3 300 people", "in week 12 400
    calls"): the first group is the label's number, not the thousands of one figure (``data/not_counts.json``)."""
    lists = data_file("not_counts.json")
    words = {w.lower() for key in ("label_nouns", "label_time_nouns", "label_words") for w in lists[key]}
    return re.compile(rf"\b(?:{alternation(sorted(words))})\x20$", re.I)


def thousands_grouped(figure: str) -> bool:
    """Whether digits apart by spaces read as one figure grouped in thousands ("12 340 500"): a first group
    of one to three digits and groups of three after it."""
    groups = figure.split("\x20")
    return len(groups) > 1 and all(g.isdigit() for g in groups) and len(groups[0]) <= 3 \
        and all(len(g) == 3 for g in groups[1:])
