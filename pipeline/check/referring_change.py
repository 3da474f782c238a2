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
from pipeline.extract.measures import USE, cue_positions
from pipeline.records import Count, Percentage

#: A time the words of the change's sentence name: a year, or a word of a period.
_NAMES_TIME = re.compile(r"\b(?:19|20)\d\d\b|\b(?:year|month|week|period|annual|annually|quarter)s?\b", re.I)
_FIRST_WORD = re.compile(r"\W*([A-Za-z']+)")
_WORD = re.compile(r"[A-Za-z']+")
#: Years and financial years in a change's tail ("since 2005-06", "on 2019/20", "compared with 2019").
_YEARS = re.compile(r"\b(?:19|20)\d\d(?:\s{0,2}[-/\u2013]\s{0,2}\d{2,4})?\b")
#: A reporting clause before the words that point back: "The charity says that's ...", "Stop It Now! said this was".
_REPORTED = re.compile(r"\W{0,3}(?:[\w'\u2019!.-]{1,30}\s{1,3}){1,4}(?:says|said|reports|reported|adds|added)"
                       r"\s{1,3}(?:that\s{1,3})?", re.I)
#: Nothing but the sentence's end after the change.
_ENDS = re.compile(r"[\s.!\"'\u201d\u2019)]*")


def _points_back(pct: Percentage, text: str) -> Optional[bool]:
    """Whether the change's sentence points back at the figures before it: it opens with a word that points back
    ("That's ...", "This was ...") or a subject that does ("The numbers are up ..."), and nothing but the
    sentence's end, or words of a time (its base: "since 2005-06", "on the year before"), follows the change.
    ``None`` when it does not; ``True`` when it also names a time (the pair must then be of its base), else
    ``False``."""
    start, end = pct.sentence
    reported = _REPORTED.match(text, start, end)
    if reported is not None and reported.end() < pct.start:
        start = reported.end()  # "The charity says that's a rise of 60%": what it says points back
    words = clause_words()
    first = _FIRST_WORD.match(text, start, end)
    opening = " ".join(_WORD.findall(text[start:min(end, start + 40)].lower().replace("\u2019", "'")))
    if first is None or not (first.group(1).lower().replace("\u2019", "'") in words["referring_openers"]
                             or any(opening == w or opening.startswith(w + " ") for w in words["referring_subjects"])):
        return None
    if _ENDS.fullmatch(text, pct.end, end) is not None:
        return bool(_NAMES_TIME.search(text, start, end))
    tail = text[pct.end:end]
    if not _YEARS.search(tail) and not _NAMES_TIME.search(tail):
        return None
    rest = _YEARS.sub(" ", tail)
    if any(w.lower() not in words["time_tail_words"] for w in _WORD.findall(rest)):
        return None  # "an increase of 30% in calls from young people": another thing
    return True


def _names_another_measure(sentence: str, measure: str) -> bool:
    """Whether the change's own sentence names what it counts, and none of what it names is ``measure``."""
    named = {m for _, _, m in cue_positions(sentence) if m != USE}
    return bool(named) and not any(mix(m, measure) or m == measure for m in named)


#: The words between the two figures of a from-to pair, the first right after "from": "from 38 to 61".
_FROM = re.compile(r"\bfrom\s{1,3}$", re.I)
_TO = re.compile(r"\s{0,3}(?:[a-z]{1,12}\s{1,3})?(?:to|up\s{1,3}to)\s{1,3}$", re.I)


def _from_to(a: Count, b: Count, text: str) -> bool:
    """``a`` and ``b`` are the two ends of one from-to pair, in that order: "from 38 to 61", "from 38 calls to 61"."""
    return a.end <= b.start and bool(_FROM.search(text[max(0, a.start - 8):a.start])) \
        and bool(_TO.fullmatch(text[a.end:b.start]))


def told_pair(pct: Percentage, ev: Evidence) -> Optional[tuple[Count, Count]]:
    """The ``(earlier, later)`` pair of the sentence right before a change that points back at it, or ``None``.

    The sentence before must hold exactly two counts that may be of the change's thing (exact, of one rate,
    of places that do not exclude each other, of two periods one before the other) and no other of their
    measure; the earlier is the one of the earlier period."""
    text = ev.text
    if not text or pct.kind != "change" or pct.direction not in ("increase", "decrease") or ev.counts_in(pct.sentence):
        return None
    timed = _points_back(pct, text)
    if timed is None:
        return None
    previous = ev.neighbour(tuple(pct.sentence), -1)
    if previous is None or text[previous[1]:pct.sentence[0]].strip(" \t\n\"'\u201d\u2019"):
        return None  # the sentence right before holds no figure: nothing was just told
    counts = [c for c in ev.counts_in(previous) if not c.difference and mix(pct.measure, c.measure)]
    if len(counts) != 2:
        return None
    a, b = counts
    if _names_another_measure(text[pct.sentence[0]:pct.sentence[1]], a.measure):
        return None  # "300 arrests ... 120. The total of calls was 8 per cent higher": not the pair before
    if a.qualifier != "exact" or b.qualifier != "exact" or a.rate != b.rate or a.value == b.value \
            or not mix(a.measure, b.measure) or region_match(a.regions, b.regions) == APART:
        return None
    if _from_to(a, b, text):
        old, new = a, b  # "went up too - from 38 to 61 over the same period": its words say which is earlier
    elif not (dated(a) and dated(b) and (before(a, b) or before(b, a))):
        return None  # "500 calls from men and 300 from women": two groups, not one thing over time
    else:
        old, new = (a, b) if before(a, b) else (b, a)
    if timed and not (pct.base_period_start and pct.base_period_start == old.period_start):
        return None  # the change names a time that is not the earlier count's: perhaps another comparison
    return old, new
