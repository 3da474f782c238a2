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

Widened in the twenty-second round (shares22a) along the dimensions one wording failed on ("Webchats now make up 56% of
contacts" after "2,750 times ... There were 1,233 phone calls and 1,517 webchats"): the subject may be a channel's
noun (``claim_nouns``: "webchats", "texts", "emails"), the adverb any of :data:`_ADVERBS` ("now", "still"), and the
share's words may name the whole by its bare noun closing their clause ("of contacts,"); the part is then the count
whose own words carry the subject's noun ("1,517 webchats"), else (a whole's noun only) the one count of its measure.
A whole the part's own sentence adds up to with its sibling counts, exactly ("1,233 phone calls and 1,517
webchats" of the 2,750), is as sure as one the extractor linked: a disagreement is a verdict.  A share whose subject
names its part is judged on that part or not at all: a nearby pair of other counts that happens to agree is not
its evidence (:func:`pipeline.check.share_checks.share_check` asks this rule first).

Widened again in the twenty-third round (shares23a) along every dimension papers vary this wording on, for "25,530 of
the contacts were phone calls and 18,480 were webchats, meaning webchat now accounts for 41 per cent of all contacts
- the highest share ...": the share's clause may begin after its sentence's counts, at a link (``_CLAUSE_LINK``:
", meaning", ", which means", ", so", "; ", a dash), the part then read first among the counts before that link; the
subject may name its channel in the singular ("webchat"); the verb may be singular ("accounts for", "makes up",
"represents", "is"); a part's own words may carry the noun after a verb of being ("18,480 were webchats"); the whole
may be named "of all contacts" closed by a dash or a bracket.  The hedges before the share are ``share_hedges`` of
``data/check_words.json``, one list with :mod:`pipeline.check.referred_wholes`.

Work: a share reads at most ``WHOLE_SENTENCES`` sentences before its own and the record's counts once.
"""
from __future__ import annotations

import bisect
import re
from fractions import Fraction
from functools import lru_cache
from typing import Optional

from pipeline.check.evidence import APART, Evidence, is_number, mix, period_match
from pipeline.check.multiplier_pairs import check_words
from pipeline.check.bare_wholes import bare_whole
from pipeline.check.referred_wholes import HEDGES, _points_back
from pipeline.check.share_whole_finder import WHOLE_SENTENCES, whole_before
from pipeline.records import Count, Percentage


#: Adverbs that may stand between a share's subject and its verb ("Website users therefore made up", "Webchats now make
#: up"), besides any in -ly.
_ADVERBS = ("therefore", "thus", "now", "still", "also", "together", "alone")
#: A channel noun that names no one channel: "Young people made up 40%" is a group, not a part counted before.
_ANYONE = frozenset({"people"})


@lru_cache(maxsize=1)
def _nouns() -> dict[str, str]:
    """The nouns a share's subject may name its part by, with their measure: a whole's (``share_whole_nouns``) and a
    channel's (``claim_nouns``), lower case."""
    nouns = {n.lower(): m for m, ns in check_words()["claim_nouns"].items() for n in ns if n not in _ANYONE}
    nouns.update({n.lower(): m for n, m in check_words()["share_whole_nouns"].items()})
    # a channel named in the singular as a subject: "webchat now accounts for 41 per cent"
    nouns.update({n[:-1]: m for n, m in list(nouns.items()) if n.endswith("s") and n[:-1] not in nouns})
    return nouns


@lru_cache(maxsize=1)
def _subject() -> re.Pattern[str]:
    """From the share's clause's start to the share: a subject ending in a whole's or a channel's noun (or its
    singular: "webchat"), an adverb at most, a verb of parts and a hedge at most ("Website users therefore made up ",
    "Webchats now make up ", "webchat now accounts for ")."""
    nouns = "|".join(sorted(map(re.escape, _nouns()), key=len, reverse=True))
    adverbs = "|".join(_ADVERBS)
    return re.compile(r"[\W_]{0,3}(?:the\s{1,3})?(?:[A-Za-z-]{2,20}\s{1,3}){0,2}"
                      rf"(?P<noun>{nouns})\s{{1,3}}(?:[a-z]{{2,20}}ly\s{{1,3}}|(?:{adverbs})\s{{1,3}})?"
                      r"(?:made\s{1,3}up|make\s{1,3}up|makes\s{1,3}up|accounted\s{1,3}for|accounts?\s{1,3}for"
                      r"|represented|represents?|were|are|was|is)\s{1,3}"
                      rf"(?:(?:{HEDGES})\s{{1,3}})?", re.I)


#: Where a share's clause may begin inside its sentence, after a clause of counts: ", meaning (that) ", ", which
#: means ", ", so ", "; " ("..., 1,517 were webchats, meaning webchats now make up 56% of contacts").
_CLAUSE_LINK = re.compile(r"(?:,\s{0,3}(?:meaning(?:\s{1,3}that)?|which\s{1,3}means(?:\s{1,3}that)?|so(?:\s{1,3}that)?"
                          r"|and\s{1,3}so)|;|\u2013|\u2014|\s-)\s{1,3}", re.I)


#: Right after a count, a verb of being and the noun of what it was: "18,480 were webchats", "610 of them were texts"
#: (one word between at most: "were phone calls").
_WAS_NOUN = re.compile(r"(?:\s{1,3}of\s{1,3}(?:them|those|these|the\s{1,3}[a-z]{2,20}))?\s{1,3}(?:were|was|are|is)"
                       r"\s{1,3}(?P<first>[a-z]{2,20})(?:\s{1,3}(?P<second>[a-z]{2,20}))?\b", re.I)


def _clause_start(share: Percentage, ev: Evidence) -> Optional[int]:
    """Where the share's clause begins: its sentence's start, else the end of the last clause link before the share
    (:data:`_CLAUSE_LINK`: ", meaning ", ", so ", "; ") when counts stand before it; ``None`` when a count stands
    between that start and the share (a figure of the share's own clause: not a subject naming a part told before)."""
    own = ev.counts_in(share.sentence)
    start = share.sentence[0]
    if own:
        links = [m.end() for m in _CLAUSE_LINK.finditer(ev.text, share.sentence[0], share.start)]
        start = links[-1] if links else share.sentence[0]
    if any(c.start >= start and c.start < share.sentence[1] for c in own):
        return None
    return start


def _own_noun(c: Count, word: re.Pattern[str], text: str, limit: int) -> bool:
    """Whether ``c``'s own words carry the subject's noun: in its own text ("1,517 webchats"), or as what a verb of
    being right after it says it was ("18,480 were webchats"), before ``limit`` (the next count, the clause)."""
    if word.search(c.text):
        return True
    m = _WAS_NOUN.match(text, c.end, limit)
    return m is not None and any(w and word.fullmatch(w) for w in m.group("first", "second"))


def _part(share: Percentage, noun: str, ev: Evidence, clause: int) -> Optional[Count]:
    """The count whose own words carry the subject's noun ("1,517 webchats", "18,480 were webchats") in the share's
    own sentence before its clause (which starts at ``clause``), else in the nearest fact sentence before that holds
    one, else (a whole's noun) the one count of its measure in the nearest that holds any."""
    spans = ev.fact_sentences
    i = bisect.bisect_left(spans, tuple(share.sentence))
    near = spans[max(i - WHOLE_SENTENCES, 0):i][::-1]
    own = [c for c in ev.counts_in(share.sentence) if c.end <= clause]
    groups = ([(own, clause)] if own else []) + [(ev.counts_in(span), span[1]) for span in near]
    stem = noun[:-1] if noun.endswith("s") else noun
    word = re.compile(rf"\b{re.escape(stem)}s?\b", re.I)  # "webchat" names "webchats" and back
    for group, limit in groups:
        named = [c for k, c in enumerate(group)
                 if _own_noun(c, word, ev.text, group[k + 1].start if k + 1 < len(group) else limit)]
        if named:
            return named[0] if len(named) == 1 else None
    measure = _nouns()[noun]
    if noun not in check_words()["share_whole_nouns"] and noun + "s" not in check_words()["share_whole_nouns"]:
        return None
    for group, _ in groups:
        counts = [c for c in group if c.measure == measure
                  and period_match(c.period_start, c.period_end, share.period_start, share.period_end) != APART]
        if counts:
            return counts[0] if len(counts) == 1 else None
    return None


def subject_share(share: Percentage, ev: Evidence) -> Optional[tuple[Count, Count, bool]]:
    """``(part, whole, sole)`` for a share whose subject names its part and whose words point back at its whole;
    ``sole`` when the extractor tied the part to that whole or the part's sentence adds up to it.  ``None``
    otherwise."""
    if share.kind != "share" or not share.value or not ev.text:
        return None
    clause = _clause_start(share, ev)
    if clause is None:
        return None
    text = ev.text
    m = _subject().fullmatch(text, clause, share.start)
    if m is None or not whole_words_after(share, text):
        return None
    part = _part(share, m.group("noun").lower(), ev, clause)
    if not usable_part(part):
        return None
    sure = sure_whole(part, ev)
    if sure is not None:
        return part, sure, True
    found = whole_before(part, ev)
    return (part, found.whole, False) if found is not None else None


def whole_words_after(share: Percentage, text: str) -> bool:
    """Whether the words right after a share point back at a whole ("of them", "of those") or name a whole's bare
    noun ("of callers,", "of all contacts -")."""
    end = min(share.end + 60, share.sentence[1])
    return bool(_points_back().match(text, share.end, end) or bare_whole().match(text, share.end, end))


def usable_part(part: Optional[Count]) -> bool:
    """Whether a subject's part can be checked: a positive figure that is no stated difference."""
    return part is not None and is_number(part.value) and part.value > 0 and not part.difference


def sure_whole(part: Count, ev: Evidence) -> Optional[Count]:
    """The whole a subject's part is surely of: the one count the extractor lists it as a part of, else the one count
    its sentence's counts add up to (:func:`_summed_whole`); ``None`` otherwise (the caller then looks for a whole
    before it, agreement only)."""
    holders = [c for c in ev.record.counts if part.id in (c.parts or []) and held_by(c, part)]
    return holders[0] if len(holders) == 1 else _summed_whole(part, ev)


def _summed_whole(part: Count, ev: Evidence) -> Optional[Count]:
    """The one count before the part's sentence that the part and its sibling counts there (exact, of its measure
    family, two or more) add up to exactly: "2,750 times ... There were 1,233 phone calls and 1,517 webchats"."""
    listed = [c for c in ev.counts_in(part.sentence) if not c.difference and c.qualifier == "exact"
              and is_number(c.value) and c.value > 0 and mix(c.measure, part.measure)]
    if len(listed) < 2 or part not in listed:
        return None
    summed = sum(Fraction(repr(c.value)) for c in listed)
    wholes = [c for c in ev.record.counts if c.end <= part.sentence[0] and held_by(c, part)
              and Fraction(repr(c.value)) == summed and mix(c.measure, part.measure)]
    return wholes[0] if len(wholes) == 1 else None


def held_by(c: Count, part: Count) -> bool:
    """A whole the extractor gave ``part`` to: a larger plain figure, exact or about, of a period not apart."""
    return (not c.difference and c.qualifier in ("exact", "about") and is_number(c.value) and c.value > part.value
            and period_match(c.period_start, c.period_end, part.period_start, part.period_end) != APART)
