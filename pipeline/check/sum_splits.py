"""What the sum finders that read the words around a total share: the parts a whole was split into
(:class:`Split`), how the words give them, and whether a count may be the whole of parts (:func:`holds`).

Read by :mod:`pipeline.check.pointed_sums` (parts that point back at a whole) and :mod:`pipeline.check.added_sums`
(a total that adds up the figures before it).
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple, Optional

from pipeline.check.channel_sums import CHANNELS, TOTAL
from pipeline.check.evidence import APART, Evidence, mix, own_places, period_match, plain, region_match
from pipeline.check.multiplier_pairs import word_alternation
from pipeline.extract.channels import channel_of
from pipeline.records import Count

POINTED, LEAVING, HEADED, SET_OFF, ADDED = ("a sentence that points back at it", "what is left of it",
                                            "a list under a heading", "its sentence sets off after it",
                                            "the sentences before a total word")


class Split(NamedTuple):
    """Parts a whole was split into, how the words give them, and whether a miss is a verdict."""
    parts: list[Count]
    how: str
    decides: bool


def measure_holds(whole: str, part: str) -> bool:
    """A whole of contacts holds calls and website users (ANNOTATION.md: contacts are the helpline's and the
    website's together); else the measures must be ones a comparison may mix."""
    return mix(whole, part) or (whole == TOTAL and part in CHANNELS)


def holds(c: Count, parts: list[Count]) -> bool:
    """Whether ``c`` may be the whole of ``parts``: exact or about, larger than each, of a measure, rate, period and
    place that do not exclude any part's."""
    if not plain(c) or c.qualifier not in ("exact", "about") or any(c is p for p in parts):
        return False
    return all(c.value > p.value and c.rate == p.rate and measure_holds(c.measure, p.measure)
               and period_match(c.period_start, c.period_end, p.period_start, p.period_end) != APART
               and region_match(own_places(c), p.regions) != APART for p in parts)


def goes_on(whole: Count, parts: list[Count], nearest_first: list[Count]) -> bool:
    """Whether the list of ``parts`` may go on past where the words end it: some run of the counts beside it
    (``nearest_first``: those after its last part, or before its first, the nearest first) that ``whole`` may hold
    makes the sum exactly ``whole`` ("Of those, 600 called, while 800 used the website. A further 100 sent emails";
    "Of those, 400 came from Kent. A further 300 came from Surrey, and the remaining 250 ...").  A miss of the
    shorter list is then no misprint: the arithmetic of the figures the whole may hold says the list is longer.  A
    further count the whole may hold that is not exact ("Around 100 were emails") may make up the rest too: the
    list may go on, and a miss is no verdict."""
    target = Decimal(repr(whole.value))
    summed = sum(Decimal(repr(p.value)) for p in parts)
    for c in nearest_first:
        if not plain(c) or c.rate != whole.rate or not measure_holds(whole.measure, c.measure) \
                or c.value >= whole.value:
            return False  # a figure the whole cannot hold ends the run
        if c.qualifier != "exact":
            return True  # "Around 100 were emails": a further part, not exact, may make up the rest: no verdict
        summed += Decimal(repr(c.value))
        if summed == target:
            return True
        if summed > target:
            return False
    return False


#: A part's own words, to the next comma, semicolon or full stop (at most this many characters).
PART_WORDS = 60
#: The measures of one channel each (contacts are any channel's, so no label).
_CHANNEL_MEASURES = ("helpline_calls", "website_users")
#: Words that label the parts of one partition by sex or age band ("600 were men, while 800 were women").
_SEXES = {"men": "m", "man": "m", "male": "m", "males": "m", "boys": "m", "women": "f", "woman": "f",
          "female": "f", "females": "f", "girls": "f"}


def _part_words(part: Count, upto: int, ev: Evidence) -> str:
    """The words of a part from its figure to the next comma, semicolon or full stop before ``upto``."""
    words = (ev.text or "")[part.start:min(upto, part.start + PART_WORDS, part.sentence[1])]
    return re.split(r"[,;.](?!\d)", words[len(part.text or ""):], maxsplit=1)[0]


def one_way(parts: list[Count], ev: Evidence) -> Optional[str]:
    """How the words split ``parts`` one way, all of them labelled by one partition, each by its own label: their
    own places ("900 came from Leeds, while 640 came from Bradford"), channels ("600 were calls, while 800 were web
    chats") or sexes ("600 were men, while 800 were women"); ``None`` when the labels cross partitions or some part
    has none ("600 were calls, while 800 were from women"; "600 were about a partner, while 800 were about a child":
    topics, which a contact may hold several of)."""
    places = [tuple(own_places(p)) for p in parts]
    if all(places) and len(set(places)) == len(places):
        return "each part is of its own place"
    ends = [p.start for p in parts[1:]] + [parts[-1].sentence[1]]
    words = [_part_words(p, end, ev) for p, end in zip(parts, ends)]
    channels = [channel_of(p.text) or channel_of(w) for p, w in zip(parts, words)]
    if all(channels) and len(set(channels)) == len(channels):
        return "each part is of its own channel"
    measures = [p.measure for p in parts]
    if all(m in _CHANNEL_MEASURES for m in measures) and len(set(measures)) == len(measures):
        return "each part is of its own channel by its measure"  # "1,200 used its website, while 440 called"
    sexes = [{_SEXES[w] for w in re.findall(r"[a-z]+", w.lower()) if w in _SEXES} for w in words]
    if all(len(x) == 1 for x in sexes) and len({min(x) for x in sexes}) == len(sexes):
        return "each part is of its own sex"
    return None


@lru_cache(maxsize=1)
def _rest_opening() -> re.Pattern[str]:
    """The opening of a sentence that names the rest of a whole or a further part: a rest word ("The remainder were
    emails", "Most of the rest ...", "Others wrote in"), or a figure with at most a hedge before it ("Around 100 ...",
    "90 more ...")."""
    rest = "|".join(word_alternation(k) for k in ("rest_openers", "remainder_before", "remainder_after"))
    return re.compile(rf"[\W_]{{0,3}}(?:(?:{rest})\b|(?:(?:{word_alternation('further_openers')})\s{{1,3}})?\d)", re.I)


@lru_cache(maxsize=1)
def _rest_words() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{word_alternation('remainder_before')}|the\s{{1,3}}others)\b", re.I)


def rest_named(last: Count, ev: Evidence) -> bool:
    """Whether words after the last part (to its sentence's end) or the opening of the next sentence name the rest of
    the whole without a figure ("..., with the rest by email"; "- most of the rest were emails"; "The remainder were
    emails."), or open the next sentence with a figure, hedged or not, that may be a further part ("Around 100
    were emails", counted or not): the parts are then not surely all of it."""
    text = ev.text or ""
    end = min(last.sentence[1], len(text))
    if _rest_words().search(text, last.end, end):
        return True
    nxt = end
    while nxt < len(text) and nxt < end + 10 and text[nxt] in " .\n\t\r\"'\u201d\u2019":
        nxt += 1
    return bool(_rest_opening().match(text, nxt, min(len(text), nxt + 80)))
