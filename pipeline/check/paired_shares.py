"""A share with no figure in its sentence, judged on the one pair the article writes as a part of a whole: "Nearly
half of the people who called from Kent last year were under 30" ... "310 of the 720 people who called from Kent
in 2024 gave an age under 30", or "Of the 720 callers from Kent in 2024, 310 were ...".

ANNOTATION.md's checks decisions: a share's part is the count its words attach it to, its whole the count it is
"of".  A lede states a share in words; the body gives the figures as a pair the paper itself calls part and whole
("N of the M", "N out of M", "Of the M ..., N"): the structure, not the words, says the pair is a part and its whole.
The pair is the share's when it is the only one the article writes of the share's place and period (both named by
the share's sentence: a share that names neither could be of anything), of a measure the share may be of.

A disagreement is a verdict only when the pair's clause ends as the share's does (:func:`_tied`), on one word or
figure that is no function word, no count and no year ("were under 30" / "gave an age under 30", "came from
Medway" / "came from Medway"): where a clause ends, its predicate ends, whatever words name the whole before it.  A
figure ties only as the one figure of both clauses ("aged 18 to 25" is no "under 25").
Otherwise agreement only, and only when no other share of the article lacks a figure of its own (two such shares,
one pair: the pair may be the other's).

Linear: the pairs are read once per record (a bounded pattern between two counts of one sentence, or at a
sentence's opening), each share then reads its own sentence and the pair's once.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.check.agreement import APART, SAME, period_match, region_match
from pipeline.check.evidence import Evidence, mix, plain
from pipeline.check.predicate_parts import _FUNCTION
from pipeline.records import Count, Percentage

#: Between a part and its whole written right after it: "412 of the 1,005", "310 out of 720", "97 of all 302".
_PART_OF_WHOLE = re.compile(r"\s{1,3}(?:out\s{1,3})?of\s{1,3}(?:(?:the|all|all\s{1,3}the)\s{1,3})?", re.I)
#: A sentence opened by its whole: "Of the 720 callers", "Out of the 1,005 people" (the whole's figure next).
_WHOLE_OPENS = re.compile(r"[\W_]{0,3}(?:out\s{1,3})?of\s{1,3}(?:(?:the|all|all\s{1,3}the)\s{1,3})?", re.I)
#: The most characters between an opening whole and its part (the whole's words, then a comma).
OPENED = 120
#: A clause of page text: up to a comma, a semicolon, a dash, a bracket or a stop (a bounded slice).
_CLAUSE = re.compile(r"[^,;:.()\u2013\u2014]{0,200}")
#: A word or a figure of a clause.
_WORD = re.compile(r"[A-Za-z]+|\d+")
#: A year, which names a period, not what a share counts.
_YEAR = re.compile(r"(?:19|20)\d\d")


def stated_pairs(ev: Evidence) -> list[tuple[Count, Count]]:
    """The ``(part, whole)`` pairs the text writes as a part of a whole, in text order (built once per record)."""
    key = ("paired_shares", "pairs")
    if key in ev.memo:
        return ev.memo[key]
    found: list[tuple[Count, Count]] = []
    text = ev.text or ""
    for span, counts in ev.counts_by_sentence.items():
        for a, b in zip(counts, counts[1:]):
            if not (plain(a) and plain(b)) or not mix(a.measure, b.measure):
                continue
            if b.value > a.value and _PART_OF_WHOLE.fullmatch(text, a.end, b.start):
                found.append((a, b))  # "412 of the 1,005"
            elif a.value > b.value and _WHOLE_OPENS.fullmatch(text, span[0], a.start) \
                    and b.start - a.end <= OPENED and "," in text[a.end:b.start]:
                found.append((b, a))  # "Of the 1,005 people who ..., 412 gave"
    ev.memo[key] = found
    return found


def _clause_words(text: str, start: int, end: int) -> list[str]:
    """The words and figures of the clause that opens at ``start`` (up to a comma, a semicolon, a dash, a bracket or
    the sentence's end ``end``), lower-cased: where a predicate ends ("were under 35", "came from Medway")."""
    return [w.lower() for w in _WORD.findall(_CLAUSE.match(text, start, end).group())]


def _figures(words: list[str]) -> list[str]:
    return [w for w in words if w.isdigit() and not _YEAR.fullmatch(w)]


def _tied(share: Percentage, part: Count, whole: Count, ev: Evidence) -> bool:
    """Whether the pair's clause ends as the share's does, on a word or a figure that is no function word, no year
    and no count's figure ("... were under 35" / "... gave an age below 35"): the same predicate.  A figure ties only
    as the one figure of both clauses ("under 25" is no "aged 18 to 25")."""
    said = _clause_words(ev.text, share.end, share.sentence[1])
    told = _clause_words(ev.text, max(part.end, whole.end), part.sentence[1])
    if not said or not told or said[-1] != told[-1]:
        return False
    last = said[-1]
    counted = {re.sub(r"\D", "", ev.text[c.start:c.end]) for c in ev.record.counts}
    if last in _FUNCTION or last in counted or _YEAR.fullmatch(last):
        return False
    return not last.isdigit() or _figures(said) == _figures(told) == [last]


def _figureless(share: Percentage, ev: Evidence) -> bool:
    return not any(plain(c) for c in ev.counts_in(share.sentence))


def paired_share(share: Percentage, ev: Evidence) -> Optional[tuple[Count, Count, bool]]:
    """``(part, whole, sole)`` for a share with no figure in its sentence and the one pair the article writes as a
    part of a whole of its place and period; ``sole`` when the pair's words say again what the share's say.
    ``None`` when the shape does not apply."""
    if share.kind != "share" or not share.value or not ev.text or not _figureless(share, ev):
        return None
    if not share.regions or not share.period_end:
        return None  # the words must name the whole's place and period
    fits = [(p, w) for p, w in stated_pairs(ev)
            if mix(w.measure, share.measure) and region_match(w.regions, share.regions) == SAME
            and period_match(w.period_start, w.period_end, share.period_start, share.period_end) == SAME
            and period_match(p.period_start, p.period_end, w.period_start, w.period_end) != APART]
    if len(fits) != 1:
        return None
    part, whole = fits[0]
    if _tied(share, part, whole, ev):
        return part, whole, True
    others = [p for p in ev.record.percentages if p.kind == "share" and p.id != share.id and not p.count_ref
              and _figureless(p, ev)]
    return None if others else (part, whole, False)
