"""Whether two counts may be the pair a stated change compares: one thing, one rate, in time order.

The tests :func:`pipeline.check.percentage_checks.percentage_check` puts a found pair through before it judges
a change on it: both counts in the change's own sentence, of one thing counted twice, of one rate, a pair the
extractor linked, a plain pair of one measure, a count dated as the change's base.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.check.evidence import SAME, Evidence, period_match
from pipeline.check.group_pairs import has_own_noun
from pipeline.extract.measures import lexicon
from pipeline.records import Count, Percentage

#: After a count of a plain pair: its noun at most, then its time or the clause's end ("300 calls in 2022",
#: "1,300 calls in 2021 -", "300 in March 2022,"), not a group or another noun ("240 calls from men in 2021").
_PLAIN_AFTER = re.compile(r"(?:\s{1,3}[a-z]{2,20})?(?:\s{1,3}(?:in|during|over|for|last|this)\b|\s{0,3}[,;:.\u2013\u2014-])")


def plain_pair(old: Count, new: Count, ev: Evidence) -> bool:
    """Two counts of one measure each followed by its time at most ("240 calls in 2021 compared to 300 in 2022"),
    so that read in time order they are one thing's: "240 calls in 2021 compared to 300 texts" (two measures) or
    "240 calls from men ... 300 from women" (two groups) are another comparison."""
    text = ev.text
    if not text or old.measure != new.measure:
        return False
    return all(_PLAIN_AFTER.match(text, c.end) for c in (old, new))


def in_its_sentence(pct: Percentage | Count, old: Count, new: Count) -> bool:
    """Both counts stand in the change's (or a difference's) own sentence: its words, not a search or a link across sentences, tie
    them to it.  Papers misprint a change by a little (a truncation, a wrong base); a change that misses two
    counts of other sentences by more than a quarter (``gross_rel``) is far more often set against the wrong
    pair (another year's, another place's, a part's)."""
    return tuple(old.sentence) == tuple(new.sentence) == tuple(pct.sentence)


def alike(old: Count, new: Count, pct: Optional[Percentage] = None) -> bool:
    """Whether two counts of a change may count the same thing: one sentence, a known measure, or one noun.

    Two counts of no known measure (``other``) from different sentences, with different nouns or none,
    are no pair a verdict may rest on; but a figure whose own words name no thing at all ("The figure for Devon
    in the last six months of 2023 was 410, meaning the increase was 71 per cent") that the change's own words
    link to it is a figure of what the change compares (:func:`_linked_bare`)."""
    if tuple(old.sentence) == tuple(new.sentence) or "other" not in (old.measure, new.measure):
        return True
    if pct is not None and (_linked_bare(pct, old, new) or _linked_bare(pct, new, old)):
        return True
    return old.unit is not None and old.unit == new.unit


def _linked_bare(pct: Percentage, bare: Count, other: Count) -> bool:
    """``bare`` is a figure of no measure and no noun of its own, linked by the extractor to the change ``pct``
    as one of its two counts, beside a count of a known measure: the change's words tie it to that thing."""
    return bare.measure == "other" and bare.unit is None and other.measure != "other" \
        and bare.id in (pct.count_ref, pct.base_count_ref)


def one_rate(old: Count, new: Count, ev: Evidence) -> bool:
    """Whether two counts of a change are of one rate: the same, or a rate written once for two figures side by
    side in one sentence ("242 calls a month, up from 220"; "from 220 to 242 calls a month"), with no other count
    between them, unless the figure without the rate comes first with a noun of its own ("240 calls in 2021 and 300
    calls a month in 2022": a total and a rate)."""
    if old.rate == new.rate:
        return True
    if None not in (old.rate, new.rate) or tuple(old.sentence) != tuple(new.sentence):
        return False
    plain, rated = (old, new) if old.rate is None else (new, old)
    if plain.start < rated.start and has_own_noun(plain):
        return False  # "240 calls in 2021 and 300 calls a month in 2022": a total, then a rate of its own
    low, high = sorted((old.start, new.start))
    return not any(low < c.start < high for c in ev.counts_in(old.sentence))


def linked_pair(pct: Percentage, old: Count, new: Count) -> bool:
    """The extractor linked the change to both counts, written in one sentence: a pair the text compares
    ("rose from 431 to 481 at half-year, a rise of 10%"; "11 per cent higher, up to 481 from 431"), whatever
    one period both took."""
    return pct.base_count_ref == old.id and pct.count_ref == new.id and tuple(old.sentence) == tuple(new.sentence) \
        and old.start != new.start


def own_thing(count: Count) -> bool:
    """A count of no measure with a noun of its own that is no known unit ("12 casinos"): a change the
    extractor did not link to it is not taken to be about it by the search of the checks."""
    units = lexicon()["units"]
    return count.measure == "other" and bool(count.unit) and count.unit not in units \
        and count.unit not in set(units.values())


def dated_as_base(count: Count, pct: Percentage) -> bool:
    """The count's period is the change's base period, not its own."""
    base = period_match(pct.base_period_start, pct.base_period_end, count.period_start, count.period_end)
    own = period_match(pct.period_start, pct.period_end, count.period_start, count.period_end)
    return base == SAME and own != SAME
