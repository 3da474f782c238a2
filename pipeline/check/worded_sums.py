"""A total the words mark as the sum of the counts beside it: "a total of", "in all", "Of these, ...", a list after a colon.

Papers add up in words more often than in arithmetic signs:

- a total word after the counts before it in its sentence marks their sum (in a clause of its own, after
  "and" or "while", only their agreement is a verdict: "820 calls and 310 chats, and 1,500 contacts in all
  came through its website"): "820 calls and 310 chats, 1,130
  contacts in all", "A further 300 used its chat, bringing the total to 1,000" (with the figure before:
  that figure is :mod:`pipeline.check.running_totals`' ``earlier_figure``, and its shortfall a verdict only as
  there); "a total of" is no such word: papers write it of any figure ("a total of 1,320
  contacts, with 410 passed on to social services");
- "including" after a total makes the counts after it some of it: "5,210 contacts, including 3,600
  calls, 900 emails and 310 texts";
- a sentence opening with "Of these" (or "Of those", "Among them") lists parts of the total just before
  it: "The helpline heard from 2,000 people. Of these, 900 were from ...";
- a sentence right after a total that points back and says what it was made of lists all its parts: "Those
  contacts were made up of 1,503 calls, 806 texts and 302 emails" (``sum_made_of``);
- a total ending with a colon is followed by a list of one part an item ("took 2,450 contacts:" then
  "- 1,600 phone calls", "- 650 live chats", ...);
- a list set off by a dash or a colon right after a total in its sentence is the total told again as its parts
  ("58,212 contacts last year - 49,870 calls, 6,120 emails and 2,212 text messages": ``APPOSED``), so a near
  miss of parts told apart is a misprint (judged in :mod:`pipeline.check.sum_checks`), a shortfall only when the
  list is closed (:func:`closed_list`: nothing after the last part's words but a closing mark, no "among others",
  "of them", "including" in it).

The parts are the counts that may be parts (:func:`pipeline.check.adjacent_parts.part_of`: smaller, of a
measure, period and place that do not exclude the total's), at least two, and no larger count of the
total's measure among them.  A total word says the parts make the total, so its disagreement is a
verdict; parts after "including" are some of it, so a shortfall is consistent (ANNOTATION.md decision 10
reads them as "at most the total") and an excess gives no check; parts "of these" or listed after a colon
may be a funnel ("Of these, 96 began the course and 12 finished it") or overlap, so only their
agreement is a verdict.
The word lists are in ``data/check_words.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.check.adjacent_parts import part_of
from pipeline.check.evidence import (APART, MAX_LISTED, SHARED, Evidence, is_number, mix, period_match, plain,
                                     region_match)
from pipeline.check.evidence import before as dated_before
from pipeline.check.multiplier_pairs import check_words, word_alternation
from pipeline.check.running_totals import earlier_figure, told_apart  # noqa: F401 - told_apart is ours too
from pipeline.extract.inheritance import akin
from pipeline.records import Count

#: How many list items after a colon are read, at most.
LIST_ITEMS = 12





#: How far before a total its running-total words may start ("bringing the total to"): a short noun only, so a
#: running total with a long one ("taking the total number of contacts it dealt with to") is
#: :mod:`pipeline.check.running_totals`' alone, whose parts leave out a figure of no channel ("180 volunteers").
RUNNING_LEAD = 60


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        # "bringing the total to 1,000", "bringing the total number of contacts to 2,300" (a noun of up to four words)
        "running": re.compile(rf"(?:^|\W)(?:(?:{word_alternation('sum_running_total')})|the\s{{1,3}}total"
                              rf"(?:\s{{1,3}}[a-z]+){{1,4}}?\s{{1,3}}to)\s{{0,3}}$", re.I),
        "before": re.compile(rf"(?:^|\W)(?:{word_alternation('sum_total_before')})\s{{0,3}}$", re.I),
        "after": re.compile(rf"[\s,]{{1,3}}(?:{word_alternation('sum_total_after')})\b", re.I),
        "opener": re.compile(rf"[\s\"'(]{{0,3}}(?:{word_alternation('sum_parts_openers')})\b", re.I),
        "some": re.compile(rf"\b(?:{word_alternation('sum_some_words')})\b", re.I),
        "clause": re.compile(rf"\b(?:{word_alternation('sum_clause_words')})\b", re.I),
        "made_of": re.compile(rf"\W{{0,3}}(?:{word_alternation('sum_made_of_subjects')})\b[^\d.;]{{0,60}}?"
                              rf"\b(?:{word_alternation('sum_made_of')})\s{{1,3}}$", re.I),
    }



def _parts(counts: list[Count], total: Count) -> Optional[list[Count]]:
    """The counts that may be parts of the total, when two at least and no rival (a count of the total's
    measure that cannot be one: a larger figure, another year's); else ``None`` (and ``None`` among more than
    :data:`~pipeline.check.evidence.MAX_LISTED` counts)."""
    if len(counts) > MAX_LISTED:
        return None  # a table run together into one sentence: no list of parts
    parts = [c for c in counts if c is not total and part_of(c, total)]
    chosen = {id(c) for c in parts}
    rivals = [c for c in counts if c is not total and id(c) not in chosen and plain(c) and c.measure != "other"
              and akin(c.measure, total.measure) and not _base_of_a_part(c, parts)]
    return parts if len(parts) >= 2 and not rivals else None


def _base_of_a_part(c: Count, parts: list[Count]) -> bool:
    """Whether ``c`` is the earlier figure of a comparison one of the parts makes ("3,115 calls, up on the 2,460 in
    2023/24. It also handled 940 texts, bringing the total to 4,055"): dated before a part of its measure and place,
    it is that part's base, no part of the total and no rival to it."""
    return any(dated_before(c, p) and p.measure == c.measure and region_match(c.regions, p.regions) != APART
               for p in parts)


def _a_base(total: Count, ev: Evidence) -> bool:
    """Whether the article states a later figure of the total's measure and place: the total is a comparison's base
    ("rose from 1,944 in 2023-24 to 2,611", the later figure perhaps given once, in the lede), and a sentence saying
    what "those contacts" were made of breaks down the later one."""
    return any(dated_before(total, c) and akin(c.measure, total.measure) and region_match(c.regions, total.regions) != APART
               for c in ev.record.counts)


def _restates(span: tuple[int, int], total: Count, ev: Evidence) -> bool:
    """Whether the sentence ``span`` holds only the total's comparison base ("... 2,611 contacts ... Contacts rose from
    1,944 in 2023-24 to 2,611 in 2024-25.", the later figure the total itself, told again): no new whole, so "Those
    contacts were made up of ..." after it still breaks down the total."""
    counts = ev.counts_in(span)
    return bool(counts) and all(dated_before(c, total) and akin(c.measure, total.measure)
                                and region_match(c.regions, total.regions) != APART for c in counts) \
        and re.search(rf"(?<!\d){int(total.value)}(?!\d)", ev.text[span[0]:span[1]].replace(",", "")) is not None


def _made_of(counts: list[Count], total: Count) -> Optional[list[Count]]:
    """The counts of a sentence that says what the total before it was made of, when all may be its parts (smaller,
    plain, of a measure it may mix and a place that does not exclude its); their periods are the total's by the
    words ("Those contacts"), whatever year the sentence before lent them."""
    if not 2 <= len(counts) <= MAX_LISTED:
        return None
    if all(plain(c) and c.value < total.value and c.rate == total.rate and mix(c.measure, total.measure)
           and region_match(c.regions, total.regions) != APART for c in counts):
        return list(counts)
    return None


def shorter_periods(parts: list[Count], total: Count) -> bool:
    """Whether some part is of a period other than the total's yet within it ("600 calls in March and 700
    in April, 3,000 calls in total" in 2023): the parts may be some of the total, so a shortfall proves nothing."""
    return any(period_match(p.period_start, p.period_end, total.period_start, total.period_end) == SHARED
               for p in parts)


def _marked(total: Count, text: str) -> bool:
    """Whether a total word marks ``total`` as the sum of the counts before it: "a total of" right before it, "in all"
    right after it, or running words with a short noun (:func:`_runs_on`: "bringing the total to")."""
    pats = _patterns()
    return bool(pats["before"].search(text[max(0, total.start - 30):total.start]) or _runs_on(total, text)
                or pats["after"].match(text, total.end))


def _runs_on(total: Count, text: str) -> bool:
    """Whether running words with a short noun end right before ``total`` ("bringing the total to")."""
    return _patterns()["running"].search(text[max(0, total.start - RUNNING_LEAD):total.start]) is not None


def _sentences_after(total: Count, ev: Evidence) -> list[tuple[int, int]]:
    spans, span = [], ev.neighbour(total.sentence, 1)
    while span is not None and len(spans) < LIST_ITEMS:
        spans.append(span)
        span = ev.neighbour(span, 1)
    return spans


#: How the words give a total its parts: a total word after them says they make it; "including" says they
#: are some of it; "Of these" or a list says only that they are parts (a funnel, "Of these, 96 began the
#: course and 12 finished it", is parts of parts), so only agreement is a verdict on them.
TOTAL_WORD, SOME, LISTED = "total word", "some", "listed"
#: A list set off by a dash or a colon right after its total, in its sentence ("58,212 contacts last year - 49,870
#: calls, 6,120 emails and 2,212 text messages"): the total told again as its parts, so a near miss is a misprint.
APPOSED = "set off after it"

#: The words between a total and the list in apposition to it: its noun's last words, then a dash, a colon or an
#: opening bracket ("2,300 people (1,500 through the website and 800 by phone)").
_APPOSITION = re.compile(r"[^.;:!?()\u2013\u2014-]{0,60}(?::|\s[\u2013\u2014-]|\s\()\s{0,3}")


def apposed(total: Count, parts: list[Count], ev: Evidence) -> bool:
    """Whether ``parts`` are every count after ``total`` in its sentence and a dash, a colon or a bracket sets them
    off right after it ("2,300 people got in touch - 1,500 through the website and 800 by phone"): the total told
    again as its parts (:data:`APPOSED`)."""
    later = [c for c in ev.counts_in(total.sentence) if c.start > total.end]
    return bool(ev.text) and bool(parts) and [id(c) for c in later] == [id(p) for p in parts] \
        and _APPOSITION.fullmatch(ev.text, total.end, parts[0].start) is not None


#: After a set-off list's last part, its own words up to the mark that closes the list or the sentence's end:
#: " by phone)", " text messages.", " by phone -" (no comma, no figure: ", among others" leaves it open).
_LIST_CLOSE = re.compile(r"[^\d,;:()\u2013\u2014.!?-]{0,60}(?:[).;!?\u2013\u2014-]|$)")


def closed_list(total: Count, parts: list[Count], ev: Evidence) -> bool:
    """Whether a list set off after its total (:func:`apposed`) is closed: nothing but the last part's own words and
    a closing mark or the sentence's end after it, and no word in it that leaves it open ("among others",
    "including", "of them": ``sum_open_list_words``).  Only then is its shortfall an error: an open list may be
    some of the total, or parts of parts."""
    if not ev.text or not parts:
        return False
    last = max(parts, key=lambda p: p.end)
    close = _LIST_CLOSE.match(ev.text, last.end, total.sentence[1])
    return close is not None and _open_words().search(ev.text, total.end, close.end()) is None


@lru_cache(maxsize=1)
def _open_words() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{word_alternation('sum_open_list_words')})\b", re.I)


def worded_parts(total: Count, ev: Evidence) -> Optional[tuple[list[Count], str]]:
    """``(parts, how)``: the parts the words give a total and how (``TOTAL_WORD``, ``SOME`` or ``LISTED``);
    ``None`` when the words give none."""
    text = ev.text
    if not text or not is_number(total.value) or total.value <= 0 or total.difference or total.parts \
            or total.qualifier == "vague":
        return None
    pats = _patterns()
    own = ev.counts_in(total.sentence)
    if _marked(total, text):
        counts = [c for c in own if c.start < total.start]  # the parts come first: "730 calls and 270 chats, 1,000 in all"
        if len([c for c in counts if part_of(c, total)]) == 1 and _runs_on(total, text):
            # "... 700 called. A further 300 ..., bringing the total to 1,000": the figure before, as a running total
            earlier = earlier_figure(total, ev)  # its sentence's other counts stay, as rivals to the parts
            counts = [*(ev.counts_in(earlier[0].sentence) if earlier else []), *counts]
        parts = _parts(counts, total)
        if parts:
            some = pats["some"].search(text[min(p.start for p in parts):total.start])
            if not some and pats["clause"].search(text[max(p.end for p in parts):total.start]):
                return parts, LISTED  # "820 calls and 310 chats, and 1,500 contacts in all came ...": a clause of its own
            return parts, SOME if some else TOTAL_WORD
    later = [c for c in own if c.start > total.end]
    parts = _parts(later, total)
    if parts and pats["some"].search(text[total.end:parts[0].start]):
        return parts, SOME  # "5,210 contacts in 2021 including 3,600 calls, 900 emails and 310 texts"
    if parts and apposed(total, parts, ev):
        return parts, APPOSED  # "58,212 contacts last year - 49,870 calls, 6,120 emails and 2,212 texts"
    after = _sentences_after(total, ev)
    made_of = after[1:2] if len(after) > 1 and _restates(after[0], total, ev) else after[:1]
    if made_of and ev.counts_in(made_of[0]) \
            and pats["made_of"].match(text, made_of[0][0], ev.counts_in(made_of[0])[0].start) \
            and not _a_base(total, ev):
        parts = _made_of(ev.counts_in(made_of[0]), total)  # "Those contacts were made up of 1,503 calls, 806 texts ..."
        if parts:
            return parts, TOTAL_WORD
    if after and pats["opener"].match(text, after[0][0]):
        parts = _parts(list(ev.counts_in(after[0])), total)
        if parts:
            return parts, LISTED
    if text[total.sentence[0]:total.sentence[1]].rstrip().endswith(":") and after:
        bullets = tuple(check_words()["sum_list_bullets"])
        items = []
        for span in after:
            item = text[span[0]:span[1]].lstrip()
            counts = ev.counts_in(span)
            if not item.startswith(bullets) or len(counts) != 1:
                break
            items.append(counts[0])
        parts = _parts(items, total) if len(items) >= 2 else None
        if parts and len(parts) == len(items):
            return parts, LISTED
    return None
