"""A share set off right after its part that points back at its whole: "1,260 of them - nearly a third of the
county's total", "540 were women, or 22 per cent of the total".

The whole is not in the share's sentence: the words "of the total" ("of the region's total", "of them") point back
at the figure the article gave before.  It is the nearest count before the part that may hold it (larger, exact
or about, of a measure the part's may mix, its rate, a place and period that do not exclude the part's) in the
part's sentence or the :data:`WHOLE_SENTENCES` fact sentences before it; the earlier of two dated counts of one
measure there is a comparison's base, not "the total" ("3,900 contacts in 2024, up from 3,250 in 2023. Leeds
accounted for 1,260 of them").  The words tie the share to its part and point at one whole, so a disagreement is a
verdict when the nearest sentence holding a whole holds one; else only agreement is.

Two more wordings tie a share to its part and a whole before (fifteenth round):

- the sentence opens with words that point back, or the part's own words do ("650 of them - nearly a fifth"), the
  share set off after its part: "Of those, 600 - 24 per cent -
  came from women", "Of them, 2,900 - about a quarter - were women", "Of the calls taken, 1,350 were from people
  who had thought about suicide - just over a third" (:data:`_OPENS_BACK`);
- the share comes first and its part is set off right after it: "Nearly two-thirds of those callers - 5,290
  people - were ...", "Around one in five calls - 6,420 in all - came from ..." (:data:`_PART_AFTER`), the whole in
  a sentence before (not a sibling part before it in its own: "60% (300 callers) ... the remaining 40% (200
  callers)"); only words that point back ("of those callers", "of them") make a disagreement a verdict.

A share whose own words name another whole ("which is 40 per cent of all calls in the UK") is none of these.

Of two wholes in the nearest sentence, the one of the thing the share's words name ("of those callers": the calls,
not the website's visitors beside them; ``share_whole_nouns`` in ``data/check_words.json``) is the one.

The whole is found by :func:`pipeline.check.share_whole_finder.whole_before`, the one search every share rule that
looks for a whole before its part calls (twentieth round).  Three more ties of a share to its part (twentieth round,
shares20), each with the whole that search finds:

- the part's own words name its whole, as the share's may: "accounted for 7,410 of last year's total, almost a
  quarter", "made up 402 of the Welsh total, just under a third", "402 of last year's calls - almost a third" (a
  determiner, up to two words, and a total's noun or a whole's noun closing its clause: :func:`_names_whole`);
- a verb joins the part to a share whose words name its whole: "Stockport's 131 calls represented 12.5% of the
  Greater Manchester total" (:data:`_JOINED`);
- the share comes first, its words point back, and its part is set off by commas: "Nearly a third of those who
  reached an adviser, 2,960 people, were ..." (the whole is the count whose own words share the "those who" words:
  "8,912 spoke to an adviser", not the website's users beside it).

A share set off after its part whose words point at no whole ("4,380 people got in touch by email, meaning more than
one in 10 contacts now arrive in writing") is tied to its part too, but its whole is then a guess (the latest count
before the part of the thing the share names, when it names one): agreement only, and an open share ("more than one
in 10") only when its words name what it counts.
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Optional

from pipeline.check.bare_wholes import OTHER_SHARE, bare_whole, beside_share, rivals
from pipeline.check.evidence import MAX_LISTED, Evidence, is_number, mix
from pipeline.check.multiplier_pairs import check_words, word_alternation
from pipeline.check.share_whole_finder import naming_words, whole_before
from pipeline.extract.clauses import clause_words
from pipeline.extract.set_off_parts import APPOSITION_END
from pipeline.records import Count, Percentage

#: The hedges that may stand right before a share in the words tying it to its part ("nearly a third", "more than
#: 40%"): ``share_hedges`` of ``data/check_words.json``, one alternation for this module and
#: :mod:`pipeline.check.subject_parts`.
HEDGES = word_alternation("share_hedges")
#: Between a part and its share: the part's own words (no figure but a year, no stop), then a dash, a comma, a bracket or
#: "or", then "or"/"which is" and a hedge ("2,115 of them - nearly a quarter", "540 were women, or 22 per cent").
_SET_OFF = re.compile(r"(?:[^\d.;!?,(\u2013\u2014-]|(?<!\d)(?:19|20)\d\d(?!\d)){0,80}(?:[-\u2013\u2014,(]|\bor\b)\s{0,3}"
                      r"(?:(?:or|which\s{1,3}is|that\s{1,3}is|being|meaning(?:\s{1,3}that)?(?:\s{1,3}(?:they|it|this|these|those))?"
                      r"(?:\s{1,3}(?:accounted\s{1,3}for|made\s{1,3}up|represented|were|was|are|is))?)\s{1,3})?"
                      rf"(?:(?:{HEDGES})\s{{1,3}})?", re.I)
@lru_cache(maxsize=1)
def _points_back() -> re.Pattern[str]:
    """After the share (whose text may hold the "of"): "of the total", "of the region's total", "of the national
    figure", "of the overall number", "of them", "of those", and "of all <a whole's noun>" closing its clause ("of all
    contacts.", "of all contacts - the highest ...", not "of all calls in the UK": ``share_whole_nouns``)."""
    nouns = "|".join(sorted(map(re.escape, check_words()["share_whole_nouns"]), key=len, reverse=True))
    return re.compile(r"\s{0,3}(?:of\s{1,3})?(?:(?:them|those|these)\b|(?:the|their|its|this|that)\s{1,3}"
                      r"(?:[A-Za-z]+(?:'s|\u2019s)?\s{1,3}){0,2}(?:total|figure|number|tally)\b"
                      rf"|all\s{{1,3}}(?:the\s{{1,3}})?(?:{nouns})(?=\s{{0,3}}(?:[.,;:)(\u2013\u2014]|\s-|$)))", re.I)


#: Words that point back at a whole by a pronoun ("of them", "of those"), not as a total or by its noun.
_THEM = re.compile(r"\s{0,3}(?:of\s{1,3})?(?:them|those|these)\b", re.I)
#: A sentence opening that points back at a whole before it: "Of those,", "Of them,", "Of the calls taken last year,".
_OPENS_BACK = re.compile(r"[\W_]{0,3}(?:of|among)\s{1,3}(?:them|those|these|(?:the|all|this|that)\s{1,3}"
                         r"[A-Za-z]{1,20}(?:\s{1,3}[A-Za-z]{1,20}){0,3})\s{0,2},", re.I)
def opens_back(ev: Evidence, c: Count) -> bool:
    """Whether ``c`` is the first count of a sentence that opens with words pointing back at a whole before it ("Of
    these, 960 were ...": :data:`_OPENS_BACK`)."""
    own = ev.counts_in(c.sentence)
    return bool(own) and own[0] is c and _OPENS_BACK.match(ev.text, c.sentence[0], c.start) is not None


#: Between a share and its part set off after it: the share's own words (no figure, no stop), then a dash or a
#: bracket: "Nearly two-thirds of those callers - ", "Around one in five calls (".
_PART_AFTER = re.compile(r"[^\d.;!?,(\u2013\u2014-]{0,60}[-\u2013\u2014(]\s{0,3}")
#: Right after a share, a whole described by a noun and a relative clause, as "of those who ..." describes one: "of
#: the people who got in touch", "of the callers who reached an adviser" (the clause's words in the group).
_DESCRIBED = re.compile(r"\s{0,3}of\s{1,3}the\s{1,3}[A-Za-z]{1,20}\s{1,3}(?:who|whom|that)\b"
                        r"([^\d,.;:()\u2013\u2014-]{0,60})", re.I)
#: Words right after a share that point back at a whole and name what it counts: "of those callers", "of them".
_NAMED_BACK = re.compile(r"\s{0,3}(?:of\s{1,3})?(?:them|those|these|the)\b\s{0,3}([A-Za-z]{0,20})", re.I)


#: The words after a share's "of" to the end of their clause ("calls to the regional team").
_OWN_WORDS = re.compile(r"[^,.;:()\u2013\u2014]{0,60}")
#: A part's own words that point back at its whole: "1,150 of the contacts", "610 of them".
_OF_BACK = re.compile(r"\bof\s{1,3}(?:them|those|these)\b", re.I)
#: Right after a share, "of" and words that name a whole of their own ("40 per cent of all calls in the UK").
_OF_OWN = re.compile(r"\s{0,3}of\b", re.I)
#: A verb that joins a part to its share, the part's own words before it (no figure, no stop): "131 calls
#: represented ", "Leeds's 420 calls were ".
_JOINED = re.compile(r"[^\d.;!?,()\u2013\u2014-]{0,40}?\b(?:represent(?:s|ed)?|(?:made|make|makes)\s{1,3}up"
                     r"|account(?:s|ed)?\s{1,3}for|were|was|is|are)\s{1,3}"
                     rf"(?:(?:{HEDGES})\s{{1,3}})?", re.I)
#: Between a share whose words point back and its part set off by a comma after it: "Nearly a third of those who
#: reached an adviser, " (the share's own words, no figure, no stop).
_PART_AFTER_COMMA = re.compile(r"[^\d.;!?,()\u2013\u2014-]{0,60},\s{0,3}")
#: After a part set off by a comma, the end of its apposition: "2,960 people,", "1,010 in all -" (the sentence's end
#: closes it too, "587 in all.", "587.", when nothing but a total word is between: :data:`APPOSITION_END`; "460 of
#: them from Leeds." is a part of the part).
_CLOSED = re.compile(r"[^\d.;!?,()\u2013\u2014-]{0,20}[,\u2013\u2014-]")
#: "of" right after a share's words: where the words of its "of those who ..." begin.
_THOSE_WHO = re.compile(r"\s{0,3}(?:of\s{1,3})?(?:those|them|these)\s{1,3}(?:who|whom|that)\b"
                        r"([^\d,.;:()\u2013\u2014]{0,60})", re.I)


@lru_cache(maxsize=1)
def _names_whole() -> re.Pattern[str]:
    """A part's own words that name its whole, closing their clause: "of last year's total", "of the Welsh total",
    "of the county's total", "of last year's calls", "of the calls", "of them" (a determiner, up to two words, and a
    total's noun or a whole's noun: ``share_whole_nouns``)."""
    nouns = "|".join(sorted(map(re.escape, check_words()["share_whole_nouns"]), key=len, reverse=True))
    return re.compile(r"\bof\s{1,3}(?:(?:them|those|these)\b|(?:the|their|its|this|that|last|all)\s{1,3}"
                      r"(?:[A-Za-z]{1,20}(?:'s|\u2019s)?\s{1,3}){0,2}"
                      rf"(?:total|figure|number|tally|{nouns})(?=\s{{0,3}}(?:[-\u2013\u2014,.;:)(]|$)))", re.I)


#: A total's own word in the words that name a whole ("of last year's total"), as against a whole's noun ("of the calls").
_TOTAL_WORD = re.compile(r"\b(?:total|figure|number|tally)\b", re.I)

#: Right after a share, the noun of what it counts: "one in 10 contacts", "a third of calls", "half of all callers".
_NOUN_AFTER = re.compile(r"\s{0,3}(?:of\s{1,3}(?:all\s{1,3})?)?([A-Za-z]{1,20})", re.I)


def _noun_measure(share: Percentage, text: str) -> Optional[str]:
    """The measure the noun after a share's words that point back names ("of those callers": calls), if any."""
    m = _NAMED_BACK.match(text, share.end, min(share.end + 40, share.sentence[1]))
    if m is None:
        return None
    nouns = check_words()["share_whole_nouns"]
    return nouns.get(m.group(1).lower())


def _counted_noun(share: Percentage, text: str) -> Optional[str]:
    """The measure of the noun right after a share ("more than one in 10 contacts": contacts), if it names one."""
    m = _NOUN_AFTER.match(text, share.end, min(share.end + 30, share.sentence[1]))
    return check_words()["share_whole_nouns"].get(m.group(1).lower()) if m else None


def _part_before(share: Percentage, own: list[Count], ev: Evidence) -> Optional[Count]:
    """The count set off right before the share ("1,260 of them - nearly a third"), if any; a figure of the part's
    own words that is no fact of the record ("were aged 17 or under - 34% of the total") is one of its words."""
    before_share = [c for c in own if c.end <= share.start]
    if not before_share:
        return None
    part = before_share[-1]
    return part if _SET_OFF.fullmatch(_unfigured(ev, part.end, share.start)) else None


#: A figure of page text (digits and the commas or points inside them).
_DIGITS = re.compile(r"\d")


def _unfigured(ev: Evidence, start: int, end: int) -> str:
    """The text between ``start`` and ``end`` with the digits of a figure that is no fact of the record (an age, a
    phone number) written as ``#``: the words of a part, not another figure.  A fact's figure there stays, so a count
    or a percentage between a part and its share still parts them."""
    spans = [(f.start, f.end) for f in ev.by_id.values() if f.start < end and f.end > start]
    chars = list(ev.text[start:end])
    for m in _DIGITS.finditer(ev.text, start, end):
        if not any(a <= m.start() < b for a, b in spans):
            chars[m.start() - start] = "#"
    return "".join(chars)


def _joined_part(share: Percentage, own: list[Count], text: str) -> Optional[Count]:
    """The count a verb joins to the share right after it ("131 calls represented 12.5%"), if any."""
    before_share = [c for c in own if c.end <= share.start]
    if not before_share:
        return None
    part = before_share[-1]
    return part if _JOINED.fullmatch(text, part.end, share.start) else None


def _part_after(share: Percentage, own: list[Count], text: str, *, comma: bool,
                ev: Optional[Evidence] = None) -> Optional[Count]:
    """The count set off right after the share ("Nearly two-thirds of those callers - 5,290 people"; with
    ``comma``, also "Nearly a third of those who reached an adviser, 2,960 people, ..."), if any.  With ``ev``, a
    figure of the share's own words that is no fact of the record ("came in between midnight and 6am - 6,290 of
    them") is one of its words (:func:`_unfigured`), as between a part and a share set off after it."""
    after_share = [c for c in own if c.start >= share.end]
    if not after_share:
        return None
    part = after_share[0]
    between = _unfigured(ev, share.end, part.start) if ev is not None else text[share.end:part.start]
    if _PART_AFTER.fullmatch(between):
        return part
    closing = APPOSITION_END.match(text, part.end, share.sentence[1])  # "587 in all." to the sentence's end
    if comma and _PART_AFTER_COMMA.fullmatch(between) and (_CLOSED.match(text, part.end, share.sentence[1]) or (
            closing is not None and not text[closing.end():share.sentence[1]].strip())):
        return part
    return None


@lru_cache(maxsize=1)
def _restates() -> re.Pattern[str]:
    """A sentence's opening that restates the figure just told as a share, up to the share: a word that points back
    (``referring_openers`` of ``data/clauses.json``), a verb at most and a hedge at most ("That is ", "This
    represents almost ", "That's ")."""
    openers = "|".join(sorted(map(re.escape, clause_words()["referring_openers"]), key=len, reverse=True))
    return re.compile(rf"[\W_]{{0,3}}(?:{openers})\s{{1,3}}(?:(?:is|was|represents|represented|means|meant"
                      r"|amounts\s{1,3}to|amounted\s{1,3}to|equates\s{1,3}to|makes\s{1,3}up|made\s{1,3}up)\s{1,3})?"
                      rf"(?:(?:{HEDGES})\s{{1,3}})?", re.I)


def _part_told_before(share: Percentage, ev: Evidence) -> Optional[Count]:
    """The part of a share whose sentence holds no count and opens by pointing back at the figure just told ("Of
    those, 893 were worried about someone else. That is 43% of all contacts."): the one count of the fact sentence
    right before (two there leave it unknown which), if the opening restates it (:func:`_restates`)."""
    if not _restates().fullmatch(ev.text, share.sentence[0], share.start):
        return None
    previous = ev.neighbour(share.sentence, -1)
    counts = ev.counts_in(previous) if previous is not None else []
    return counts[0] if len(counts) == 1 else None


def referred_share(share: Percentage, ev: Evidence) -> Optional[tuple[Count, Count, bool]]:
    """``(part, whole, sole)`` for a share set off after its part whose words point back at its whole; ``sole``
    when the whole is the one the words can mean (a disagreement is then a verdict).  ``None`` otherwise."""
    if share.kind != "share" or not share.value or not ev.text:
        return None
    text = ev.text
    pointer = _points_back().match(text, share.end, min(share.end + 60, share.sentence[1]))
    points = bool(pointer)
    total = bool(pointer) and not _THEM.match(pointer.group())  # "of the total", "of all contacts", not "of them"
    # "women made up 28% of callers, 587 in all": a whole named by its bare noun, all it counts; read only with the
    # share first and its part set off after it (twenty-third round, shares23b)
    bare = None if points or OTHER_SHARE.search(text, max(share.sentence[0], share.start - 12), share.start) \
        else bare_whole().match(text, share.end, min(share.end + 30, share.sentence[1]))
    described = None if points or bare else _DESCRIBED.match(text, share.end, share.sentence[1])
    if not points and not bare and described is None and _OF_OWN.match(text, share.end):
        return None  # "which is 40 per cent of all calls in the UK": a whole the share names, not one before
    if not points and text[share.start:share.end].lower().endswith(" of") \
            and len(_OWN_WORDS.match(text, share.end, share.sentence[1]).group().split()) >= 2:
        return None  # "700 of them, a third of calls to the regional team": the share names its own base
    opens = bool(_OPENS_BACK.match(text, share.sentence[0], share.start))
    if len(ev.counts_in(share.sentence)) > MAX_LISTED:
        return None  # a table run together into one sentence
    own = ev.counts_in(share.sentence)
    named = _noun_measure(share, text)
    guess = False  # the words name no whole: the latest before the part is a guess, agreement only
    loose = False  # the part's words name the whole's noun, not a total: agreement only
    part = None if bare else _part_before(share, own, ev)
    if part is not None and not (points or opens):
        # "Carlisle accounted for 650 of them - nearly a fifth", "7,410 of last year's total, almost a quarter":
        # the part's own words point back
        back = _OF_BACK.search(text, part.start, share.start)
        whole_words = _names_whole().search(text, part.start, share.start)
        points = bool(back or whole_words)
        total = not back and whole_words is not None and not _THEM.search(whole_words.group())
        # "1,500 of the calls, or 40 per cent": a noun may be a subset's ("the calls" of one service), so only a
        # total's word or "of them" makes a disagreement a verdict; the noun alone gives agreement only
        loose = not back and whole_words is not None and not _TOTAL_WORD.search(whole_words.group())
        if not points:
            named = _counted_noun(share, text)  # "4,380 people ..., meaning more than one in 10 contacts"
            guess = named is not None
            part = part if guess else None
    if part is None and points:
        part = _joined_part(share, own, text)  # "131 calls represented 12.5% of the Greater Manchester total"
    if part is None and points and not own:
        part = _part_told_before(share, ev)  # "Of those, 893 were ... That is 43% of all contacts."
    first = part is None  # the share first, its part set off after it: its whole is in a sentence before
    if first:
        part = _part_after(share, own, text, comma=points or bool(bare), ev=ev)  # "Nearly half of them - 830 -"
        named = check_words()["share_whole_nouns"][bare.group("noun").lower()] if bare else named
    if part is None or not (is_number(part.value) and part.value > 0 and mix(part.measure, share.measure)
                            and not part.difference):
        return None
    those = _THOSE_WHO.match(text, share.end, share.sentence[1]) or described
    found = whole_before(part, ev, in_sentence=not first, measure=None if guess else named,
                         counted=named if guess else None,
                         words=frozenset(naming_words(those.group(1))) if those else frozenset(), total=total)
    if found is None or bare and beside_share(found.whole, ev):
        return None  # "58% of callers (870 callers). The other 42% of callers (630 callers)": 870 is a part too
    if (bare or (first and named is not None and pointer is not None)) and found.sole \
            and rivals(found.whole, part, share, ev):
        # and a pointer's noun, "of those calls" (fix24), the same: "5,000 calls in 2024, and 3,000 came from women"
        # a bare noun names a whole only as well as its sentence does: "3,000 contacts, 1,800 of them calls ... 40% of
        # callers" may be of either, so the noun's pick among two is agreement only
        found = dataclasses.replace(found, sole=False)
    # "of the people who got in touch" describes a whole but may be any group of them: agreement only
    return part, found.whole, (points or opens or bool(bare)) and not guess and not loose and not described \
        and found.sole
