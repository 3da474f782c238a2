"""Figures that stand like counts but count nothing (ANNOTATION.md decision 2).

Plain predicates over the words around a figure, for :mod:`pipeline.extract.numbers`
and :mod:`pipeline.extract.facts` to ask:

- a year after a share ("38% of 2023 callers") is the year those callers called in;
- either end of an age band ("the 25-44 age group", "16- to 24-year-olds") is an age;
- a label ("Section 13", "Tier 3", "in table 4", "Year 9 pupils", "in week 12"), a street number ("25 High Street") and the denominator of a
  rate ("per 100,000 people") name rather than count; "a factor of 3" is a multiplier and
  "at 9.30" a time of day.

Numbers to ring ("1-800-GAMBLER", "text SHOUT to 85258", "the 988 Lifeline") are
told by :mod:`pipeline.extract.phone_numbers`. The word lists are in ``data/not_counts.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.wordlists import alternation, data_file


#: "38% of 2023 callers", "half of 2022's callers": a share of the people of a year.
_SHARE_OF = re.compile(r"(?:%|\bper\s?cent|\bpercent|\bhalf|\bthird|\bquarter|\bfifth|\btenth)\s{1,3}of\s{1,3}$", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")
#: "of the" before a year-like figure: the whole a part or a share is of, named by its year ("made up 4,066 of the
#: 2023 calls", "of their 2022 callers"); a count there would have its own "of the N <noun>" grouping (2,023).
_WHOLE_OF = re.compile(r"\bof\s{1,3}(?:all\s{1,3})?(?:the|its|their)\s{1,3}$", re.I)
#: Oldest age a band may name.
_OLDEST = 120


def words() -> dict:
    """The word lists of ``data/not_counts.json``."""
    return data_file("not_counts.json")


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern[str]]:
    """The patterns built from ``data/not_counts.json``'s word lists (a count noun after a figure, an age band's
    ends, a label, a street), compiled once."""
    w = words()
    count_noun = rf"(?:{alternation(w['code_count_nouns'])})\b"
    band_noun = rf"(?:{alternation(w['band_nouns'])})s?\b"
    band_tail = rf"(?:\s{{0,2}}-?\s{{0,2}}(?:years?\b|yrs?\b|year-olds?\b)|s\b|\s{{1,3}}(?:age\s{{1,3}})?{band_noun})"
    return {
        # one lower-case word may stand between ("12345 new callers"), a name may not ("988 Lifeline calls")
        "count_after": re.compile(rf"\s{{1,3}}(?:(?-i:[a-z-]{{2,20}})\s{{1,3}})?{count_noun}", re.I),
        # "30-to-39-year-olds", "30 to\u201339 years old": a dash may also follow "to"
        "band_start": re.compile(rf"\s{{0,2}}-?\s{{0,2}}(?:to|and|-|\u2013)\s{{0,2}}[-\u2013]?\s{{0,2}}\d{{1,3}}{band_tail}",
                                 re.I),
        "band_end": re.compile(rf"{band_tail}", re.I),
        # "Section 13", "Page 12", "No. 10": a capitalised label word right before the figure
        "label": re.compile(rf"(?<![\w.])(?:{alternation(w['label_words'])})\s{{1,2}}$"),
        # "25 High Street", "at 3 Mill Rd"
        "street": re.compile(rf"\s{{1,2}}(?:[A-Z][a-z]{{1,20}}\s{{1,2}}){{1,3}}(?:{alternation(w['street_words'])})\b"),
        # "at 16, Mill Street": a comma may follow the number of a place one is "at"
        "street_comma": re.compile(rf",\s{{1,2}}(?:[A-Z][a-z]{{1,20}}\s{{1,2}}){{1,3}}(?:{alternation(w['street_words'])})\b"),
        "at": re.compile(r"\bat\s{1,2}$", re.I),
        "band_before": re.compile(r"(?<![\d,.])\d{1,3}\s{0,2}-?\s{0,2}(?:to|and|-|\u2013)\s{0,2}$", re.I),
    }


#: "per 100,000 people", "calls per 1,000 residents": the denominator of a rate; "by a factor of 3": a multiplier.
_PER = re.compile(r"\b(?:per|factor\s{1,2}of|(?:in|for|out\s{1,2}of)\s{1,2}every)\s{1,2}$", re.I)
#: "at 9.30", "from 8.00 until 10.45": a time of day written with a point.
_CLOCK = re.compile(r"\b(?:at|from|until|till|to|before|after|by|and)\s{1,2}$", re.I)
_HOURS_MINUTES = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")


def is_label_or_address(before: str, after: str) -> bool:
    """Whether a figure names rather than counts: a label ("Section 13", "Tier 3", "Page 12"), a street
    number ("25 High Street", "at 16, Mill Street") or the denominator of a rate ("per 100,000 people")."""
    pats = patterns()
    return bool(pats["label"].search(before[-16:]) or pats["street"].match(after) or _PER.search(before[-12:])
                or (pats["at"].search(before[-6:]) and pats["street_comma"].match(after)))


@lru_cache(maxsize=1)
def _numbered_label() -> re.Pattern[str]:
    """A noun that labels the number right after it ("in table 4", "Week 12", "Covid 19"), with the word before it:
    ``label_nouns`` and ``label_time_nouns`` of ``data/not_counts.json``."""
    w = words()
    return re.compile(rf"(?:(?<![\w-])(?P<before>[A-Za-z]{{1,12}})\s{{1,2}})?(?<![\w-])"
                      rf"(?:(?P<noun>{alternation(w['label_nouns'])})|(?P<time>{alternation(w['label_time_nouns'])}))"
                      rf"\s{{1,2}}$", re.I)


#: A figure written with thousands separators ("1,200"): a count, never the number of a labelled thing.
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


def is_numbered_label(before: str, after: str, *, figure: str = "") -> bool:
    """Whether the figure after ``before`` numbers a labelled thing rather than counts: "in table 4", "under section 2
    of the act", "Year 9 pupils", "Covid 19", "in week 12".

    A determiner before the noun keeps the figure a count ("at this stage 40 people", "Last Year 300 People"); so does
    a lower-case noun of time, or one with a count noun after the figure, unless a preposition stands right before
    the noun ("a busy week 300 people called", "at a later stage 40 people" stay counts; "by week 12" does not).
    So does a ``figure`` with thousands separators ("the figure 1,200"), a capitalised noun of time after a
    capitalised word other than a preposition, the name of a day or a week ("On Christmas Day 300 people",
    "Safeguarding Week 12 events"), and a noun of time repeated round "after" ("year after year 300 people").
    """
    if _GROUPED.fullmatch(figure):
        return False
    tail = before[-32:]
    m = _numbered_label().search(tail)
    if m is None:
        return False
    w = words()
    word = (m.group("before") or "").lower()
    if word in w["label_determiners"]:
        return False
    noun = m.group("noun") or m.group("time")
    if m.group("time") and _named_or_repeated(tail[:m.start()], m):
        return False
    if noun[0].isupper() or (m.group("noun") and not patterns()["count_after"].match(after)):
        return True
    return word in w["label_prepositions"]


def _named_or_repeated(head: str, m: re.Match[str]) -> bool:
    """Whether a noun of time is part of a day's or a week's name ("Christmas Day", "Safeguarding Week": a capitalised
    noun after a capitalised word, no preposition) or repeated round "after" ("year after year"); ``head``: the
    words before ``m``'s."""
    noun, word = m.group("time"), m.group("before") or ""
    if noun[0].isupper() and word[:1].isupper() and word.lower() not in words()["label_prepositions"]:
        return True
    return word.lower() == "after" and re.search(rf"(?<![\w-]){re.escape(noun)}\s{{1,2}}$", head, re.I) is not None


#: Quotation marks right around a figure: "the hotline “113”", "dial '999'".
_OPEN_QUOTE = re.compile(r"[\"\u201c\u2018']$")
_CLOSE_QUOTE = re.compile(r"[\"\u201d\u2019']")


def is_quoted_name(before: str, after: str) -> bool:
    """Whether a figure stands alone in quotation marks ("calls to hotline “113”", "the '988' number"): the
    name of a line or a code, never a count (a count in a quote runs on: “1,500 calls a week,” she said)."""
    return bool(_OPEN_QUOTE.search(before[-1:]) and _CLOSE_QUOTE.match(after))


def is_clock_time(raw: str, before: str) -> bool:
    """Whether a figure with a point is a time of day: "opened at 9.30", "from 8.00 until 10.45"."""
    return bool(_HOURS_MINUTES.fullmatch(raw) and _CLOCK.search(before[-8:]))


def is_year_of_share(raw: str, before: str) -> bool:
    """Whether a year-like figure follows a share ("38% of 2023 callers") or the "of the" of a whole ("4,066 of the
    2023 calls"): a year, not a count."""
    return bool(_YEAR.fullmatch(raw) and (_SHARE_OF.search(before[-20:]) or _WHOLE_OF.search(before[-20:])))


def is_age_band(before: str, after: str, value: float) -> bool:
    """Whether a figure is either end of an age band: "the 25-44 age group", "16- to 24-year-olds",
    "those in the 46 to 55 group", "18-24s"."""
    if value > _OLDEST:
        return False
    pats = patterns()
    if pats["band_start"].match(after):
        return True
    return bool(pats["band_before"].search(before[-16:]) and pats["band_end"].match(after))


#: The rest of a range whose second end is a duration: "-60 minutes", " to 45 minutes", "–90 mins".
_RANGE_REST = re.compile(r"\s{0,3}(?:-|\u2013|to)\s{0,3}\d{1,4}(?:\.\d{1,2})?(?=[\s-])")
#: An open age bound after a figure: "40 or older", "65 and over", "18 or younger".
_AGE_BOUND_AFTER = re.compile(r"\s{1,3}(?:or|and)\s{1,3}(?:older|over|younger|under|above|below)\b(?!\s{1,3}(?:the|a|an)\b)", re.I)
#: A plural noun of people right before an age band: "men 30-59", "women 18 to 24".
_PEOPLE_THEN_BAND = re.compile(r"\b(?:men|women|people|adults|males|females|boys|girls|callers|users|residents)\s{1,2}$", re.I)
_BAND_AFTER = re.compile(r"\s{0,2}(?:-|\u2013|to)\s{0,2}\d{2,3}\b(?![,.]\d)")
_BAND_BEFORE = re.compile(r"\b(?:men|women|people|adults|males|females|boys|girls|callers|users|residents)\s{1,2}"
                          r"\d{1,3}\s{0,2}(?:-|\u2013|to)\s{0,2}$", re.I)


def is_range_of_durations(after: str, duration: re.Pattern[str]) -> bool:
    """Whether a figure opens a range whose later end is a duration ("40-60 minutes", "30 to 45 minutes"):
    a duration too (ANNOTATION.md decision 2). ``duration`` matches a duration word at the start of a text."""
    rest = _RANGE_REST.match(after)
    return bool(rest and duration.match(after[rest.end():]))


def is_age_bound(before: str, after: str, value: float) -> bool:
    """Whether a figure is an age: an open bound ("most were 40 or older", "65 and over") or either end of a band
    right after a plural noun of people ("men 30-59", "women 18 to 24")."""
    if value > _OLDEST or value < 10:
        return False
    if _AGE_BOUND_AFTER.match(after):
        return True
    return bool((_PEOPLE_THEN_BAND.search(before[-16:]) and _BAND_AFTER.match(after)) or _BAND_BEFORE.search(before[-24:]))


#: The rest of a pair whose second figure is a percentage: "from 9.5 to 14%", "between 12 and 15 per cent", "40-31%".
_PERCENT_PAIR_REST = re.compile(r"(?:\s{1,3}(?:to|and)\s{1,3}|\s?[-\u2013]\s?)\d{1,3}(?:\.\d{1,3})?"
                                r"(?:\s?%|[\s-]?per[\s-]?cent\b|[\s-]?percent\b)", re.I)


#: A dash with a space on each side, as set off an aside: "600 - 24 per cent - came from women".
_SPACED_DASH = re.compile(r"\s[-\u2013\u2014]\s")
#: The largest first end of a pair joined by a spaced dash: a count above it beside a percentage is the share's part.
PAIR_END_MAX = 100


def is_percentage_pair_start(after: str, value: float = 0) -> bool:
    """Whether a bare figure is the first of a pair whose second is a percentage ("grew from 9.5 to 14%",
    "between 12 and 15 per cent"): a percentage written once for both, no count.  A figure above
    :data:`PAIR_END_MAX` before a spaced dash is a count and its share set off after it ("Of those, 600 - 24 per
    cent - came from women")."""
    m = _PERCENT_PAIR_REST.match(after)
    if m and value > PAIR_END_MAX and _SPACED_DASH.match(after):
        return False
    return bool(m)
