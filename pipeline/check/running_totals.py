"""A running total: parts told as added to a figure before them, and the total they bring it to.

Papers tell a helpline's year channel by channel and close with the running total: "The branch answered 31,000 calls
in the year. ... It also replied to 4,000 emails, taking the total number of contacts it dealt with to 35,000", "As
well as calls, volunteers answered 600 emails and 200 letters, meaning the branch handled 5,800 contacts in all".
The parts are the counts of the total's sentence before it and the figure they are added to, told up to
:data:`EARLIER_SENTENCES` fact sentences before.

- The total is marked as running: a verb carries the total on to it (``sum_running_verbs`` of
  ``data/check_words.json``, then "the total", "the overall total", "the total number of <noun of up to ten words>",
  then "to": "bringing the total number of contacts it dealt with in 2023 to"), or a word of consequence between
  the last part and the total (``sum_running_links``: "meaning", "making", "giving") with a total word after it
  ("in all", "in total", ``sum_total_after``) or "a total of" before it.
- The sentence tells its parts as added to a figure before (``sum_addition_words``: "also", "as well as", "on top
  of", "a further"), or a running verb carries the total on: then the earlier figure is the part-like counts
  (:func:`pipeline.check.adjacent_parts.part_of`) of the nearest fact sentence before that holds one, at most
  :data:`EARLIER_SENTENCES` back (a comparison's base of another period is no part and is passed over); two of one
  measure there give none (which is the figure?).
- Only when the sentence's own parts do not already add up to the total: those are the other sum rules' to judge.

Agreement is a verdict.  A miss is one ("inconsistent") only when the parts are told apart (by measure, place or
period: calls, emails, letters) and the sum misses by no more than
:data:`~pipeline.check.tolerances.MISPRINT_SHARE` of the total (a misprint; far off, the earlier figure is likely
another's), and, for a shortfall, only when the earlier figure is no guess (:func:`shortfall_proves`: no other
part-like figure told before, none of a group its words limit it to; twenty-third round, fix23): a shortfall is
exactly what a skipped earlier addition makes.  The same holds for a running total whose one own part
:mod:`pipeline.check.worded_sums` adds to :func:`earlier_figure` (one look-back for both rules).
Linear: bounded patterns over a bounded window before and after the total, a bounded look back.
"""
from __future__ import annotations

import bisect
import re
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Optional

from pipeline.check.adjacent_parts import part_of
from pipeline.check.check_builders import _check
from pipeline.check.evidence import MAX_LISTED, Evidence, is_number, place, plain
from pipeline.check.multiplier_pairs import word_alternation
from pipeline.check.tolerances import Tolerances, within_misprint
from pipeline.check.verdicts import Verdict, check_sum
from pipeline.extract.inheritance import akin
from pipeline.records import Check, Count, adds_parts

#: How many fact sentences before the total's the figure its parts are added to may be told.
EARLIER_SENTENCES = 3
#: How far before a total its running words may start ("taking the total number of contacts it dealt with in 2023 to").
RUNNING_LEAD = 120
#: How far after a total its total word may end (" contacts in all").
AFTER_REACH = 40
#: How far after an earlier figure the words that limit it to a group may end ("31,000 calls from adults").
LIMIT_REACH = 40
#: After an earlier figure, its noun and a group it is limited to: "calls from adults", "calls made by men" (a group
#: in lower case: "calls from Luton" names a place, no group).
_LIMITED = re.compile(r"(?:\s{1,3}[a-z][\w'\u2019-]{0,20}){0,3}?\s{1,3}(?:from|by|among)\s{1,3}(?!(?:the|people|all)\b)"
                      r"[a-z][a-z-]{2,20}\b")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    noun = r"(?:\s{1,3}[\w'\u2019/-]{1,20}){0,10}?"  # the total's noun: up to ten words, each bounded
    return {
        "running": re.compile(rf"\b(?:{word_alternation('sum_running_verbs')})\s{{1,3}}(?:the|its|their)"
                              rf"\s{{1,3}}(?:(?:overall|combined|annual|yearly|running)\s{{1,3}})?total"
                              rf"(?:\s{{1,3}}number\s{{1,3}}of{noun})?\s{{1,3}}to"
                              rf"(?:\s{{1,3}}(?:just|more|over|almost|nearly|than|some|around|about)){{0,2}}\s{{1,3}}$",
                              re.I),
        "link": re.compile(rf"(?:^|[\s,;(])(?:{word_alternation('sum_running_links')})\b", re.I),
        "total_before": re.compile(rf"\b(?:{word_alternation('sum_total_before')})\s{{1,3}}$", re.I),
        "total_after": re.compile(rf"(?:\s{{1,3}}[A-Za-z][\w'\u2019-]{{0,20}}){{0,4}}?[\s,]{{1,3}}"
                                  rf"(?:{word_alternation('sum_total_after')})\b", re.I),
        "addition": re.compile(rf"\b(?:{word_alternation('sum_addition_words')})\b", re.I),
    }


def told_apart(parts: list[Count]) -> bool:
    """Whether the record tells the parts apart by measure, place or period ("820 calls and 310 chats", "400 in
    Leeds and 700 in York"): else only their words do ("400 calls from men and 700 from under-25s"), and such
    parts may overlap or leave some of the total out."""
    return any((p.measure, tuple(p.regions), p.period_start, p.period_end)
               != (parts[0].measure, tuple(parts[0].regions), parts[0].period_start, parts[0].period_end)
               for p in parts[1:])


def runs_on(total: Count, text: str) -> bool:
    """Whether the words right before ``total`` carry a total on to it (within :data:`RUNNING_LEAD`): "bringing the
    total to", "taking the total number of contacts it dealt with to", "which took its overall total to"."""
    return _patterns()["running"].search(text, max(0, total.start - RUNNING_LEAD), total.start) is not None


def _marked(total: Count, own: list[Count], text: str) -> tuple[bool, bool]:
    """``(marked, running)``: whether the words mark ``total`` as the sum of what comes before it, and whether a
    running verb carries it on ("bringing the total to")."""
    pats = _patterns()
    if runs_on(total, text):
        return True, True
    linked = pats["link"].search(text, own[-1].end, total.start) is not None
    worded = pats["total_before"].search(text, max(0, total.start - 30), total.start) is not None \
        or pats["total_after"].match(text, total.end, min(len(text), total.end + AFTER_REACH)) is not None
    return linked and worded, False


def earlier_figure(total: Count, ev: Evidence) -> Optional[list[Count]]:
    """The part-like counts of the nearest fact sentence before the total's that holds one (at most
    :data:`EARLIER_SENTENCES` back); ``None`` when none does or two there are of one measure."""
    spans = ev.fact_sentences
    i = bisect.bisect_left(spans, tuple(total.sentence))
    for span in spans[max(0, i - EARLIER_SENTENCES):i][::-1]:
        found = [c for c in ev.counts_in(span) if plain(c) and part_of(c, total)]
        if not found:
            continue
        if len(found) > MAX_LISTED or any(akin(a.measure, b.measure) for k, a in enumerate(found) for b in found[k + 1:]):
            return None
        return found
    return None


def shortfall_proves(total: Count, parts: list[Count], ev: Evidence) -> bool:
    """Whether a running total's shortfall is an error: the earlier figure (the parts told before the total's
    sentence) is no guess, because no other part-like count (of another measure: the headline's "more than 5,000
    calls" is the 5,214 calls told again) is told before the total's sentence ("The service handled
    2,500 webchats. It answered 31,000 calls. It also replied to 4,000 emails, taking the total to 37,500": were the
    webchats added?), and its own words name no group it is limited to ("31,000 calls from adults": the calls from
    others may be left out).  An excess is an error whatever the guess."""
    earlier = [p for p in parts if p.start < total.sentence[0]]
    chosen, told = {id(p) for p in parts}, {p.measure for p in earlier}
    if any(c.start < total.sentence[0] and id(c) not in chosen and plain(c) and c.measure not in ("other", *told)
           and part_of(c, total) for c in ev.record.counts):
        return False  # a figure of the earlier figure's own measure is that figure told again ("more than 5,000 calls")
    return not any(_LIMITED.match(ev.text, p.end, min(p.sentence[1], p.end + LIMIT_REACH)) for p in earlier)


def running_parts(total: Count, ev: Evidence) -> Optional[list[Count]]:
    """The parts of a running total (see the module): the earlier figure, then the sentence's own parts; ``None``
    when the words mark no running total or no earlier figure is found."""
    text = ev.text
    if not text or not plain(total) or not is_number(total.value) or total.value <= 0 or total.qualifier == "vague":
        return None
    counts = ev.counts_in(total.sentence)
    if len(counts) > MAX_LISTED:
        return None
    before = [c for c in counts if c.end <= total.start]
    own = [c for c in before if part_of(c, total) and c.measure != "other"]  # "its 180 volunteers" is no part
    if not own or any(c not in own and plain(c) and akin(c.measure, total.measure) for c in before):
        return None  # no part of its own, or a figure of its measure before it that is none: another statement
    marked, running = _marked(total, own, text)
    if not marked:
        return None
    added = _patterns()["addition"].search(text, total.sentence[0], own[0].start)
    if not (added or running):
        return None
    earlier = earlier_figure(total, ev)
    return [*earlier, *own] if earlier else None


def running_sum(total: Count, ev: Evidence, tol: Tolerances) -> Optional[tuple[list[Count], Verdict]]:
    """``(parts, verdict)`` of a running total when it is a verdict (see the module); else ``None``."""
    parts = running_parts(total, ev)
    if not parts:
        return None

    def judged(ps: list[Count]) -> Verdict:
        return check_sum(Decimal(repr(total.value)), total.qualifier,
                         [(Decimal(repr(p.value)), p.qualifier) for p in ps], tolerances=tol)

    own = [p for p in parts if tuple(p.sentence) == tuple(total.sentence)]
    if len(own) >= 2 and judged(own).verdict == "consistent":
        return None  # the sentence's own parts make the total: no earlier figure is added
    v = judged(parts)
    if v.verdict == "consistent":
        return parts, v
    if v.verdict == "inconsistent" and v.computed is not None and told_apart(parts) \
            and within_misprint(v.computed, total.value) \
            and (v.computed > Fraction(repr(total.value)) or shortfall_proves(total, parts, ev)):
        return parts, v
    return None


def running_sum_check(total: Count, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """The sum check of a running total against its parts (see the module); ``None`` when it is no verdict."""
    found = running_sum(total, ev, tol)
    if found is None:
        return None
    parts, v = found
    check = _check("sum", total, parts, float(total.value), v, prefix=place(total))
    check.explanation += "; the parts are the figure before and what its sentence adds to it, up to the running total"
    return check


def with_running_sums(made: list[Check], totals: list[Count], ev: Evidence, tol: Tolerances) -> list[Check]:
    """``made`` with the sum check of each running total, unless a decided sum check of that total is there; it
    replaces that total's undecided sum checks."""
    for total in totals:
        mine = [c for c in made if adds_parts(c) and c.claim_ref == total.id]
        if any(c.verdict != "unverifiable" for c in mine):
            continue
        check = running_sum_check(total, ev, tol)
        if check is not None:
            made = [c for c in made if not any(c is d for d in mine)] + [check]
    return made
