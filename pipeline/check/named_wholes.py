"""A share whose own words name its whole by its noun: "7,960 (28% of phone calls)", "More than a third of the
Scottish calls - 1,247 - came from ...", "Nearly half of last year's calls - 7,820 - came overnight".

ANNOTATION.md's checks decisions: a share's part is the count its words attach it to, its whole the count the share
is "of". Here the words after the share's "of" name the whole: a noun of ``share_whole_nouns`` ("calls", "callers",
"contacts", "users") closing the phrase (a dash, a bracket, a comma or the sentence's end after it), and before the
noun at most three words that say which whole: a place ("Scottish": Scotland, by the gazetteer's names), a period
("last year's", "2023", ``share_named_time``: the part's own period) or any other word, which the whole's own words
must hold ("phone": the list line "Phone calls: 27,650"). The part is the count set off beside the share (before it,
"7,960 (28% ...)"; after it, "... calls - 1,247 -") or joined to it by a verb ("131 calls represented 12.5% of ...").

The whole is searched for in the whole article: a count that may hold the part (larger, exact or about, of its rate,
of a period and place that do not exclude the part's: :func:`pipeline.check.share_whole_finder.may_hold`), of the
noun's measure exactly, not a comparison's base (the earlier of two dated counts of one measure in its sentence),
of the place, period and words the phrase names.  When exactly one count fits and the phrase named at least one of
those, the words can mean no other whole and a disagreement is a verdict ("28% of phone calls" when the one count of
phone calls gives 28.8%: a misprint).  A bare noun ("a third of calls - 400 -") names a whole that may be a subset's,
and two counts that fit are two wholes: then only agreement is evidence, on the nearest whole before the part
(:func:`~pipeline.check.share_whole_finder.whole_before`).  A noun followed by more words ("of all calls in the UK",
"of calls to the regional team") is a phrase this module does not read.

Work: one pass over the record's counts per share, the phrase read once with a bounded pattern.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.check.evidence import Evidence, before, is_number, mix
from pipeline.check.multiplier_pairs import check_words
from pipeline.check.referred_wholes import _joined_part, _part_after, _part_before
from pipeline.check.share_whole_finder import may_hold, whole_before
from pipeline.extract.gazetteer import canonical
from pipeline.extract.inheritance import akin
from pipeline.records import Count, Percentage

#: A word of the phrase between "of" and the noun: letters (an apostrophe's "'s" kept) or a year ("2023", "2023/24").
_WORD = r"(?:[A-Za-z]{2,20}(?:'s|\u2019s)?|(?:19|20)\d\d(?:[/-]\d{2,4})?)"
#: A year among the words: it names the whole's period.
_YEAR = re.compile(r"(?:19|20)\d\d(?:[/-]\d{2,4})?")


@lru_cache(maxsize=2)
def _phrase(with_of: bool) -> re.Pattern[str]:
    """The words naming a whole right after a share: ("of") up to three words and a whole's noun closing the phrase."""
    nouns = "|".join(sorted(map(re.escape, check_words()["share_whole_nouns"]), key=len, reverse=True))
    of = r"of\s{1,3}" if with_of else ""
    return re.compile(rf"\s{{0,3}}{of}(?P<words>(?:{_WORD}\s{{1,3}}){{0,3}})(?P<noun>{nouns})"
                      r"(?=\s{0,3}(?:[-\u2013\u2014,.;:)(]|$))", re.I)


@lru_cache(maxsize=1)
def _word_sets() -> tuple[frozenset[str], frozenset[str]]:
    words = check_words()
    return frozenset(w.lower() for w in words["share_named_time"]), frozenset(w.lower() for w in words["share_named_plain"])


def _named(share: Percentage, text: str) -> Optional[tuple[str, list[str], bool, list[str]]]:
    """``(measure, places, period named, other words)`` of the phrase naming the share's whole, or ``None``."""
    with_of = not text[share.start:share.end].lower().rstrip().endswith(" of")
    m = _phrase(with_of).match(text, share.end, min(share.end + 80, share.sentence[1]))
    if m is None:
        return None
    measure = check_words()["share_whole_nouns"][m.group("noun").lower()]
    time_words, plain = _word_sets()
    places: list[str] = []
    timed, others = False, []
    for word in m.group("words").split():
        low = word.lower()
        bare = re.sub(r"(?:'s|\u2019s)$", "", word)
        if low in plain:
            continue
        if low in time_words or _YEAR.fullmatch(word):
            timed = True
        elif canonical(bare) is not None:
            places.append(canonical(bare))
        else:
            others.append(low)
    return measure, places, timed, others


def _own_words(c: Count, ev: Evidence) -> str:
    """The words of ``c``'s own stretch of its sentence, from the count before it to the count after it."""
    group = ev.counts_in(c.sentence)
    start = max([d.end for d in group if d.end <= c.start] + [c.sentence[0]])
    end = min([d.start for d in group if d.start >= c.end] + [c.sentence[1]])
    return ev.text[start:end].lower()


def _fits(c: Count, part: Count, measure: str, places: list[str], timed: bool, others: list[str],
          ev: Evidence) -> bool:
    if c is part or c.measure != measure or not may_hold(c, part):
        return False
    if places and not all(p in c.regions for p in places):
        return False
    if timed and not (part.period_end and (c.period_start, c.period_end) == (part.period_start, part.period_end)):
        return False
    if others:
        own = _own_words(c, ev)
        if not all(re.search(rf"\b{re.escape(w)}", own) for w in others):
            return False
    # the earlier of two dated counts of one measure in its sentence is a comparison's base, not the whole
    return not any(before(c, d) and akin(c.measure, d.measure) for d in ev.counts_in(c.sentence) if d is not c)


def named_share(share: Percentage, ev: Evidence) -> Optional[tuple[Count, Count, bool]]:
    """``(part, whole, sole)`` for a share whose words name its whole by its noun; ``sole`` when the words can mean
    no other whole (a disagreement is then a verdict).  ``None`` otherwise."""
    if share.kind != "share" or not share.value or not ev.text:
        return None
    named = _named(share, ev.text)
    if named is None:
        return None
    measure, places, timed, others = named
    own = ev.counts_in(share.sentence)
    part = _part_before(share, own, ev) or _joined_part(share, own, ev.text)
    first = part is None
    if first:
        part = _part_after(share, own, ev.text, comma=False)
    if part is None or not (is_number(part.value) and part.value > 0 and not part.difference
                            and mix(part.measure, share.measure)):
        return None
    fits = [c for c in ev.record.counts if _fits(c, part, measure, places, timed, others, ev)]
    if len(fits) == 1:
        return part, fits[0], bool(places or timed or others)
    if not fits:
        return None
    found = whole_before(part, ev, in_sentence=not first, measure=measure)
    if found is None or not any(found.whole is c for c in fits):
        return None
    return part, found.whole, False

