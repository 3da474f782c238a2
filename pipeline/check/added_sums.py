"""A total that adds up the figures of the sentences right before it: "In total the branch handled 35,380 contacts",
"That's 41,300 calls across the two branches", "Together those council areas made up 1,214".

The total's sentence opens with a total word (``sum_added_openers``: "In total", "Altogether", "That makes", "The
combined total of") or its words count its parts ("the two branches", "the three council areas", "both"); its one
figure (besides its comparison's base: "compares with 7,240 in 2022") adds up the counts of
the fact sentences right before it, one sentence more each time (at most :data:`ADDED_SENTENCES` of prose, a list's
lines counting as none).  A part's sentence may also hold its comparison's base ("31,200 calls in 2024, a 13%
increase on the 27,650 in 2023"), a rate, a figure "of whom" some of the part before it, or a hedged figure an exact
part rounds ("more than 31,000" in the headline): none is a part, none ends the list.  A split decides (a near miss is
a verdict, judged by :mod:`pipeline.check.pointed_sums`) when the words count as many parts as were found, or when
every figure of the total's period from the article's first fact sentence on is a part.  Bounded: a fixed window of
sentences before each total.
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Optional

from pipeline.check.evidence import APART, MAX_LISTED, Evidence, period_match
from pipeline.check.list_lines import LIST_LINES, list_line as _line, part_like as _part_like
from pipeline.check.multiplier_pairs import word_alternation
from pipeline.check.restated_wholes import counts_of_value
from pipeline.check.sum_splits import ADDED, Split, holds
from pipeline.extract.inheritance import akin
from pipeline.records import Count


@lru_cache(maxsize=1)
def _added() -> re.Pattern[str]:
    """A total word opening the sentence, no figure before the total's ("In total, ", "Together that makes")."""
    return re.compile(rf"[\W_]{{0,3}}(?:{word_alternation('sum_added_openers')})\b[^\d.;!?]{{0,60}}$", re.I)


#: How many fact sentences before a total that adds them up may hold its parts.
ADDED_SENTENCES = 4


def added_up(at: int, ev: Evidence) -> list[tuple[Split, Count]]:
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
    own = [c for c in own if c is own[0] or not _other_time(c, own[0])]  # "compares with 7,240 in 2022": its base
    if len(own) != 1:
        return []
    worded = bool(_added().match(text, spans[at][0], own[0].start))
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
        here = [c for c in counts if not _other_time(c, total) and not _base_beside(c, counts, total)
                and c.rate == total.rate and not _within_part(c, counts, ev)]
        here = [c for c in here if not _rounds(c, [*here, *parts])]  # "more than 31,000" in a headline over 31,200
        if counts and not here:
            continue  # "In the first half of 2024, the figure was 1,010.": another period's, no part and no end
        if not here or len(here) > MAX_LISTED or not all(_part_like(c) for c in here) \
                or not holds(placeless, [*parts, *here]):
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


def _base_beside(c: Count, counts: list[Count], total: Count) -> bool:
    """Whether ``c``, of a period apart from the total's, is the earlier figure of a count of its sentence that is of
    the total's period and of a measure akin to its own ("9,480 sessions in 2023, against 2,370 in 2021" before a
    total of contacts): that part's comparison base, neither a part nor the list's end, whatever the total's measure."""
    return period_match(c.period_start, c.period_end, total.period_start, total.period_end) == APART and any(
        d is not c and akin(d.measure, c.measure)
        and period_match(d.period_start, d.period_end, total.period_start, total.period_end) != APART for d in counts)


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
