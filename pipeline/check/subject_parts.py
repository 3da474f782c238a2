"""A share with no figure in its sentence whose subject names its part: "Website users therefore made up 61 per cent of
the total." after "Of the 3,118, a total of 1,904 used the website and the remaining 1,214 ...".

ANNOTATION.md's checks decisions: a share's part is the count its words attach it to.  Here the words are the share's
subject, a noun of ``share_whole_nouns`` ("website users", "callers", "contacts"; at most two words before it) joined
to the share by a verb of parts ("made up", "accounted for", "represented", "were"; one adverb between: "therefore"),
and the share's words point back at a total ("of the total", "of them": the pattern
:mod:`pipeline.check.referred_wholes` reads).  The part is the one count of the noun's measure in the nearest fact
sentence before that holds any (within :data:`~pipeline.check.share_whole_finder.WHOLE_SENTENCES`), of a period that
does not exclude the share's; two there are two parts, and no check is made.

The whole is the count the extractor gave that part to as one of its parts ("Of the 3,118, ... 1,904 ... and the
remaining 1,214": 3,118's parts); then the words can mean no other whole and a disagreement is a verdict.  Else it is
the whole :func:`~pipeline.check.share_whole_finder.whole_before` finds for the part, and only agreement is evidence.

Work: a share reads at most ``WHOLE_SENTENCES`` sentences before its own and the record's counts once.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from pipeline.check.evidence import APART, Evidence, is_number, period_match
from pipeline.check.multiplier_pairs import check_words
from pipeline.check.referred_wholes import _points_back
from pipeline.check.share_whole_finder import WHOLE_SENTENCES, whole_before
from pipeline.records import Count, Percentage


@lru_cache(maxsize=1)
def _subject() -> re.Pattern[str]:
    """From the sentence's start to the share: a subject ending in a whole's noun, an adverb at most, a verb of parts
    and a hedge at most ("Website users therefore made up ", "Callers from abroad accounted for about ")."""
    nouns = "|".join(sorted(map(re.escape, check_words()["share_whole_nouns"]), key=len, reverse=True))
    return re.compile(r"[\W_]{0,3}(?:the\s{1,3})?(?:[A-Za-z-]{2,20}\s{1,3}){0,2}"
                      rf"(?P<noun>{nouns})\s{{1,3}}(?:[a-z]{{2,20}}ly\s{{1,3}}|therefore\s{{1,3}}|thus\s{{1,3}})?"
                      r"(?:made\s{1,3}up|make\s{1,3}up|accounted\s{1,3}for|account\s{1,3}for|represented|represent"
                      r"|were|are)\s{1,3}(?:(?:about|around|nearly|almost|just\s{1,3}under|just\s{1,3}over"
                      r"|more\s{1,3}than|over|roughly|some)\s{1,3})?", re.I)


def _part(share: Percentage, measure: str, ev: Evidence) -> Optional[Count]:
    """The one count of ``measure`` in the nearest fact sentence before the share's that holds any."""
    spans = ev.fact_sentences
    i = bisect.bisect_left(spans, tuple(share.sentence))
    for span in spans[max(i - WHOLE_SENTENCES, 0):i][::-1]:
        counts = [c for c in ev.counts_in(span) if c.measure == measure
                  and period_match(c.period_start, c.period_end, share.period_start, share.period_end) != APART]
        if counts:
            return counts[0] if len(counts) == 1 else None
    return None


def subject_share(share: Percentage, ev: Evidence) -> Optional[tuple[Count, Count, bool]]:
    """``(part, whole, sole)`` for a share whose subject names its part and whose words point back at its whole;
    ``sole`` when the extractor tied the part to that whole.  ``None`` otherwise."""
    if share.kind != "share" or not share.value or not ev.text or ev.counts_in(share.sentence):
        return None
    text = ev.text
    m = _subject().fullmatch(text, share.sentence[0], share.start)
    if m is None or not _points_back().match(text, share.end, min(share.end + 60, share.sentence[1])):
        return None
    measure = check_words()["share_whole_nouns"][m.group("noun").lower()]
    part = _part(share, measure, ev)
    if part is None or not is_number(part.value) or part.value <= 0 or part.difference:
        return None
    holders = [c for c in ev.record.counts if part.id in (c.parts or []) and held_by(c, part)]
    if len(holders) == 1:
        return part, holders[0], True
    found = whole_before(part, ev)
    return (part, found.whole, False) if found is not None else None


def held_by(c: Count, part: Count) -> bool:
    """A whole the extractor gave ``part`` to: a larger plain figure, exact or about, of a period not apart."""
    return (not c.difference and c.qualifier in ("exact", "about") and is_number(c.value) and c.value > part.value
            and period_match(c.period_start, c.period_end, part.period_start, part.period_end) != APART)

