"""Parts whose words point back at a whole stated before them, or a total that adds up the figures before it.

Papers state a total, then split it in a later sentence that names no total of its own:

- a sentence opening with words that point back ("Of those, 1,930 used the website, while 550 called the helpline",
  "Of the Welsh total, ...", "Of last year's total, ...", "Most of them never rang: 3,050 used the website, while
  420 called": ``sum_pointer_openers`` in ``data/check_words.json`` and :data:`_TOTAL_OPENER`);
- two figures joined by "leaving" ("8,100 people used its modules, leaving 1,500 who spoke to an adviser");
- figures the first of which points back in its own words ("Men made 3,000 of the contacts and women 600");
- a total and the figures its own sentence sets off after it by a dash or a colon ("In total, 2,616 people got in
  touch - 486 through its freephone line and 2,130 through its website");
- a total whose sentence opens with a total word or whose words count its parts, after its parts ("Calls came from
  Bristol (1,520), ... In total, 2,195 contacts came from the three areas", "That's 41,300 calls across the two
  branches"): :mod:`pipeline.check.added_sums`;
- lines of one figure each, a bullet or a label before it ("- phone calls: 702", "Gwent: 1,318", "January: 290"),
  under a heading that ends with a colon ("How people got in touch in 2024/25:"), or under a total that does.

The whole is a count of the nearest fact sentence before the parts (at most :data:`WHOLE_SENTENCES` back) that may
hold every part: exact or about, larger than each, of a measure, rate, period and place that do not exclude
theirs; the earlier of two dated counts of one measure there is a comparison's base, not the whole ("2,480 in
2024, up from 1,990 in 2023. Of those, ..."). The rule walks the record's fact sentences once, each reading a
bounded window before it, so a page of thousands of figures stays linear.

Agreement is a verdict. A miss is one ("inconsistent") only when the words split one whole in two: a sentence
that points back, two parts joined by a word that splits (``sum_split_words``: "while", "whereas", "leaving"),
one whole in the nearest sentence holding one, at most :data:`DECIDING_SENTENCES` back, parts that split it one way
(two channels, places or sexes, :func:`~pipeline.check.sum_splits.one_way`, unless the opener restates the whole's
figure: "Of the 1,880 contacts, ..."), no rest named after them (:func:`~pipeline.check.sum_splits.rest_named`),
and a sum within
:data:`~pipeline.check.tolerances.MISPRINT_SHARE` of it (a misprint; parts far off are another split: "Of those, 400 were about a partner,
while 200 were about a son").  The split word must open the second part's clause ("while 550", not "31 were bailed
while enquiries continue and 16 ..."), and the parts must be surely that whole's own: the whole counts what they
count (no count of no known measure, "52 addresses", over parts of a known one, "Of those arrested"), no other count
before them that may hold them is their exact sum ("47 people were arrested"), and no run of the counts after them
makes the sum exact ("... while 800 used the website. A further 100 sent emails": :func:`~pipeline.check.sum_splits.goes_on`). So does a total added up after its parts whose words count them ("In total, 2,195
contacts came from the three council areas", "Between them the two cities made 1,550 calls") when as many parts
are found, within :data:`~pipeline.check.tolerances.MISPRINT_SHARE`. Lists under a heading, parts set off after their total or added up after
them with no such count, and "leaving" without a pointer, give agreement only.  A sentence opening "Of the <noun
phrase>," ("Of the Kent and Medway callers, 968 were men, ...") points back as "Of those," does.
"""
from __future__ import annotations

import bisect
import re
from decimal import Decimal
from functools import lru_cache
from typing import Optional

from pipeline.check.added_sums import added_up
from pipeline.check.evidence import MAX_LISTED, Evidence, before
from pipeline.check.list_lines import LIST_LINES, list_line as _line, part_like as _part_like
from pipeline.check.multiplier_pairs import word_alternation
from pipeline.check.restated_wholes import restated_whole
from pipeline.check.sum_splits import HEADED, LEAVING, POINTED, SET_OFF, Split, goes_on, holds, one_way, rest_named
from pipeline.check.tolerances import Tolerances, within_misprint
from pipeline.check.verdicts import Verdict, check_sum
from pipeline.extract.inheritance import akin
from pipeline.records import Count

#: How many fact sentences before the parts may hold their whole.
WHOLE_SENTENCES = 8
#: How near (in fact sentences) the whole must be for a miss to be a verdict.
DECIDING_SENTENCES = 3
#: "Of the Welsh total", "Of last year's total", "Of the 2024 total": up to three words between "of" and "total".
_TOTAL_OPENER = r"of\s{1,3}(?:[A-Za-z0-9]{1,20}(?:'s|\u2019s)?\s{1,3}){0,3}total\b"
#: "Of the Kent and Medway callers,", "Of the people who rang,": the whole named by its noun, a comma before the
#: parts (no figure in it: "Of the 2,400, ..." is a remainder's whole, ``remainder_sums``).
_WHOLE_NAMED = r"of\s{1,3}the\s{1,3}[A-Za-z][A-Za-z'\u2019 -]{0,50},"

@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        "opener": re.compile(rf"[\W_]{{0,3}}(?:(?:{word_alternation('sum_pointer_openers')})\b|{_TOTAL_OPENER}"
                             rf"|{_WHOLE_NAMED})", re.I),
        "split": re.compile(rf"\b(?:{word_alternation('sum_split_words')})\b", re.I),
        "made_up": re.compile(rf"\b(?:{word_alternation('sum_made_up_words')})\b", re.I),
        "leaving": re.compile(rf"\b(?:{word_alternation('sum_leaving_words')})\b", re.I),
        # the first figure's own words point back: "3,000 of the contacts", "820 of them"
        "of_back": re.compile(r"[\d,.]{1,15}\s{1,3}of\s{1,3}(?:them|those|these|the\s{1,3}[A-Za-z]{1,20})\b", re.I),
    }


#: The words between a word that splits and the part it opens ("while 550", "whereas only 200", "while a further
#: 90"): at most three words, none of them "and" (a "while" that opens a clause of its own, "31 were bailed while
#: enquiries continue and 16 were charged", splits nothing).
_SPLIT_TAIL = re.compile(r"\s{0,3}(?:(?!and\b)[A-Za-z]{1,12}\s{1,3}){0,3}", re.I)


#: After the second part, words that add another item to the list ("..., while 700 used the chat, and others
#: emailed"; "; a few wrote"; "as well as"; "plus"): the two parts are then not all of the whole.
_MORE_ITEMS = re.compile(r"\band\b|;|\bas\s{1,3}well\s{1,3}as\b|\bplus\b|\bothers?\b", re.I)


def _splits(text: str, first: Count, second: Count) -> bool:
    """Whether a word that splits (``sum_split_words``) stands between two parts and opens the second's clause, and
    no word after the second part adds another item to the list."""
    if _MORE_ITEMS.search(text, second.end, second.sentence[1]):
        return False
    for m in _patterns()["split"].finditer(text, first.end, second.start):
        if _SPLIT_TAIL.fullmatch(text, m.end(), second.start):
            return True
    return False


#: A pointer that describes what it points back at ("Of those arrested,", "Of those calls,"): the words after it.
_DESCRIBED = re.compile(r"[\W_]{0,3}(?:of|among)\s{1,3}(?:those|these|them)\s{1,3}([A-Za-z][A-Za-z ]{0,40}?),", re.I)


def _describes_other(whole: Count, parts: list[Count], span: tuple[int, int], ev: Evidence) -> bool:
    """Whether the pointer before the parts describes its whole with words that share no stem (four letters) with
    the whole's own words ("Of those arrested," over "520 offences"; "Of those calls," over "2,480 calls" agrees;
    a bare figure, "3,100", has no words to agree with)."""
    m = _DESCRIBED.match(ev.text, span[0], parts[0].start)
    if m is None:
        return False
    said = {w[:4].lower() for w in m.group(1).split() if len(w) >= 4}
    own = ev.text[whole.start:min(whole.end + 30, whole.sentence[1])]
    return not said & {w[:4].lower() for w in re.findall(r"[A-Za-z]{4,20}", own)}


def _counted_alike(whole: Count, parts: list[Count]) -> bool:
    """Whether a whole counts what its parts count: of their measure (or one a comparison mixes with it), not a
    count of no known measure under parts of a known one ("Warrants were executed at 52 addresses. Of those
    arrested, 31 ... and 16 ...": the addresses are no whole of the arrests)."""
    return whole.measure != "other" or all(p.measure == "other" for p in parts)


def _added_up_elsewhere(whole: Count, parts: list[Count], span: tuple[int, int], ev: Evidence) -> bool:
    """Whether another count before the parts (within :data:`WHOLE_SENTENCES` fact sentences) that may hold them,
    of their measure, is their sum exactly: then they break that count down, and a miss against ``whole`` is no
    misprint but another whole ("47 people were arrested. Warrants were executed at 52 addresses. Of those
    arrested, 31 ... and 16 ...")."""
    total = sum(Decimal(repr(p.value)) for p in parts)
    spans = ev.fact_sentences
    i = bisect.bisect_left(spans, span)
    for s in spans[max(i - WHOLE_SENTENCES, 0):i]:
        for c in ev.counts_in(s)[:MAX_LISTED]:
            if c is not whole and c.measure != "other" and Decimal(repr(c.value)) == total and holds(c, parts) \
                    and any(akin(c.measure, p.measure) for p in parts):
                return True
    return False


def _after(parts: list[Count], ev: Evidence) -> list[Count]:
    """The counts after the last of ``parts`` in its sentence and in the next fact sentence, in text order: where a
    list may go on ("A further 100 sent emails"); the last part's own sentence, so that a list of lines (HEADED) is
    not read again as its own continuation."""
    spans, last = ev.fact_sentences, tuple(parts[-1].sentence)
    here = [c for c in ev.counts_in(last) if c.start > parts[-1].end]
    at = bisect.bisect_left(spans, last)
    nxt = at + 1 if at < len(spans) and spans[at] == last else at
    return here + (list(ev.counts_in(spans[nxt])[:MAX_LISTED]) if nxt < len(spans) else [])


def _whole(parts: list[Count], span: tuple[int, int], ev: Evidence) -> Optional[tuple[Count, bool, int]]:
    """``(whole, sole, distance)``: the largest count that may hold the parts in the nearest fact sentence before
    ``span`` holding one (comparison bases left out), whether it is the one such count there, and how many fact
    sentences back it is; ``None`` when none of the :data:`WHOLE_SENTENCES` before holds one."""
    spans = ev.fact_sentences
    i = bisect.bisect_left(spans, span)
    for back, s in enumerate(spans[max(i - WHOLE_SENTENCES, 0):i][::-1], 1):
        found = [c for c in ev.counts_in(s)[:MAX_LISTED] if holds(c, parts)]
        found = [c for c in found if not any(before(c, d) and akin(c.measure, d.measure) for d in found)]
        if found:
            return max(found, key=lambda c: c.value), len(found) == 1, back
    return None


def _pointed(span: tuple[int, int], ev: Evidence) -> Optional[Split]:
    """The parts of a sentence that opens with words pointing back, or of two figures joined by "leaving"."""
    counts = ev.counts_in(span)
    if not 2 <= len(counts) <= MAX_LISTED or not all(_part_like(c) for c in counts):
        return None
    pats, text = _patterns(), ev.text
    if pats["opener"].match(text, span[0], counts[0].start):
        split = len(counts) == 2 and _splits(text, counts[0], counts[1])
        return Split(list(counts), POINTED, split)
    if len(counts) == 2 and pats["leaving"].search(text, counts[0].end, counts[1].start):
        return Split(list(counts), LEAVING, False)
    if pats["of_back"].match(text, counts[0].start, counts[1].start):
        return Split(list(counts), POINTED, False)  # "Men made 3,000 of the contacts and women 600"
    return None


#: Between a total and the parts its sentence sets off after it: a spaced dash, an en or em dash, a colon.
_SET_OFF_PARTS = re.compile(r"\s[-\u2013\u2014]\s|[\u2013\u2014:]")


def _set_off(span: tuple[int, int], ev: Evidence) -> Optional[tuple[Split, Count]]:
    """A sentence's first count and the counts it sets off after it, all of them parts of it ("In total, 2,616
    people got in touch - 486 through its freephone line and 2,130 through its website")."""
    counts = ev.counts_in(span)
    if not 3 <= len(counts) <= MAX_LISTED or not _SET_OFF_PARTS.search(ev.text, counts[0].end, counts[1].start):
        return None
    whole, parts = counts[0], list(counts[1:])
    if not all(_part_like(c) for c in parts) or not holds(whole, parts):
        return None
    made_up = bool(_patterns()["made_up"].search(ev.text, whole.end, parts[0].start))  # "made up as follows:"
    return Split(parts, SET_OFF, made_up), whole


def _headed(at: int, ev: Evidence) -> Optional[tuple[Split, Optional[Count]]]:
    """The lines of a list whose first line is fact sentence ``at``, under a heading ending with a colon (the
    whole found before it) or under a total ending with one (that total, the one count of its sentence)."""
    spans, text = ev.fact_sentences, ev.text
    prev_end = spans[at - 1][1] if at else 0
    gap = text[prev_end:spans[at][0]].strip()
    under_total = not gap and at > 0 and text[spans[at - 1][0]:spans[at - 1][1]].rstrip().endswith(":")
    if not gap.endswith(":") and not under_total:
        return None
    items: list[Count] = []
    for s in spans[at:at + LIST_LINES]:
        between = text[prev_end:s[0]]
        if items and (between.strip() or "\n" not in between):
            break  # a line of its own, right after the line before
        c = _line(s, ev)
        if c is None:
            break
        items.append(c)
        prev_end = s[1]
    if len(items) < 2:
        return None
    if under_total:
        own = ev.counts_in(spans[at - 1])
        whole = own[0] if len(own) == 1 and holds(own[0], items) else None
        return (Split(items, HEADED, False), whole) if whole is not None else None
    return Split(items, HEADED, False), None


def _restated(span: tuple[int, int], ev: Evidence) -> Optional[tuple[Split, Count]]:
    """The parts of a sentence whose opener restates their whole by its figure ("Of the 4,680 contacts, 3,210 were
    phone calls and 1,470 were online chats": :mod:`pipeline.check.restated_wholes`), and that whole."""
    found = restated_whole(span, ev)
    if found is None or not all(_part_like(c) for c in found[0]) or not holds(found[1], found[0]):
        return None
    parts, whole = found
    split = len(parts) == 2 and _splits(ev.text, parts[0], parts[1])
    return Split(parts, POINTED, split), whole


def pointed_wholes(ev: Evidence) -> dict[str, list[tuple[Count, Split]]]:
    """Every whole the record's sentences point their parts back at: whole id → ``[(whole, split), ...]`` in text
    order; built once per record."""
    key = ("pointed_sums", "wholes")
    if key in ev.memo:
        return ev.memo[key]
    found: dict[str, list[tuple[Count, Split]]] = {}
    if ev.text:
        spans = ev.fact_sentences
        for at, span in enumerate(spans):
            for split, whole in added_up(at, ev):
                found.setdefault(whole.id, []).append((whole, split))
            split = _pointed(span, ev)
            whole = None
            if split is None:
                found_here = _restated(span, ev) or _set_off(span, ev) or _headed(at, ev)
                if found_here is None:
                    continue
                split, whole = found_here
            if whole is None:
                near = _whole(split.parts, span, ev)
                if near is None:
                    continue
                whole, sole, back = near
                split = split._replace(decides=split.decides and sole and back <= DECIDING_SENTENCES
                                       and (split.how != POINTED or one_way(split.parts, ev) is not None)
                                       and _counted_alike(whole, split.parts)
                                       and not _added_up_elsewhere(whole, split.parts, span, ev)
                                       and not _describes_other(whole, split.parts, span, ev))
            if split.decides and (goes_on(whole, split.parts, _after(split.parts, ev))
                                  or rest_named(split.parts[-1], ev)):
                split = split._replace(decides=False)  # "... while 800 used the website. A further 100 ..."
            found.setdefault(whole.id, []).append((whole, split))
    ev.memo[key] = found
    return found


def pointed_sum(total: Count, ev: Evidence, tol: Tolerances) -> Optional[tuple[list[Count], Verdict, str]]:
    """``(parts, verdict, how)`` for the first split of ``total`` the sentences after it point back at, when it is a
    verdict (agreement; a near miss where the words split the whole in two); else ``None``."""
    for whole, split in pointed_wholes(ev).get(total.id, []):
        if whole is not total:
            continue
        v = check_sum(Decimal(repr(total.value)), total.qualifier,
                      [(Decimal(repr(p.value)), p.qualifier) for p in split.parts], tolerances=tol)
        if v.verdict == "consistent":
            return split.parts, v, split.how
        if v.verdict == "inconsistent" and split.decides and v.computed is not None \
                and within_misprint(v.computed, total.value):
            return split.parts, v, split.how
    return None
