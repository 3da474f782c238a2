"""A whole a share names by its bare noun ("women made up 28% of callers, 587 in all"), and what keeps it from a verdict.

ANNOTATION.md's checks decisions: a share's whole is the count the share is "of".  "Of callers" closing its clause
(``share_whole_nouns``: no determiner, no words of its own) names all that the noun counts: the total before the
share, found by :func:`pipeline.check.share_whole_finder.whole_before`.  :mod:`pipeline.check.referred_wholes` reads
it with the share first and its part set off after it (twenty-third round, shares23b); :mod:`pipeline.check.
subject_parts` and :mod:`pipeline.check.group_parts` with a part the subject names.  The noun is no verdict when the
share is the rest of a list (:data:`OTHER_SHARE`), when the whole found is a part another share restates
(:func:`beside_share`), or when the whole's sentence holds another count the part may be of (:func:`rivals`):
then only agreement is evidence, or nothing.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.check.evidence import APART, Evidence, period_match
from pipeline.check.multiplier_pairs import check_words
from pipeline.check.share_whole_finder import may_hold
from pipeline.records import Count, Percentage

#: Right before a share, words that make it the rest of a list ("The other 42%", "the remaining 40%"): its whole is the
#: list's, derived, no count before.
OTHER_SHARE = re.compile(r"\b(?:other|remaining)\s{1,3}$", re.I)
#: Between a count and a share set off beside it: "870 callers (58%)", "58% of callers (870": no figure, no stop.
_BESIDE = re.compile(r"[^\d.;!?]{0,25}")


def beside_share(c: Count, ev: Evidence) -> bool:
    """Whether a share of the record stands right beside ``c`` in its sentence ("58% of callers (870 callers)", "870
    callers (58%)"): ``c`` is a part a share restates, not a whole a bare noun can mean."""
    shares = [p for p in ev.record.percentages if p.kind == "share" and tuple(p.sentence) == tuple(c.sentence)]
    return any(_BESIDE.fullmatch(ev.text, p.end, c.start) if p.end <= c.start else
               _BESIDE.fullmatch(ev.text, c.end, p.start) if c.end <= p.start else False for p in shares)


def rivals(whole: Count, part: Count, share: Percentage, ev: Evidence) -> bool:
    """Whether the whole's sentence holds another count that may hold the part, of a period the share's does not
    exclude ("3,000 contacts in 2024, 1,800 of them calls"; not "up from 2,500 in 2023" under a share of 2024)."""
    return any(c is not whole and may_hold(c, part)
               and period_match(c.period_start, c.period_end, share.period_start, share.period_end) != APART
               for c in ev.counts_in(whole.sentence))


@lru_cache(maxsize=1)
def bare_whole() -> re.Pattern[str]:
    """Right after a share, "of" and a whole's bare noun closing its clause ("of contacts,", "of calls.", "of callers
    - 587 in all"), not a whole of words of its own ("of visits to the charity"): all that the noun counts, the
    noun's measure in ``share_whole_nouns`` (:mod:`pipeline.check.subject_parts` reads it too)."""
    nouns = "|".join(sorted(map(re.escape, check_words()["share_whole_nouns"]), key=len, reverse=True))
    return re.compile(rf"\s{{0,3}}of\s{{1,3}}(?P<noun>{nouns})(?=\s{{0,3}}(?:[.,;:()\u2013\u2014-]|$))", re.I)
