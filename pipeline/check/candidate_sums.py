"""The candidate breakdowns of a total: runs of 2 to 6 counts after it, in text order, compatible with it.

A part is of the total's measure family, place (inside it, or of no place) and period, exact and smaller than the
total (:mod:`pipeline.check.candidates`).  A run is read from the counts after the total in its sentence and the next
two sentences holding facts; it is a whole list: it starts at the first such part of its sentence (or the first after
the total in the total's sentence) and ends at the last such part of its sentence, so that a list is never cut.  It
does not go past a sentence whose parts end with the rest of the whole ("and the remainder, 78"), nor into a sentence
whose first part points back at the parts before ("Nine of those calls"): a part of the parts, no sibling of theirs.

An exact sum of a few counts that equals another is common by chance in a table ("120 calls, 80 texts, 200 emails"),
so a run is a candidate only with a sign of a breakdown besides the arithmetic (:func:`breakdown_sign`): a total's
word (``data/candidate_words.json``) after the total or before the first or last part, a layout (the total, then a
colon or a dash), or labels that partition it (each part of its own place inside the total's, or of its own channel).
Words that may open a partial list ("including") sign only a run wholly inside the total's sentence, and "of the",
which is everywhere, only as the opening words of the first part's sentence ("Of the 950 calls, 610 ...").
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Optional

from pipeline.check.candidates import DIFFERENT, SAME, one_period_dim, place_dim, usable
from pipeline.check.claim_measures import measure_family
from pipeline.check.evidence import Evidence
from pipeline.check.pair_places import own_places
from pipeline.check.remainder_sums import remainders
from pipeline.extract.channels import channel_of
from pipeline.records import Count
from pipeline.settings import DATA_DIR
from pipeline.wordlists import alternation

#: The fewest and most parts of a run.
MIN_PARTS, MAX_PARTS = 2, 6
#: How many sentences holding facts after the total's a run may reach into.
REACH = 2
#: How far after a total a colon or a dash makes it a list's head ("1,318 contacts – 1,023 from Kent ...").
HEAD_GAP = 40


@lru_cache(maxsize=None)
def _words(kind: str) -> re.Pattern[str]:
    """The pattern of one list of ``candidate_words.json`` (``total_words``, ``partial_words``, ``opening_words``)."""
    words = json.loads((DATA_DIR / "candidate_words.json").read_text(encoding="utf-8"))[kind]
    return re.compile(rf"\b(?:{alternation(words)})\b", re.I)


def part_dims(total: Count, part: Count, ev: Evidence) -> tuple[str, str, str]:
    """Measure, place and period of a part against its total."""
    fa, fb = measure_family(total.measure), measure_family(part.measure)
    measure = SAME if fa is not None and fa == fb else DIFFERENT
    place = place_dim(own_places(total), part, ev, inside=True)
    return measure, place, one_period_dim(total, part)


def _sentences_after(total: Count, ev: Evidence) -> list[tuple[int, int]]:
    spans = ev.fact_sentences
    own = tuple(total.sentence)
    if own not in spans:
        return [own]
    i = spans.index(own)
    return spans[i:i + 1 + REACH]


#: A part whose own words point back at a whole named before it ("Nine of those calls", "300 of them").
_OF_BEFORE = re.compile(r"[\w,.]{1,20}\s{1,3}of\s{1,3}(?:those|these|them)\b", re.I)
#: "Twenty of the calls": a part of the parts only after a list of its own (see :func:`_goes_on`).
_OF_THE = re.compile(r"[\w,.]{1,20}\s{1,3}of\s{1,3}the\b", re.I)


def _ends_list(parts: list[Count], ev: Evidence) -> bool:
    """Whether a sentence's parts end a list: one of them is the rest of its whole ("and the remainder, 78"), so no
    count of a later sentence is a sibling of theirs (:mod:`pipeline.check.remainder_sums`)."""
    rests = remainders(ev)
    return any(c.id in rests for c in parts)


def _goes_on(parts: list[Count], before: list[Count]) -> bool:
    """Whether a sentence's parts may go on a list begun in a sentence before (whose parts are ``before``): not when
    its first part's own words point back at a whole just named ("Nine of those calls led to ..."), a part of the
    parts, no sibling; "N of the calls" is one only after a sentence that holds a list of two parts or more ("Of the
    calls, 420 came from men and 260 from women. Twenty of the calls led to a referral"), else a sibling ("600 came
    from Leeds. 400 of the calls came from Bradford")."""
    text = parts[0].text or ""
    return not (_OF_BEFORE.match(text) or (len(before) >= 2 and _OF_THE.match(text)))


def runs(total: Count, ev: Evidence) -> list[list[Count]]:
    """The whole-list runs of parts after ``total`` within its reach.  A run does not go past a sentence whose
    parts end with the rest of the whole, nor into one whose first part points back at the parts before."""
    lists: list[list[Count]] = []  # per sentence, its compatible parts after the total
    for span in _sentences_after(total, ev):
        here = [c for c in ev.counts_in(span) if c.start > total.end and usable(c) and c.qualifier == "exact"
                and c.value < total.value and DIFFERENT not in part_dims(total, c, ev)]
        lists.append(here)
    out: list[list[Count]] = []
    for i, first in enumerate(lists):
        if not first:
            continue
        for j in range(i, len(lists)):
            if not lists[j] or (j > i and (_ends_list(lists[j - 1], ev) or not _goes_on(lists[j], lists[j - 1]))):
                break  # a sentence of no part between two lists ends the run, so do a remainder and a pointer back
            parts = [c for k in range(i, j + 1) for c in lists[k]]
            if MIN_PARTS <= len(parts) <= MAX_PARTS:
                out.append(parts)
    return out


def breakdown_sign(total: Count, parts: list[Count], ev: Evidence) -> Optional[str]:
    """What, besides the sum, says ``parts`` break ``total`` down; ``None`` when nothing does."""
    text = ev.text or ""
    pattern = _words("total_words")
    after = text[total.end:total.sentence[1]]
    first, last = parts[0], parts[-1]
    before_first = text[first.sentence[0] if tuple(first.sentence) != tuple(total.sentence) else total.end:first.start]
    before_last = text[max(last.sentence[0], parts[-2].end):last.start]
    for name, words in (("after the total", after), ("before the first part", before_first),
                        ("before the last part", before_last)):
        m = pattern.search(words)
        if m:
            return f"the words {m.group()!r} {name}"
    if all(tuple(p.sentence) == tuple(total.sentence) for p in parts):
        m = _words("partial_words").search(text[total.end:last.start])
        if m:  # "including" may open a partial list: a run that leaves the total's sentence is another list
            return f"the words {m.group()!r} after the total, the run in its sentence"
    elif tuple(first.sentence) != tuple(total.sentence):
        m = _words("opening_words").match(text, first.sentence[0])
        if m:  # "of the" anywhere is no sign; opening the part's sentence it refers back ("Of the 456, 171 ...")
            return f"the words {m.group()!r} before the first part"
    if re.match(r"[^\d.;]{0,%d}[:\u2013\u2014]" % HEAD_GAP, after):
        return "the total heads a list (a colon or a dash after it)"
    places = [tuple(own_places(p)) for p in parts]
    if all(places) and len(set(places)) == len(places):
        return "each part is of its own place inside the total's"
    channels = [channel_of(p.text) for p in parts]
    if all(channels) and len(set(channels)) == len(channels):
        return "each part is of its own channel"
    return None
