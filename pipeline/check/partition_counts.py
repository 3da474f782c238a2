"""Shares of one whole each restated by a count in brackets: the whole is the counts added up.

"58% of callers (870 callers) rang about ... The other 42% of callers (630 callers) rang about ...",
"Some 1,230 callers (68%) were men and 580 (32%) women": the shares add up to the whole and each names its
count beside it, so the whole is the sum of the counts (ANNOTATION.md decision 10: inputs may be derived
totals) and each share is its count over that sum.  A list is the shares, in text order, of sentences that
follow one another with no sentence without a figure between them, each with exactly one count in brackets
right after it (or right before it, the share in brackets), of one measure, adding up to 100 within their
rounding.  The whole is derived, so only agreement is a verdict.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.check.evidence import Evidence, is_number, mix, plain
from pipeline.records import Count, Percentage

#: Between a share and its count in brackets: "63% of victims (", "37 per cent (".
_TO_BRACKET = re.compile(r"[^()\d.;%]{0,40}\(\s{0,2}$")
#: Between a count and its share in brackets right after it: "1,230 callers (", "580 (".
_COUNT_TO_SHARE = re.compile(r"[^()\d.;%]{0,30}\(\s{0,2}$")


def _bracketed_count(share: Percentage, ev: Evidence) -> Optional[Count]:
    """The one count in brackets right after the share, or the count right before a share in brackets."""
    text = ev.text
    for c in ev.counts_in(share.sentence):
        if not plain(c) or c.qualifier != "exact":
            continue
        if c.start >= share.end and _TO_BRACKET.fullmatch(text, share.end, c.start):
            close = text.find(")", c.end, c.end + 40)  # "(870 callers)": the bracket holds the count alone
            if close != -1 and not any(ch.isdigit() for ch in text[c.end:close]):
                return c
        if c.end <= share.start and _COUNT_TO_SHARE.fullmatch(text, c.end, share.start):
            return c
    return None


def _lists(ev: Evidence) -> list[list[tuple[Percentage, Count]]]:
    """The runs of bracketed shares, in text order, of sentences that follow one another."""
    key = ("partition_counts", "lists")
    if key in ev.memo:
        return ev.memo[key]
    runs: list[list[tuple[Percentage, Count]]] = []
    current: list[tuple[Percentage, Count]] = []
    for share in sorted((p for p in ev.record.percentages if p.kind == "share"), key=lambda p: p.start):
        count = _bracketed_count(share, ev) if ev.text else None
        if count is None:
            if current:
                runs.append(current)
            current = []
            continue
        if current and tuple(current[-1][0].sentence) != tuple(share.sentence) \
                and (ev.neighbour(current[-1][0].sentence, 1) != tuple(share.sentence)):
            runs.append(current)
            current = []
        current.append((share, count))
    if current:
        runs.append(current)
    ev.memo[key] = runs
    return runs


def partition_whole(share: Percentage, ev: Evidence) -> Optional[tuple[Count, list[Count]]]:
    """``(part, parts)``: the share's own count and the counts of its list, whose sum is the whole; ``None``
    when the share is in no list of two or more bracketed shares adding up to 100."""
    for run in _lists(ev):
        if not any(p is share for p, _ in run) or len(run) < 2:
            continue
        values = [p.value for p, _ in run]
        counts = [c for _, c in run]
        if not all(is_number(v) for v in values) or abs(sum(values) - 100) > 0.5 * len(values) \
                or len({id(c) for c in counts}) != len(counts):
            return None
        if not all(mix(a.measure, b.measure) and a.rate == b.rate for a, b in zip(counts, counts[1:])):
            return None
        own = next(c for p, c in run if p is share)
        return own, counts
    return None
