"""The pairs of figures a change names in its own sentence: "from A to B", "to A from B", "rose by 40% to N",
"from February (68) to March (157)", "N - almost double the number in 2020 (M)", and a bracketed change after
a from-to pair.  Pure functions over one sentence's resolved counts, used by :mod:`pipeline.extract.linking`.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.extract.clauses import two_clauses
from pipeline.extract.inheritance import Context, Resolved, akin
from pipeline.extract.measures import word_regex
from pipeline.extract.number_values import FROM_EARLIER
from pipeline.extract.sentence_context import Draft


#: Between a change and the first figure of the pair it names: "by 30%, from", "61% from", "by 30% over the year, from".
_FROM_BEFORE = re.compile(r"[^.;:]{0,60}?\bfrom\s*(?:(?:just|only|a\s+mere)\s+)?")
#: Between the two figures of a from-to pair, the earlier figure's time allowed: "from 497 the previous year to
#: 1,296", "from 9,779 in 2022 to 11,700".
_TO_BETWEEN = re.compile(r"(?:\s{1,3}(?:in\s{1,3}(?:(?:19|20)\d\d(?:[/-]\d{2,4})?|[A-Z][a-z]{2,8})"
                         r"|(?:in\s{1,3})?(?:the\s{1,3})?(?:previous|last|prior|preceding)\s{1,3}(?:year|month|quarter)))?"
                         r",?\s*to\s*")
#: What stands between a change and the count it reached: "rose by 40% to 1,260", "up by 30% on the
#: previous year to 12,500" (a base of a few words, named before the "to"), "up 12%, to a total of 900".
_TO_AFTER = re.compile(r"(?:\s{1,3}(?:on|over|from|compared\swith)\s{1,3}(?:[^\d,.;:()]{1,30}?|(?:19|20)\d\d))?"
                       r",?\s{1,3}to\s{1,3}(?:reach\s{1,3}|a\s(?:record|total)\s(?:of\s)?)?")


def from_to_after(item: Resolved, ctx: Context) -> Optional[tuple[Resolved, Resolved]]:
    """The earlier and the later figure of a "from A to B" that follows a change, the first figures after it.

    "referrals rose by 30% over the same period, from 144 to 187, and neglect referrals
    jumped by 61% from 499 to 803": each change names its own pair; a figure of the
    clause before ("187") is not the later figure of the second change.
    """
    d = item.draft
    if d.pct_kind != "change" and d.kind != "multiplier":
        return None
    text, s = d.sentence.text, d.sentence.start
    after = [c for c in ctx.by_sentence.get(s, []) if c.draft.start >= d.end]
    if len(after) < 2:
        return None
    a, b = after[0], after[1]
    if two_clauses(text, (d.start - s, d.end - s), (a.draft.start - s, a.draft.end - s)):
        return None  # "rose from 800 to 1,000, up 25 per cent, while in Bradford they rose from 500 to 560"
    if _FROM_BEFORE.fullmatch(text, d.end - s, a.draft.start - s) \
            and (_TO_BETWEEN.fullmatch(text, a.draft.end - s, b.draft.start - s)
                 or _TO_WITH_TIME.fullmatch(text, a.draft.end - s, b.draft.start - s)):
        return a, b
    return to_from_after(item, ctx)


#: Between the two figures of a from-to pair a change names, a rate and a time of the earlier figure in other
#: words: "from just 49 per month in Fiscal Year 2018 to 147", "from 300 a week in the 2019/20 year to 420".
_TO_WITH_TIME = re.compile(r"(?:\s{1,3}(?:a|per|each)\s{1,3}(?:day|week|month|year))?"
                           r"(?:\s{1,3}(?:in|during)\s{1,3}(?:the\s{1,3})?(?:[A-Za-z]{2,10}\s{1,3}){0,2}"
                           r"(?:19|20)\d\d(?:[/-]\d{2,4})?(?:\s{1,3}[a-z]{2,10}){0,2})?,?\s{1,3}to\s{1,3}")


#: Between a change and the later figure of a "to A from B" pair: "more than doubled to 27,341 from 11,591",
#: "11 per cent higher than a year before, up to 23,665 from 19,699".
_TO_FIRST = re.compile(r"[^.;:\d]{0,60}?\bto\s{1,3}(?:(?:about|around|nearly|almost|some|over|more\s{1,3}than"
                       r"|a\s{1,3}record(?:\s{1,3}high\s{1,3}of)?)\s{1,3})?")
#: The same gap when the count's own words hold the "to" ("up to 23,665"), and those words.
_CLAUSE_GAP = re.compile(r"[^.;:\d]{0,60}")
_TO_OPENS = re.compile(r"(?:up\s{1,3})?to\s", re.I)
#: Between the two figures of a "to A from B" pair, the later figure's noun and "from": "to 27,341 calls from 11,591".
_FROM_SECOND = re.compile(FROM_EARLIER)


def to_from_after(item: Resolved, ctx: Context) -> Optional[tuple[Resolved, Resolved]]:
    """The (earlier, later) figures of a "to A from B" right after a change or a multiplier: "calls more
    than doubled to 27,341 from 11,591 in 2020" compares 27,341 with 11,591, whatever periods they took."""
    d = item.draft
    text, s = d.sentence.text, d.sentence.start
    after = [c for c in ctx.by_sentence.get(s, []) if c.draft.start >= d.end]
    if len(after) < 2 or not _FROM_SECOND.fullmatch(text, after[0].draft.end - s, after[1].draft.start - s):
        return None
    later, earlier = after[0], after[1]
    if not _TO_FIRST.fullmatch(text, d.end - s, later.draft.start - s) and not (  # the "up to" may be the count's
            _CLAUSE_GAP.fullmatch(text, d.end - s, later.draft.start - s)
            and _TO_OPENS.match(text, later.draft.start - s, later.draft.end - s)):
        return None
    return (earlier, later) if akin(earlier.draft.measure, later.draft.measure) else None


def reached_after(d: Draft, ctx: Context) -> Optional[Resolved]:
    """The count a change rose or fell to, right after it: "rose by 40% to 1,260"."""
    if d.pct_kind != "change":
        return None
    text, s = d.sentence.text, d.sentence.start
    after = [c for c in ctx.by_sentence.get(s, []) if c.draft.start >= d.end]
    if after and _TO_AFTER.fullmatch(text, d.end - s, after[0].draft.start - s):
        return after[0]
    return None

#: Between the later figure of a from-to pair and a bracketed percentage: its time, then the bracket.
_BRACKET_AFTER_PAIR = re.compile(r"(?:\s{1,3}in\s{1,3}(?:(?:19|20)\d\d(?:[/-]\d{2,4})?|[A-Z][a-z]{2,8}(?:\s(?:19|20)\d\d)?))?"
                                 r"\s{0,3}\(\s{0,2}")


def bracketed_change(item: Resolved, ctx: Context) -> Optional[tuple[Resolved, Resolved]]:
    """A percentage in brackets right after a from-to pair is that pair's change: "dropped from 28,700 in
    January to 22,153 in May (23pc)".  Returns the (earlier, later) counts, and makes the percentage a
    change in the pair's direction; ``None`` for any other percentage."""
    d = item.draft
    if d.pct_kind == "change" or d.kind != "percentage":
        return None
    s, text = d.sentence.start, d.sentence.text
    before = [c for c in ctx.by_sentence.get(s, []) if c.draft.end <= d.start]
    if len(before) < 2 or not _BRACKET_AFTER_PAIR.fullmatch(text, before[-1].draft.end - s, d.start - s):
        return _worded_change_pair(item, ctx)
    earlier, later = before[-2], before[-1]
    if paired_later(earlier, ctx) is not later or later.draft.value == earlier.draft.value:
        return None
    d.pct_kind = "change"
    d.direction = "decrease" if later.draft.value < earlier.draft.value else "increase"
    return earlier, later

#: A change word right before a bracketed percentage, and the bracket closing after it: "a slight decrease (1.5%)".
_WORD_BRACKET = re.compile(r"([A-Za-z]{2,15})\s{0,2}\(\s{0,2}$")
_BRACKET_CLOSE = re.compile(r"\s{0,2}\)")


def _worded_change_pair(item: Resolved, ctx: Context) -> Optional[tuple[Resolved, Resolved]]:
    """A percentage in brackets right after a change word, sizing the from-to pair after it in its sentence:
    "a slight decrease (1.5%) in new callers, from 4,715 in 2002 to 4,644 in 2003".  The pair's direction
    must be the word's; returns the (earlier, later) counts and makes the percentage that change."""
    d = item.draft
    s, text = d.sentence.start, d.sentence.text
    word = _WORD_BRACKET.search(text[max(0, d.start - s - 20):d.start - s])
    if word is None or not _BRACKET_CLOSE.match(text, d.end - s):
        return None
    direction = next((w for w in ("increase", "decrease") if word_regex("change_words", w).fullmatch(word.group(1))), None)
    if direction is None:
        return None
    for earlier in (c for c in ctx.by_sentence.get(s, []) if c.draft.start >= d.end):
        later = paired_later(earlier, ctx)
        if later is None or later.draft.value == earlier.draft.value or not akin(earlier.draft.measure, later.draft.measure):
            continue
        if (later.draft.value < earlier.draft.value) != (direction == "decrease"):
            return None
        d.pct_kind, d.direction = "change", direction
        return earlier, later
    return None


#: Between the two figures of a from-to pair: "from 8 to 10", "from 431 to 481", "from 9,779 in 2022 to 11,700".
FROM_PAIR = _TO_BETWEEN


def paired_later(count: Resolved, ctx: Context) -> Optional[Resolved]:
    """The later figure of the "from A to B" pair whose earlier figure ``count`` is, if it is one."""
    d = count.draft
    following = [c for c in ctx.by_sentence.get(d.sentence.start, []) if c.draft.start >= d.end]
    if following and _TO_BETWEEN.fullmatch(d.sentence.text, d.end - d.sentence.start,
                                           following[0].draft.start - d.sentence.start):
        return following[0]
    return None


#: A "to" that ends a comparison, not a from-to pair: "compared to 140", "relative to 2,000".
_COMPARED_TO = re.compile(r"\b(?:compar\w*|relative|equivalent)\s+to\s*$", re.I)


def to_end(count: Resolved) -> bool:
    """The count is the later end of a from-to pair ("from 400 to 500"), not an earlier figure ("compared to 140")."""
    d = count.draft
    before = d.sentence.text[:d.start - d.sentence.start]
    return bool(re.search(r"\bto\s*$", before)) and not _COMPARED_TO.search(before[-40:])

#: A period and the bracket its figure stands in: "from February (", "to March 2021 (", ") to 2020 (".
_WHEN = r"(?:[A-Z][a-z]{2,8}|(?:19|20)\d\d)(?:\s(?:19|20)\d\d)?\s{0,2}\(\s{0,2}"
_FROM_BRACKETED = re.compile(rf"\s{{1,3}}from\s{{1,3}}{_WHEN}")
_TO_BRACKETED = re.compile(rf"\s{{0,2}}\)\s{{1,3}}to\s{{1,3}}{_WHEN}")


def bracketed_pair(item: Resolved, ctx: Context) -> Optional[tuple[Resolved, Resolved]]:
    """The (earlier, later) counts a change names right after it, each in brackets after its period:
    "more than doubled from February (68) to March (157)".  Both of one kind of thing, else ``None``."""
    d = item.draft
    s, text = d.sentence.start, d.sentence.text
    after = [c for c in ctx.by_sentence.get(s, []) if c.draft.start >= d.end]
    if len(after) < 2 or not _FROM_BRACKETED.fullmatch(text, d.end - s, after[0].draft.start - s) \
            or not _TO_BRACKETED.fullmatch(text, after[0].draft.end - s, after[1].draft.start - s):
        return None
    earlier, later = after[0], after[1]
    return (earlier, later) if akin(earlier.draft.measure, later.draft.measure) else None

#: Between a multiplier and its base figure named in brackets after a period: "almost double the number in 2020 (2,506)".
_BASE_BRACKETED = re.compile(r"\s{1,3}(?:that\s{1,3}of|the\s{1,3}(?:number|figure|total|level)\s{1,3}(?:in|of|for|during))"
                             r"\s{1,3}[^()\d.;]{0,30}(?:19|20)\d\d(?:[/-]\d{2,4})?\s{0,2}\(\s{0,2}")
#: Between the figure a multiplier compares and the multiplier: "4,833 people asked for help - almost double".
#: A year may stand between them ("... rang the line in 2023 - almost double"), but no other figure.
_LATER_BEFORE = re.compile(r"(?:[^()\d.;]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}[,\u2013\u2014-]\s{0,3}"
                           r"(?:which\s{1,3}is\s{1,3}|that\s{1,3}is\s{1,3})?")


def compared_with_bracketed(item: Resolved, ctx: Context) -> Optional[tuple[Resolved, Resolved]]:
    """The (earlier, later) figures of "N people ... - almost double the number in 2020 (M)": the
    base in brackets after the period the multiplier names, the figure it compares just before it."""
    d = item.draft
    text, s = d.sentence.text, d.sentence.start
    counts = ctx.by_sentence.get(s, [])
    after = [c for c in counts if c.draft.start >= d.end]
    before = [c for c in counts if c.draft.end <= d.start]
    if not after or not before or not _BASE_BRACKETED.fullmatch(text, d.end - s, after[0].draft.start - s) \
            or not _LATER_BEFORE.fullmatch(text, before[-1].draft.end - s, d.start - s):
        return None
    earlier, later = after[0], before[-1]
    return (earlier, later) if akin(earlier.draft.measure, later.draft.measure) else None


#: Between "N times" and its base in brackets after the year it names: " as many in 2019 (", " as many as in 2019 (".
_AS_MANY_BRACKETED = re.compile(r"\s{1,3}as\s{1,3}(?:many|much)\s{1,3}(?:as\s{1,3})?(?:in|during)\s{1,3}"
                                r"[^()\d.;]{0,30}(?:19|20)\d\d(?:[/-]\d{2,4})?\s{0,2}\(\s{0,2}")


def as_many_bracketed(item: Resolved, ctx: Context) -> Optional[tuple[Resolved, Resolved]]:
    """The (earlier, later) figures of "2,900 people called - ... and nearly four times as many in
    2018 (760)": the base in brackets after the year the multiplier names, the figure it compares the first
    count of the sentence, not itself in brackets (the bases of the multipliers listed before it are)."""
    d = item.draft
    text, s = d.sentence.text, d.sentence.start
    counts = ctx.by_sentence.get(s, [])
    after = [c for c in counts if c.draft.start >= d.end]
    before = [c for c in counts if c.draft.end <= d.start and not text[:c.draft.start - s].rstrip().endswith("(")]
    if not after or not before or not _AS_MANY_BRACKETED.fullmatch(text, d.end - s, after[0].draft.start - s):
        return None
    earlier, later = after[0], before[0]
    return (earlier, later) if akin(earlier.draft.measure, later.draft.measure) else None
