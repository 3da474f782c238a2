"""The whole a share is of, found one way (called by :mod:`pipeline.check.referred_wholes`).

ANNOTATION.md's checks decisions: a share's part is the count its own words attach it to; its whole is the count the
share is "of", named by the words ("of last year's total", "of those who ...", "of all contacts", "of calls") or, when
the words name none, the latest count before the part of the same measure family, of a place that holds the part's
(:func:`holds_place`) and of a period that does not exclude the part's.  :func:`whole_before` is that search: it
reads the part's sentence before the part and the :data:`WHOLE_SENTENCES` fact sentences before it (the lines of a
list count as one sentence), nearest first, and stops at the first sentence that holds a count that may be the whole.
Of that sentence's counts it drops a comparison's base (the earlier of two dated counts of one measure among every
count read: "3,900 contacts in 2024, up from 3,250 in 2023"), keeps the counts of the thing the share's words name
when any is ("of those callers": the calls, not the website's visitors; "of those who spoke to an adviser": the count
whose own words name an adviser), and takes the latest.
The whole is ``sole`` when that sentence held one such count: then the words can mean no other, and a share that
misses it may be called a misstatement; otherwise only agreement is evidence.

Work: a share reads at most ``WHOLE_SENTENCES + LIST_LINES`` sentences of at most ``MAX_LISTED`` counts, so the
search is linear in the facts of a page.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Optional

from pipeline.check import agreement
from pipeline.check.evidence import APART, MAX_LISTED, Evidence, before, is_number, mix, period_match, region_match
from pipeline.check.list_lines import LIST_LINES, list_line
from pipeline.check.tolerances import within_misprint
from pipeline.extract.inheritance import akin
from pipeline.records import Count

#: How many fact sentences before the part's may hold the whole.
WHOLE_SENTENCES = 3
#: How many sentences past :data:`WHOLE_SENTENCES` a total may be read when the sentences between list its breakdown
#: ("2,750 contacts last year ... There were 1,233 phone calls and 1,517 webchats ... In 2021 the total was 1,608.
#: Webchats now make up 56% of contacts. Women accounted for 687 of the contacts").
BREAKDOWN_REACH = 1
#: A word of a share's "of those who ..." that names what its whole counts: letters, four or more.
_WORD = re.compile(r"[A-Za-z]{4,}")
#: A period named by its place relative to the text's date ("last year's calls", "this financial year"): in an
#: undated text it stays unresolved, so the words themselves are what tie a part to its whole.
_RELATIVE = re.compile(r"\b(last|this|previous|past|current)\s{1,3}(?:financial\s{1,3}|calendar\s{1,3})?(year|month)",
                       re.I)
#: Words that name no particular thing counted ("those who have been in touch with the service").
_PLAIN_WORDS = frozenset({"those", "these", "them", "people", "have", "been", "were", "with", "from", "that", "this",
                          "their", "they", "into", "touch", "about", "some", "more", "than", "last", "year", "years",
                          "which", "whom", "what", "also", "over", "under"})


@dataclass(frozen=True)
class WholeFound:
    """The whole found for a part, and whether the words can mean no other (``sole``)."""

    whole: Count
    sole: bool


def may_hold(c: Count, part: Count) -> bool:
    """Whether ``c`` may be the whole of ``part``: a larger plain figure (exact or about) of its rate, of a measure
    the part's may mix (a figure of no known measure is no whole of a part of a known one: "the remaining 370"), of
    a period that does not exclude the part's and of a place that holds the part's (:func:`holds_place`)."""
    return (not c.difference and c.qualifier in ("exact", "about") and is_number(c.value) and c.value > part.value
            and c.rate == part.rate and mix(c.measure, part.measure)
            and (c.measure != "other" or part.measure == "other")
            and period_match(c.period_start, c.period_end, part.period_start, part.period_end) != APART
            and holds_place(c, part))


def holds_place(c: Count, part: Count) -> bool:
    """Whether ``c``'s place may hold the part's: either names none, or one of ``c``'s places is or holds one of the
    part's inner places ("Stockport's 131 calls ... of the Greater Manchester total": Greater Manchester's 1,046, not
    Manchester's 310 listed beside Stockport's)."""
    if not c.regions or not part.regions:
        return True
    if region_match(c.regions, part.regions) == APART:
        return False
    inner = agreement.inner_places(part.regions)
    return any(r == p or agreement.covers(r, p) for r in c.regions for p in inner)


def naming_words(text: str) -> set[str]:
    """The words of a share's "of those who ..." that may name what its whole counts ("spoke", "adviser")."""
    return {w.lower()[:6] for w in _WORD.findall(text) if w.lower() not in _PLAIN_WORDS}


def _own_words(c: Count, group: list[Count], ev: Evidence) -> set[str]:
    """The words of ``c``'s own clause: from the count to the next count of its sentence (or the sentence's end)."""
    return naming_words(_clause(c, ev, group)) if ev.text else set()


def whole_before(part: Count, ev: Evidence, *, in_sentence: bool = True, measure: Optional[str] = None,
                 counted: Optional[str] = None, words: frozenset[str] = frozenset(),
                 total: bool = False) -> Optional[WholeFound]:
    """The whole of ``part`` stated before it, or ``None``.

    ``in_sentence``: whether a count before the part in its own sentence may be the whole (not when the share comes
    first and its part is set off after it: its whole is in a sentence before). ``measure``: the measure the share's
    words pointing back name ("of those callers"), which picks between the nearest sentence's counts; ``counted``:
    the measure of what a share that points at no whole counts ("one in 10 contacts"), whose nearest sentence holding
    it is read (past a sibling channel: "calls made up most, at 7,150, while 1,050 wrote in, meaning more than one
    in 10 contacts ..."); ``words``: the words of its "of those who ..." (:func:`naming_words`);
    ``total``: whether the words name the whole as a total or by the noun of all it counts ("of the total", "of the
    contacts"), not "of them".  A breakdown between the share and a total further back is passed over
    (:func:`_past_breakdowns`; the total found past it is not ``sole``): for a ``total`` share, any sentence read
    that lists one; for any other, the nearest sentence read, unless the share's words name one of its items (by
    ``measure``, ``counted`` or a ``words`` its clause holds: "of those who spoke to an adviser").
    """
    groups: list[list[Count]] = []
    read: list[Count] = []  # every count of the sentences read: a comparison's base is told by them all
    said: list[list[Count]] = []  # the counts of each sentence read, beside its candidates in ``groups``
    own = ev.counts_in(part.sentence)
    if in_sentence and len(own) <= MAX_LISTED:
        mine = [c for c in own if c.end <= part.start]
        read += mine
        said.append(mine)
        groups.append([c for c in mine if may_hold(c, part)])
    spans = ev.fact_sentences
    i = bisect.bisect_left(spans, tuple(part.sentence))
    back, in_list = 0, False
    reach = WHOLE_SENTENCES + (BREAKDOWN_REACH if total else 0)
    window = len(groups)  # how many of the sentences read are within WHOLE_SENTENCES
    extra: list[Count] = []  # the counts read past them (BREAKDOWN_REACH)
    for span in spans[max(i - reach - LIST_LINES, 0):i][::-1]:
        line = list_line(span, ev) is not None  # the lines of a list ("Kirkcaldy: 610") count as one sentence
        back += not (line and in_list)
        in_list = line
        if back > reach:
            break
        window += back <= WHOLE_SENTENCES
        counts = ev.counts_in(span)[:MAX_LISTED]
        read += counts if back <= WHOLE_SENTENCES else []
        extra += counts if back > WHOLE_SENTENCES else []
        said.append(counts)
        groups.append([c for c in counts if may_hold(c, part)])
    bases = _bases(read)
    if extra:
        bases |= {id(c) for c in extra if id(c) in _bases(read + extra)}
    kept = [(g, s, n >= window) for n, (g, s) in enumerate(zip(([c for c in g if id(c) not in bases] for g in groups),
                                                                said)) if g]
    # a share whose words name one of the nearest sentence's items is of that item ("of those who spoke to an
    # adviser", "of those callers"); any other may be of a total its nearest sentence breaks down, and one whose words
    # name a total ("of the total", "of the contacts") of a total any sentence read breaks down
    items_named = bool(kept) and bool(counted or measure or words and any(
        _own_words(c, ev.counts_in(c.sentence), ev) & words for c in kept[0][0]))
    passed = kept if items_named and not total else _past_breakdowns(kept, part, nearest_only=not total)
    broken = len(passed) < len(kept)  # a breakdown passed over: its total, read past WHOLE_SENTENCES if need be
    groups = [g for g, _, far in (passed if broken else kept) if not far or broken]
    if not groups:
        return None
    # a total found past its breakdown (which may add up to it only within a misprint): agreement only
    nearest, sole = groups[0], not broken
    if part.measure not in (None, "other") and not (counted or measure) \
            and all(c.measure != part.measure for c in nearest):
        # "Calls from North Wales made up 402 of the Welsh total" after a sentence of webchats: the whole counts what
        # its part counts, when a sentence read holds such a count; a whole of another measure is only agreement
        same = next(([c for c in g if c.measure == part.measure] for g in groups
                     if any(c.measure == part.measure for c in g)), None)
        nearest, sole = (same, True) if same else (nearest, False)
    if counted:
        nearest = next(([c for c in g if c.measure == counted] for g in groups if any(c.measure == counted for c in g)),
                       nearest)
    if measure and len(nearest) > 1 and any(c.measure == measure for c in nearest):
        nearest = [c for c in nearest if c.measure == measure]  # "of those callers": the calls, not the visits
    if words and len(nearest) > 1:
        named = [c for c in nearest if _own_words(c, ev.counts_in(c.sentence), ev) & words]
        nearest = named or nearest  # "of those who spoke to an adviser": the count "spoke to an adviser"
    timed = _same_relative_period(part, groups, ev)
    if timed:
        nearest = timed  # "462 of last year's calls" in an undated text: the count "last year", not "In 2022 ... 760"
    return WholeFound(max(nearest, key=lambda c: c.start), sole and len(nearest) == 1)


def _bases(read: list[Count]) -> set[int]:
    """The ids of the counts read that are a comparison's base: the earlier of two dated counts of one measure."""
    dated = [c for c in read if not c.difference and c.period_end]
    return {id(c) for c in dated if any(before(c, d) and akin(c.measure, d.measure) for d in dated)}


def _past_breakdowns(kept: list[tuple[list[Count], list[Count], bool]], part: Count, *,
                     nearest_only: bool = False) -> list[tuple[list[Count], list[Count], bool]]:
    """The sentences read (candidates, counts, whether past WHOLE_SENTENCES), nearest first, less those before the
    first whose counts are a breakdown of a candidate further back: two or more exact counts of the part's measure
    family, other than the part, that add up to within :data:`~pipeline.check.tolerances.MISPRINT_SHARE` of it
    ("took 2,310 calls and webchats. Calls made up 1,655 of the total, with webchats the remaining 645": 1,655 is one
    of the total's parts, not "the total" a later share points back at; "2,750 contacts ... 1,233 phone calls and
    1,517 webchats").  A part of a breakdown may be the whole "of them" means, never the one "of the total" does.
    ``nearest_only``: only the nearest sentence read may be the breakdown ("2,400 people ... Calls made up 1,500 of
    the contacts and emails 900. One in four of the people who sought help ..."), for a share whose words name no
    total: a breakdown farther back leaves the nearest sentence's counts the whole they were."""
    for i, (_, counts, _) in enumerate(kept[:1] if nearest_only else kept):
        listed = [c for c in counts if c is not part and not c.difference and c.qualifier == "exact"
                  and is_number(c.value) and c.value > 0 and mix(c.measure, part.measure)]
        if len(listed) < 2:
            continue
        summed = sum(Fraction(repr(c.value)) for c in listed)
        for j in range(i + 1, len(kept)):
            if any(within_misprint(summed, w.value) for w in kept[j][0]):
                return kept[j:]
    return kept


def _relative_period(text: str) -> Optional[tuple[str, str]]:
    """The relative period ``text`` names ("last year's" -> ("last", "year")), or ``None``."""
    m = _RELATIVE.search(text)
    return (m.group(1).lower(), m.group(2).lower()) if m else None


def _same_relative_period(part: Count, groups: list[list[Count]], ev: Evidence) -> list[Count]:
    """For a part of no resolved period whose own words name a relative one ("462 of last year's calls" in an undated
    text), the candidates of the nearest sentence read whose own clause names the same ("1,470 calls ... last year"):
    a count dated otherwise ("In 2022 there were 760") cannot be shown to be of that period.  Empty when the part
    names none, its period is resolved (then :func:`may_hold` already weighs it) or no candidate names it."""
    if part.period_end or not ev.text:
        return []
    named = _relative_period(ev.text[part.start:part.end])
    if named is None:
        return []
    for group in groups:
        same = [c for c in group if _relative_period(_clause(c, ev)) == named]
        if same:
            return same
    return []


def _clause(c: Count, ev: Evidence, group: Optional[list[Count]] = None) -> str:
    """``c``'s own clause: from the count to the next count of its sentence (``group``) or the sentence's end."""
    later = [d.start for d in (ev.counts_in(c.sentence) if group is None else group) if d.start > c.start]
    return ev.text[c.start:min([*later, c.sentence[1]])]
