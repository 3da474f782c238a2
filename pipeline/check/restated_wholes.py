"""Figures a sentence restates from the sentences before: "Of the 4,680 contacts, 3,210 were phone calls and 1,470
were online chats", "Nearly a third of the Fife contacts, 97 of the 302, came from ...".

The extractor keeps the first statement of a figure and no repeat of it, so a sentence that splits a whole it
restates by value holds its parts alone as counts.  The words still name that whole: a figure of the sentence that
is no fact of its own and has the value of a count stated before is that count, restated here
(:func:`restated_counts`: a copy of the earlier count at the figure's place, its id the earlier count's, so a check
cites the count the paper first stated).  Two uses:

- a sentence's opener restates the whole its counts split ("Of the 4,680 contacts,", "Out of its 2,300 calls,"):
  :func:`restated_whole`, judged by :mod:`pipeline.check.pointed_sums` like "Of those," (agreement a verdict; a near
  miss one only when the words split the whole in two, "while", "whereas");
- a share's sentence names its part and restates its whole ("97 of the 302"): the pair of
  :mod:`pipeline.check.sentence_shares`, under its rules.

Linear: one bounded pattern per sentence and a lookup of earlier counts by value, built once per record.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Optional

from pipeline.check.evidence import Evidence, is_number, plain
from pipeline.extract.number_values import parse_figure
from pipeline.records import Count

#: A figure of digits, grouped by commas or of two to nine digits, no percentage nor decimal ("4,680", "302").
_FIGURE = re.compile(r"(?<![\w.,\u00a3$\u20ac])(\d{1,3}(?:,\d{3}){1,3}|\d{2,9})"
                     r"(?![\w%\u2019']|[.,:/]\d|\s{0,2}(?:per\s{0,2}cent|percent|pc\b))", re.I)
#: A figure of four digits without a comma that may be a year: never read as a restated count.
_YEAR = re.compile(r"(?:19|20)\d\d")
#: The opener: "Of the 4,680 contacts,", "Out of its 2,300 calls,", "Of those 980 people,", "Of the 4,680," (a figure,
#: then at most five words of no figure, then a comma).  Bounded: every part is a fixed-width repeat.
_OPENER = re.compile(r"[\W_]{0,3}(?:out\s{1,3})?of\s{1,3}(?:the|those|these|its|their|all|all\s{1,3}the)\s{1,3}"
                     r"(\d{1,3}(?:,\d{3}){0,3}|\d{1,9})"
                     r"(?:\s{1,3}[A-Za-z][A-Za-z'\u2019-]{0,20}){0,5}\s{0,2},", re.I)


def _by_value(ev: Evidence) -> dict[float, list[Count]]:
    """The record's plain counts by value, in text order: built once per record."""
    key = ("restated_wholes", "by_value")
    if key not in ev.memo:
        index: dict[float, list[Count]] = {}
        for c in sorted(ev.record.counts, key=lambda c: c.start):
            if plain(c):
                index.setdefault(c.value, []).append(c)
        ev.memo[key] = index
    return ev.memo[key]


def counts_of_value(value: float, ev: Evidence) -> list[Count]:
    """The record's plain counts of ``value``, in text order (read through an index built once per record)."""
    return _by_value(ev).get(value, [])


def _earlier(value: float, before: int, ev: Evidence) -> Optional[Count]:
    """The nearest plain count of ``value`` that ends before offset ``before``."""
    found = _by_value(ev).get(value, [])
    i = bisect.bisect_left([c.end for c in found], before + 1)
    return found[i - 1] if i else None


def restated_counts(span: tuple[int, int], ev: Evidence) -> list[Count]:
    """The counts stated before that the sentence ``span`` restates by a figure which is no fact of its own, each
    a copy set at the figure (see the module); in text order."""
    if not ev.text:
        return []
    facts = [*ev.counts_in(span), *(p for p in ev.record.percentages if tuple(p.sentence) == tuple(span))]
    found: list[Count] = []
    for m in _FIGURE.finditer(ev.text, span[0], span[1]):
        if _YEAR.fullmatch(m.group(1)) or any(f.start <= m.start(1) < f.end for f in facts):
            continue
        value = parse_figure(m.group(1))
        earlier = _earlier(value, span[0], ev) if is_number(value) else None
        if earlier is not None:
            found.append(dataclasses.replace(earlier, start=m.start(1), end=m.end(1)))
    return found


def restated_whole(span: tuple[int, int], ev: Evidence) -> Optional[tuple[list[Count], Count]]:
    """``(parts, whole)`` for a sentence of two or more counts whose opener restates their whole by its figure
    (the earlier count of that value); ``None`` otherwise."""
    counts = ev.counts_in(span)
    if len(counts) < 2 or not ev.text:
        return None
    match = _OPENER.match(ev.text, span[0], counts[0].start)
    if match is None:
        return None
    value = parse_figure(match.group(1))
    whole = _earlier(value, span[0], ev) if is_number(value) else None
    return (list(counts), whole) if whole is not None else None
