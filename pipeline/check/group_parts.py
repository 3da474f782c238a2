"""A share with no figure in its sentence whose subject is a group a count before was said to be: "Men therefore made
up 85 per cent of callers." after "Of this year's callers, 1,061 were men and 187 were women."

ANNOTATION.md's checks decisions: a share's part is the count its words attach it to.  :mod:`pipeline.check.
subject_parts` reads a subject that is a whole's or a channel's noun ("Website users made up 61 per cent of the
total"); this rule reads one that names a group of people ("Men", "Women", "Young people", "Family members",
"Under-25s"): the part is the one count, in the nearest fact sentence before the share's (within
:data:`~pipeline.check.share_whole_finder.WHOLE_SENTENCES`) whose counts' own clauses name the group by a whole
word, whose clause names it ("1,061 were men", "1,061 men", "1,061 of them were men"; a clause runs from the count
to the next count of its sentence, so "187 were women" is women's).  The share's words must point back at a total
("of callers", "of the total", "of them", "of all contacts"), joined to the subject by a verb of parts.

The whole is the count the extractor gave the part to as one of its parts, or the one count before the part's
sentence its counts add up to exactly ("1,061 men and 187 women" of the 1,248 calls): then the words can mean no
other whole and a disagreement is a verdict.  Else it is the whole
:func:`~pipeline.check.share_whole_finder.whole_before` finds for the part (not a sibling part before it in its
sentence: "700 were gamblers and 350 were family members"; a count the sentence opens with, "Of the 1,250 calls,",
may be), and only agreement is evidence (twenty-third round, shares23b).

Work: a share reads at most ``WHOLE_SENTENCES`` sentences before its own, and the clauses of their counts once.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from pipeline.check.claim_words import bare_after
from pipeline.check.evidence import Evidence
from pipeline.check.share_whole_finder import WHOLE_SENTENCES, whole_before
from pipeline.check.subject_parts import sure_whole, usable_part, whole_words_after
from pipeline.records import Count, Percentage

#: From the sentence's start to the share: a group of one or two words (a hyphen may join them: "Under-25s"), an
#: adverb at most, a verb of parts and a hedge at most ("Men therefore made up ", "Young people accounted for ").
_GROUP_SUBJECT = re.compile(r"[\W_]{0,3}(?:the\s{1,3})?(?P<group>(?:[A-Za-z][A-Za-z-]{1,20}\s{1,3})?[A-Za-z][A-Za-z0-9-]{1,20})"
                            r"\s{1,3}(?:[a-z]{2,20}ly\s{1,3}|(?:therefore|thus|now|still|also|together)\s{1,3})?"
                            r"(?:made\s{1,3}up|make\s{1,3}up|accounted\s{1,3}for|account\s{1,3}for|represented"
                            r"|represent|comprised|were|are)\s{1,3}(?:(?:about|around|nearly|almost|just\s{1,3}under"
                            r"|just\s{1,3}over|more\s{1,3}than|over|roughly|some)\s{1,3})?", re.I)
#: Adverbs that may stand between a group and its verb ("Men therefore made up", "Women now make up"), besides any in -ly.
_ADVERBS = frozenset({"therefore", "thus", "now", "still", "also", "together"})
#: Subjects that name no group a count was said to be: pronouns, determiners, whole's words ("These made up ...").
_NO_GROUP = frozenset({"they", "these", "those", "this", "that", "it", "which", "who", "there", "calls", "callers",
                       "contacts", "texts", "emails", "people", "figures", "numbers", "total", "others", "rest"})
#: A sentence's opening up to a whole it names before its parts: "Of the ", "Of all the ", "Among the ".
_OF_THE = re.compile(r"[\W_]{0,3}(?:of|among)\s{1,3}(?:all\s{1,3})?(?:the\s{1,3})?", re.I)
#: A clause's end inside a count's own words: its part is named before it.
_CLAUSE_END = re.compile(r"[,;:.()\u2013\u2014]")
#: Before a later count of the sentence, a word that opens the next conjunct: a group after it is that count's
#: ("Men accounted for 1,050 of them and women for 200": women is 200's, not 1,050's).
_NEXT_CONJUNCT = re.compile(r"\b(?:and|but|while|whereas|with|against|compared\s{1,3}with|as\s{1,3}against)\b", re.I)


def _own_clause(c: Count, group: list[Count], ev: Evidence) -> str:
    """``c``'s own words: from the count to the next count of its sentence or the first comma, stop or bracket after
    its figure, whichever comes first; before a later count, also to the word that opens its conjunct ("and",
    "while": the group after it is the later count's, named before its figure).  A bounded slice."""
    later = [d.start for d in group if d.start > c.start]
    end = min([*later, c.sentence[1], c.end + 80])
    stop = _CLAUSE_END.search(ev.text, c.end, end)
    end = stop.start() if stop else end
    if later and later[0] <= end + 1:
        link = _NEXT_CONJUNCT.search(ev.text, c.end, end)
        end = link.start() if link else end
    return ev.text[c.start:end]


def _group(words: str) -> Optional[str]:
    """The group a subject names: its words but an adverb after them ("Men therefore" is men); ``None`` for a
    subject that names no group (:data:`_NO_GROUP`)."""
    first, _, second = words.partition(" ")
    second = second.strip()
    if second and (second.lower() in _ADVERBS or second.lower().endswith("ly")):
        words = first
    return None if words.lower() in _NO_GROUP else words


def _group_part(share: Percentage, group: str, ev: Evidence) -> Optional[Count]:
    """The one count whose own clause names the group, in the nearest fact sentence before the share's holding any."""
    word = re.compile(rf"\b{re.escape(group)}\b", re.I)
    spans = ev.fact_sentences
    i = bisect.bisect_left(spans, tuple(share.sentence))
    for span in spans[max(i - WHOLE_SENTENCES, 0):i][::-1]:
        counts = ev.counts_in(span)
        named = [c for c in counts if word.search(_own_clause(c, counts, ev))]
        if named:
            return named[0] if len(named) == 1 else None
    return None


def group_share(share: Percentage, ev: Evidence) -> Optional[tuple[Count, Count, bool]]:
    """``(part, whole, sole)`` for a share whose subject is a group a count before was said to be and whose words
    point back at its whole; ``sole`` when the extractor tied the part to that whole or the part's sentence adds up
    to it.  ``None`` otherwise."""
    if share.kind != "share" or not share.value or not ev.text or ev.counts_in(share.sentence):
        return None
    text = ev.text
    m = _GROUP_SUBJECT.fullmatch(text, share.sentence[0], share.start)
    group = _group(m.group("group")) if m is not None else None
    if group is None or not whole_words_after(share, text):
        return None
    part = _group_part(share, group, ev)
    if not usable_part(part):
        return None
    sure = sure_whole(part, ev)
    if sure is not None:  # a verdict only when the share's words name that whole bare (fix24: "of all calls" is no
        return part, sure, bare_after(share, text, sure)  # share of 1,318 contacts
    found = whole_before(part, ev)
    if found is not None and tuple(found.whole.sentence) == tuple(part.sentence) and not _OF_THE.fullmatch(ev.text, part.sentence[0], found.whole.start):
        found = whole_before(part, ev, in_sentence=False)  # "700 were gamblers and 350 were ...": 700 is a sibling
    return (part, found.whole, False) if found is not None else None
