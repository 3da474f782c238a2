"""A share with no figure in its sentence, judged on the one pair the article writes as a part of a whole: "Nearly
half of the people who called from Kent last year were under 30" ... "310 of the 720 people who called from Kent
in 2024 gave an age under 30", or "Of the 720 callers from Kent in 2024, 310 were ...".

ANNOTATION.md's checks decisions: a share's part is the count its words attach it to, its whole the count it is
"of".  A lede states a share in words; the body gives the figures as a pair the paper itself calls part and whole
("N of the M", "N out of M", "Of the M ..., N"): the structure, not the words, says the pair is a part and its whole.
The pair is the share's when it is the only one the article writes of the share's place and period (both named by
the share's sentence: a share that names neither could be of anything), of a measure the share may be of.

A disagreement is a verdict only when the share is "of" the whole's own noun and the pair's clause (ended at the
next count) ends as the share's does (:func:`_tied`), on one word or figure that is no function word, no count and
no year ("were under 30" / "gave an age under 30", "came from Medway" / "came from Medway"), saying the same of it
(no negation in one only, no "over" for "under"): where a clause ends, its predicate ends.  A figure ties only as
the one figure of both clauses ("aged 18 to 25" is no "under 25").
Otherwise agreement only, and only when no other share of the article lacks a figure of its own (two such shares,
one pair: the pair may be the other's).

Linear: the pairs are read once per record (a bounded pattern between two counts of one sentence, or at a
sentence's opening), each share then reads its own sentence and the pair's once.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.check.agreement import APART, SAME, period_match, region_match
from pipeline.check.claim_words import YEAR, clause_words, names_count, same_sense, share_tail, whole_noun
from pipeline.check.evidence import Evidence, mix, plain
from pipeline.check.predicate_parts import FUNCTION_WORDS
from pipeline.records import Count, Percentage

#: Between a part and its whole written right after it: "412 of the 1,005", "310 out of 720", "97 of all 302".
_PART_OF_WHOLE = re.compile(r"\s{1,3}(?:out\s{1,3})?of\s{1,3}(?:(?:the|all|all\s{1,3}the)\s{1,3})?", re.I)
#: A sentence opened by its whole: "Of the 720 callers", "Out of the 1,005 people" (the whole's figure next).
_WHOLE_OPENS = re.compile(r"[\W_]{0,3}(?:out\s{1,3})?of\s{1,3}(?:(?:the|all|all\s{1,3}the)\s{1,3})?", re.I)
#: The most characters between an opening whole and its part (the whole's words, then a comma).
OPENED = 120
#: Right before a count, the comma that opens its clause, a hedge between: ", 300 were", ", about 300 were" (not
#: "including 120").
_CLAUSE_OPENS = re.compile(r",\s{0,3}(?:(?:about|around|some|nearly|almost|roughly|only|over|under|more\s{1,3}than"
                           r"|just\s{1,3}over|just\s{1,3}under)\s{1,3})?$", re.I)


def stated_pairs(ev: Evidence) -> list[tuple[Count, Count]]:
    """The ``(part, whole)`` pairs the text writes as a part of a whole, in text order (built once per record).  An
    opening whole's part is the first count that opens a clause after it ("Of the 1,000 callers ..., including 120
    from Carlisle, 300 were ...": 300, not the 120 of the opening's own aside)."""
    key = ("paired_shares", "pairs")
    if key in ev.memo:
        return ev.memo[key]
    found: list[tuple[Count, Count]] = []
    text = ev.text or ""
    for span, counts in ev.counts_by_sentence.items():
        for i, (a, b) in enumerate(zip(counts, counts[1:])):
            if not (plain(a) and plain(b)) or not mix(a.measure, b.measure):
                continue
            if b.value > a.value and _PART_OF_WHOLE.fullmatch(text, a.end, b.start):
                found.append((a, b))  # "412 of the 1,005"
            elif _WHOLE_OPENS.fullmatch(text, span[0], a.start):
                part = next((c for c in counts[i + 1:] if c.start - a.end <= OPENED
                             and _CLAUSE_OPENS.search(text, max(a.end, c.start - 24), c.start)), None)
                if part is not None and plain(part) and a.value > part.value and mix(a.measure, part.measure):
                    found.append((part, a))  # "Of the 1,005 people who ..., 412 gave"
    ev.memo[key] = found
    return found


def _clause_end(after: int, part: Count, ev: Evidence) -> int:
    """Where the pair's clause may end at the latest: the sentence's end, or the next count's figure after the pair
    ("300 were under 30 and 480 were men": the first part's clause ends before 480)."""
    later = [c.start for c in ev.counts_in(part.sentence) if c.start >= after]
    return min(later, default=part.sentence[1])


def _figures(words: list[str]) -> list[str]:
    return [w for w in words if w.isdigit() and not YEAR.fullmatch(w)]


def _tied(share: Percentage, part: Count, whole: Count, ev: Evidence) -> bool:
    """Whether the pair is surely the share's own: the share is "of" the whole's noun (:func:`whole_noun`, "of people"
    for "1,005 people"; a share of women is no share of the people), and the pair's clause (ended at the next count)
    ends as the share's does, on a word or a figure that is no function word, no year and no count's figure ("...
    were under 35" / "... gave an age below 35"), saying the same of it (:func:`same_sense`: no negation in one only,
    no "over" for "under").  A figure ties only as the one figure of both clauses ("under 25" is no "aged 18 to
    25")."""
    said = clause_words(ev.text, share.end, share.sentence[1])
    start = max(part.end, whole.end)
    told = clause_words(ev.text, start, _clause_end(start, part, ev))
    if not said or not told or said[-1] != told[-1] or not names_count(whole_noun(share_tail(share, ev.text)), whole):
        return False
    last = said[-1]
    counted = {re.sub(r"\D", "", ev.text[c.start:c.end]) for c in ev.record.counts}
    if last in FUNCTION_WORDS or last in counted or YEAR.fullmatch(last) or not same_sense(said, told):
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
