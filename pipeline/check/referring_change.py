"""A change told in a sentence of its own that points back at the one comparison of the sentence before.

"The line received 443 calls last year, compared to 337 in 2019. That's an increase of 24%.": the
sentence holds no figure, names no time and says nothing after the change; its first word ("That",
"This", "It") points at the comparison just told, and the sentence before holds one pair of counts of the
change's thing.  The words tie the pair to the change as surely as one sentence would, so a disagreement
is a verdict (31.5% is no rise of 24%), not only agreement.  The opening words are data
(``data/clauses.json`` ``referring_openers``).
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.check.dated_pairs import dated
from pipeline.check.evidence import APART, Evidence, before, mix, region_match
from pipeline.extract.clauses import clause_words
from pipeline.records import Count, Percentage

#: A time the words of the change's sentence name: a year, or a word of a period.
_NAMES_TIME = re.compile(r"\b(?:19|20)\d\d\b|\b(?:year|month|week|period|annual|annually|quarter)s?\b", re.I)
_FIRST_WORD = re.compile(r"\W*([A-Za-z']+)")
#: Nothing but the sentence's end after the change.
_ENDS = re.compile(r"[\s.!\"'\u201d\u2019)]*")


def _points_back(pct: Percentage, text: str) -> bool:
    """The change's sentence opens with a word that points back, names no time and ends with the change."""
    start, end = pct.sentence
    first = _FIRST_WORD.match(text, start, end)
    if first is None or first.group(1).lower().replace("\u2019", "'") not in clause_words()["referring_openers"]:
        return False
    if _NAMES_TIME.search(text, start, end):
        return False
    return _ENDS.fullmatch(text, pct.end, end) is not None


def told_pair(pct: Percentage, ev: Evidence) -> Optional[tuple[Count, Count]]:
    """The ``(earlier, later)`` pair of the sentence right before a change that points back at it, or ``None``.

    The sentence before must hold exactly two counts that may be of the change's thing (exact, of one rate,
    of places that do not exclude each other, of two periods one before the other) and no other of their
    measure; the earlier is the one of the earlier period."""
    text = ev.text
    if not text or pct.kind != "change" or pct.direction not in ("increase", "decrease") \
            or ev.counts_in(pct.sentence) or not _points_back(pct, text):
        return None
    previous = ev.neighbour(tuple(pct.sentence), -1)
    if previous is None or text[previous[1]:pct.sentence[0]].strip(" \t\n\"'\u201d\u2019"):
        return None  # the sentence right before holds no figure: nothing was just told
    counts = [c for c in ev.counts_in(previous) if not c.difference and mix(pct.measure, c.measure)]
    if len(counts) != 2:
        return None
    a, b = counts
    if a.qualifier != "exact" or b.qualifier != "exact" or a.rate != b.rate or a.value == b.value \
            or not mix(a.measure, b.measure) or region_match(a.regions, b.regions) == APART:
        return None
    if not (dated(a) and dated(b) and (before(a, b) or before(b, a))):
        return None  # "500 calls from men and 300 from women": two groups, not one thing over time
    return (a, b) if before(a, b) else (b, a)
