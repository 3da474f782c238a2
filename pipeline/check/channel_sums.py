"""A total of a helpline's use against its channels stated in the sentences after it, or after the headline.

"Lifeline received more than one million requests for help. Throughout 2015 the line took 977,503
calls ... It also received 44,470 chat requests." and a headline's "Over 13,500 people seek help"
over "1,615 people called the helpline, and 12,057 visited the website": the channels (one count
of each kind of use: calls, website visits, chats, emails, texts) add up to the total.  The parts are
derived (ANNOTATION.md, decision 10: inputs may be derived totals, online + phone added up).

A total in the body takes its channels from the run of fact sentences right after it (at most
:data:`RUN_SENTENCES`, only white space between them: a sentence with no figure ends the run); a
headline's from the first sentence after it that states a channel and the run after that one.  A
channel is what a count's words name (:mod:`pipeline.check.channel_words`: "9,874 calls", "Text
conversations grew ..., from 1,204 to 2,950", "Of them, 270 rang the helpline"), not its measure: one
count of each, the first, never two of one channel, never a change's base beside its later figure, never a count
whose own noun list names several channels ("3,950 calls and webchats": their whole, unless the total lists more),
none when a larger count of its period between the total and the parts may be their whole instead (:func:`_rival`),
unless that count is the total told again (:func:`_restates`: 3,950 under a headline's "almost 4,000").
A part is exact, smaller than the total, of its period (a total "a year" with no period takes a year's
parts), of its place or none, at its rate.

Agreement is a verdict (a total "more than N" only up to a quarter above N: far above, the parts are
of something else).  A miss is one ("inconsistent") only when no channel can be missing: the total's
own words list its channels and the parts name every one ("3,400 calls, texts and emails"), or the
parts exceed a total bounded above ("almost 13,000", an exact total) by no more than
:data:`EXCESS_SHARE` of it, which no left-out channel explains.  Else no check.
"""
from __future__ import annotations

import bisect
import dataclasses
from decimal import Decimal
from fractions import Fraction
from typing import Optional

from pipeline.check.channel_words import part_channels, total_channels
from pipeline.check.evidence import APART, MAX_LISTED, Evidence, is_number, period_match, region_match
from pipeline.check.verdicts import Verdict, check_sum
from pipeline.check.tolerances import Tolerances
from pipeline.records import Count

#: The measure of a total of every kind of use, and the measures of its channels.
TOTAL = "helpline_contacts"
CHANNELS = ("helpline_calls", "helpline_contacts", "website_users")


#: How many fact sentences after a total in the body may hold its channels.
RUN_SENTENCES = 4
#: How far above a total bounded above its channels may add up and still be a misstatement of it (a share of it).
EXCESS_SHARE = Fraction(1, 10)
#: How near the parts' sum a count between them and the total must be to be their whole instead (a share of the sum).
RIVAL_SHARE = Fraction(1, 4)
#: Qualifiers of a total bounded above: parts above it are a miss no left-out channel explains.
_BOUNDED_ABOVE = ("exact", "about", "nearly")


def _yearly(total: Count) -> bool:
    """A total "a year" that names no period ("now handles almost 13,000 contacts a year"): a year's parts."""
    return total.rate == "per_year" and not total.period_start and not total.period_end


def _fits(part: Count, total: Count) -> bool:
    """A count that may be a channel of the total: exact, smaller, of its period, place and rate."""
    if part is total or part.qualifier != "exact" or part.difference or part.measure not in CHANNELS \
            or not is_number(part.value) or part.value >= total.value:
        return False
    if part.rate != total.rate and not (_yearly(total) and part.rate is None):
        return False
    if period_match(part.period_start, part.period_end, total.period_start, total.period_end) == APART:
        return False
    if total.regions and part.regions and not set(part.regions) <= set(total.regions):
        # a place within the total's is its part by place, not by channel ("In Wales, the helpline took 1,100
        # calls" under the UK's total); a headline's total names its place loosely
        return _opening(total) and region_match(part.regions, total.regions) != APART
    return True


def _bases(ev: Evidence) -> frozenset[str]:
    """The counts a change compares its later figure with ("from 1,204 to 2,950": 1,204), once per record."""
    key = ("channel_sums", "bases")
    if key not in ev.memo:
        facts = [*ev.record.percentages, *ev.record.multipliers]
        ev.memo[key] = frozenset(f.base_count_ref for f in facts if f.base_count_ref and f.count_ref)
    return ev.memo[key]


def _by_start(ev: Evidence) -> tuple[list[Count], list[int]]:
    """The record's counts in text order and their starts, sorted once per record."""
    key = ("channel_sums", "by_start")
    if key not in ev.memo:
        ordered = sorted(ev.record.counts, key=lambda c: c.start)
        ev.memo[key] = ordered, [c.start for c in ordered]
    return ev.memo[key]


def _run(span: tuple[int, int], ev: Evidence, *, own: bool) -> list[Count]:
    """The counts of the fact sentences right after ``span`` (and of ``span`` itself when ``own``), white space only
    between them: at most :data:`RUN_SENTENCES` sentences after and 2 * :data:`~pipeline.check.evidence.MAX_LISTED`
    counts."""
    found: list[Count] = list(ev.counts_in(span)[:MAX_LISTED]) if own else []
    for _ in range(RUN_SENTENCES):
        span = ev.neighbour(span, 1)
        if span is None:
            break
        found += ev.counts_in(span)[:MAX_LISTED]
    return found[:2 * MAX_LISTED]


def _headline_start(total: Count, ev: Evidence) -> Optional[tuple[int, int]]:
    """The sentence of the first count that fits a headline's total (at most MAX_LISTED counts on)."""
    ordered, starts = _by_start(ev)
    after = bisect.bisect_right(starts, max(total.end, total.sentence[1] - 1))
    for at in range(after, min(after + MAX_LISTED, len(ordered))):
        if _fits(ordered[at], total):
            return tuple(ordered[at].sentence)
    return None


def channels(total: Count, ev: Evidence, tol: Tolerances) -> list[Count]:
    """The first count of each channel after the total (see the module's doc), in text order; none unless two."""
    headline = _opening(total) and len(ev.counts_in(total.sentence)) <= MAX_LISTED
    start = _headline_start(total, ev) if headline else tuple(total.sentence)
    near = _run(start, ev, own=headline) if start is not None else []
    bases = _bases(ev)
    whole = total_channels(total, ev.text or "")
    found: list[tuple[Count, frozenset[str]]] = []
    for c in near:
        if not _fits(c, total) or c.id in bases:
            continue
        listed = total_channels(c, ev.text or "")
        if listed and not listed < whole:
            continue  # "3,950 calls and webchats": a whole of the channels it lists, no one channel's part
        named = listed or part_channels(c, ev) or _measure_channel(c)
        if not named or any(named & other for _, other in found):
            continue  # no channel, or one already found: the first of each
        if found and period_match(c.period_start, c.period_end, found[0][0].period_start,
                                  found[0][0].period_end) == APART:
            continue  # parts of two periods are no one total's
        found.append((c, named))
    parts = [c for c, _ in found]
    if len(parts) < 2 or any(_rival(c, total, parts, bases, tol) for c in near if c.start < parts[-1].start):
        return []
    return parts


def _rival(c: Count, total: Count, parts: list[Count], bases: frozenset[str], tol: Tolerances) -> bool:
    """A count between the total and its last part that may be the parts' whole instead: larger than each, near
    their sum (within :data:`RIVAL_SHARE` of it), of the total's period, no part, no change's base, and not the
    total told again (:func:`_restates`) ("Of the 620, 210 called ..."): the parts are the nearer whole's."""
    return c is not total and c.qualifier in ("exact", "about") and not c.difference and c.id not in bases \
        and not any(c is p for p in parts) and is_number(c.value) and all(c.value > p.value for p in parts) \
        and abs(c.value - sum(p.value for p in parts)) <= sum(p.value for p in parts) * RIVAL_SHARE \
        and period_match(c.period_start, c.period_end, total.period_start, total.period_end) != APART \
        and not _restates(c, total, tol)


def _restates(c: Count, total: Count, tol: Tolerances) -> bool:
    """Whether ``c`` is the total told again, more exactly: of its measure and place, and a value its qualifier allows
    ("3,950 calls and webchats" in the body under a headline's "almost 4,000 calls and chats"; "3,050 people" under
    "top 3,000").  The parts of the one are the other's: the total is no rival of itself."""
    return c.measure == total.measure and c.rate == total.rate \
        and region_match(c.regions, total.regions) != APART \
        and check_sum(Decimal(repr(total.value)), total.qualifier, [(Decimal(repr(c.value)), "exact")],
                      tolerances=tol).verdict == "consistent"


def _measure_channel(c: Count) -> frozenset[str]:
    """A count's channel from its measure when its words name none: a helpline's calls, a website's users."""
    return frozenset({"phone"}) if c.measure == "helpline_calls" else \
        frozenset({"website"}) if c.measure == "website_users" else frozenset()


def _opening(total: Count) -> bool:
    """The total is in the text's first sentence: the headline."""
    return total.sentence[0] == 0


def channel_sum(total: Count, ev: Evidence, tol: Tolerances) -> Optional[tuple[list[Count], Verdict]]:
    """The channels of a total of use and the verdict of their sum (see the module's doc); else ``None``."""
    if total.measure != TOTAL or not is_number(total.value) or total.parts or total.difference \
            or len(total.regions or []) > 1 or ev.breakdown(total):
        return None
    parts = channels(total, ev, tol)
    if not parts:
        return None
    v = check_sum(Decimal(repr(total.value)), total.qualifier,
                  [(Decimal(repr(p.value)), p.qualifier) for p in parts], tolerances=tol)
    stated = Fraction(repr(total.value))
    if v.verdict == "consistent":
        if total.qualifier not in _BOUNDED_ABOVE and v.computed is not None \
                and v.computed > stated * (1 + tol.gross_rel):
            return None  # "more than 5,000" against 40,000 website visits and calls: parts of something else
        return parts, v
    if v.verdict != "inconsistent" or v.computed is None:
        return None
    listed = total_channels(total, ev.text or "")
    if listed and listed == frozenset().union(*(part_channels(p, ev) or _measure_channel(p) for p in parts)):
        return parts, dataclasses.replace(v, explanation=v.explanation
                                          + "; the parts are every channel the total names")
    if total.qualifier in _BOUNDED_ABOVE and stated < v.computed <= stated * (1 + EXCESS_SHARE):
        return parts, dataclasses.replace(v, explanation=v.explanation + "; the channels exceed it, which no channel "
                                          "left out explains")
    return None
