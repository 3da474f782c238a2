"""Parts of a count told without a noun of their own: a figure set off by a dash or a bracket after a share
("Nearly half of those texting - 1,050 - were under 25", "one in five (124)"), and a sentence or clause that goes on
to the next part ("A further 211 were partners", "391 callers were gamblers and 214 were family members"), and a
figure set off by commas after a share of a noun ("women made up 28% of callers, 587 in all"). One reading per
wording: the set-off readings of shares23b (``count_parts.share_set_off``, ``share_comma_noun``) and of attrs23 were
joined here in the twenty-third round's merge.

What this module does not do: decide what such a part counts (:mod:`pipeline.extract.nounless_counts` and
:mod:`pipeline.extract.count_measure_steps` read it as what the count before counts, or as the share's noun).
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.extract.measures import lexicon


#: A figure set off right after a share's words that point back at the count before ("Almost a third of them -
#: 2,480 - were ...", "Half of those (410) ...", "Nearly half of those texting - 1,050 -", "a quarter of those who
#: rang (210)"): the share's part, counting what that count counts. Before a dash the pointer may carry up to six
#: words, no figure ("of those who got in touch by text - 610 -"); before a bracket only a participle or "who" and a
#: verb (a bracket after other words is often a citation: "of these medications (38, 39)").
_SET_OFF_PART = re.compile(r"\bof\s{1,3}(?:all\s{1,3})?(?:them|those|these)"
                           r"(?:(?:\s{1,3}(?:who\s{1,3}[a-z]{2,20}|[a-z]{2,20}ing)(?:\s{1,3}[a-z]{2,12}){0,2})?"
                           r"\s{0,3}[-\u2013\u2014(]|(?:\s{1,3}[A-Za-z'\u2019]{1,20}){1,6}\s{0,3}[-\u2013\u2014])"
                           r"\s{0,3}$", re.I)
#: The same after a share of a noun of its own ("More than a third of callers (1,020) said ...", "Half of all the
#: contacts - 2,100 - came ...", "two-thirds of the Welsh callers - 517 -", "half of its callers (480)", "of this
#: year's calls (2,500)"): the share's part, counting what the noun counts.
_SET_OFF_NOUN = re.compile(r"\bof\s{1,3}(?:(?:all|the|its|their|all\s{1,3}the|(?:this|last)\s{1,3}year(?:'s|\u2019s))\s{1,3})?(?:(?!(?:these|those|them)\b)[a-z-]{3,20}\s{1,3})?"
                           r"(?P<noun>[a-z]{3,20})\s{0,3}[-\u2013\u2014(]\s{0,3}$", re.I)


#: The same set off by commas, after a share's word and "of" and a pointer with its noun ("More than a third of
#: those calls, 132,800, came ...", "Most of these callers, about 400, were ...", "a quarter of the texts, 2,100,",
#: "one in five of them, 240,"): a share's word must open the words, so "Of those, 1,940 worked ..." (an opener's
#: whole) and "the cost of those calls, 5,000" are none.  The one reading of a pointer set off by commas (attrs24 and
#: shares24 each wrote one; fix24 made "of those calls" a pointer).  Fixed word lists and bounded runs: linear.
_SET_OFF_COMMA = re.compile(r"(?:\b(?:half|thirds?|quarters?|fifths?|tenths?|most|many|some|majority)|%|\bper\s?cent"
                            r"|\bin\s{1,3}(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred))"
                            r"\s{1,3}of\s{1,3}(?:all\s{1,3})?(?:them|those|these|the|its|their)"
                            r"(?:\s{1,3}[a-z'\u2019-]{2,20}){0,3},\s{1,3}"
                            r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s{1,3}than)\s{1,3})?$", re.I)


def set_off_part(before: str) -> bool:
    """Whether a figure is set off right after a share's words that point back at the count before (by a dash or a
    bracket, or by commas after a share's word: :data:`_SET_OFF_COMMA`)."""
    tail = before[-90:]
    return _SET_OFF_PART.search(tail) is not None or _SET_OFF_COMMA.search(tail) is not None


#: A figure set off after a share with no "of" ("Roughly one in five (124) were from Inverness", "three in 10 -
#: 300 -", "Some 20% (about 124)", "One in three texters in Wales was aged 18 to 24 - 1,540 people", "Around 40% -
#: 610 - came at night"): the share's part, of the count before. The words between (``gap``) hold no mark that ends
#: or sets off a clause and no digit; a hedge may open the bracket. "N in M" only of two numbers ("top-20 in both run
#: defence (75.5)" is no share).
_SET_OFF_SHARE = re.compile(r"(?:\b(?:one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s{1,3}in\s{1,3}"
                            r"(?:\d{1,3}|(?:a\s{1,3})?(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty"
                            r"|hundred|thousand))\b|\b(?:half|thirds?|quarters?|fifths?|tenths?)\b|%|\bper\s?cent\b)"
                            r"(?P<gap>[^-\u2013\u2014().;:!?\d]{0,80})[-\u2013\u2014(]\s{0,3}"
                            r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s{1,3}than|just\s{1,3}over"
                            r"|just\s{1,3}under)\s{1,3})?$", re.I)


#: Words of a change: a figure set off after a change's percentage is its difference or a level, no share's part
#: ("up 20% (240)", "a rise of a third - 1,200 more").
_CHANGE = re.compile(r"\b(?:up|down|rose|risen|rise|rising|fell|fallen|fall|increased?|decreased?|more|fewer|higher|lower"
                     r"|drop|dropped|grew|grown|jump|jumped|climbed|doubled|trebled)\b", re.I)


def set_off_share(before: str, alone: bool = True) -> bool:
    """Whether a figure is set off by a dash or a bracket after a share of its sentence ("one in five (124)"), no
    change's percentage before it (a hedge after the mark is no change's word: "a third - more than 1,200 -").
    ``alone``: no count came before it in its sentence; when one did, the share's words must stand right before the
    mark ("The line took 622 calls, roughly one in five (124) from ...": the
    shares23b reading; the words between a share and a later mark are read only in a sentence of no other count)."""
    tail = before[-100:]
    m = _SET_OFF_SHARE.search(tail)
    return m is not None and _CHANGE.search(tail, 0, m.end("gap")) is None and (alone or not m.group("gap").strip())


def set_off_noun(before: str) -> Optional[str]:
    """The unit of a figure set off right after a share of a noun ("a third of callers (1,020)"), ``None`` when its
    noun is no unit."""
    m = _SET_OFF_NOUN.search(before[-60:])
    noun = m.group("noun").lower() if m else None
    return noun if noun in lexicon()["units"] else None


#: A sentence opening with one more part, its figure next: "A further 211 were ...", "Another 84 were ...".
_FURTHER_OPENS = re.compile(r"^\W{0,3}(?:a\s{1,3}further|another)\s{1,3}(?:(?:about|around|some|nearly|almost)\s{1,3})?$",
                            re.I)
#: A verb of being or of coming right after such a figure: what it was, not a noun of its own.
_BEING = re.compile(r"\s{1,3}(?:were|was|came|had\s{1,3}been|are)\b", re.I)
#: "and" or a comma right before a figure, after the part before it: "... were gamblers and 214 were ...".
_AND_THEN = re.compile(r"(?:,|\band)\s{1,3}$")


def _staff_after(after: str) -> bool:
    """Whether the words after a part's verb name staff or volunteers ("Another 40 were volunteers"): no one who
    used the line."""
    words = re.findall(r"[a-z]+", after[:40].lower())[1:4]
    return bool(set(words) & {*lexicon()["staff_nouns"], "volunteers", "volunteer", "recruits", "trainees"})


def further_opens(before: str, after: str) -> bool:
    """Whether a sentence opens with one more part, its figure next and a verb of being after it ("A further 211
    were partners", "Another 84 came from Powys")."""
    return _FURTHER_OPENS.search(before) is not None and _BEING.match(after) is not None and not _staff_after(after)


def continued_part(before: str, after: str, after_part: str) -> bool:
    """Whether a bare figure after "and" or a comma goes on from the part before it, both told by a verb of being
    ("391 callers were gamblers and 214 were family members"); ``after_part``: the text after that part."""
    return _AND_THEN.search(before) is not None and _BEING.match(after) is not None \
        and _BEING.match(after_part) is not None and not _staff_after(after)


#: A share of a noun set off by a comma before a figure: "made up 40% of callers, ", "half of its contacts, " (the
#: noun in ``noun``).  A pointer ("of them, ", "of those calls, ": what the count before counts, not the first count
#: of calls, fix24) is :data:`_SET_OFF_COMMA`'s.
_SHARE_OF_NOUN_COMMA = re.compile(r"(?:%|\bper\s?cent|\bpercent|\b(?:half|third|thirds|quarter|quarters|fifth|fifths"
                                  r"|tenth|tenths)|\bin\s{1,3}(?:\d{1,3}|[a-z]{3,9}))\s{1,3}of\s{1,3}"
                                  r"(?!(?:them|those|these)\b)(?:(?:all|the|all\s{1,3}the|its|their|our"
                                  r"|(?:this|last)\s{1,3}year(?:'s|\u2019s))\s{1,3})?(?P<noun>[a-z]{3,20}),\s{0,3}$",
                                  re.I)
#: After such a figure, the end of its apposition: "1,200 in all,", "1,200 in total.", "1,200 -".
APPOSITION_END = re.compile(r"\s{0,3}(?:(?:in\s{1,3}all|in\s{1,3}total|altogether)\s{0,3})?(?:[,.;)\u2013\u2014-]|$)",
                             re.I)


def share_comma_noun(before: str, after: str) -> Optional[str]:
    """The unit of a figure set off by commas right after a share of a noun ("women made up 40% of callers, 1,200 in
    all"), ``None`` when it is not such a figure or its noun is no unit (twenty-third round, shares23b)."""
    m = _SHARE_OF_NOUN_COMMA.search(before[-60:])
    if m is None or not APPOSITION_END.match(after):
        return None
    noun = m.group("noun").lower()
    return noun if noun in lexicon()["units"] else None

