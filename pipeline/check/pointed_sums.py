"""Parts whose words point back at a whole stated before them, or a total that adds up the figures before it.

Papers state a total, then split it in a later sentence that names no total of its own:

- a sentence opening with words that point back ("Of those, 1,930 used the website, while 550 called the helpline",
  "Of the Welsh total, ...", "Of last year's total, ...", "Most of them never rang: 3,050 used the website, while
  420 called": ``sum_pointer_openers`` in ``data/check_words.json`` and :data:`_TOTAL_OPENER`);
- two figures joined by "leaving" ("8,100 people used its modules, leaving 1,500 who spoke to an adviser");
- figures the first of which points back in its own words ("Men made 3,000 of the contacts and women 600");
- a total and the figures its own sentence sets off after it by a dash or a colon ("In total, 2,616 people got in
  touch - 486 through its freephone line and 2,130 through its website");
- a total whose sentence opens with a total word, after its parts ("Calls came from Bristol (1,520), ... In total,
  2,195 contacts came from the three areas", "Together that makes 2,100 contacts": ``sum_added_openers``), the parts
  the counts of the one to :data:`ADDED_SENTENCES` fact sentences right before it;
- lines of one figure each, a bullet or a label before it ("- phone calls: 702", "Gwent: 1,318", "January: 290"),
  under a heading that ends with a colon ("How people got in touch in 2024/25:"), or under a total that does.

The whole is a count of the nearest fact sentence before the parts (at most :data:`WHOLE_SENTENCES` back) that may
hold every part: exact or about, larger than each, of a measure, rate, period and place that do not exclude
theirs; the earlier of two dated counts of one measure there is a comparison's base, not the whole ("2,480 in
2024, up from 1,990 in 2023. Of those, ..."). The rule walks the record's fact sentences once, each reading a
bounded window before it, so a page of thousands of figures stays linear.

Agreement is a verdict. A miss is one ("inconsistent") only when the words split one whole in two: a sentence
that points back, two parts joined by a word that splits (``sum_split_words``: "while", "whereas", "leaving"),
one whole in the nearest sentence holding one, at most :data:`DECIDING_SENTENCES` back, and a sum within
:data:`MISPRINT_SHARE` of it (a misprint; parts far off are another split: "Of those, 400 were about a partner,
while 200 were about a son"). So does a total added up after its parts whose words count them ("In total, 2,195
contacts came from the three council areas", "Between them the two cities made 1,550 calls") when as many parts
are found, within :data:`MISPRINT_SHARE`. Lists under a heading, parts set off after their total or added up after
them with no such count, and "leaving" without a pointer, give agreement only.  A sentence opening "Of the <noun
phrase>," ("Of the Kent and Medway callers, 968 were men, ...") points back as "Of those," does.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple, Optional

from pipeline.check.channel_sums import CHANNELS, TOTAL
from pipeline.check.evidence import (APART, MAX_LISTED, Evidence, before, mix, own_places, period_match, plain,
                                     region_match)
from pipeline.check.list_lines import LIST_LINES, list_line as _line, part_like as _part_like
from pipeline.check.multiplier_pairs import word_alternation
from pipeline.check.restated_wholes import counts_of_value, restated_whole
from pipeline.check.tolerances import Tolerances
from pipeline.check.verdicts import Verdict, check_sum
from pipeline.extract.inheritance import akin
from pipeline.records import Count

#: How many fact sentences before the parts may hold their whole.
WHOLE_SENTENCES = 8
#: How near (in fact sentences) the whole must be for a miss to be a verdict.
DECIDING_SENTENCES = 3
#: How far a sum may miss its whole and still be a misprint of it, as a share of the whole.
MISPRINT_SHARE = Fraction(1, 10)
#: "Of the Welsh total", "Of last year's total", "Of the 2024 total": up to three words between "of" and "total".
_TOTAL_OPENER = r"of\s{1,3}(?:[A-Za-z0-9]{1,20}(?:'s|\u2019s)?\s{1,3}){0,3}total\b"
#: "Of the Kent and Medway callers,", "Of the people who rang,": the whole named by its noun, a comma before the
#: parts (no figure in it: "Of the 2,400, ..." is a remainder's whole, ``remainder_sums``).
_WHOLE_NAMED = r"of\s{1,3}the\s{1,3}[A-Za-z][A-Za-z'\u2019 -]{0,50},"

POINTED, LEAVING, HEADED, SET_OFF, ADDED = ("a sentence that points back at it", "what is left of it",
                                            "a list under a heading", "its sentence sets off after it",
                                            "the sentences before a total word")


class Split(NamedTuple):
    """Parts a whole was split into, how the words give them, and whether a miss is a verdict."""
    parts: list[Count]
    how: str
    decides: bool


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        "opener": re.compile(rf"[\W_]{{0,3}}(?:(?:{word_alternation('sum_pointer_openers')})\b|{_TOTAL_OPENER}"
                             rf"|{_WHOLE_NAMED})", re.I),
        "split": re.compile(rf"\b(?:{word_alternation('sum_split_words')})\b", re.I),
        "added": re.compile(rf"[\W_]{{0,3}}(?:{word_alternation('sum_added_openers')})\b[^\d.;!?]{{0,60}}$", re.I),
        "made_up": re.compile(rf"\b(?:{word_alternation('sum_made_up_words')})\b", re.I),
        "leaving": re.compile(rf"\b(?:{word_alternation('sum_leaving_words')})\b", re.I),
        # the first figure's own words point back: "3,000 of the contacts", "820 of them"
        "of_back": re.compile(r"[\d,.]{1,15}\s{1,3}of\s{1,3}(?:them|those|these|the\s{1,3}[A-Za-z]{1,20})\b", re.I),
    }


def _measure_holds(whole: str, part: str) -> bool:
    """A whole of contacts holds calls and website users (ANNOTATION.md: contacts are the helpline's and the
    website's together); else the measures must be ones a comparison may mix."""
    return mix(whole, part) or (whole == TOTAL and part in CHANNELS)


def _holds(c: Count, parts: list[Count]) -> bool:
    """Whether ``c`` may be the whole of ``parts``: exact or about, larger than each, of a measure, rate, period and
    place that do not exclude any part's."""
    if not plain(c) or c.qualifier not in ("exact", "about") or any(c is p for p in parts):
        return False
    return all(c.value > p.value and c.rate == p.rate and _measure_holds(c.measure, p.measure)
               and period_match(c.period_start, c.period_end, p.period_start, p.period_end) != APART
               and region_match(own_places(c), p.regions) != APART for p in parts)


def _whole(parts: list[Count], span: tuple[int, int], ev: Evidence) -> Optional[tuple[Count, bool, int]]:
    """``(whole, sole, distance)``: the largest count that may hold the parts in the nearest fact sentence before
    ``span`` holding one (comparison bases left out), whether it is the one such count there, and how many fact
    sentences back it is; ``None`` when none of the :data:`WHOLE_SENTENCES` before holds one."""
    spans = ev.fact_sentences
    i = bisect.bisect_left(spans, span)
    for back, s in enumerate(spans[max(i - WHOLE_SENTENCES, 0):i][::-1], 1):
        found = [c for c in ev.counts_in(s)[:MAX_LISTED] if _holds(c, parts)]
        found = [c for c in found if not any(before(c, d) and akin(c.measure, d.measure) for d in found)]
        if found:
            return max(found, key=lambda c: c.value), len(found) == 1, back
    return None


def _pointed(span: tuple[int, int], ev: Evidence) -> Optional[Split]:
    """The parts of a sentence that opens with words pointing back, or of two figures joined by "leaving"."""
    counts = ev.counts_in(span)
    if not 2 <= len(counts) <= MAX_LISTED or not all(_part_like(c) for c in counts):
        return None
    pats, text = _patterns(), ev.text
    if pats["opener"].match(text, span[0], counts[0].start):
        split = len(counts) == 2 and bool(pats["split"].search(text, counts[0].end, counts[1].start))
        return Split(list(counts), POINTED, split)
    if len(counts) == 2 and pats["leaving"].search(text, counts[0].end, counts[1].start):
        return Split(list(counts), LEAVING, False)
    if pats["of_back"].match(text, counts[0].start, counts[1].start):
        return Split(list(counts), POINTED, False)  # "Men made 3,000 of the contacts and women 600"
    return None


#: Between a total and the parts its sentence sets off after it: a spaced dash, an en or em dash, a colon.
_SET_OFF_PARTS = re.compile(r"\s[-\u2013\u2014]\s|[\u2013\u2014:]")


def _set_off(span: tuple[int, int], ev: Evidence) -> Optional[tuple[Split, Count]]:
    """A sentence's first count and the counts it sets off after it, all of them parts of it ("In total, 2,616
    people got in touch - 486 through its freephone line and 2,130 through its website")."""
    counts = ev.counts_in(span)
    if not 3 <= len(counts) <= MAX_LISTED or not _SET_OFF_PARTS.search(ev.text, counts[0].end, counts[1].start):
        return None
    whole, parts = counts[0], list(counts[1:])
    if not all(_part_like(c) for c in parts) or not _holds(whole, parts):
        return None
    made_up = bool(_patterns()["made_up"].search(ev.text, whole.end, parts[0].start))  # "made up as follows:"
    return Split(parts, SET_OFF, made_up), whole


#: How many fact sentences before a total that adds them up may hold its parts.
ADDED_SENTENCES = 4


def _added_up(at: int, ev: Evidence) -> list[tuple[Split, Count]]:
    """A sentence whose one count opens with a total word ("In total, 2,195 contacts came from the three areas",
    "Together that makes 2,100 contacts") and the counts of the fact sentences right before it, one sentence more
    each time (at most :data:`ADDED_SENTENCES`, while every count there may be a part; a sentence of another
    period's figures is passed over): each a split to try, one that decides when it has as many parts as the
    total's words name ("the three council areas")."""
    spans, text = ev.fact_sentences, ev.text
    named_at = [m.span() for m in _PARTS_NAMED.finditer(text, *spans[at])]
    own = [c for c in ev.counts_in(spans[at]) if not any(a <= c.start < b for a, b in named_at)  # "those five"
           and not any(d.start < spans[at][0] for d in counts_of_value(c.value, ev))]  # "Chester's 2,240" again
    named = _parts_named(text, spans[at])  # the parts the words count are all of it: a near miss is a verdict
    if len(own) != 1:
        return []
    worded = bool(_patterns()["added"].match(text, spans[at][0], own[0].start))
    if not worded and named is None:
        return []  # neither a total word before its figure nor words that count its parts ("across the two branches")
    total, parts, found = own[0], [], []
    prose, first = 0, max(at - ADDED_SENTENCES - LIST_LINES, 0)
    window = spans[first:at]
    if total.regions and any(c.regions == total.regions for s in window for c in ev.counts_in(s)[:MAX_LISTED]):
        # "Together that makes 920 contacts from the two areas, with Newport accounting for ...": the place is a
        # part's, which the total's sentence names for its share; a total of parts has theirs
        placeless = dataclasses.replace(total, regions=[])
    else:
        placeless = total
    for s in window[::-1]:
        if _line(s, ev) is None:  # the lines of a list ("Glasgow: 412") are one sentence each: a list of
            prose += 1            # LIST_LINES at most counts as one
        if prose > ADDED_SENTENCES or len(parts) > LIST_LINES:
            break
        counts = ev.counts_in(s)
        # "12,400 calls in 2024, up 8% on the 11,480 it answered in 2023": another period's figure (a comparison's
        # base) or a rate beside a part is that part's, neither a part nor the list's end
        here = [c for c in counts if not _other_time(c, total) and c.rate == total.rate and not _within_part(c, counts, ev)]
        here = [c for c in here if not _rounds(c, [*here, *parts])]  # "more than 31,000" in a headline over 31,200
        if counts and not here:
            continue  # "In the first half of 2024, the figure was 1,010.": another period's, no part and no end
        if not here or len(here) > MAX_LISTED or not all(_part_like(c) for c in here) \
                or not _holds(placeless, [*parts, *here]):
            break
        parts = [*here, *parts]
        if len(parts) >= 2 and (worded or len(parts) == named):
            found.append((Split(list(parts), ADDED, len(parts) == named), total))
    else:
        if found and first == 0 and worded:
            # every figure of the total's period from the article's first fact sentence on is a part: the words say
            # the total adds them up, so the parts are certain and a near miss is a verdict
            found[-1] = (found[-1][0]._replace(decides=True), total)
    return found


#: Words before a figure that make it some of the figure before it ("2,400 calls, of whom 1,300 were men").
_OF_WHOM = re.compile(r"\bof\s{1,3}(?:whom|which|them|those|these)\b", re.I)


def _within_part(c: Count, counts: list[Count], ev: Evidence) -> bool:
    """Whether ``c`` is some of the count before it in its sentence ("of whom", "of which", "of them"): a part of
    that part, not one beside it."""
    i = next(i for i, d in enumerate(counts) if d is c)
    return i > 0 and bool(_OF_WHOM.search(ev.text, counts[i - 1].end, c.start))


def _rounds(c: Count, others: list[Count]) -> bool:
    """Whether a hedged count ("more than 31,000") is an exact one beside it or among the parts, rounded (within a
    tenth, of an akin measure): the same figure stated twice, no part of its own."""
    return c.qualifier != "exact" and any(
        o is not c and o.qualifier == "exact" and akin(o.measure, c.measure) and abs(o.value - c.value) <= o.value / 10
        for o in others)


#: "the three council areas", "the two cities", "both": the total's own words count its parts.
_PARTS_NAMED = re.compile(r"\b(?:(?:the|all|these|those)\s{1,3}(two|three|four|five|six|seven|eight|nine|ten)"
                          r"|(both))\b", re.I)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _parts_named(text: str, span: tuple[int, int]) -> Optional[int]:
    """How many parts a total's sentence says it adds up ("In total, 2,195 contacts came from the three council
    areas": 3; "Between them the two cities made 1,550 calls": 2); ``None`` when it says none or two numbers."""
    found = {_NUMBER_WORDS[m.group(1).lower()] if m.group(1) else 2 for m in _PARTS_NAMED.finditer(text, *span)}
    return found.pop() if len(found) == 1 else None


def _other_time(c: Count, total: Count) -> bool:
    """A count of a period apart from the total's, of a measure akin to its: another year's figure between the parts
    and the total that adds them up (a comparison's base), which neither is a part nor ends the list."""
    return period_match(c.period_start, c.period_end, total.period_start, total.period_end) == APART \
        and (c.measure == "other" or akin(c.measure, total.measure))


def _headed(at: int, ev: Evidence) -> Optional[tuple[Split, Optional[Count]]]:
    """The lines of a list whose first line is fact sentence ``at``, under a heading ending with a colon (the
    whole found before it) or under a total ending with one (that total, the one count of its sentence)."""
    spans, text = ev.fact_sentences, ev.text
    prev_end = spans[at - 1][1] if at else 0
    gap = text[prev_end:spans[at][0]].strip()
    under_total = not gap and at > 0 and text[spans[at - 1][0]:spans[at - 1][1]].rstrip().endswith(":")
    if not gap.endswith(":") and not under_total:
        return None
    items: list[Count] = []
    for s in spans[at:at + LIST_LINES]:
        between = text[prev_end:s[0]]
        if items and (between.strip() or "\n" not in between):
            break  # a line of its own, right after the line before
        c = _line(s, ev)
        if c is None:
            break
        items.append(c)
        prev_end = s[1]
    if len(items) < 2:
        return None
    if under_total:
        own = ev.counts_in(spans[at - 1])
        whole = own[0] if len(own) == 1 and _holds(own[0], items) else None
        return (Split(items, HEADED, False), whole) if whole is not None else None
    return Split(items, HEADED, False), None


def _restated(span: tuple[int, int], ev: Evidence) -> Optional[tuple[Split, Count]]:
    """The parts of a sentence whose opener restates their whole by its figure ("Of the 4,680 contacts, 3,210 were
    phone calls and 1,470 were online chats": :mod:`pipeline.check.restated_wholes`), and that whole."""
    found = restated_whole(span, ev)
    if found is None or not all(_part_like(c) for c in found[0]) or not _holds(found[1], found[0]):
        return None
    parts, whole = found
    split = len(parts) == 2 and bool(_patterns()["split"].search(ev.text, parts[0].end, parts[1].start))
    return Split(parts, POINTED, split), whole


def pointed_wholes(ev: Evidence) -> dict[str, list[tuple[Count, Split]]]:
    """Every whole the record's sentences point their parts back at: whole id → ``[(whole, split), ...]`` in text
    order; built once per record."""
    key = ("pointed_sums", "wholes")
    if key in ev.memo:
        return ev.memo[key]
    found: dict[str, list[tuple[Count, Split]]] = {}
    if ev.text:
        spans = ev.fact_sentences
        for at, span in enumerate(spans):
            for split, whole in _added_up(at, ev):
                found.setdefault(whole.id, []).append((whole, split))
            split = _pointed(span, ev)
            whole = None
            if split is None:
                found_here = _restated(span, ev) or _set_off(span, ev) or _headed(at, ev)
                if found_here is None:
                    continue
                split, whole = found_here
            if whole is None:
                near = _whole(split.parts, span, ev)
                if near is None:
                    continue
                whole, sole, back = near
                split = split._replace(decides=split.decides and sole and back <= DECIDING_SENTENCES)
            found.setdefault(whole.id, []).append((whole, split))
    ev.memo[key] = found
    return found


def pointed_sum(total: Count, ev: Evidence, tol: Tolerances) -> Optional[tuple[list[Count], Verdict, str]]:
    """``(parts, verdict, how)`` for the first split of ``total`` the sentences after it point back at, when it is a
    verdict (agreement; a near miss where the words split the whole in two); else ``None``."""
    for whole, split in pointed_wholes(ev).get(total.id, []):
        if whole is not total:
            continue
        v = check_sum(Decimal(repr(total.value)), total.qualifier,
                      [(Decimal(repr(p.value)), p.qualifier) for p in split.parts], tolerances=tol)
        if v.verdict == "consistent":
            return split.parts, v, split.how
        if v.verdict == "inconsistent" and split.decides and v.computed is not None \
                and abs(v.computed - Fraction(repr(total.value))) <= MISPRINT_SHARE * Fraction(repr(total.value)):
            return split.parts, v, split.how
    return None
