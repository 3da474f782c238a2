"""A share judged on the part and the whole its own sentence names: "Of the 1,240 calls, 167 ..., or 15 per cent".

Papers give a share with its whole and its part in one sentence (the whole maybe restated by its figure from the
sentences before, "97 of the 302": :func:`pipeline.check.restated_wholes.restated_counts`) in a few shapes: the whole after
"of (the)" and the part after it ("Of the 1,000 callers, 486 - nearly 50 per cent - were ...", "More
than half of the 1,340 people who ..., 702, were ..."), or the part with "of them" after a whole stated
first ("The helpline took 2,400 calls, 600 of them from Scotland, which is 20 per cent of all calls").
When the extractor tied the share to neither figure and the sentence holds exactly two counts that may
count one thing, the larger is the whole when the words name it so (``share_whole_before`` right before
it, or ``share_part_of`` right after the smaller) and the smaller is the part.

Agreement is a verdict.  A disagreement is one only when the words also tie the share to the part
(:func:`tied`): the share restates the part right after it ("167 were from young people, or 15 per
cent", "486 - nearly 50 per cent -", "600 (20%)"), or the share heads the whole ("One in five of the 4,500
contacts - 900 - came ...") with the part set off by commas, dashes or brackets; never across a semicolon
or another count, nor when the share names a base, time or place of its own after it ("or 15 per cent of
calls to the national line", "or 20 per cent in 2022").  "Of the 1,000 callers, 486 were men and 30 per cent were under 25" is no such tie, so
it gets no check.  The word lists are in ``data/check_words.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.check.evidence import APART, Evidence, mix, period_match, plain, region_match
from pipeline.check.multiplier_pairs import check_words, word_alternation
from pipeline.check.restated_wholes import restated_counts
from pipeline.records import Count, Percentage

#: The most characters between a share and the part it restates: farther, the share may be of another clause.
NEAR = 80
#: Characters that set a figure off from its clause: a comma, a dash or a bracket.
SET_OFF = ",(\u2013\u2014-"
#: The most characters between a share and a part set off after it that names its whole right after ("More than a
#: quarter of them, 190 of the 860"), and the words between that part and its whole.
NEAR_SET_OFF = 20
_OF_WHOLE = re.compile(r"\s{1,3}(?:out\s{1,3})?of\s{1,3}(?:the\s{1,3}|all\s{1,3})?")



@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    whole = re.compile(rf"\b(?:{word_alternation('share_whole_before')})\s{{1,3}}(?:(?:{word_alternation('share_whole_determiners')})"
                       r"\s{1,3})?$", re.I)
    part_of = re.compile(rf"\s{{1,3}}(?:{word_alternation('share_part_of')})\b", re.I)
    apposition = re.compile(rf"[{re.escape(SET_OFF)}]\s{{0,3}}(?:(?:{word_alternation('share_apposition')})\s{{1,3}})?$", re.I)
    return whole, part_of, apposition


#: The words right after a share up to the next comma, bracket, dash or stop (bounded, so linear).
_AFTER_SHARE = re.compile(r"[^,.;:()\u2013\u2014]{0,60}")
_NOUN = re.compile(r"\s{1,3}([a-z][a-z'-]{0,30})", re.I)


def _own_base(share: Percentage, whole: Count, text: str) -> bool:
    """Whether the words right after the share give it a base, time or place of its own ("15 per cent of calls
    to the national line", "20 per cent in 2022"): not "of them", "of the total" nor "of (all) <the whole's noun>"."""
    words = check_words()
    phrase = " ".join(_AFTER_SHARE.match(text, share.end, share.sentence[1]).group().lower().split()).rstrip(" -")
    if phrase.split(" ", 1)[0] not in words["share_own_base"]:
        return False
    noun = _NOUN.match(text, whole.end)  # "of the 2,000 callers" when the count is the figure alone
    nouns = [w.lower() for w in (noun.group(1) if noun else "", whole.text.split()[-1]) if w.isalpha()]
    same = [*words["share_same_base"], *(f"{d}{n}" for n in nouns for d in ("", "the ", "all ", "all the "))]
    return phrase not in {f"of {w}" for w in same}



#: A figure right after a share, after "of" (and a comma): the whole the share is of ("20 percent, of 3,050").
_FIGURE_BASE_AFTER = re.compile(r"\s{0,2},?\s{0,2}of\s{1,3}(?:the\s{1,3}|all\s{1,3})?\d")


def _named_whole(part: Count, whole: Count, text: str) -> bool:
    """The words name the larger count the whole: "of (the) 2,000", "out of 1,500", or "600 of them"."""
    whole_re, part_of_re, _ = _patterns()
    return bool(whole_re.search(text[max(0, whole.start - 20):whole.start])
                or (whole.start < part.start and part_of_re.match(text, part.end)))


def tied(share: Percentage, part: Count, whole: Count, text: str, ev: Evidence) -> bool:
    """Whether the words tie the share to the part, so that a disagreement is a verdict (see the module)."""
    whole_re, _, apposition = _patterns()
    lo, hi = (part.end, share.start) if part.end <= share.start else (share.end, part.start)
    between = text[lo:hi]
    if ";" in between or hi - lo > NEAR + (whole.end - whole.start if lo <= whole.start < hi else 0) \
            or any(lo <= c.start < hi for c in ev.counts_in(share.sentence) if c is not whole):
        return False
    if part.end <= share.start and whole.end <= share.start and _FIGURE_BASE_AFTER.match(text, share.end):
        return False  # "610 cases, or about 20 percent, of 3,050 ...": the share names a whole of its own
    if part.end <= share.start:
        return bool(apposition.search(text[max(lo, share.start - 30):share.start])) and not _own_base(share, whole, text)
    heads_whole = share.end <= whole.start < part.start and whole_re.search(text[max(share.start, whole.start - 20):whole.start])
    set_off = text[max(0, part.start - 3):part.start].rstrip()[-1:] in SET_OFF
    # "More than a quarter of them, 190 of the 860, ...": the part set off right after the share, its whole named
    # right after it
    whole_after = share.end <= part.start < whole.start and part.start - share.end <= NEAR_SET_OFF \
        and _OF_WHOLE.fullmatch(text, part.end, whole.start) is not None
    return bool((heads_whole or whole_after) and set_off)


def sentence_share(share: Percentage, ev: Evidence) -> Optional[tuple[Count, Count, bool]]:
    """``(part, whole, tied)`` for a share nothing linked, from the two counts of its sentence when the words
    name the whole; ``None`` when there is no text, no such pair or no words naming the whole."""
    text = ev.text
    if not text or share.kind != "share" or not share.value or share.count_ref:
        return None
    own = [c for c in (*ev.counts_in(share.sentence), *restated_counts(tuple(share.sentence), ev))
           if plain(c) and mix(c.measure, share.measure)]  # "97 of the 302": a whole restated by its figure
    if len(own) != 2:
        return None
    part, whole = sorted(own, key=lambda c: c.value)
    if part.value == whole.value or part.rate != whole.rate or not mix(part.measure, whole.measure):
        return None
    if period_match(part.period_start, part.period_end, whole.period_start, whole.period_end) == APART \
            or (part.regions and whole.regions and region_match(part.regions, whole.regions) == APART):
        return None
    if not _named_whole(part, whole, text):
        return None
    lo, hi = sorted((share.start, part.start))
    if ";" in text[lo:hi]:
        return None  # "800 of the 4,000 callers rang at night; one in five were women": another clause's share
    return part, whole, tied(share, part, whole, text, ev)
