"""Which two periods a claim compares, among the one figure per period the resolver found for its measure and place
(:mod:`pipeline.check.period_pairs`).

The claim's own period and base period when the article gives a figure of each; else the one pair as far apart as its
words say ("trebled in two years", :mod:`pipeline.check.claim_spans`); else the two latest periods of one length.  A
claim is dated as its own words date it (:func:`words_dated_pair`): one whose sentence holds no figure and names no
time ("The increase - 18% - was smaller than hoped") is about the two latest periods of its measure, when they follow
one another, whatever period the figure beside it lent it; both verdicts only when its sentence opens with words that
point back at what was just told.
"""
from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import Optional, Union

from pipeline.check.claim_spans import span_before, span_months
from pipeline.check.evidence import Evidence
from pipeline.check.multiplier_pairs import check_words
from pipeline.extract.clauses import clause_words
from pipeline.records import Count, Multiplier, Percentage

Claim = Union[Percentage, Multiplier]
Period = tuple[str, str]

#: How many days two periods may differ in length and still be "of one length" (months of 28 to 31 days).
LENGTH_SLACK = 4
#: How a pair found by the claim's own period and base period is described.
OWN_PERIODS = "the figures of its period and its base period"


def _days(period: Period) -> int:
    start, end = (date.fromisoformat(d[:10]) for d in period)
    return (end - start).days


def _latest_two(figures: dict[Period, Optional[Count]], length: Optional[int]) -> Optional[tuple[Period, Period]]:
    """The latest period of one length and the latest of that length ending before it begins; with no ``length``
    (a claim that names no period) only when the figures give exactly two periods of one length: a run of years
    ("400 in 2014 ... 700 in 2015 ... 1,000 in 2017") holds several comparisons an undated change may state."""
    periods = sorted(figures, key=lambda p: (p[1], p[0]))
    undated = length is None
    if undated and periods:
        length = _days(periods[-1])
    same = [p for p in periods if abs(_days(p) - length) <= LENGTH_SLACK]
    if len(same) < 2 or (undated and len(same) > 2):
        return None
    later = same[-1]
    earlier = [p for p in same if p[1] < later[0]]
    return (earlier[-1], later) if earlier else None


#: A time the words of a sentence name: a year, or a word of a period ("last year", "the six months to March").
_NAMES_TIME = re.compile(r"\b(?:19|20)\d\d\b|\b(?:year|month|week|period|annual|annually|quarter|half|"
                         r"january|february|march|april|may|june|july|august|september|october|november|december)s?\b",
                         re.I)


#: Words right after a change that say whom or what it is of ("up 25 per cent among men", "of 30% in calls from").
_OF_ANOTHER = re.compile(r"[\s,\u2013\u2014-]{0,4}(?:among|amongst|in|of|for|from|across)\b", re.I)


def _as_its_words_date(claim: Claim, ev: Evidence) -> Claim:
    """The claim with the periods its own words give: none when its sentence holds no figure and names no time
    ("The increase - 18% - was smaller than expected."), whatever period the figure beside it lent it, and no words
    after it say whom or what it is of ("up 25 per cent among men"); such a claim is about the two latest periods of
    its measure, as one that names none."""
    if not ev.text or not claim.period_start or ev.counts_in(tuple(claim.sentence)) \
            or _NAMES_TIME.search(ev.text, claim.sentence[0], claim.sentence[1]) \
            or _OF_ANOTHER.match(ev.text, claim.end, claim.sentence[1]):
        return claim
    return dataclasses.replace(claim, period_start=None, period_end=None, base_period_start=None,
                               base_period_end=None)


def words_dated_pair(claim: Claim, figures: dict[Period, Optional[Count]],
                     ev: Evidence) -> Optional[tuple[Optional[Count], Optional[Count], str, bool]]:
    """:func:`dated_pair` of the claim as its words date it (:func:`_as_its_words_date`), which only adds to what the
    periods the extractor gave find: a claim read as naming no time takes only two periods that follow one another
    (1,200 in 2017 and 1,800 in 2020 are three years apart: "That is a 40 per cent increase" may be of any span), and
    its disagreement is a verdict when its words point back; a pair its given periods find stands as they find it."""
    span = span_months(claim, ev)
    given = dated_pair(claim, figures, span)
    if given is None and span is not None:
        given = _dated_by_its_base(claim, figures, span, ev)
    undated = _as_its_words_date(claim, ev)
    if undated is claim:
        return given
    pair = dated_pair(undated, figures, span)
    if pair is None or pair[0] is None or pair[1] is None:
        return given
    earlier, later = pair[0], pair[1]
    gap = (date.fromisoformat(later.period_start[:10]) - date.fromisoformat(earlier.period_end[:10])).days
    found = given is not None and given[0] is not None and given[1] is not None
    if gap != 1 or (found and (given[0] is not earlier or given[1] is not later or given[3])):
        return given  # another span, another pair, or one the given periods already decide
    return earlier, later, pair[2], pair[3] and points_back(claim, ev)


#: How a pair found by the span after a claim dated by its base is described.
FROM_ITS_BASE = "its sentence's figure as the base and the one as far on as its words say"


def _dated_by_its_base(claim: Claim, figures: dict[Period, Optional[Count]], span: int,
                       ev: Evidence) -> Optional[tuple[Count, Count, str, bool]]:
    """A claim of a span ("doubled in twelve months") dated by the figure its own sentence gives, which is its base
    ("It had 289 contacts in 2023, so the figure more than doubled in twelve months"): no figure stands the span
    before that period, one stands the span after it, and that later figure is the claim's (a change belongs to the
    later period, its base to the earlier).  The later figure is found by the date alone, so agreement only;
    ``None`` otherwise."""
    own = (claim.period_start, claim.period_end) if claim.period_start and claim.period_end else None
    base = figures.get(own) if own else None
    if base is None or tuple(base.sentence) != tuple(claim.sentence) or span_before(own, span, list(figures)):
        return None
    later = [p for p in figures if p != own and span_before(p, span, [own]) == own]
    if len(later) != 1 or figures[later[0]] is None:
        return None
    return base, figures[later[0]], FROM_ITS_BASE, False


def points_back(claim: Claim, ev: Evidence) -> bool:
    """The claim's sentence opens with words that point at what was just told: "That is ...", "The figure is up
    ...", "The increase - 18% - ..." (``clauses.json`` ``referring_openers``, ``referring_subjects``,
    ``check_words.json`` ``change_subjects``)."""
    words = clause_words()
    opening = " ".join(re.findall(r"[a-z']+", ev.text[claim.sentence[0]:claim.sentence[0] + 40].lower()
                                  .replace("\u2019", "'")))
    first = opening.split(" ", 1)[0] if opening else ""
    subjects = (*words["referring_subjects"], *check_words()["change_subjects"])
    return first in words["referring_openers"] or any(opening == w or opening.startswith(w + " ") for w in subjects)


def _aligned(base: Period, own: Period) -> bool:
    """Whether a base period and a claim's own are the ones a change compares: the same days of their years
    (2023 and 2024, the year to March 2023 and to March 2024, a quarter and the same quarter a year before) or one
    right after the other (the first half and the second); calendar 2021 and the year to March 2023 are neither (a
    claim dated by the financial year before it, "a rise on 2021", compares no such pair)."""
    follows = (date.fromisoformat(own[0][:10]) - date.fromisoformat(base[1][:10])).days == 1
    return follows or base[0][5:10] == own[0][5:10]


def dated_pair(claim: Claim, figures: dict[Period, Optional[Count]],
               span: Optional[int]) -> Optional[tuple[Optional[Count], Optional[Count], str, bool]]:
    """The pair of ``figures`` the claim's periods, or the span its words name, point at."""
    own = (claim.period_start, claim.period_end) if claim.period_start and claim.period_end else None
    base = (claim.base_period_start, claim.base_period_end) \
        if claim.base_period_start and claim.base_period_end else None
    if own in figures and base in figures:
        if figures[own] is None or figures[base] is None or not base[1] < own[0] or not _aligned(base, own):
            return None
        return figures[base], figures[own], OWN_PERIODS, True
    if span is not None:  # "trebled in two years": its own period's figure, or the one pair that span apart
        ends = [own] if own in figures else ([] if own else list(figures))
        pairs = [(earlier, later) for later in ends for earlier in [span_before(later, span, list(figures))] if earlier]
        if len(pairs) != 1:
            return None  # none that span apart (then not the two latest either), or a run holding several
        earlier, later = pairs[0]
        return figures[earlier], figures[later], "the figures as far apart as its words say", True
    if own is None and base is not None:  # "up 30% on 2022", "since January": the base named, the later figure not
        latest = _latest_two(figures, _days(base))
        if latest is None or latest[0] != base or figures[base] is None or figures[latest[1]] is None:
            return None
        return figures[base], figures[latest[1]], "its base period's figure and the latest after it", True
    latest = _latest_two(figures, _days(own) if own else None)
    if latest is None or (own is not None and own not in latest):
        return None
    earlier, later = figures[latest[0]], figures[latest[1]]
    if own is None:
        return earlier, later, "the figures of the two latest periods of its measure", True
    if own == latest[1]:  # a base period the words name with no figure of its own: the earlier is no base of it
        return (earlier, later, "its period's figure and the one before it", True) if base is None else None
    return earlier, later, "the two latest figures of its measure, its period the earlier", False
