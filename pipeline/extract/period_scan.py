"""The scanner behind :func:`pipeline.extract.periods.find_periods`.

Candidates come from a handful of regular expressions (absolute dates and spans,
plain years after a preposition, relative phrases from ``data/periods.json``); the
leftmost-longest ones win, then the word before each decides its role ("from 2018"
after "increase" is a base, "since 2002" has no end) and the sentence and clause
around it give its ``clause``, ``scope`` and ``when`` spans.
"""
from __future__ import annotations

import datetime
import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.not_numbers import YEAR_PREPOSITION
from pipeline.extract.period_clauses import mention_of, sentence_spans
from pipeline.extract.period_dates import Candidate, absolute_candidate, years_counted
from pipeline.extract.period_joins import (
    between_dates,
    dated_events,
    periods_to_date,
    following_months,
    months_after_dated_month,
    months_of_named_year,
)
from pipeline.extract.period_patterns import YEAR, patterns
from pipeline.extract.period_roles import attach_role
from pipeline.extract.period_spans import PUBLISHED_RELATIVE, PeriodMention, Span, published_period, year_period, years_back
from pipeline.extract.required_words import lowered_for, may_match_present, words_present

_MASK = re.compile(
    r"https?://\S++|\bwww\.\S++|(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++"
    r"|(?<![\w.-])\b[\w-]++(?:\.[\w-]+)*\.(?:com|org|net|uk|gov|info|io)\b/\S*+",
    re.IGNORECASE,
)


#: A year after a preposition of time and right before a figure in thousands: "Since 2002 10,407 people".
_YEAR_THEN_FIGURE = re.compile(rf"\b(?:[Ss]ince|[Ii]n|[Dd]uring|[Tt]hroughout)\s(?P<y>{YEAR})(?=\s\d{{1,3}}(?:,\d{{3}})+\b)")


#: The words before a year that modifies a counted noun ("of the 2023 contacts", "its 2022 calls", "of 2023 callers").
_MODIFIER_BEFORE = re.compile(r"(?:\b(?:the|its|their|this|that|of)\s)$", re.IGNORECASE)


def year_modifies_noun(text: str, start: int, end: int, named: frozenset[int] = frozenset(),
                       near: Optional[int] = None) -> bool:
    """A year before a counted noun after a determiner or "of" ("Of the 2023 contacts, 64 per cent ...") is that
    year's figures, on evidence that the article is about that whole year: it names it after a preposition of time
    elsewhere ("in 2023") and never as the year of a part of it ("between January and June 2023": "the 2023 calls"
    are then that half year's, which the figures before give). "The 2000 people" stays a count, and so does a year
    more than :data:`MODIFIER_REACH` years from ``near`` (the publication's year, or the article's): "The 2000 people
    who called" in a 2024 article that says the line "opened in 2000" are people, not the year 2000's figure."""
    if not _MODIFIER_BEFORE.search(text, max(0, start - 8), start):
        return False
    year = int(text[start:end])
    return year in named and (near is None or abs(near - year) <= MODIFIER_REACH)


#: How many years from the publication's a year before a counted noun may be that noun's year ("the 2019 calls").
MODIFIER_REACH = 6


#: A whole year after a preposition of time ("in 2023", "during 2022"), not a financial year ("in 2022/23").
_WHOLE_YEAR = re.compile(rf"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout)\s(?P<y>{YEAR})\b(?![/\u2013-]\d)")
#: A year named as that of a part of it: after a month's name or "half of", "quarter of", "months of".
_PART_OF_YEAR = re.compile(rf"(?:\b(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)[a-z]{{0,6}}\.?"
                           rf"|\b(?:half|quarter|months)\s(?:of|in))\s(?P<y>{YEAR})\b")


def years_named(text: str) -> frozenset[int]:
    """The whole years an article names after a preposition of time ("in 2023") and never as a part's year."""
    whole = {int(m["y"]) for m in _WHOLE_YEAR.finditer(text)}
    return frozenset(whole - {int(m["y"]) for m in _PART_OF_YEAR.finditer(text)})


@lru_cache(maxsize=1)
def _all_words() -> frozenset[str]:
    """Every word some pattern of the scan needs (:mod:`~pipeline.extract.required_words`)."""
    pats = patterns()
    return frozenset().union(*pats.words.values(), *pats.relative_words, *pats.event_words)


def scan(text: str, published: Optional[datetime.date], default_year: Optional[int],
         named: frozenset[int] = frozenset()) -> list[PeriodMention]:
    """The period mentions of ``text``; ``named``: the years its article names elsewhere (:func:`years_named`)."""
    pats = patterns()
    masked = [m.span() for m in _MASK.finditer(text)]
    sentences = sentence_spans(text)
    cands: list[Candidate] = []
    present = {"month": pats.any_month.search(text) is not None, "year": pats.any_year.search(text) is not None}
    words = words_present(_all_words(), lowered_for(text))  # the text searched once for every pattern's words
    for name, rx in pats.absolute:
        if not all(present[need] for need in pats.needs[name]) or not may_match_present(pats.words[name], words):
            continue  # a pattern that needs a month's name, a year or a word cannot match a text without one
        for match in rx.finditer(text):
            cand = absolute_candidate(name, match, pats, published, default_year)
            if cand is not None:
                cands.append(cand)
    for (rx, role, rel), needs in zip(pats.relative, pats.relative_words):
        if not may_match_present(needs, words):
            continue
        for match in rx.finditer(text):
            period = published_period(rel, published) if published and rel in PUBLISHED_RELATIVE else None
            if rel == "last_n_years" and published:
                period = years_back(years_counted(match.group()), published)
            cands.append(Candidate(match.start(), match.end(), period, role, rel, "relative"))
    for (rx, period), needs in zip(pats.events, pats.event_words):
        if not may_match_present(needs, words):
            continue
        for match in rx.finditer(text):
            cands.append(Candidate(match.start(), match.end(), period, kind="event", has_prep=True))
    for match in pats.year.finditer(text):
        # "for 2000 people" is a count; "In 2022 calls rose" a year, as numbers.py reads it
        if not pats.count_noun.match(text, match.end()) or YEAR_PREPOSITION.search(text[max(0, match.start() - 12):match.start()]):
            cands.append(Candidate(match.start(), match.end(), year_period(int(match["y"])), kind="year"))
        elif year_modifies_noun(text, match.start("y"), match.end("y"), named,
                                published.year if published else default_year):
            # "of the 2023 contacts", "its 2022 calls": the year its noun's figures are of, as after a preposition
            cands.append(Candidate(match.start(), match.end(), year_period(int(match["y"])), kind="year", has_prep=True))
    for match in _YEAR_THEN_FIGURE.finditer(text):  # "Since 2002 10,407 people have called"
        cands.append(Candidate(match.start("y"), match.end("y"), year_period(int(match["y"])), kind="year"))
    cands = [c for c in cands if not any(s < c.end and c.start < e for s, e in masked)]
    chosen: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        if chosen and cand.start < chosen[-1].end:
            continue
        if attach_role(cand, text, pats, sentences, chosen):
            chosen.append(cand)
    chosen = following_months(periods_to_date(dated_events(chosen, text, published), text, published), text, sentences, pats)
    chosen = months_of_named_year(chosen, text, sentences)
    chosen = months_after_dated_month(chosen, text, sentences, published)
    chosen = between_dates(chosen, text)
    clauses: dict[Span, list[Span]] = {}  # per sentence, computed once (a long sentence has many mentions)
    return [mention_of(c, text, sentences, clauses) for c in chosen]
