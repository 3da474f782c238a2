"""A share of a list of places whose counts the article states each: "Cardiff, Swansea and Newport account for almost
half of those seeking help" over "Cardiff accounted for 684 of the contacts, Swansea for 402 and Newport for 311" and
"2,914 calls and online chats from people in Wales".

ANNOTATION.md's checks decisions (10, a derived figure): the part is the places' counts added up, the whole the count
of the one place that holds them all.  The share's sentence names two or more places, none holding another, before
the share, holds no count it may be a share of, and its words point at a whole ("of those ...", "of the total",
"account for": :func:`pipeline.check.place_shares.points_at_whole`).  Each place has one count naming it alone of a
measure and period the share may be of (one of the share's own period when several), all of one measure family, rate
and period; the whole is the one count naming one place that holds every listed place, of that period, rate and
measure family, larger than the sum.  The part is derived, so only agreement is a verdict.

A list of places none of which has a count of its own may name, by its parts, a place the article counts (twenty-third
round, shares23a): "Nationally, the charity answered 182,600 calls ... That means some 3.5 per cent of them came from
Leeds, Bradford, Wakefield, Kirklees and Calderdale" after "6,400 calls ... from West Yorkshire".  The part is then
the one count naming the innermost place that holds every listed place (:func:`held_list_share`), the whole the
nearest count before the share that the share's words point back at: larger, of the part's measure family, rate and
period, of no place of its own or of one holding the part's.  The places may stand before the share (its subject) or
after it ("came from"), the whole in the share's sentence or before it.  The gazetteer cannot tell whether the list
names every part of the holding place, so only agreement is a verdict.

Work: one pass over the record's counts per listed place and one for the whole; such a share is rare on a page.
"""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Optional

from pipeline.check import evidence
from pipeline.check.check_builders import _check, stated_decimal
from pipeline.check.evidence import SAME, Evidence, mix, period_match, plain
from pipeline.check.place_shares import fits_share, holds, points_at_whole
from pipeline.check.share_verdicts import check_share
from pipeline.check.tolerances import Tolerances
from pipeline.check.verdicts import fmt
from pipeline.records import Check, Count, Percentage


def _named_before(share: Percentage, names: list[str], ev: Evidence) -> bool:
    """Whether every listed place is named in the share's sentence before the share (the places are its subject)."""
    lo = share.sentence[0]
    return all(any(lo <= m[0] < share.start for r in ev.record.regions if r.name == name for m in r.mentions)
               for name in names)


def _one_count(name: str, share: Percentage, ev: Evidence) -> Optional[Count]:
    counts = [c for c in ev.record.counts if c.regions == [name] and fits_share(c, share)]
    if len(counts) > 1:
        counts = [c for c in counts if period_match(c.period_start, c.period_end, share.period_start,
                                                    share.period_end) == SAME]
    return counts[0] if len(counts) == 1 else None


def place_list_share(share: Percentage, ev: Evidence) -> Optional[tuple[list[Count], Count]]:
    """``(parts, whole)`` for a share of a list of places, each place's one count and the one count of the place
    holding them all; ``None`` when the shape does not apply."""
    if share.kind != "share" or share.count_ref or not ev.text:
        return None
    names = [name for name in dict.fromkeys(share.regions) if _named_before(share, [name], ev)]
    after = [name for name in share.regions if name not in names]  # "... of the contacts from Scotland": the whole's
    if len(names) < 2 or any(evidence.covers(a, b) for a in names for b in names if a != b) \
            or not all(evidence.covers(w, name) for w in after for name in names):
        return None
    if any(fits_share(c, share) for c in ev.counts_in(share.sentence)) or not points_at_whole(share, ev):
        return None
    parts = [_one_count(name, share, ev) for name in names]
    if any(p is None for p in parts):
        return None
    first = parts[0]
    if any(p.rate != first.rate or not mix(p.measure, first.measure) or (p.period_start, p.period_end)
           != (first.period_start, first.period_end) for p in parts):
        return None
    total = sum(p.value for p in parts)
    wholes = [c for c in ev.record.counts if len(c.regions) == 1 and plain(c) and c.qualifier in ("exact", "about")
              and all(evidence.covers(c.regions[0], name) for name in names) and c.value > total
              and c.rate == first.rate and mix(c.measure, first.measure)
              and (c.period_start, c.period_end) == (first.period_start, first.period_end)]
    return (parts, wholes[0]) if len(wholes) == 1 else None


def _sentence_places(share: Percentage, ev: Evidence) -> list[str]:
    """The places the share's sentence names, in the record's order, once each."""
    lo, hi = share.sentence
    return [r.name for r in ev.record.regions if any(lo <= m[0] < hi for m in r.mentions)]


def _fits_whole(c: Count, part: Count) -> bool:
    """:func:`pipeline.check.place_shares.holds` (larger, of its measure, rate and period), of an exact or "about"
    figure and of no place, or of one place holding the part's."""
    return holds(c, part) and c.qualifier in ("exact", "about") \
        and (not evidence.own_places(c) or len(c.regions) == 1 and c.regions[0] != part.regions[0]
             and evidence.covers(c.regions[0], part.regions[0]))


def held_list_share(share: Percentage, ev: Evidence) -> Optional[tuple[Count, Count]]:
    """``(part, whole)`` for a share of a list of places that name a place the article counts by its parts: the
    one count of the innermost place holding every listed place, and the nearest whole before the share its words
    point back at; ``None`` when the shape does not apply."""
    if share.kind != "share" or share.count_ref or not ev.text or not points_at_whole(share, ev):
        return None
    names = _sentence_places(share, ev)
    # "Nationally, ... 182,600 calls, meaning ... came from Leeds, Bradford and Wakefield": a place holding every
    # other the sentence names is the whole's, not one of the list
    names = [a for a in names if not all(evidence.covers(a, b) for b in names)] if len(names) > 2 else names
    if len(names) < 2 or any(evidence.covers(a, b) for a in names for b in names if a != b):
        return None
    if any(c.regions == [name] and fits_share(c, share) for c in ev.record.counts for name in names):
        return None  # the places counted each: their counts added up (place_list_share)
    holders = [c for c in ev.record.counts if len(c.regions) == 1 and c.regions[0] not in names and plain(c)
               and c.qualifier in ("exact", "about") and fits_share(c, share)
               and all(evidence.covers(c.regions[0], name) for name in names)]
    places = {c.regions[0] for c in holders}
    inner = [r for r in places if all(evidence.covers(o, r) for o in places)]
    if len(inner) != 1:
        return None
    parts = [c for c in holders if c.regions[0] == inner[0]]
    if len(parts) > 1:
        parts = [c for c in parts if period_match(c.period_start, c.period_end, share.period_start,
                                                  share.period_end) == SAME]
    if len(parts) != 1:
        return None
    part = parts[0]
    wholes = [c for c in ev.record.counts if c.start < share.start and c is not part and _fits_whole(c, part)]
    return (part, max(wholes, key=lambda c: c.start)) if wholes else None


def place_list_share_check(share: Percentage, ev: Evidence, tol: Tolerances) -> Optional[Check]:
    """The share against its places' counts added up and the whole of the place holding them: agreement only."""
    found = place_list_share(share, ev)
    if found is None:
        held = held_list_share(share, ev)
        return None if held is None else _held_check(share, held, tol)
    parts, whole = found
    part = sum(Fraction(repr(p.value)) for p in parts)
    v = check_share(stated_decimal(share.text, share.value), share.qualifier,
                    Decimal(part.numerator) / Decimal(part.denominator), Decimal(repr(whole.value)), tolerances=tol,
                    words=share.text)
    if v.verdict != "consistent":
        return None  # a derived part: only agreement is evidence
    return _check("share", share, [*parts, whole], float(share.value), v,
                  prefix="the counts of its places added up (" + " + ".join(fmt(Fraction(repr(p.value))) for p in parts)
                         + f"), of the whole whose place holds them, {evidence.place(whole)}")


def _held_check(share: Percentage, found: tuple[Count, Count], tol: Tolerances) -> Optional[Check]:
    """The share against the count of the place its listed places name by their parts: agreement only."""
    part, whole = found
    v = check_share(stated_decimal(share.text, share.value), share.qualifier, Decimal(repr(part.value)),
                    Decimal(repr(whole.value)), tolerances=tol, inputs=(part.qualifier, whole.qualifier),
                    words=share.text)
    if v.verdict != "consistent":
        return None  # the list may leave out a part of the holding place: only agreement is evidence
    return _check("share", share, [part, whole], float(share.value), v,
                  prefix=f"the count of the place its listed places make up, {evidence.place(part)}, "
                         f"of the whole its words point back at, {evidence.place(whole)}")


def with_place_list_shares(made: list[Check], shares: list[Percentage], ev: Evidence, tol: Tolerances) -> list[Check]:
    """``made`` with the check of each share of a list of places that no other rule checked."""
    judged = {c.claim_ref for c in made if c.kind == "share"}
    for share in shares:
        if share.id not in judged:
            check = place_list_share_check(share, ev, tol)
            if check is not None:
                made.append(check)
    return made
