"""A total against the parts listed after it in its sentence, or in the sentence beside it, whatever their nouns.

Papers give a total and break it down after a colon, or in the next sentence ("The line handled 90 cases in depth.
Of these, 82 were men worried about their own behaviour and eight were men who had been harmed."), or list the
parts first and add them up after.  The parts are every count of the neighbouring sentence that may
be a part of the total: smaller, of a measure the total's comparison may mix (or of no known measure:
"eight men"), of a period and place that do not exclude the total's.  Taking every such count of the
sentence, not a chosen few, keeps the rule from finding a sum by luck; and since whether the sentence
names every part is not known, only agreement is a verdict: a sum that misses the total leaves no check.
:mod:`pipeline.check.channel_sums` does the same for a total of a helpline's use and its channels; this
rule stands aside where that one, a breakdown by place or a listed sum applies.
"""
from __future__ import annotations

import bisect
from decimal import Decimal
from typing import Optional

from pipeline.check.channel_sums import CHANNELS, channel_sum
from pipeline.check.channel_sums import TOTAL as CONTACTS_TOTAL
from pipeline.check.evidence import APART, BOUNDED, MAX_LISTED, Evidence, is_number, mix, period_match, region_match
from pipeline.check.tolerances import Tolerances
from pipeline.check.verdicts import Verdict, check_sum
from pipeline.extract.inheritance import akin
from pipeline.records import Count

#: How many of the far sentences (nearest first) are read for a list of parts: an article of a thousand figures
#: is not searched through for a sum.
FAR_SENTENCES = 10
#: A total read against a far list needs at least this many parts, or to be at least ``FAR_TOTAL``:
#: "12 staff" and "5 hubs and 7 clinics" add up by coincidence.
FAR_PARTS = 3
FAR_TOTAL = 100


def _channel_of_contacts(part: str, total: str) -> bool:
    """Whether a count of ``part`` may be one channel of a total of ``total``: contacts are people or contacts via
    the helpline and/or the self-help website together (ANNOTATION.md decision 4), so a website's sessions are one of
    a contacts total's parts beside its calls, though no comparison mixes the two (the channels of
    :mod:`pipeline.check.channel_sums`)."""
    return total == CONTACTS_TOTAL and part in CHANNELS


def _part(count: Count, total: Count) -> bool:
    """A count that may be a part of the total: a plain figure smaller than it, of a measure the total's
    comparison may mix or of none, of a period and a place that do not exclude the total's."""
    if count is total or count.difference or count.rate != total.rate or not is_number(count.value) \
            or count.value <= 0 or count.value >= total.value or count.qualifier == "vague":
        return False
    if not (mix(count.measure, total.measure) or _channel_of_contacts(count.measure, total.measure)):
        return False
    if period_match(count.period_start, count.period_end, total.period_start, total.period_end) == APART:
        return False
    return region_match(count.regions, total.regions) != APART


#: The public name of the test of a part, for the rules that find parts by their words (:mod:`pipeline.check.worded_sums`).
part_of = _part


def _neighbours(total: Count, ev: Evidence) -> list[tuple[int, int]]:
    """The sentence right after the total's, then the one right before it, among the sentences that hold a fact."""
    return [s for s in (ev.neighbour(total.sentence, 1), ev.neighbour(total.sentence, -1)) if s is not None]


def _far_lists(total: Count, ev: Evidence) -> list[tuple[int, int]]:
    """For an exact total, the other sentences of the article that hold two counts or more, nearest first (at
    most ``FAR_SENTENCES``): a list of parts may come paragraphs before or after its total ("Calls from Kent:
    41 in May and 37 in June ... In all, 78 calls came from Kent"); an exact sum of every part of one sentence
    is no coincidence.  A rounded total ("almost half a million") agrees with too many lists to be judged on a
    far one, and so does a total of no known measure or a small one (see :func:`_far_parts`)."""
    if total.qualifier != "exact" or total.measure == "other":
        return []
    key = ("adjacent_parts", "lists")
    if key not in ev.memo:
        ev.memo[key] = sorted(s for s, counts in ev.counts_by_sentence.items() if len(counts) >= 2)
    lists: list[tuple[int, int]] = ev.memo[key]
    near = {tuple(total.sentence), *_neighbours(total, ev)}
    i = bisect.bisect_left(lists, tuple(total.sentence))
    around = lists[max(0, i - FAR_SENTENCES - 3):i + FAR_SENTENCES + 3]  # the nearest, whichever side
    spans = [s for s in around if s not in near]
    return sorted(spans, key=lambda s: abs(s[0] - total.sentence[0]))[:FAR_SENTENCES]


def _far_parts(total: Count, parts: list[Count]) -> bool:
    """Parts from a far sentence that may make up the total: each of the total's own measure, and three of
    them at least or a total of ``FAR_TOTAL`` or more."""
    return all(p.measure == total.measure for p in parts) and (len(parts) >= FAR_PARTS or total.value >= FAR_TOTAL)


def sentence_parts(total: Count, span: tuple[int, int], ev: Evidence) -> list[Count]:
    """Every count of the sentence ``span`` that may be a part of the total, in text order (in the total's own
    sentence, the counts after it: "5,000 people got in touch: 3,000 by phone, 1,500 online and 500 by
    email"); none when one of them of the total's measure could not be (a larger figure, another year's:
    no list of parts) or fewer than two can."""
    own = span == tuple(total.sentence)
    if len(ev.counts_in(span)) > MAX_LISTED:
        return []
    counts = [c for c in ev.counts_in(span) if not c.difference and (not own or c.start > total.end)]
    parts = [c for c in counts if _part(c, total)]
    chosen = {id(c) for c in parts}
    rivals = [c for c in counts if id(c) not in chosen and c.measure != "other" and akin(c.measure, total.measure)]
    return parts if len(parts) >= 2 and not rivals else []


def adjacent_sum(total: Count, ev: Evidence, tol: Tolerances) -> Optional[tuple[list[Count], Verdict]]:
    """The parts listed in a sentence beside a total and the verdict of their sum, when they add up to it;
    else ``None`` (and ``None`` where a channel sum, a breakdown by place or listed parts judge the total)."""
    if total.qualifier not in BOUNDED or not is_number(total.value) or total.value <= 0 or total.parts \
            or total.difference or len(total.regions or []) > 1 or ev.breakdown(total) \
            or channel_sum(total, ev, tol) is not None:
        return None
    near = [tuple(total.sentence), *_neighbours(total, ev)]
    for span in [*near, *_far_lists(total, ev)]:
        parts = sentence_parts(total, span, ev)
        if not parts or (span not in near and not _far_parts(total, parts)):
            continue
        v = check_sum(Decimal(repr(total.value)), total.qualifier,
                      [(Decimal(repr(p.value)), p.qualifier) for p in parts], tolerances=tol)
        if v.verdict == "consistent":
            return parts, v
    return None
