"""A total of a helpline's use against its channels stated in the sentences after it, or after the headline.

"Lifeline received more than one million requests for help. Throughout 2015 the line took 977,503
calls ... It also received 44,470 chat requests." and a headline's "Over 13,500 people seek help"
over "1,615 people called the helpline, and 12,057 visited the website": the channels (one count
of each kind of use: calls, website visits, chats) in the first sentence after the total that
states a channel, and the sentence right after it, add up to the total.  The parts are derived
(ANNOTATION.md, decision 10: inputs may be derived totals); whether the text names every channel is
not known, so only agreement is a verdict: a sum that misses the total leaves no check.
"""
from __future__ import annotations

import bisect
from decimal import Decimal
from typing import Optional

from pipeline.check.evidence import ADJACENT, APART, MAX_LISTED, Evidence, is_number, period_match, region_match
from pipeline.check.verdicts import Verdict, check_sum
from pipeline.check.tolerances import Tolerances
from pipeline.records import Count

#: The measure of a total of every kind of use, and the measures of its channels.
TOTAL = "helpline_contacts"
CHANNELS = ("helpline_calls", "helpline_contacts", "website_users")


def _fits(part: Count, total: Count) -> bool:
    """A count that may be a channel of the total: exact, smaller, of its period and place, no rate."""
    if part is total or part.qualifier != "exact" or part.difference or part.rate != total.rate \
            or part.measure not in CHANNELS or not is_number(part.value) or part.value >= total.value:
        return False
    if period_match(part.period_start, part.period_end, total.period_start, total.period_end) == APART:
        return False
    return region_match(part.regions, total.regions) != APART


def _by_start(ev: Evidence) -> tuple[list[Count], list[int]]:
    """The record's counts in text order and their starts, sorted once per record."""
    key = ("channel_sums", "by_start")
    if key not in ev.memo:
        ordered = sorted(ev.record.counts, key=lambda c: c.start)
        ev.memo[key] = ordered, [c.start for c in ordered]
    return ev.memo[key]


def channels(total: Count, ev: Evidence) -> list[Count]:
    """The first count of each channel in the first sentence after the total that states one, and the
    sentence right after that one; none unless two channels at least.  Reads the counts after the total's
    sentence up to those that may hold its channels (at most :data:`~pipeline.check.evidence.MAX_LISTED` counts
    before the first channel; a headline of more counts than that is no headline), not every later count of the page."""
    ordered, starts = _by_start(ev)
    after = bisect.bisect_right(starts, max(total.end, total.sentence[1] - 1))  # the first count after its sentence
    headline = _opening(total) and len(ev.counts_in(total.sentence)) <= MAX_LISTED
    first = None
    for at in range(after, len(ordered)):
        c = ordered[at]
        if not headline and (at - after >= MAX_LISTED or c.sentence[0] - total.sentence[1] > ADJACENT):
            return []  # a total in the body is followed by its channels; one in the headline may come far before
        if _fits(c, total):
            first = c
            break
    if first is None:
        return []
    own = tuple(first.sentence)
    found: dict[str, Count] = {}
    for c in ordered[at:at + 2 * MAX_LISTED]:  # its sentence and the next (earlier counts of its sentence did not fit)
        if c.sentence[0] > own[1] + ADJACENT:
            break
        if (tuple(c.sentence) == own or c.sentence[0] >= own[1]) and _fits(c, total):
            found.setdefault(c.measure, c)
    return sorted(found.values(), key=lambda c: c.start) if len(found) >= 2 else []


def _opening(total: Count) -> bool:
    """The total is in the text's first sentence: the headline."""
    return total.sentence[0] == 0


def channel_sum(total: Count, ev: Evidence, tol: Tolerances) -> Optional[tuple[list[Count], Verdict]]:
    """The channels of a total of use and the verdict of their sum, when they add up to it; else ``None``."""
    if total.measure != TOTAL or not is_number(total.value) or total.parts or total.difference \
            or len(total.regions or []) > 1 or ev.breakdown(total):
        return None
    parts = channels(total, ev)
    if not parts:
        return None
    v = check_sum(Decimal(repr(total.value)), total.qualifier,
                  [(Decimal(repr(p.value)), p.qualifier) for p in parts], tolerances=tol)
    return (parts, v) if v.verdict == "consistent" else None
