"""A list of parts closed by the rest of the whole: "900 from Leeds, 640 from Bradford and the remaining 860".

Papers end a breakdown with what is left of the whole: "with the remaining 920 coming from other counties",
"and the remainder, 78, were relatives",
"Rest of Wales: 600", "the rest of England for 6,000", "while 2,160 came from elsewhere in Scotland" (the words
are ``remainder_before`` and ``remainder_after`` of ``data/check_words.json``).  Such a part says two things:

- it is no total of the items before it (it was read as one: "the remaining 1,025" given the places of its
  sentence, summed against them, a false "inconsistent");
- the list it closes is all of its whole, so the parts must add up to the whole, whatever the gazetteer knows
  of their places (no place word need stand in the list at all: "1,400 phoned, 900 used the webchat and the
  remaining 800 ...").

The parts are the counts before the remainder in its sentence, or, when it stands alone (a bullet, "The rest -
640 - came from ..."), those of the list sentences right before it.  The whole is a larger count of a measure the
parts may mix, before the list: the first count of the list's own sentence when the words make it the whole ("Of
the 2,400, ..."), else one of the three fact sentences before the list (the earlier of two dated counts of one
measure, a comparison's base, is left out: "In 2023 it took 1,800; in 2024, 2,150. Of last year's calls ...").
Agreement with any such whole is a verdict; a miss is ``inconsistent`` only when the list can be read one way and
the nearest sentence holding a whole holds one, the sum is within the misprint band of it (a gross miss is
another list's whole: "Of the 1,000 from Leeds, 600 ... and the remainder, 400"), with no later figure of its measure among the others (else no
check: the list may break down another year's total), and no run of the counts between the whole and the list makes
the sum exact ("Of those, 400 came from Kent. A further 300 ..., and the remaining 250 ...": the list began before
the sentence of its remainder).  A remainder's work is bounded: at most
:data:`LIST_SENTENCES` sentences back and :data:`~pipeline.check.evidence.MAX_LISTED` counts a sentence.
"""
from __future__ import annotations

import bisect
import re
from decimal import Decimal
from functools import lru_cache
from typing import Optional, Sequence

from pipeline.check.check_builders import _check
from pipeline.check.evidence import APART, MAX_LISTED, Evidence, before, mix, place, plain, region_match
from pipeline.check.multiplier_pairs import word_alternation
from pipeline.check.sum_splits import goes_on, holds
from pipeline.check.tolerances import Tolerances, within_misprint
from pipeline.check.total_verdicts import check_sum
from pipeline.check.verdicts import Verdict
from pipeline.extract.inheritance import akin
from pipeline.records import Check, Count

#: How many sentences before a lone remainder may hold the items of its list (bullets), and how many fact
#: sentences before the list may hold its whole.
LIST_SENTENCES = 12
WHOLE_SENTENCES = 3
#: How many characters before and after a figure its remainder words may stand.
LEAD, TAIL = 40, 40
#: A list sentence of one figure: a bullet or a short line ("Cardiff: 410").
SHORT_LINE = 80
#: A count of a list is no whole of the items after it unless it is at least this share of their sum.
WHOLE_SHARE = Decimal("0.8")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        # bounded: the lead is at most LEAD characters, one alternation then at most 30 characters of no figure
        "before": re.compile(rf"(?:^|\W)(?:{word_alternation('remainder_before')})\b[^\d.;]{{0,30}}$", re.I),
        "after": re.compile(rf"\b(?:{word_alternation('remainder_after')})\b", re.I),
        "whole_of": re.compile(r"\b(?:out\s{1,3})?of(?:\s{1,3}the)?\s{1,3}$", re.I),
        "part_of": re.compile(r"^\s{0,3}of\s{1,3}(?:the|them|those|these|this|that|its|their)\b", re.I),
        "opener": re.compile(r"^\W{0,3}(?:of|among|out\s{1,3}of)\s", re.I),
        "item_before": re.compile(rf"(?:^|\W)(?:{word_alternation('remainder_item_before')})\s{{1,3}}$", re.I),
        "figure_of": re.compile(r"[\d,.]{1,20}\s{1,3}of\s", re.I),
        "then_of": re.compile(r"\s{0,3}of\s", re.I),
    }


def _tail(count: Count, ev: Evidence) -> str:
    """The words right after a count, to the next figure, full stop, semicolon or list joiner (a comma, "and": the
    words after it open the next item, "1,200 and the rest of Scotland for 3,300")."""
    tail = ev.text[count.end:min(count.end + TAIL, count.sentence[1])]
    return re.split(r"[\d.;,]|\band\b", tail, maxsplit=1)[0]


def remainders(ev: Evidence) -> set[str]:
    """The ids of the record's counts written as the rest of a whole (built once per record, one pass over each
    sentence's counts: the words before a count reach back to the figure before it, or the sentence's start)."""
    key = ("remainders",)
    if key not in ev.memo:
        found = set()
        if ev.text:
            pats = _patterns()
            for span, counts in ev.counts_by_sentence.items():
                edge, claimed, last = span[0], False, None
                for c in counts:
                    lead = ev.text[max(edge, c.start - LEAD):c.start]
                    after = bool(pats["after"].search(_tail(c, ev)))
                    if plain(c) and ((pats["before"].search(lead) and not claimed) or after):
                        if last is not None and last.id in found and _fits(c, last):
                            found.discard(last.id)  # "735 from the rest of Devon and 527 from Cornwall": not the end
                        found.add(c.id)
                    elif last is not None and last.id in found and plain(c) and _fits(c, last) \
                            and _JOINED.fullmatch(lead):
                        found.discard(last.id)  # the list goes on after "the rest of Devon": the rest of a place
                    claimed, last = after, c  # words after a figure that make it the rest are its own, not the next's
                    edge = max(edge, c.end)
        ev.memo[key] = found
    return ev.memo[key]


#: The words between two items of one list: a comma or "and", a place and a preposition ("..., and 527 from").
_JOINED = re.compile(r"[^\d.;:]{0,60}?(?:,|\band)\s{1,3}(?:[a-z]+\s{1,3}){0,3}?", re.I)


def _fits(c: Count, rest: Count) -> bool:
    """A count that may stand in the remainder's list or be its whole: plain, of its rate, a measure it mixes."""
    return plain(c) and c.rate == rest.rate and mix(c.measure, rest.measure)


def _counted_alike(whole: Count, items: list[Count]) -> bool:
    """Whether some item counts what the whole counts, by measure ("120 volunteers ... the remaining 80 places"
    break down no total of calls); a whole of no known measure takes items of any."""
    return whole.measure == "other" or any(p.measure != "other" and akin(p.measure, whole.measure) for p in items)


def _list_sentence(span: Sequence[int], counts: list[Count], summed: Decimal, ev: Evidence) -> bool:
    """Whether a sentence before a lone remainder is an item of its list: a short line of one figure, or figures each
    of a place of its own; no figure near the sum of the list so far (that is its whole)."""
    if not counts or len(counts) > MAX_LISTED:
        return False
    values = [Decimal(repr(c.value)) for c in counts]
    if any(v >= WHOLE_SHARE * (summed + sum(values) - v) and not _written_as_part(c, ev)
           for c, v in zip(counts, values)):
        return False  # a figure near the sum of the items after it and beside it: their whole
    if len(counts) == 1:
        return span[1] - span[0] <= SHORT_LINE or _opened_as_part(span, counts[0], ev)
    places = [tuple(c.regions) for c in counts]
    return all(places) and len(set(places)) == len(places)


def _opened_as_part(span: Sequence[int], count: Count, ev: Evidence) -> bool:
    """Whether a sentence's one figure follows an opening that names the whole it is a part of ("Of the 456, 171 were
    ...", "Among those callers, 212 ..."): an item of a list however long its sentence, whose whole, restated by the
    words, the extractor kept only where first stated.  Such a list is checked for agreement only (the whole is found
    before it, not read from the opening)."""
    return bool(ev.text) and bool(_patterns()["opener"].search(ev.text[span[0]:count.start]))


def _unnamed_opening(whole: Count, parts: list[Count], start: Sequence[int], ev: Evidence) -> bool:
    """Whether the list begins with a long sentence taken as an item only by its opening (:func:`_opened_as_part`)
    whose words do not restate the whole's figure ("Of those callers, ..." rather than "Of the 456, ..."): then the
    whole is a guess, and only agreement is a verdict."""
    if not parts or len(ev.counts_in(start)) != 1 or start[1] - start[0] <= SHORT_LINE \
            or not _opened_as_part(start, parts[0], ev):
        return False
    opening = ev.text[start[0]:parts[0].start]
    return not any(f in opening for f in {f"{whole.value:,}", f"{whole.value}"})


def _written_as_part(count: Count, ev: Evidence) -> bool:
    """Whether a count's own words make it a part of something: "of" right after its figure ("1,150 of last year's
    total", "610 of this year's calls"), in its text or the words after it, or a verb of parts right before it
    ("Bradford accounted for 455", ``remainder_item_before``).  Such a figure is an item of the list, however
    large, never the whole of the items beside it."""
    pats = _patterns()
    if pats["figure_of"].match(count.text or ""):
        return True
    if not ev.text:
        return False
    lead = ev.text[max(count.sentence[0], count.start - LEAD):count.start]
    return bool(pats["then_of"].match(ev.text[count.end:count.end + 8]) or pats["item_before"].search(lead))


def _previous_sentences(span: Sequence[int], ev: Evidence, adjacent: bool) -> list[tuple[int, int]]:
    """The fact sentences before ``span``, nearest first (only those that follow one another when ``adjacent``)."""
    spans = ev.fact_sentences
    i = bisect.bisect_left(spans, tuple(span))
    found: list[tuple[int, int]] = []
    edge = span[0]
    for j in range(i - 1, max(i - 1 - LIST_SENTENCES, -1), -1):
        if adjacent and not 0 <= edge - spans[j][1] <= 3:
            break
        found.append(spans[j])
        edge = spans[j][0]
    return found


def _readings(rest: Count, ev: Evidence) -> list[tuple[Optional[Count], list[Count], Sequence[int]]]:
    """The ways the list may be read: ``(whole or None, parts, the sentence the list begins in)``; a whole of
    ``None`` is to be found before the list."""
    pats = _patterns()
    if len(ev.counts_in(rest.sentence)) > MAX_LISTED:
        return []  # a table run together into one sentence: no list a remainder closes
    own = [c for c in ev.counts_in(rest.sentence) if c.end <= rest.start and c is not rest]
    if len(own) > MAX_LISTED or not all(_fits(c, rest) for c in own):
        return []
    if own:
        first = own[0]
        lead = ev.text[rest.sentence[0]:first.start]
        if pats["whole_of"].search(lead) and len(own) >= 2:
            return [(first, own[1:], rest.sentence)]  # "Of the 2,400, 900 came from Leeds, ... the remaining 860"
        outside = pats["opener"].search(lead) or pats["part_of"].search(ev.text[first.end:first.end + 20])
        summed = sum(Decimal(repr(c.value)) for c in (*own[1:], rest))
        if not outside and len(own) >= 2 and Decimal(repr(first.value)) >= WHOLE_SHARE * summed:
            return [(first, own[1:], rest.sentence), (None, own, rest.sentence)]
        return [(None, own, rest.sentence)]
    parts: list[Count] = []
    start: Sequence[int] = rest.sentence
    summed = Decimal(repr(rest.value))
    for span in _previous_sentences(rest.sentence, ev, adjacent=True):
        counts = [c for c in ev.counts_in(span) if _fits(c, rest)]
        if len(counts) != len(ev.counts_in(span)) or not _list_sentence(span, counts, summed, ev):
            break
        parts[:0] = counts
        summed += sum(Decimal(repr(c.value)) for c in counts)
        start = span
    return [(None, parts, start)] if parts else []


def _wholes(rest: Count, parts: list[Count], start: Sequence[int], ev: Evidence) -> list[list[Count]]:
    """The counts that may be the list's whole, by fact sentence before the list, nearest first (for agreement:
    whether one of them may refute the list is :func:`~pipeline.check.sum_splits.holds`, with the period)."""
    biggest = max(c.value for c in (*parts, rest))
    taken = {id(c) for c in parts}
    found = []
    for span in _previous_sentences(start, ev, adjacent=False)[:WHOLE_SENTENCES]:
        here = [c for c in ev.counts_in(span)[:MAX_LISTED] if id(c) not in taken and _fits(c, rest)
                and c.value > biggest and c.id not in remainders(ev) and _counted_alike(c, [*parts, rest])
                and all(region_match(c.regions, p.regions) != APART for p in (*parts, rest))]
        if here:
            found.append(here)
    flat = [c for here in found for c in here]
    bases = {id(c) for c in flat if any(before(c, d) and akin(c.measure, d.measure) for d in flat)}
    kept = [[c for c in here if id(c) not in bases] for here in found]
    return [here for here in kept if here]


def _sum(whole: Count, parts: list[Count], tol: Tolerances) -> Verdict:
    return check_sum(Decimal(repr(whole.value)), whole.qualifier,
                     [(Decimal(repr(p.value)), p.qualifier) for p in parts], tolerances=tol)


def remainder_sum_check(rest: Count, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """The sum check of the list a remainder closes, about its whole (none when no whole or list is found)."""
    if rest.id not in remainders(ev):
        return None
    readings = _readings(rest, ev)
    agreeing: Optional[tuple[Count, list[Count], Verdict]] = None
    sole: Optional[tuple[Count, list[Count], Verdict]] = None
    for whole, parts, start in readings:
        items = [*parts, rest]
        if whole is not None:
            candidates, judged = [whole], whole
        else:
            groups = _wholes(rest, parts, start, ev)
            candidates = [c for here in groups for c in here]
            judged = groups[0][0] if groups and len(groups[0]) == 1 and holds(groups[0][0], items) else None
        for c in candidates:
            v = _sum(c, items, tol)
            if v.verdict == "consistent" and agreeing is None:
                agreeing = (c, items, v)
        if judged is not None and len(readings) == 1 and not _unnamed_opening(judged, parts, start, ev):
            v = _sum(judged, items, tol)
            if v.computed is not None and within_misprint(v.computed, judged.value):
                sole = (judged, items, v)  # a gross miss is another list's whole, no misprint of this one
    chosen = agreeing or (sole if sole is not None and sole[2].verdict == "inconsistent" else None)
    if chosen is None or (chosen is sole and goes_on(sole[0], sole[1], _between(sole[0], sole[1], ev))):
        return None  # "Of those, 400 came from Kent. A further 300 ..., and the remaining 250 ...": a longer list
    return _closing_check(chosen)


def _between(whole: Count, items: list[Count], ev: Evidence) -> list[Count]:
    """The counts between a whole and the first item of its list, the nearest to the list first: where the list may
    have begun before the words that open it (only the fact sentences from the whole's to the first item's, found by
    bisection: a record's remainders read no more than their own lists)."""
    all_spans = ev.fact_sentences
    lo = bisect.bisect_left(all_spans, tuple(whole.sentence))
    hi = bisect.bisect_right(all_spans, tuple(items[0].sentence))
    spans = [s for s in all_spans[lo:hi] if s[1] > whole.start and s[0] < items[0].start]
    found = [c for s in spans for c in ev.counts_in(s)[:MAX_LISTED] if whole.end <= c.start and c.end <= items[0].start]
    return found[::-1]


def _closing_check(chosen: tuple[Count, list[Count], Verdict]) -> Check:
    """The sum check of a list a remainder closes, about its whole."""
    whole, items, v = chosen
    check = _check("sum", whole, items, float(whole.value), v, prefix=place(whole))
    check.explanation += "; the list ends with the rest of the whole, so its parts are all of it"
    return check
