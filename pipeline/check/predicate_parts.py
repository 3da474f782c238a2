"""A share with no figure in its sentence whose words name its whole and whose predicate names its part, the part
told later under words that point back at that whole: "Almost a third of the calls made from Kent last year were
about gambling debts" ... "The line took 3,000 calls from Kent in 2023. Of these, 960 were about gambling debts, the
rest about ...".

ANNOTATION.md's checks decisions: a share's part is the count its words attach it to; its whole is the count the
share is "of".  A lede often states the share first and the figures later.  Its whole is the one its words name ("of
the calls made from Kent last year": a noun of ``share_whole_nouns`` after "of the", with the share's place and period);
its part is the count that a sentence opened by words pointing back ("Of these,", "Of those,") sets under that whole,
whose own clause says again what the share's predicate says: a run of :data:`RUN` words of the share's sentence after
its noun ("about gambling debts") and no other clause of the part's sentence does (the rest: "the rest about
housing" is no part of the share).

Every tie must hold, so a disagreement is a verdict: the whole the part's pointer finds
(:func:`~pipeline.check.share_whole_finder.whole_before`) is the one it can mean, counts what the share's noun
names, and is of the share's place and period, which the share's sentence names; one such part in the article.
Otherwise no check.

Work: a share reads the counts after its sentence once and the words of their clauses (a bounded slice each).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.check.agreement import SAME, period_match, region_match
from pipeline.check.evidence import Evidence, is_number, mix
from pipeline.check.multiplier_pairs import check_words
from pipeline.check.referred_wholes import opens_back
from pipeline.check.share_whole_finder import whole_before
from pipeline.records import Count, Percentage

#: How many words in a row the part's clause must share with the share's predicate.
RUN = 3
#: Words that alone say nothing of what is counted: a run of them only is no tie.
FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "from", "in", "to", "and", "or", "for", "on", "at", "by",
                            "with", "were", "was", "is", "are", "be", "been", "that", "this", "it", "its", "they", "them"})
#: A clause of page text: up to a comma, a semicolon, a dash, a bracket or a stop (a bounded slice).
_CLAUSE = re.compile(r"[^,;:.()\u2013\u2014]{0,120}")
#: A word of a clause.
_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][a-z]+)?")


@lru_cache(maxsize=1)
def _named_whole() -> re.Pattern[str]:
    """Right after a share (whose text may hold its "of"): "of the calls", "the contacts" (a whole's noun)."""
    nouns = "|".join(sorted(map(re.escape, check_words()["share_whole_nouns"]), key=len, reverse=True))
    return re.compile(rf"\s{{0,3}}(?:of\s{{1,3}})?the\s{{1,3}}(?P<noun>{nouns})\b", re.I)


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    """Every run of :data:`RUN` words in a row, but runs of function words only."""
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)
            if any(w not in FUNCTION_WORDS for w in words[i:i + RUN])}


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _clauses_after(c: Count, ev: Evidence) -> tuple[str, list[str]]:
    """The count's own clause (from the count to the next comma or stop) and the other clauses of its sentence."""
    own = _CLAUSE.match(ev.text, c.end, c.sentence[1]).group()
    rest = ev.text[c.sentence[0]:c.start] + ev.text[c.end + len(own):c.sentence[1]]
    return own, re.split(r"[,;:.()\u2013\u2014]", rest)


def predicate_share(share: Percentage, ev: Evidence) -> Optional[tuple[Count, Count, bool]]:
    """``(part, whole, True)`` for a share whose words name its whole and whose predicate names a part told later
    under words that point back at that whole (see the module); ``None`` when any tie fails."""
    if share.kind != "share" or not share.value or not ev.text or ev.counts_in(share.sentence):
        return None
    if not share.regions and not share.period_end:
        return None  # the words must name the whole's place or period
    text = ev.text
    m = _named_whole().match(text, share.end, share.sentence[1])
    if m is None:
        return None
    measure = check_words()["share_whole_nouns"][m.group("noun").lower()]
    said = _runs(_words(text[m.end():share.sentence[1]]))
    found: list[tuple[Count, Count]] = []
    for c in ev.record.counts:
        if c.start < share.sentence[1] or not (is_number(c.value) and c.value > 0) or c.difference \
                or not mix(c.measure, measure) or not opens_back(ev, c):
            continue
        own, others = _clauses_after(c, ev)
        if not _runs(_words(own)) & said or any(_runs(_words(o)) & said for o in others):
            continue
        whole = whole_before(c, ev)
        if whole is None or not whole.sole or whole.whole.measure != measure:
            continue
        w = whole.whole
        if share.regions and region_match(w.regions, share.regions) != SAME:
            continue
        if share.period_end and period_match(w.period_start, w.period_end, share.period_start,
                                             share.period_end) != SAME:
            continue
        found.append((c, w))
    if len(found) != 1:
        return None
    part, whole = found[0]
    return part, whole, True
